/**
 * doubled-char: an accidental doubled character in a name or a set term (县县本级, GENRE.md
 * section 6). Three checks: set terms (organ names, 规范表述 names and a list of set phrases) written
 * with one character doubled are errors; a doubled function character anywhere (的的, 是是, 和和,
 * issue 10 class 4) unless a word before or after it explains the doubling (为了了解, 目的的, 存在在职)
 * or a reduplication covers it; inside a 《》 title any doubled character not covered by the
 * allow-list of reduplications (src/genre/reduplications.ts) is a warning.
 */
import { rulesText } from "../../i18n/messages/rules";
import { doubledCheckTerms, functionDoublings, reduplications } from "../../genre/reduplications";
import { formulations } from "../../genre/formulations";
import { isHan, localized } from "./util";
import { paragraphRule } from "./types";

/** A doubled Han character (found natively; doubled characters are rare). */
/**
 * The next doubled CJK character (as /([\u3400-\u4dbf\u4e00-\u9fff])\1/g would find it) at or after
 * `from`, or -1: a loop over the units, several times faster than the backreference.
 */
function nextPair(s: string, from: number): number {
  let c = from < s.length ? s.charCodeAt(from) : 0;
  for (let i = from; i + 1 < s.length; i++) {
    const d = s.charCodeAt(i + 1);
    if (c === d && ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff))) return i;
    c = d;
  }
  return -1;
}

/** Set terms by each of their characters: char → [term, index of the char in the term]. */
let termsByChar: Map<string, [string, number][]> | null = null;
/** Allow-list entries by each doubled pair they contain: pair → [entry, offset of the pair] */
let allowByPair: Map<string, [string, number][]> | null = null;

function buildTerms(): void {
  const terms = new Set<string>(doubledCheckTerms);
  for (const f of formulations) if (f.name.length >= 3 && !/(.)\1/.test(f.name)) terms.add(f.name);
  termsByChar = new Map();
  for (const term of terms) {
    for (let i = 0; i < term.length; i++) {
      if (!isHan(term.charCodeAt(i)) || term[i + 1] === term[i]) continue;
      let list = termsByChar.get(term[i]);
      if (!list) termsByChar.set(term[i], (list = []));
      list.push([term, i]);
    }
  }
}

/** The set term written at `at` with its character at `at` doubled (at, at + 1), if any. */
function doubledTerm(s: string, at: number): string | null {
  const list = termsByChar!.get(s[at]);
  if (!list) return null;
  for (const [term, k] of list) {
    const start = at - k;
    if (start < 0) continue;
    if (s.startsWith(term.slice(0, k + 1), start) && s.startsWith(term.slice(k + 1), at + 2)) return term;
  }
  return null;
}

function buildAllow(): void {
  allowByPair = new Map();
  for (const w of reduplications) {
    for (let i = 0; i + 1 < w.length; i++) {
      if (w[i] !== w[i + 1]) continue;
      const pair = w[i] + w[i];
      let list = allowByPair.get(pair);
      if (!list) allowByPair.set(pair, (list = []));
      list.push([w, i]);
    }
  }
}

/** A word before the pair ends with its first character, or one after it starts with its second. */
function acrossWords(s: string, at: number): boolean {
  const d = functionDoublings[s[at]];
  if (!d) return true;
  for (const w of d.ends) if (at + 1 - w.length >= 0 && s.startsWith(w, at + 1 - w.length)) return true;
  for (const w of d.starts) if (s.startsWith(w, at + 1)) return true;
  return false;
}

function allowed(s: string, at: number): boolean {
  const list = allowByPair!.get(s[at] + s[at]);
  if (!list) return false;
  return list.some(([w, k]) => at - k >= 0 && s.startsWith(w, at - k));
}

export const doubledChar = paragraphRule(
  {
    id: "doubled-char",
    category: "punctuation",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：名称与规范用语不得错字",
      "en-US": "Practice: names and set terms are spelt exactly",
    },
    fixable: true,
    description: {
      "zh-CN": "名称、书名或固定用语中误重复了一个字（如“县县本级”），或误重复了虚词（如“的的”“是是”）。",
      "en-US":
        "A character doubled by mistake in a name, title or set term (县县本级), or a doubled function word (的的, 是是).",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.length < 2) return;
    if (!allowByPair) buildAllow();
    if (!termsByChar) buildTerms();
    const reported = new Set<number>();
    // doubled characters are rare: find each pair, then ask whether a set term explains it
    for (let i = nextPair(s, 0); i >= 0; i = nextPair(s, i + 2)) {
      const term = doubledTerm(s, i);
      if (term !== null && !allowed(s, i)) {
        reported.add(i);
        pc.report(i, 2, localized(rulesText, "doubled.term", { text: s.slice(i, i + 2), term }), s[i]);
      } else if (
        term === null &&
        Object.prototype.hasOwnProperty.call(functionDoublings, s[i]) &&
        !allowed(s, i) &&
        !acrossWords(s, i)
      ) {
        reported.add(i);
        pc.report(
          i,
          2,
          localized(rulesText, "doubled.word", { text: s.slice(i, i + 2), fix: s[i] }),
          s[i],
          functionDoublings[s[i]].severity,
        );
      }
    }
    // inside 《》 titles
    let open = s.indexOf("《");
    while (open >= 0) {
      const close = s.indexOf("》", open + 1);
      if (close < 0) break;
      for (let i = open + 1; i + 1 < close; i++) {
        const c = s.charCodeAt(i);
        if (!isHan(c) || s.charCodeAt(i + 1) !== c) continue;
        if (reported.has(i) || allowed(s, i)) {
          i++;
          continue;
        }
        reported.add(i);
        pc.report(i, 2, localized(rulesText, "doubled.title", { text: s.slice(i, i + 2) }), s[i], "warning");
        i++;
      }
      open = s.indexOf("《", close + 1);
    }
  },
);
