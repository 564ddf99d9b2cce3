/**
 * Small text helpers shared by the engine (outline, rules, search). Pure TypeScript.
 *
 * Offsets are UTF-16 code units, as everywhere in the model.
 */

/**
 * Whitespace that a writer may leave around a line: ASCII spaces and tabs, the full-width space
 * U+3000, no-break spaces, the zero-width space and BOM, and Word's line break \v.
 */
const SPACE_CHARS = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\v\f\r\n";

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && SPACE_CHARS.includes(ch);
}

/** A trimmed view of a string that remembers where it came from. */
export interface TrimmedSpan {
  /** The trimmed text. */
  text: string;
  /** Offset of the trimmed text in the original string. */
  start: number;
  /** One past the last character of the trimmed text in the original string. */
  end: number;
}

/** Trim ASCII and full-width spaces (see SPACE_CHARS) from both ends, keeping the offsets. */
export function trimSpan(text: string): TrimmedSpan {
  const [start, end] = trimBounds(text);
  return { text: text.slice(start, end), start, end };
}

/** [start, end) of the text without leading and trailing spaces (no copy). */
export function trimBounds(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE_CHARS.includes(text[start])) start++;
  while (end > start && SPACE_CHARS.includes(text[end - 1])) end--;
  return [start, end];
}

/** True when the text has nothing but spaces (see SPACE_CHARS). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!SPACE_CHARS.includes(text[i])) return false;
  return true;
}

/** Offset of the first non-space character at or after `from` (text.length when none). */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE_CHARS.includes(text[i])) i++;
  return i;
}

/**
 * True for a Han character (CJK Unified Ideographs and extension A, compatibility ideographs, 〇)
 * given as a string of one code unit (or a surrogate pair for the supplementary planes).
 */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    c === 0x3007
  );
}

/** True for CJK text: Han characters, CJK punctuation (U+3000-303F) and full-width forms (U+FF00-FFEF). */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (
    isHan(ch) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d
  );
}

/** True when the string holds at least one Han character. */
export function hasHan(text: string): boolean {
  for (const ch of text) if (isHan(ch)) return true;
  return false;
}

/** Count of characters (code points, so a surrogate pair counts once). */
export function charCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** ０-９ → 0-9, leaving everything else. */
export function toHalfwidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Marks that end a sentence in Chinese text. */
export const SENTENCE_END = "。！？";
/** Marks after which a new clause (and so an enumeration word such as 一是) may start. */
export const CLAUSE_START_AFTER = "。！？；：";

/** Opening and closing marks whose content is a quotation or a title: enumeration words inside are not counted. */
export const OPEN_QUOTES = "“‘《〈「『【";
export const CLOSE_QUOTES = "”’》〉」』】";

/**
 * Scan `text` from `from`, tracking nesting of quotation marks, book-title marks and parentheses,
 * and return the offset of the first sentence end (。！？) outside them, or -1.
 */
export function findSentenceEnd(text: string, from = 0, to = text.length): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (OPEN_QUOTES.includes(ch) || ch === "（") depth++;
    else if (CLOSE_QUOTES.includes(ch) || ch === "）") depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && SENTENCE_END.includes(ch)) return i;
  }
  return -1;
}
