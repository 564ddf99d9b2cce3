/**
 * Heading markers: 一、（一）1.（1） at the start of a paragraph, stand-alone or run-in, with their
 * wrong-but-common variants (GENRE.md section 3, GB/T 9704-2012 7.3.3, GB/T 15834-2011 B.3). Pure
 * TypeScript. Recognition works on the text trimmed of ASCII and full-width spaces, but every offset
 * refers to the untrimmed text.
 */
import type { Paragraph } from "./model";
import type { Heading, HeadingLevel, MarkerProblem } from "./outline-types";
import { parseArabic, parseChineseNumeral, toChineseNumeral } from "./numerals";
import { findSentenceEnd, skipSpaces, trimBounds } from "./text-utils";

/** Largest number a heading marker may carry (a larger one is a year or a count, not a heading). */
const MAX_MARKER_NUMBER = 99;

/** The standard marker of a level and number: (1, 3) 三、 (2, 3) （三） (3, 3) 3. (4, 3) （3）. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(n)}、`;
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** A heading marker found at the start of a paragraph. */
export interface MarkerMatch {
  level: HeadingLevel;
  number: number;
  /** The marker as written, including the mark after it. */
  marker: string;
  canonicalMarker: string;
  problem: MarkerProblem | null;
  /** Offset of the marker in the paragraph. */
  offset: number;
  /** One past the marker's last character. */
  end: number;
}

export const CN_DIGITS = "一二三四五六七八九十";
const ARABIC = /[0-9０-９]/;

/** True for 一 … 十. */
export function isCnDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && CN_DIGITS.includes(ch);
}
function isArabic(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && ARABIC.test(ch);
}

/** Read a run of characters from `from` while `pred` holds, at most `max` of them. */
export function run(text: string, from: number, pred: (ch: string) => boolean, max: number): number {
  let j = from;
  while (j < text.length && j - from <= max && pred(text[j])) j++;
  return j;
}

/** After 一、: words that make it a list of numerals (一、二季度, 一、二等奖), not a heading. */
const NUMERAL_LIST_AFTER = /^[一二三四五六七八九十]+(?:季度|等奖|等|级|类|批|期|档|号|线)/;

/**
 * Recognise a heading marker at `from` (the first non-space character of a paragraph).
 * Returns null for text that merely starts with a numeral: 1.5亿元, 3.2%, 2023年, 一是, 一年来, 二〇二四年.
 */
export function matchMarker(text: string, from = 0): MarkerMatch | null {
  const ch = text[from];
  if (ch === undefined) return null;

  // Level 1: 一、 (wrong: 一. 一． 一， 一, 一: 一：)
  if (isCnDigit(ch)) {
    const j = run(text, from, isCnDigit, 3);
    if (j - from > 3) return null;
    const n = parseChineseNumeral(text.slice(from, j));
    if (n === null || n < 1 || n > MAX_MARKER_NUMBER) return null;
    const mark = text[j];
    if (mark === undefined) return null;
    let problem: MarkerProblem | null;
    if (mark === "、") problem = null;
    else if (".．，,:：".includes(mark)) problem = "wrong-mark-after";
    else return null;
    if (NUMERAL_LIST_AFTER.test(text.slice(j + 1, j + 6))) return null;
    if (problem && isArabic(text[j + 1])) return null;
    return result(1, n, text, from, j + 1, problem);
  }

  // Levels 2 and 4: （一） （1） (wrong: half-width parentheses, a mark after the closing one)
  if (ch === "（" || ch === "(") {
    const k = from + 1;
    let j: number;
    let n: number | null;
    let level: HeadingLevel;
    if (isCnDigit(text[k])) {
      j = run(text, k, isCnDigit, 3);
      if (j - k > 3) return null;
      n = parseChineseNumeral(text.slice(k, j));
      level = 2;
    } else if (isArabic(text[k])) {
      j = run(text, k, isArabic, 2);
      if (j - k > 2) return null;
      n = parseArabic(text.slice(k, j));
      level = 4;
    } else return null;
    if (n === null || n < 1 || n > MAX_MARKER_NUMBER) return null;
    const close = text[j];
    if (close !== "）" && close !== ")") return null;
    let problem: MarkerProblem | null = ch === "(" || close === ")" ? "halfwidth-parens" : null;
    let end = j + 1;
    const after = text[end];
    if (after !== undefined && "、.．，,:：".includes(after) && !isArabic(text[end + 1])) {
      end++;
      problem ??= "extra-mark-after";
    }
    return result(level, n, text, from, end, problem);
  }

  // Level 3: 1. (wrong: 1、 1， 1, 1) 1） 1．) — never a decimal number (1.5亿元, 3.2%).
  if (isArabic(ch)) {
    const j = run(text, from, isArabic, 2);
    if (j - from > 2) return null; // a year or a count
    const n = parseArabic(text.slice(from, j));
    if (n === null || n < 1 || n > MAX_MARKER_NUMBER) return null;
    const mark = text[j];
    if (mark === undefined || isArabic(text[j + 1])) return null;
    let problem: MarkerProblem | null;
    if (mark === ".") problem = null;
    else if ("．、，,)）".includes(mark)) problem = "wrong-mark-after";
    else return null;
    // 1.x or 1.X is a section number or a version, not a heading.
    if (mark === "." && /[A-Za-z.]/.test(text[j + 1] ?? "")) return null;
    return result(3, n, text, from, j + 1, problem);
  }
  return null;
}

