/**
 * Structure recognition: heading markers 一、（一）1.（1） (stand-alone and run-in, with their
 * wrong-but-common variants), the outline tree, 一是/首先/第一 enumerations, and the title, 主送,
 * 导语, 落款 and 成文日期 lines. Pure TypeScript (GENRE.md sections 3-4, DESIGN.md section 5).
 *
 * Recognition works on the paragraph's text trimmed of ASCII and full-width spaces, but every offset
 * it reports refers to the untrimmed text.
 */
import type { DocModel, Paragraph } from "./model";
import type {
  DocStructure,
  Enumeration,
  Heading,
  HeadingLevel,
  MarkerProblem,
  OutlineNode,
} from "./outline-types";
import { parseArabic, parseChineseNumeral, toChineseNumeral } from "./numerals";
import {
  CLAUSE_START_AFTER,
  CLOSE_QUOTES,
  OPEN_QUOTES,
  SENTENCE_END,
  charCount,
  findSentenceEnd,
  isBlank,
  skipSpaces,
  toHalfwidthDigits,
  trimBounds,
  trimSpan,
} from "./text-utils";

/** Largest number a heading marker may carry (a larger one is a year or a count, not a heading). */
export const MAX_MARKER_NUMBER = 99;

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

const CN_DIGITS = "一二三四五六七八九十";
const ARABIC = /[0-9０-９]/;

function isCnDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && CN_DIGITS.includes(ch);
}
function isArabic(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && ARABIC.test(ch);
}

