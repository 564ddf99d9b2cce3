/**
 * paragraph-end: a body paragraph ends with 。！？ or ：（before a list）, ；（a list item）, ……, or a
 * closing ” ’ ） 》 after one. Headings, title, addressee, signature, date, table cells and short
 * unpunctuated lines (unnumbered sub-titles) are not body paragraphs.
 */
import { rulesText } from "../../i18n/messages/rules";
import { lastNonSpace, localized } from "./util";
import { paragraphRule } from "./types";

const ENDS = "。！？：；…!?";
const CLOSERS = "”’）》」』";
/** A sentence inside the line: it is prose, not an unnumbered heading. */
const SENTENCE_MARKS = /[。；！？]/;

export const paragraphEnd = paragraphRule(
  {
    id: "paragraph-end",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: { "zh-CN": "GB/T 15834-2011 4.1 句号", "en-US": "GB/T 15834-2011 4.1 full stop" },
    fixable: true,
    description: {
      "zh-CN": "正文段落末尾缺少句末标点。",
      "en-US": "A body paragraph ends without a final punctuation mark.",
    },
  },
  (pc) => {
    if (pc.role !== "body" && pc.role !== "opening") return;
    const s = pc.text;
    const last = lastNonSpace(s);
    if (last < 0) return;
    let k = last;
    while (k >= 0 && CLOSERS.includes(s[k])) k--;
    if (k >= 0 && ENDS.includes(s[k])) return;
    if (k >= 0 && s[k] === "." && k > 0 && s[k - 1] === ".") return; // ... is dash-ellipsis's
    // A short line without a sentence inside is an unnumbered heading or a label, not prose.
    if (!SENTENCE_MARKS.test(s.slice(0, last + 1)) && last < 40) return;
    const ch = s[last];
    if (ch === "，" || ch === "、" || ch === ",") {
      pc.report(last, 1, localized(rulesText, "end.comma", { mark: ch }), "。");
    } else if (CLOSERS.includes(ch)) {
      pc.report(last + 1, 0, localized(rulesText, "end.missing"), "。");
    } else {
      pc.report(last + 1, 0, localized(rulesText, "end.missing"), "。");
    }
  },
);