function result(
  level: HeadingLevel,
  n: number,
  text: string,
  from: number,
  end: number,
  problem: MarkerProblem | null,
): MarkerMatch {
  return {
    level,
    number: n,
    marker: text.slice(from, end),
    canonicalMarker: canonicalMarker(level, n),
    problem,
    offset: from,
    end,
  };
}

/** A heading with the marker's offset (an optional extension of the Heading contract). */
export interface MarkedHeading extends Heading {
  /** Offset of the marker in the paragraph (non-zero when the line starts with spaces). */
  markerOffset: number;
}

/**
 * Recognise a numbered heading in one paragraph's text, or null. Depth is not known here (it is set
 * to 1; buildOutline fills it in).
 */
export function parseHeading(text: string, paragraph: number): MarkedHeading | null {
  const [start, lineEnd] = trimBounds(text);
  if (start === lineEnd) return null;
  const m = matchMarker(text, start);
  if (!m) return null;
  const textOffset = Math.min(skipSpaces(text, m.end), lineEnd);
  const stop = findSentenceEnd(text, textOffset, lineEnd);
  let runIn = false;
  let headingText: string;
  if (stop >= 0 && skipSpaces(text, stop + 1) < lineEnd) {
    runIn = true;
    headingText = text.slice(textOffset, stop + 1);
  } else headingText = text.slice(textOffset, lineEnd);
  return {
    paragraph,
    level: m.level,
    depth: 1,
    number: m.number,
    marker: m.marker,
    canonicalMarker: m.canonicalMarker,
    problem: m.problem,
    textOffset,
    text: headingText,
    runIn,
    markerOffset: m.offset,
  };
}

/**
 * A heading numbered by Word's automatic list numbering: `label` (一、 （一） 1.) is the whole marker
 * and is not in `text`; the heading starts at the text's first character. Null when the label is not
 * a heading marker (a bullet, 第一章, 1.1).
 */
export function parseLabelHeading(label: string, text: string, paragraph: number): MarkedHeading | null {
  const marker = label.trim();
  const m = matchMarker(marker, 0);
  const [start, lineEnd] = trimBounds(text);
  if (!m || m.end !== marker.length || start === lineEnd) return null;
  const stop = findSentenceEnd(text, start, lineEnd);
  const runIn = stop >= 0 && skipSpaces(text, stop + 1) < lineEnd;
  return {
    paragraph,
    level: m.level,
    depth: 1,
    number: m.number,
    marker,
    canonicalMarker: m.canonicalMarker,
    problem: m.problem,
    textOffset: start,
    text: text.slice(start, runIn ? stop + 1 : lineEnd),
    runIn,
    markerOffset: start,
    autoNumbered: true,
  };
}

/** The heading a paragraph opens: by its list label when it has one that is a marker, else by its text. */
export function paragraphHeading(p: Paragraph, paragraph: number): MarkedHeading | null {
  return (
    (p.listLabel ? parseLabelHeading(p.listLabel, p.text, paragraph) : null) ??
    parseHeading(p.text, paragraph)
  );
}
