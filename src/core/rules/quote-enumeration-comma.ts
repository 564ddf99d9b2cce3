/**
 * quote-enumeration-comma: between coordinate items each in quotation marks or book-title marks no
 * 顿号 is usually written (GB/T 15834-2011 4.5.3.5: “四个意识”“四个自信”, 《准则》《条例》). Info, with a
 * fix that removes the 、.
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { paragraphRule } from "./types";

const RE = /[”》]、[“《]/g;

export const quoteEnumerationComma = paragraphRule(
  {
    id: "quote-enumeration-comma",
    category: "punctuation",
    severity: "info",
    sourceKind: "standard",
    source: { "zh-CN": "GB/T 15834-2011 4.5.3.5", "en-US": "GB/T 15834-2011 4.5.3.5" },
    fixable: true,
    description: {
      "zh-CN": "标有引号或书名号的并列成分之间通常不用顿号（如“四个意识”“四个自信”）。",
      "en-US": "No 顿号 between coordinate items in quotation or book-title marks (“四个意识”“四个自信”).",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.indexOf("、") < 0) return;
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(s))) {
      pc.report(m.index + 1, 1, localized(rulesText, "quoteComma.found", { text: m[0] }), "");
      RE.lastIndex = m.index + 1;
    }
  },
);
