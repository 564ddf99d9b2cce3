/** Character classes and small helpers shared by the rules (pure, no allocation in hot paths). */
import type { LocalizedText } from "../../i18n";

/** A Han character (CJK unified ideographs, extension A, compatibility ideographs, 〇). */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007
  );
}

export function isHanAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isHan(s.charCodeAt(i));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/** Full-width Chinese punctuation (sentence marks, quotes, brackets, dashes, ellipsis). */
const CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕［］—…·";
export function isCjkPunct(c: number): boolean {
  return CJK_PUNCT.indexOf(String.fromCharCode(c)) >= 0;
}

/** Han or Chinese punctuation: "Chinese context". */
export function isChineseContext(c: number): boolean {
  return isHan(c) || isCjkPunct(c);
}

/** Whitespace that can appear in a paragraph (ASCII, no-break, ideographic, thin spaces, tabs). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

/** Index of the last non-space character, or -1. */
export function lastNonSpace(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i;
}

/** A LocalizedText from a translator that takes a locale. */
export function localized(
  t: (key: never, params?: Record<string, string | number>, locale?: "zh-CN" | "en-US") => string,
  key: string,
  params?: Record<string, string | number>,
): LocalizedText {
  const tt = t as unknown as (
    k: string,
    p?: Record<string, string | number>,
    l?: "zh-CN" | "en-US",
  ) => string;
  return { "zh-CN": tt(key, params, "zh-CN"), "en-US": tt(key, params, "en-US") };
}

/** Same text in both languages (quoted document text inside a message). */
export function both(zh: string, en: string = zh): LocalizedText {
  return { "zh-CN": zh, "en-US": en };
}

/**
 * Depth of open quotation marks and book-title marks at each offset is needed by a few rules; this
 * returns, for a position, whether it lies inside “…”, 《…》 or ‘…’ (scans from the start: O(n)).
 */
export function insideQuoteOrTitle(s: string, pos: number): boolean {
  let quote = 0;
  let title = 0;
  for (let i = 0; i < pos && i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0x201c || ch === 0x2018) quote++;
    else if ((ch === 0x201d || ch === 0x2019) && quote > 0) quote--;
    else if (ch === 0x300a) title++;
    else if (ch === 0x300b && title > 0) title--;
  }
  return quote > 0 || title > 0;
}

/**
 * A set of literal strings found in one left-to-right pass (candidates bucketed by first
 * character; fine for a few hundred patterns over megabytes of text).
 */
export class LiteralMatcher<T> {
  private readonly byFirst = new Map<string, { text: string; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [text, value] of entries) {
      if (!text) continue;
      const k = text[0];
      let list = this.byFirst.get(k);
      if (!list) this.byFirst.set(k, (list = []));
      list.push({ text, value });
    }
    // Longest first, so that a longer pattern wins at one position.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Every occurrence (overlapping allowed), in order of position. */
  *matches(s: string): Generator<{ offset: number; text: string; value: T }> {
    for (let i = 0; i < s.length; i++) {
      const list = this.byFirst.get(s[i]);
      if (!list) continue;
      for (const e of list) {
        if (s.startsWith(e.text, i)) yield { offset: i, text: e.text, value: e.value };
      }
    }
  }
}
