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
 * A set of literal strings found in one left-to-right pass. Patterns are bucketed by their first
 * four code units (shorter patterns by theirs); a bitmap of first units and a hashed bitmap of
 * first pairs reject most positions with two array reads, and a hashed bitmap of the bucket keys
 * of each length (a large one for the four-unit keys, small ones for the few two- and three-unit
 * patterns) rejects most of the rest before the bucket map is asked, so each position costs a few
 * nanoseconds, and tens of thousands of short patterns take a few megabytes (a bucket is a chain
 * of pattern indices, not a trie node per character).
 */
interface Pattern<T> {
  text: string;
  value: T;
}

const PAIR_BITS = 1 << 20;
function pairHash(c0: number, c1: number): number {
  return Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b);
}

/** Bits of the key bitmap of four-unit keys (tens of thousands), and of two- and three-unit ones. */
const KEY4_SHIFT = 11; // 2^21 bits: 256 KB
const KEY_SMALL_SHIFT = 18; // 2^14 bits: 2 KB
function keyBit(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** A small-integer key of a pattern's first `k` units (collisions are resolved by comparing). */
function prefixKey(s: string, i: number, k: number): number {
  let h = 0;
  for (let j = 0; j < k; j++) h = (Math.imul(h, 31) + s.charCodeAt(i + j)) | 0;
  return h & 0x3fffffff;
}

export class LiteralMatcher<T> {
  private readonly firsts = new Uint8Array(65536);
  private readonly singleFirsts = new Uint8Array(65536);
  /** One-unit patterns by their unit. */
  private readonly singles = new Map<number, Pattern<T>[]>();
  /** Every longer pattern's text and value, by index. */
  private readonly texts: string[] = [];
  private readonly values: T[] = [];
  /** Next pattern of the same bucket (-1: none): each bucket is a chain, longest first. */
  private next: Int32Array;
  /** Each pattern's length and the hash of its whole text (prefixKey's, unmasked). */
  private lengths: Int32Array;
  private hashes: Int32Array;
  /** Scratch of `chain`: the hashes of the text's prefixes at one position, by length. */
  private prefixHashes: Int32Array;
  /**
   * Longer patterns by a key of their first two, three or four units (bucket k - 2 holds the
   * patterns of min(length, 4) = k units): the index of the chain's first pattern.
   */
  private readonly buckets: Map<number, number>[] = [new Map(), new Map(), new Map()];
  private readonly pairs = new Uint8Array(PAIR_BITS >> 3);
  /** Hashed bitmaps of the bucket keys of two, three and four units: most lookups end here. */
  private readonly keys2 = new Uint8Array(1 << (32 - KEY_SMALL_SHIFT - 3));
  private readonly keys3 = new Uint8Array(1 << (32 - KEY_SMALL_SHIFT - 3));
  private readonly keys4 = new Uint8Array(1 << (32 - KEY4_SHIFT - 3));

  constructor(entries: Iterable<[string, T]>) {
    const next: number[] = [];
    for (const [text, value] of entries) {
      if (!text) continue;
      const c0 = text.charCodeAt(0);
      this.firsts[c0] = 1;
      if (text.length === 1) {
        this.singleFirsts[c0] = 1;
        let list = this.singles.get(c0);
        if (!list) this.singles.set(c0, (list = []));
        list.push({ text, value });
        continue;
      }
      const h = pairHash(c0, text.charCodeAt(1)) >>> 12;
      this.pairs[h >> 3] |= 1 << (h & 7);
      const k = Math.min(text.length, 4);
      const buckets = this.buckets[k - 2];
      const key = prefixKey(text, 0, k);
      const kb = keyBit(key, k === 4 ? KEY4_SHIFT : KEY_SMALL_SHIFT);
      const bits = k === 4 ? this.keys4 : k === 3 ? this.keys3 : this.keys2;
      bits[kb >> 3] |= 1 << (kb & 7);
      const index = this.texts.length;
      this.texts.push(text);
      this.values.push(value);
      next.push(-1);
      // insert into the chain, longest first (equal lengths keep their order)
      const head = buckets.get(key);
      if (head === undefined || this.texts[head].length < text.length) {
        next[index] = head ?? -1;
        buckets.set(key, index);
      } else {
        let j = head;
        while (next[j] >= 0 && this.texts[next[j]].length >= text.length) j = next[j];
        next[index] = next[j];
        next[j] = index;
      }
    }
    this.next = Int32Array.from(next);
    const count = this.texts.length;
    this.lengths = new Int32Array(count);
    this.hashes = new Int32Array(count);
    let longest = 0;
    for (let j = 0; j < count; j++) {
      const text = this.texts[j];
      let h = 0;
      for (let k = 0; k < text.length; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
      this.lengths[j] = text.length;
      this.hashes[j] = h;
      if (text.length > longest) longest = text.length;
    }
    this.prefixHashes = new Int32Array(longest + 1);
  }

  /**
   * Push the patterns of a bucket chain that occur at `i`. The near-misses of a long phrase share
   * its first four units, so a chain can be long: each pattern is first compared by the hash of
   * the text's prefix of its length (computed once for the position), and only an equal hash is
   * compared character by character.
   */
  private chain(
    out: { offset: number; text: string; value: T }[],
    s: string,
    i: number,
    head: number | undefined,
  ): void {
    if (head === undefined) return;
    const { texts, values, next, lengths, hashes, prefixHashes } = this;
    const room = s.length - i;
    // the chain is longest first: its head's length bounds the prefixes needed
    const upTo = Math.min(lengths[head], room);
    let h = 0;
    for (let k = 0; k < upTo; k++) prefixHashes[k + 1] = h = (Math.imul(h, 31) + s.charCodeAt(i + k)) | 0;
    for (let j = head; j >= 0; j = next[j]) {
      const length = lengths[j];
      if (length <= room && prefixHashes[length] === hashes[j] && s.startsWith(texts[j], i))
        out.push({ offset: i, text: texts[j], value: values[j] });
    }
  }

  /** Every occurrence (overlapping allowed), in order of position (longest first at one position). */
  matches(s: string): { offset: number; text: string; value: T }[] {
    const out: { offset: number; text: string; value: T }[] = [];
    const n = s.length;
    const { firsts, singleFirsts, pairs, keys2, keys3, keys4, buckets } = this;
    for (let i = 0; i < n; i++) {
      const c0 = s.charCodeAt(i);
      if (firsts[c0] === 0) continue;
      if (i + 1 < n) {
        const c1 = s.charCodeAt(i + 1);
        const h = pairHash(c0, c1) >>> 12;
        if ((pairs[h >> 3] & (1 << (h & 7))) !== 0) {
          // the keys of the first two, three and four units (as prefixKey computes them), longest first
          const acc2 = (Math.imul(c0, 31) + c1) | 0;
          if (n - i >= 3) {
            const acc3 = (Math.imul(acc2, 31) + s.charCodeAt(i + 2)) | 0;
            if (n - i >= 4) {
              const key4 = ((Math.imul(acc3, 31) + s.charCodeAt(i + 3)) | 0) & 0x3fffffff;
              const b4 = keyBit(key4, KEY4_SHIFT);
              if ((keys4[b4 >> 3] & (1 << (b4 & 7))) !== 0) this.chain(out, s, i, buckets[2].get(key4));
            }
            const key3 = acc3 & 0x3fffffff;
            const b3 = keyBit(key3, KEY_SMALL_SHIFT);
            if ((keys3[b3 >> 3] & (1 << (b3 & 7))) !== 0) this.chain(out, s, i, buckets[1].get(key3));
          }
          const key2 = acc2 & 0x3fffffff;
          const b2 = keyBit(key2, KEY_SMALL_SHIFT);
          if ((keys2[b2 >> 3] & (1 << (b2 & 7))) !== 0) this.chain(out, s, i, buckets[0].get(key2));
        }
      }
      if (singleFirsts[c0] === 1)
        for (const p of this.singles.get(c0)!) out.push({ offset: i, text: p.text, value: p.value });
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
      // patterns that share a value (the near-misses of one phrase) share its wrapper
      const wrappers = new Map<unknown, { set: number; value: unknown }>();
      for (const [t, value] of build()) {
        let w = wrappers.get(value);
        if (!w) wrappers.set(value, (w = { set, value }));
        entries.push([t, w]);
      }
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
