/**
 * paired-marks: “” ‘’ （） 《》 〈〉 【】 pair within a paragraph, in the right order; same-shape
 * quotes and book-title marks do not nest (《》 inside 《》 becomes 〈〉, “” inside “” becomes ‘’).
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { paragraphRule } from "./types";

const OPEN = "“‘（《〈【";
const CLOSE = "”’）》〉】";
/** Each mark's place in OPEN (1…6) or CLOSE (-1…-6) by its code unit; 0 for the other units. */
const MARK = new Int8Array(0x10000);
for (let k = 0; k < OPEN.length; k++) {
  MARK[OPEN.charCodeAt(k)] = k + 1;
  MARK[CLOSE.charCodeAt(k)] = -(k + 1);
}
/** Inner replacement for same-shape nesting. */
const NESTED: Record<string, [string, string]> = { "《": ["〈", "〉"], "“": ["‘", "’"] };

export const pairedMarks = paragraphRule(
  {
    id: "paired-marks",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011 4.8 引号、4.9 括号、4.15 书名号",
      "en-US": "GB/T 15834-2011 4.8 quotation marks, 4.9 brackets, 4.15 book-title marks",
    },
    fixable: true,
    description: {
      "zh-CN": "成对的标点（“” ‘’ （） 《》 〈〉 【】）未配对、顺序错误，或同形嵌套。",
      "en-US":
        "A paired mark (“” ‘’ （） 《》 〈〉 【】) is unpaired, out of order, or nested in the same shape.",
    },
  },
  (pc) => {
    const s = pc.text;
    let stack: { ch: string; at: number }[] | null = null;
    /** Open marks of each kind on the stack. */
    const count: Record<string, number> = {};
    // a table lookup per unit (no match object per mark)
    for (let i = 0; i < s.length; i++) {
      const mark = MARK[s.charCodeAt(i)];
      if (mark === 0) continue;
      stack ??= [];
      const ch = s[i];
      if (mark > 0) {
        stack.push({ ch, at: i });
        count[ch] = (count[ch] ?? 0) + 1;
        continue;
      }
      const c = -mark - 1;
      const want = OPEN[c];
      if (!count[want]) {
        pc.report(i, 1, localized(rulesText, "paired.unopened", { mark: ch, open: want }));
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && stack[k].ch !== want) k--;
      if (k < 0) {
        pc.report(i, 1, localized(rulesText, "paired.unopened", { mark: ch, open: want }));
        continue;
      }
      // Opens above k were never closed before this close: wrong order.
      for (let j = stack.length - 1; j > k; j--) {
        const o2 = stack[j];
        pc.report(
          o2.at,
          1,
          localized(rulesText, "paired.order", { mark: o2.ch, close: CLOSE[OPEN.indexOf(o2.ch)] }),
        );
      }
      const open = stack[k];
      for (let j = k; j < stack.length; j++) count[stack[j].ch]--;
      stack.length = k;
      const nested = NESTED[want];
      if (nested && count[want] > 0) {
        const inner = s.slice(open.at + 1, i);
        pc.report(
          open.at,
          i + 1 - open.at,
          localized(rulesText, "paired.nested", { mark: want + ch, inner: nested[0] + nested[1] }),
          nested[0] + inner + nested[1],
        );
      }
    }
    for (const o of stack ?? []) {
      pc.report(
        o.at,
        1,
        localized(rulesText, "paired.unclosed", { mark: o.ch, close: CLOSE[OPEN.indexOf(o.ch)] }),
      );
    }
  },
);
