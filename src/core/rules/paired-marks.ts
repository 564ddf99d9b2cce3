/**
 * paired-marks: “” ‘’ （） 《》 〈〉 【】 pair within a paragraph, in the right order; same-shape
 * quotes and book-title marks do not nest (《》 inside 《》 becomes 〈〉, “” inside “” becomes ‘’).
 * A pair written the wrong way round (”十五五“) is reversed-marks' finding: its two marks are skipped.
 * <…> used as the inner title marks inside 《…》 is a warning with 〈…〉 as the fix (GB/T 15834 4.15).
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { reversedPairs } from "./reversed-marks";
import { paragraphRule, type ParagraphContext } from "./types";

const OPEN = "“‘（《〈【";
const CLOSE = "”’）》〉】";
const MARKS = /[“”‘’（）《》〈〉【】]/;
const SCAN = /[“”‘’（）《》〈〉【】]/g;
/** Inner replacement for same-shape nesting. */
const NESTED: Record<string, [string, string]> = { "《": ["〈", "〉"], "“": ["‘", "’"] };

/** <…> or ＜…＞ inside 《…》 (《关于印发<某某办法>的通知》): the inner title takes 〈…〉 (warning). */
function innerTitleMarks(s: string, pc: ParagraphContext): void {
  if (!s.includes("《") || !/[<＜]/.test(s)) return;
  const re = /<([^<>《》]{1,60})>|＜([^＜＞《》]{1,60})＞/g;
  const lastClose = s.lastIndexOf("》");
  let m: RegExpExecArray | null;
  // depth of 《 at the scan position, carried forward from one match to the next (linear)
  let depth = 0;
  let at = 0;
  while ((m = re.exec(s))) {
    for (; at < m.index; at++) {
      if (s[at] === "《") depth++;
      else if (s[at] === "》" && depth > 0) depth--;
    }
    if (depth === 0 || lastClose < m.index) continue;
    const inner = m[1] ?? m[2] ?? "";
    pc.report(
      m.index,
      m[0].length,
      localized(rulesText, "paired.innerTitle", { text: m[0], fix: `〈${inner}〉` }),
      `〈${inner}〉`,
      "warning",
    );
  }
}

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
    if (!MARKS.test(s)) return;
    const reversed = new Set<number>();
    for (const r of reversedPairs(s)) if (!r.nested) reversed.add(r.start).add(r.end - 1);
    const stack: { ch: string; at: number }[] = [];
    /** Open marks of each kind on the stack. */
    const count: Record<string, number> = {};
    SCAN.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = SCAN.exec(s))) {
      const i = hit.index;
      const ch = hit[0];
      if (reversed.has(i)) continue;
      const o = OPEN.indexOf(ch);
      if (o >= 0) {
        stack.push({ ch, at: i });
        count[ch] = (count[ch] ?? 0) + 1;
        continue;
      }
      const c = CLOSE.indexOf(ch);
      if (c < 0) continue;
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
    innerTitleMarks(s, pc);
    for (const o of stack) {
      pc.report(
        o.at,
        1,
        localized(rulesText, "paired.unclosed", { mark: o.ch, close: CLOSE[OPEN.indexOf(o.ch)] }),
      );
    }
  },
);
