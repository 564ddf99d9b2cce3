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
const CJK_PUNCT_TABLE = new Uint8Array(65536);
for (const ch of CJK_PUNCT) CJK_PUNCT_TABLE[ch.charCodeAt(0)] = 1;
function isCjkPunct(c: number): boolean {
  return c >= 0 && c < 65536 && CJK_PUNCT_TABLE[c] === 1;
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
 * A set of literal strings found in one left-to-right pass. Candidates are bucketed by their first
 * two UTF-16 code units (one-unit patterns by the first), so each position costs one map lookup;
 * fine for a few thousand patterns over megabytes of text.
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  /** Patterns ending here. */
  out: { text: string; value: T }[] | null;
}

class LiteralMatcher<T> {
  /** The trie's first level, indexed by code unit. */
  private readonly roots: (TrieNode<T> | undefined)[] = new Array(65536);
  private readonly firsts = new Uint8Array(65536);

  constructor(entries: Iterable<[string, T]>) {
    for (const [text, value] of entries) {
      if (!text) continue;
      const c0 = text.charCodeAt(0);
      this.firsts[c0] = 1;
      let node = (this.roots[c0] ??= { next: null, out: null });
      for (let k = 1; k < text.length; k++) {
        const c = text.charCodeAt(k);
        const map = (node.next ??= new Map());
        let child = map.get(c);
        if (!child) map.set(c, (child = { next: null, out: null }));
        node = child;
      }
      (node.out ??= []).push({ text, value });
    }
  }

  /** Every occurrence (overlapping allowed), in order of position (longest first at one position). */
  matches(s: string): { offset: number; text: string; value: T }[] {
    const out: { offset: number; text: string; value: T }[] = [];
    const n = s.length;
    const firsts = this.firsts;
    for (let i = 0; i < n; i++) {
      const c0 = s.charCodeAt(i);
      if (firsts[c0] === 0) continue;
      let node: TrieNode<T> | undefined = this.roots[c0];
      let found: { text: string; value: T }[] | null = null;
      for (let k = i; node;) {
        if (node.out) (found ??= []).push(...node.out);
        if (!node.next || ++k >= n) break;
        node = node.next.get(s.charCodeAt(k));
      }
      if (found) {
        // longest first at one position
        for (let j = found.length - 1; j >= 0; j--)
          out.push({ offset: i, text: found[j].text, value: found[j].value });
      }
    }
    return out;
  }
}

/** A set of literal patterns registered for the shared one-pass scan of each paragraph. */
export interface LiteralSet<T> {
  readonly id: number;
  /** Phantom field carrying the value type. */
  readonly _type?: T;
}

export interface LiteralMatch<T> {
  offset: number;
  text: string;
  value: T;
}

const registeredSets: (() => Iterable<[string, unknown]>)[] = [];
let combined: LiteralMatcher<{ set: number; value: unknown }> | null = null;

/**
 * Register a set of literal patterns (built lazily). All registered sets are found in one pass per
 * paragraph (ParagraphContext.literals), so rules that look for many literals share the scan.
 */
export function literalSet<T>(build: () => Iterable<[string, T]>): LiteralSet<T> {
  const id = registeredSets.length;
  registeredSets.push(build);
  combined = null;
  return { id };
}

/** Every match of every registered set in a text, in order of position. */
export function scanLiterals(text: string): LiteralMatch<{ set: number; value: unknown }>[] {
  if (!combined) {
    const entries: [string, { set: number; value: unknown }][] = [];
    registeredSets.forEach((build, set) => {
      for (const [t, value] of build()) entries.push([t, { set, value }]);
    });
    combined = new LiteralMatcher(entries);
  }
  return combined.matches(text);
}

/** The matches of one set, from a scan of all sets. */
export function matchesOf<T>(
  all: readonly LiteralMatch<{ set: number; value: unknown }>[],
  set: LiteralSet<T>,
): LiteralMatch<T>[] {
  const out: LiteralMatch<T>[] = [];
  for (const m of all)
    if (m.value.set === set.id) out.push({ offset: m.offset, text: m.text, value: m.value.value as T });
  return out;
}
