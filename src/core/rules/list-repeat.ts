/**
 * list-repeat: an item written twice in one 、-list (共12个党委、党委、总支; 党的二十大精神、……、党的
 * 二十大精神), a warning without a fix (the second may be a slip for another word: 党组). A list is a
 * run of items joined by 、 between two other marks; an inner item is compared whole, the first
 * item also by its end when the repeat follows it at once (……个党委、党委) or is 4 characters or more
 * (学习了党的二十大精神、……、党的二十大精神), the last item up to 等. Items of one character, without
 * Han characters (1、1) or with a placeholder (区XX局、区XX局) are not compared.
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { hasHan } from "../text-utils";
import { paragraphRule, type ParagraphContext } from "./types";

/**
 * Marks that end a list (、 joins its items; quotes and 《》 belong to the items), and white space (the
 * characters of a regular expression's \s), as a table by code unit: the scan runs over every character.
 */
const BOUNDARY = new Uint8Array(0x10000);
for (const ch of "，。；：！？,.;:!?（）()\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff")
  BOUNDARY[ch.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) BOUNDARY[c] = 1;

/** Characters of placeholders (X, *, ×, ○, □, 某某). */
const PLACEHOLDER = /[XxＸｘ*＊×○◯□△某]/;

export const listRepeat = paragraphRule(
  {
    id: "list-repeat",
    category: "wording",
    severity: "warning",
    sourceKind: "practice",
    source: { "zh-CN": "实务：并列成分不重复", "en-US": "Practice: the items of a list are not repeated" },
    fixable: false,
    description: {
      "zh-CN": "顿号连接的并列成分中同一项写了两次（如“党委、党委”）。",
      "en-US": "The same item twice in a list joined by 、 (党委、党委).",
    },
  },
  (pc) => {
    const s = pc.text;
    if (!s.includes("、")) return;
    // split into clauses at the boundary marks, each clause into items at 、
    // from each 、 out to the clause's two boundaries (only clauses with a 、 are looked at)
    let done = 0;
    let i = s.indexOf("、");
    while (i >= 0) {
      let start = i;
      while (start > done && BOUNDARY[s.charCodeAt(start - 1)] === 0) start--;
      let end = i + 1;
      while (end < s.length && BOUNDARY[s.charCodeAt(end)] === 0) end++;
      if (end - start >= 3) checkList(pc, s, start, end);
      done = end + 1;
      i = s.indexOf("、", done);
    }
  },
);

/** Lists longer than this are compared through a set (linear); shorter ones item by item (no allocation). */
const SET_FROM = 16;

/** Whether s[a, a + n) and s[b, b + n) hold the same code units. */
function same(s: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** Item offsets of the list being checked (reused: most clauses are short lists). */
let starts = new Int32Array(64);
let ends = new Int32Array(64);

function checkList(pc: ParagraphContext, s: string, from: number, to: number): void {
  // the items' offsets, split at 、 (no string is made unless an item repeats)
  let n = 0;
  let at = from;
  for (;;) {
    let k = s.indexOf("、", at);
    if (k < 0 || k > to) k = to;
    if (n === starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[n] = at;
    ends[n] = k;
    n++;
    if (k === to) break;
    at = k + 1;
  }
  const last = n - 1;
  if (last < 1) return;
  // the last item runs to the clause end: up to 等 (……、人事等情况)
  const cut = s.indexOf("等", starts[last]);
  if (cut >= 0 && cut < ends[last]) ends[last] = cut;
  const firstLen = ends[0] - starts[0];
  const seen = last >= SET_FROM ? new Set<string>([s.slice(starts[0], ends[0])]) : null;
  for (let k = 1; k <= last; k++) {
    const len = ends[k] - starts[k];
    let repeat = false;
    if (seen) {
      const t = s.slice(starts[k], ends[k]);
      repeat = seen.has(t);
      seen.add(t);
    } else {
      for (let j = 0; j < k && !repeat; j++)
        repeat = ends[j] - starts[j] === len && same(s, starts[j], starts[k], len);
    }
    // the first item runs from the clause start: its end may be the item, right before the repeat
    // (共12个党委、党委) or, for an item of 4 characters or more, anywhere in the list
    if (!repeat && (k === 1 || len >= 4) && firstLen > len && same(s, ends[0] - len, starts[k], len))
      repeat = true;
    if (!repeat || len < 2) continue;
    const t = s.slice(starts[k], ends[k]);
    // a placeholder makes two different names look alike (区XX局、区XX局): the placeholder rule's
    if (!hasHan(t) || PLACEHOLDER.test(t)) continue;
    pc.report(starts[k], len, localized(rulesText, "list.repeat", { text: t }));
  }
}