/** Read a run of characters from `from` while `pred` holds, at most `max` of them. */
function run(text: string, from: number, pred: (ch: string) => boolean, max: number): number {
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
export interface HeadingEx extends Heading {
  /** Offset of the marker in the paragraph (non-zero when the line starts with spaces). */
  markerOffset: number;
  /**
   * A stand-alone 1. or （1） line that is an item of a list rather than a heading over body text: it
   * heads no body paragraph, or one item of its series ends with ； (分项列举), or the series is led
   * in by a line ending with a colon. Set by buildOutline.
   */
  listItem?: boolean;
}

/**
 * Recognise a numbered heading in one paragraph's text, or null. Depth is not known here (it is set
 * to 1; buildOutline fills it in).
 */
export function parseHeading(text: string, paragraph: number): HeadingEx | null {
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
export function parseLabelHeading(label: string, text: string, paragraph: number): HeadingEx | null {
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
export function paragraphHeading(p: Paragraph, paragraph: number): HeadingEx | null {
  return (
    (p.listLabel ? parseLabelHeading(p.listLabel, p.text, paragraph) : null) ??
    parseHeading(p.text, paragraph)
  );
}

// ---------------------------------------------------------------------------------------------
// Dates, titles, addressees, signatures

const DATE_PATTERNS: RegExp[] = [
  /^\d{4}年\d{1,2}月\d{1,2}日$/,
  /^\d{4}年\d{1,2}月\d{1,2}$/, // 日 left out (date-form says so)
  /^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$/,
  /^[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,4}日$/,
];

/**
 * True when the (trimmed) line is a date: 2024年12月20日, and the wrong forms 2024年12月20, 2024.12.20,
 * 2024-12-20, 2024/12/20, 二〇二四年十二月二十日 (spaces and full-width digits allowed; one pair of
 * parentheses around it allowed).
 */
export function isDateLine(text: string): boolean {
  let t = toHalfwidthDigits(trimSpan(text).text)
    .replace(/[\s\u3000]/g, "")
    .replace(/．/g, ".");
  const paren = /^[（(](.*)[）)]$/.exec(t);
  if (paren) t = paren[1];
  if (t.length < 6 || t.length > 16) return false;
  return DATE_PATTERNS.some((re) => re.test(t));
}

/** Marks that cannot end a title (or a 落款 line). */
const FINAL_PUNCT = "。，；：、,.;:!?！？";
const TITLE_WORDS = /(报告|情况|汇报|总结|述职|述廉|述责|材料|发言|发言提纲)$/;
/** Longest title, addressee and signature lines, in characters. */
const TITLE_MAX = 60;
const ADDRESSEE_MAX = 40;
const SIGNATURE_MAX = 40;

function looksLikeTitle(p: Paragraph): boolean {
  const t = trimSpan(p.text).text;
  const len = charCount(t);
  if (len < 2 || len > TITLE_MAX) return false;
  if (FINAL_PUNCT.includes(t[t.length - 1])) return false;
  if (t.includes("。") || isDateLine(t)) return false;
  if (p.styleBuiltIn === "Title" || p.alignment === "centered") return true;
  return TITLE_WORDS.test(t) || /^关于.+的/.test(t);
}

function looksLikeAddressee(p: Paragraph): boolean {
  const t = trimSpan(p.text).text;
  const len = charCount(t);
  if (len < 2 || len > ADDRESSEE_MAX) return false;
  const last = t[t.length - 1];
  if (last !== "：" && last !== ":") return false;
  const body = t.slice(0, -1);
  // One organ or a few organs separated by 、 or ，; no sentence inside.
  return body.length > 0 && !/[。；;：:！？]/.test(body) && !/如下$/.test(body);
}

/** A short line (落款 candidate): no sentence punctuation inside or at the end. */
function isShortPlainLine(p: Paragraph, max: number): boolean {
  const t = trimSpan(p.text).text;
  const len = charCount(t);
  return len >= 2 && len <= max && !/[。，；;！？!?]/.test(t) && !FINAL_PUNCT.includes(t[t.length - 1]);
}

/** A unit, a post or a reporter line: what a 落款 without a date usually says. */
const SIGNER_LIKE =
  /((委员会|党委|党组|党工委|总支|支部|纪委|监委|政府|人大|政协|局|厅|委|办公室|办|部|院|中心|公司|集团|学校|大学|医院|所|站|处|科|队|街道|镇|乡|村|社区)$)|^(报告人|述职人|述责述廉人|汇报人)[：:]/;

// ---------------------------------------------------------------------------------------------
// Enumerations

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
    if (depth === 0 && cls === C_OTHER && (atStart || (midSentence !== undefined && prevClass === C_COMMA))) {
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

// ---------------------------------------------------------------------------------------------
// The whole document

/** Structure with the optional extensions this module adds. */
export interface DocStructureEx extends DocStructure {
  headings: HeadingEx[];
  /** All 落款 lines (unit, then person), top to bottom; `signature` is the first. */
  signatureLines: number[];
  /** The title's lines (two when it is broken over two paragraphs); `title` is the first. */
  titleLines: number[];
  /**
   * 一是/二是 words that follow a comma (，二是) instead of starting a sentence: not enumerations by
   * the genre's rule, listed so a checker can say so instead of reporting a gap in the series.
   */
  midSentenceEnumerations: Enumeration[];
}

function inTable(p: Paragraph): boolean {
  return (p.tableNestingLevel ?? 0) > 0;
}

/**
 * Recognise the structure of a report. Paragraphs inside table cells are never headings, title,
 * 主送, 落款 or date, and their enumerations are not collected.
 */
export function buildOutline(model: DocModel): DocStructureEx {
  const paras = model.paragraphs;
  const count = paras.length;
  const headings: HeadingEx[] = [];
  const headingAt: (HeadingEx | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = paras[i];
    if (inTable(p)) continue;
    const h = paragraphHeading(p, i);
    if (h) {
      headings.push(h);
      headingAt[i] = h;
    }
  }
  const firstHeading = headings.length ? headings[0].paragraph : count;
  const blank = (i: number) => isBlank(paras[i].text);

  // Title, 主送, 导语: from the top, before the first heading.
  let title: number | null = null;
  let addressee: number | null = null;
  let opening: number | null = null;
  let i = 0;
  while (i < firstHeading && (blank(i) || inTable(paras[i]))) i++;
  const titleLines: number[] = [];
  if (i < firstHeading && looksLikeTitle(paras[i])) {
    title = i;
    titleLines.push(i);
    i++;
  } else if (i < firstHeading && isShortPlainLine(paras[i], TITLE_MAX)) {
    // A title broken over two lines: 关于2024年度履行党风廉政建设 / 主体责任情况的报告.
    let k = i + 1;
    while (k < firstHeading && blank(k)) k++;
    if (k < firstHeading && k === i + 1 && isShortPlainLine(paras[k], TITLE_MAX)) {
      const joined = trimSpan(paras[i].text).text + trimSpan(paras[k].text).text;
      if (looksLikeTitle({ text: joined })) {
        title = i;
        titleLines.push(i, k);
        i = k + 1;
      }
    }
  }
  for (; i < firstHeading; i++) {
    if (blank(i) || inTable(paras[i])) continue;
    const p = paras[i];
    if (addressee === null && opening === null && looksLikeAddressee(p)) {
      addressee = i;
      continue;
    }
    if (isDateLine(p.text)) continue; // a date under the title
    // Short lines without final punctuation between the title and the body: a subtitle or the
    // reporter's name and post, not the opening.
    const t = trimSpan(p.text).text;
    if (charCount(t) < 30 && !/[。：:！？；]$/.test(t)) continue;
    opening = i;
    break;
  }

  // 成文日期 and 落款: in the tail block after the last body paragraph.
  let date: number | null = null;
  const signatureLines: number[] = [];
  let j = count - 1;
  const tail: number[] = [];
  const floor = Math.max(
    headings.length ? headings[headings.length - 1].paragraph : -1,
    opening ?? -1,
    title ?? -1,
  );
  for (; j > floor; j--) {
    if (blank(j) || inTable(paras[j])) continue;
    if (!isShortPlainLine(paras[j], SIGNATURE_MAX) && !isDateLine(paras[j].text)) break;
    tail.unshift(j);
    if (tail.length > 6) break;
  }
  for (let k = tail.length - 1; k >= 0; k--) {
    if (isDateLine(paras[tail[k]].text)) {
      date = tail[k];
      for (let s = k - 1; s >= 0 && signatureLines.length < 3; s--) {
        if (isDateLine(paras[tail[s]].text)) break;
        signatureLines.unshift(tail[s]);
      }
      break;
    }
  }
  if (date === null && tail.length > 0 && tail.length <= 3) {
    const t = tail.map((k) => trimSpan(paras[k].text).text);
    if (t.some((s) => SIGNER_LIKE.test(s))) signatureLines.push(...tail);
  }
  const signature = signatureLines.length ? signatureLines[0] : null;
  const bodyEnd = Math.min(signature ?? count, date ?? count);

  // The tree: a marker kind already open on the path makes a sibling; a level-1 marker is always a
  // root; any other new kind goes under the current heading (so a skipped level gives depth 2 and a
  // reversed order such as 1. then （一） still nests, for the checker to flag).
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  for (const h of headings) {
    let at = -1;
    for (let s = stack.length - 1; s >= 0; s--)
      if (stack[s].heading.level === h.level) {
        at = s;
        break;
      }
    if (at >= 0) stack.length = at;
    else if (h.level === 1) stack.length = 0;
    h.depth = stack.length + 1;
    const node: OutlineNode = { heading: h, children: [], start: h.paragraph, end: bodyEnd };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else roots.push(node);
    stack.push(node);
    nodes.push(node);
  }
  // A section ends where the next heading at the same or a smaller depth starts.
  const open: OutlineNode[] = [];
  for (const node of nodes) {
    while (open.length && open[open.length - 1].heading.depth >= node.heading.depth)
      open.pop()!.end = node.start;
    open.push(node);
  }
  for (const node of nodes) if (node.end < node.start + 1) node.end = node.start + 1;
  markListItems(paras, roots, headingAt, bodyEnd);

  // Enumerations, with 最后's ordinal taken from the 首先/其次 series before it in the same section.
  const enumerations: Enumeration[] = [];
  const midSentenceEnumerations: Enumeration[] = [];
  let lastShouxian = 0;
  const skip = new Set([...titleLines, addressee, date, ...signatureLines]);
  for (let k = 0; k < count; k++) {
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

  return {
    title,
    addressee,
    opening,
    signature,
    date,
    headings,
    roots,
    enumerations,
    signatureLines,
    titleLines,
    midSentenceEnumerations,
  };
}

/** Set HeadingEx.listItem on the 1. and （1） lines of the tree (see there). */
function markListItems(
  paras: readonly Paragraph[],
  roots: readonly OutlineNode[],
  headingAt: readonly (HeadingEx | undefined)[],
  bodyEnd: number,
): void {
  const next = (p: number) => {
    let k = p + 1;
    while (k < bodyEnd && isBlank(paras[k].text)) k++;
    return k;
  };
  const prev = (p: number) => {
    let k = p - 1;
    while (k >= 0 && isBlank(paras[k].text)) k--;
    return k;
  };
  const lastMark = (p: number) => {
    const t = trimSpan(paras[p].text).text;
    return t[t.length - 1] ?? "";
  };
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const level of [3, 4] as const) {
      const same = nodes.filter((n) => n.heading.level === level);
      if (same.length === 0) continue;
      const series = same.some((n) => !n.heading.runIn && "；;".includes(lastMark(n.heading.paragraph)));
      const first = same[0].heading.paragraph;
      const before = prev(first);
      const ledIn =
        before >= 0 && headingAt[before] === undefined && /[：:]$/.test(trimSpan(paras[before].text).text);
      for (const n of same) {
        const h = n.heading as HeadingEx;
        const k = next(h.paragraph);
        const headsBody = k < bodyEnd && headingAt[k] === undefined && !inTable(paras[k]);
        h.listItem = series || ledIn || !headsBody;
      }
    }
    for (const n of nodes) walk(n.children);
  };
  walk(roots);
}

/** The innermost outline node whose section contains the paragraph, or null. */
export function sectionAt(structure: DocStructure, paragraph: number): OutlineNode | null {
  let found: OutlineNode | null = null;
  let level = structure.roots;
  for (;;) {
    const node = level.find((n) => n.start <= paragraph && paragraph < n.end);
    if (!node) return found;
    found = node;
    level = node.children;
  }
}

/** Every node of the tree in document order. */
export function flattenOutline(roots: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (ns: readonly OutlineNode[]) => {
    for (const n of ns) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}
