/**
 * list-repeat: an item written twice in one 、-list (共12个党委、党委、总支; 党的二十大精神、……、党的
 * 二十大精神), a warning without a fix (the second may be a slip for another word: 党组). A list is a
 * run of items joined by 、 between two other marks; an inner item is compared whole, the first
 * item also by its end when the repeat follows it at once (……个党委、党委) or is 4 characters or more
 * (学习了党的二十大精神、……、党的二十大精神), the last item up to 等. Items of one character, without
 * Han characters (1、1) or with a placeholder (区XX局、区XX局) are not compared.
 */
import { rulesText } from "../../i18n/messages/rules";
import { isHan, localized } from "./util";
import { paragraphRule, type ParagraphContext } from "./types";

/** Marks that end a list (、 joins its items; quotes and 《》 belong to the items). */
const BOUNDARY = /[，。；：！？,.;:!?（）()\s]/;

/** Characters of placeholders (X, *, ×, ○, □, 某某). */
const PLACEHOLDER = /[XxＸｘ*＊×○◯□△某]/;

function hasHan(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isHan(s.charCodeAt(k))) return true;
  return false;
}

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
    let start = 0;
    for (let i = 0; i <= s.length; i++) {
      if (i < s.length && !BOUNDARY.test(s[i])) continue;
      if (i - start >= 3 && s.slice(start, i).includes("、")) checkList(pc, s, start, i);
      start = i + 1;
    }
  },
);

function checkList(pc: ParagraphContext, s: string, from: number, to: number): void {
  const items: { at: number; text: string }[] = [];
  let at = from;
  for (let k = from; k <= to; k++) {
    if (k < to && s[k] !== "、") continue;
    items.push({ at, text: s.slice(at, k) });
    at = k + 1;
  }
  if (items.length < 2) return;
  const last = items.length - 1;
  // the last item runs to the clause end: up to 等 (……、人事等情况)
  const core = (k: number) => (k === last ? items[k].text.split("等")[0] : items[k].text);
  // a placeholder makes two different names look alike (区XX局、区XX局): the placeholder rule's
  const usable = (t: string) => t.length >= 2 && hasHan(t) && !PLACEHOLDER.test(t);
  // the items seen so far (a set: a list of thousands of items stays linear)
  const seen = new Set<string>([core(0)]);
  for (let k = 1; k <= last; k++) {
    const t = core(k);
    const known = seen.has(t);
    seen.add(t);
    if (!usable(t)) continue;
    let repeat = known;
    // the first item runs from the clause start: its end may be the item, right before the repeat
    // (共12个党委、党委) or, for an item of 4 characters or more, anywhere in the list
    const first = items[0].text;
    if (!repeat && (k === 1 || t.length >= 4) && first.length > t.length && first.endsWith(t)) repeat = true;
    if (!repeat) continue;
    pc.report(items[k].at, t.length, localized(rulesText, "list.repeat", { text: t }));
  }
}
