/** unfilled-field: a template field 【…】 (the add-in's own, or a template's) still in the text. */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { paragraphRule } from "./types";

export const unfilledField = paragraphRule(
  {
    id: "unfilled-field",
    category: "placeholder",
    severity: "error",
    sourceKind: "practice",
    source: { "zh-CN": "实务：模板待填项须全部填写", "en-US": "Practice: every template field is filled" },
    fixable: false,
    description: {
      "zh-CN": "模板中的待填项【…】尚未填写。",
      "en-US": "A template field 【…】 has not been filled in.",
    },
  },
  (pc) => {
    const s = pc.text;
    let i = s.indexOf("【");
    while (i >= 0) {
      const close = s.indexOf("】", i + 1);
      if (close < 0) return; // unclosed: the paired-marks rule reports it
      i = s.lastIndexOf("【", close); // the innermost 【 before this 】
      pc.report(i, close + 1 - i, localized(rulesText, "field.unfilled", { text: s.slice(i, close + 1) }));
      i = s.indexOf("【", close + 1);
    }
  },
);
