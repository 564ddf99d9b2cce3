/**
 * Inline enumerations: 一是/二是, 首先/其次/再次/最后, 第一/第二 where a sentence or clause starts
 * (GENRE.md section 3). Pure TypeScript.
 */
import type { Paragraph } from "./model";
import type { Enumeration, Heading } from "./outline-types";
import { CN_DIGITS, isCnDigit, run } from "./outline-markers";
import { parseChineseNumeral } from "./numerals";
import { inTable } from "./outline-parts";
import { CLAUSE_START_AFTER, CLOSE_QUOTES, OPEN_QUOTES, SENTENCE_END } from "./text-utils";

function matchEnumeration(
  text: string,
  p: number,
): { word: string; ordinal: number; style: Enumeration["style"] } | null {
  const ch = text[p];
  if (isCnDigit(ch)) {
    const j = run(text, p, isCnDigit, 3);
    if (j - p <= 3 && text[j] === "是") {
      const n = parseChineseNumeral(text.slice(p, j));
      if (n !== null && n >= 1) return { word: text.slice(p, j + 1), ordinal: n, style: "shi" };
    }
    return null;
  }
  if (ch === "第" && isCnDigit(text[p + 1])) {
    const j = run(text, p + 1, isCnDigit, 3);
    if (j - p - 1 <= 3 && "，,、：:".includes(text[j] ?? "x")) {
      const n = parseChineseNumeral(text.slice(p + 1, j));
      if (n !== null && n >= 1) return { word: text.slice(p, j), ordinal: n, style: "diyi" };
    }
    return null;
  }
  const two = text.slice(p, p + 2);
  const next = text[p + 2] ?? "";
  if (two === "首先" || two === "其次") {
    if (next === "的") return null;
    return { word: two, ordinal: two === "首先" ? 1 : 2, style: "shouxian" };
  }
  if (two === "再次" || two === "最后") {
    // 再次 (again) and 最后 (finally) are ordinals only in a 首先/其次 series and before a comma or 是.
    if (!"，,是".includes(next) || next === "") return null;
    return { word: two, ordinal: two === "再次" ? 3 : 0, style: "shouxian" };
  }
  return null;
}

// Character classes for the enumeration scan (a table lookup per UTF-16 unit keeps it fast).
const C_OTHER = 0;
const C_OPEN = 1;
const C_CLOSE = 2;
const C_CLAUSE = 3; // ；：
const C_SENTENCE = 4; // 。！？
const C_SPACE = 5;
const C_COMMA = 6; // ，,
const CHAR_CLASS = new Uint8Array(0x10000);
for (const ch of OPEN_QUOTES + "（") CHAR_CLASS[ch.charCodeAt(0)] = C_OPEN;
for (const ch of CLOSE_QUOTES + "）") CHAR_CLASS[ch.charCodeAt(0)] = C_CLOSE;
for (const ch of CLAUSE_START_AFTER) CHAR_CLASS[ch.charCodeAt(0)] = C_CLAUSE;
for (const ch of SENTENCE_END) CHAR_CLASS[ch.charCodeAt(0)] = C_SENTENCE;
for (const ch of "，,") CHAR_CLASS[ch.charCodeAt(0)] = C_COMMA;
for (const ch of " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\v\f\r\n")
  CHAR_CLASS[ch.charCodeAt(0)] = C_SPACE;

/**
 * The units an enumeration word can start with (matchEnumeration is null at any other): a table
 * lookup spares the call, and its one-character strings, at every clause start and after every comma.
 */
const MAY_START = new Uint8Array(0x10000);
for (const ch of CN_DIGITS + "第首其再最") MAY_START[ch.charCodeAt(0)] = 1;

/**
 * Find the enumeration words of one paragraph from `from`: only where a sentence or clause starts
 * (at `from`, or after 。！？；：), never inside “”‘’《》〈〉「」『』【】 or （）. A 最后 found here has
 * ordinal 0 (buildOutline numbers it after the 首先/其次 series it closes).
 */
export function findEnumerations(
  text: string,
  paragraph: number,
  from = 0,
  /** When given, receives 一是/二是 words that follow a comma instead of starting a sentence. */
  midSentence?: Enumeration[],
): Enumeration[] {
  const out: Enumeration[] = [];
  let depth = 0;
  let atStart = true;
  let prevClass = C_OTHER;
  const n = text.length;
  for (let i = from; i < n; i++) {
    const cls = CHAR_CLASS[text.charCodeAt(i)];
    if (
      depth === 0 &&
      cls === C_OTHER &&
      (atStart || (midSentence !== undefined && prevClass === C_COMMA)) &&
      MAY_START[text.charCodeAt(i)] === 1
    ) {
      const m = matchEnumeration(text, i);
      if (m && (atStart || m.style === "shi")) {
        const e: Enumeration = {
          paragraph,
          offset: i,
          length: m.word.length,
          ordinal: m.ordinal,
          word: m.word,
          style: m.style,
        };
        if (atStart) out.push(e);
        else midSentence?.push(e);
        i += m.word.length - 1;
        atStart = false;
        prevClass = C_OTHER;
        continue;
      }
    }
    switch (cls) {
      case C_OPEN:
        depth++;
        atStart = false;
        break;
      case C_CLOSE:
        depth = depth > 0 ? depth - 1 : 0;
        // “……。”一是: a sentence that ended inside the quotation ends here too.
        atStart = depth === 0 && prevClass === C_SENTENCE;
        break;
      case C_CLAUSE:
      case C_SENTENCE:
        atStart = depth === 0;
        break;
      case C_SPACE:
        break;
      default:
        atStart = false;
    }
    if (cls !== C_SPACE) prevClass = cls;
  }
  return out;
}

/**
 * The enumerations of the document (not in table cells nor in the `skip` paragraphs), with 最后's
 * ordinal taken from the 首先/其次 series before it in the same section; and the 一是/二是 words that
 * follow a comma.
 */
export function collectEnumerations(
  paras: readonly Paragraph[],
  headingAt: readonly (Heading | undefined)[],
  skip: ReadonlySet<number | null>,
): { enumerations: Enumeration[]; midSentenceEnumerations: Enumeration[] } {
  const enumerations: Enumeration[] = [];
  const midSentenceEnumerations: Enumeration[] = [];
  let lastShouxian = 0;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (skip.has(k) || inTable(p)) continue;
    const h = headingAt[k];
    if (h) lastShouxian = 0;
    const found = findEnumerations(p.text, k, h ? h.textOffset : 0, midSentenceEnumerations);
    for (const e of found) {
      if (e.style === "shouxian") {
        if (e.word === "最后" || e.word === "再次") {
          if (lastShouxian === 0) continue; // "finally" / "again", not a series
          if (e.word === "最后") e.ordinal = lastShouxian + 1;
        }
        lastShouxian = e.ordinal;
      }
      enumerations.push(e);
    }
  }
  return { enumerations, midSentenceEnumerations };
}
