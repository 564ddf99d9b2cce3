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
/** Each mark's place in OPEN (1…6) or CLOSE (-1…-6) by its code unit; 0 for the other units. */
const MARK = new Int8Array(0x10000);
for (let k = 0; k < OPEN.length; k++) {
  MARK[OPEN.charCodeAt(k)] = k + 1;
  MARK[CLOSE.charCodeAt(k)] = -(k + 1);
}
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
    // Open marks on the stack, by their place k in OPEN, and where; integers only (a CJK mark read
    // as a string would be a new string each time).
    let kinds: number[] | null = null;
    let ats: number[] = [];
    /** The two marks of each pair written the wrong way round (reversed-marks' findings), skipped here. */
    let reversed: Set<number> | null = null;
    /** Open marks of each kind on the stack. */
    const count = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < s.length; i++) {
      const mark = MARK[s.charCodeAt(i)];
      if (mark === 0) continue;
      if (!kinds) {
        kinds = [];
        ats = [];
        reversed = new Set<number>();
        for (const r of reversedPairs(s)) if (!r.nested) reversed.add(r.start).add(r.end - 1);
      }
      if (reversed!.has(i)) continue;
      if (mark > 0) {
        kinds.push(mark - 1);
        ats.push(i);
        count[mark - 1]++;
        continue;
      }
      const c = -mark - 1;
      const ch = CLOSE[c];
      const want = OPEN[c];
      if (!count[c]) {
        pc.report(i, 1, localized(rulesText, "paired.unopened", { mark: ch, open: want }));
        continue;
      }
      let k = kinds.length - 1;
      while (k >= 0 && kinds[k] !== c) k--;
      if (k < 0) {
        pc.report(i, 1, localized(rulesText, "paired.unopened", { mark: ch, open: want }));
        continue;
      }
      // Opens above k were never closed before this close: wrong order.
      for (let j = kinds.length - 1; j > k; j--) {
        pc.report(
          ats[j],
          1,
          localized(rulesText, "paired.order", { mark: OPEN[kinds[j]], close: CLOSE[kinds[j]] }),
        );
      }
      const openAt = ats[k];
      for (let j = k; j < kinds.length; j++) count[kinds[j]]--;
      kinds.length = k;
      ats.length = k;
      const nested = NESTED[want];
      if (nested && count[c] > 0) {
        const inner = s.slice(openAt + 1, i);
        pc.report(
          openAt,
          i + 1 - openAt,
          localized(rulesText, "paired.nested", { mark: want + ch, inner: nested[0] + nested[1] }),
          nested[0] + inner + nested[1],
        );
      }
    }
    if (!kinds) return;
    innerTitleMarks(s, pc);
    for (let j = 0; j < kinds.length; j++)
      pc.report(
        ats[j],
        1,
        localized(rulesText, "paired.unclosed", { mark: OPEN[kinds[j]], close: CLOSE[kinds[j]] }),
      );
  },
);
