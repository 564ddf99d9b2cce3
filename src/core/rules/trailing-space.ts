/** trailing-space: spaces at the end of a paragraph (the formatter removes them; info). */
import { rulesText } from "../../i18n/messages/rules";
import { lastNonSpace, localized } from "./util";
import { paragraphRule } from "./types";

export const trailingSpace = paragraphRule(
  {
    id: "trailing-space",
    category: "punctuation",
    severity: "info",
    sourceKind: "practice",
    source: { "zh-CN": "实务：段末不留空格", "en-US": "Practice: no spaces at the end of a paragraph" },
    fixable: true,
    description: { "zh-CN": "段落末尾有多余的空格。", "en-US": "Spaces at the end of a paragraph." },
  },
  (pc) => {
    const s = pc.text;
    const last = lastNonSpace(s);
    if (last === s.length - 1) return;
    pc.report(last + 1, s.length - last - 1, localized(rulesText, "trailing.found"), "");
  },
);
