/**
 * Matching for the snippet search (pure): a query against a title or tag field (characters, pinyin
 * prefixes, initials, with at most a given number of errors) and against a snippet's text.
 */
import type { Field, SnippetIndex } from "./search-index";
import { isAlnum, positionsOf } from "./pinyin";

/** A query cut into search positions. */
export interface Query {
  units: string[];
  letter: boolean[];
  str: string;
  lettersOnly: boolean;
  /** One-error matches may drop a query character (only for longer queries: see fuzzyAllowed). */
  allowExtra: boolean;
}

export function makeQuery(query: string): Query {
  const units = positionsOf(query);
  const letter = units.map((u) => isAlnum(u));
  const lettersOnly = letter.every(Boolean);
  return {
    units,
    letter,
    str: units.join(""),
    lettersOnly,
    allowExtra: units.length >= (lettersOnly ? 6 : 4),
  };
}

/**
 * Whether q.units[i..] matches f from position j on, with at most `e` errors. A Latin unit run
 * matches a position by any non-empty prefix of its token (so "l", "li", "liang" all match 两); a
 * Han unit matches the same character. `anchorEnd` requires the match to end at the field's end.
 */
export function rec(q: Query, f: Field, i: number, j: number, e: number, anchorEnd: boolean): boolean {
  const m = q.units.length;
  const n = f.chars.length;
  if (i === m) return !anchorEnd || j === n;
  if (j < n) {
    if (q.letter[i]) {
      const tok = f.tokens[j];
      // Longest prefix first: full pinyin is the likelier reading of a long letter run.
      let max = 0;
      while (max < tok.length && i + max < m && q.units[i + max] === tok[max]) max++;
      for (let len = max; len >= 1; len--) {
        if (rec(q, f, i + len, j + 1, e, anchorEnd)) return true;
      }
    } else if (q.units[i] === f.chars[j]) {
      if (rec(q, f, i + 1, j + 1, e, anchorEnd)) return true;
    }
  }
  if (e > 0) {
    if (j < n && rec(q, f, i + 1, j + 1, e - 1, anchorEnd)) return true; // wrong character
    if (q.allowExtra && rec(q, f, i + 1, j, e - 1, anchorEnd)) return true; // extra character in the query
    if (i > 0 && j < n && rec(q, f, i, j + 1, e - 1, anchorEnd)) return true; // missing character
  }
  return false;
}

/** Edit distance ≤ 1 between q and some substring of text (Sellers). */
function textFuzzy(q: string, text: string): boolean {
  const m = q.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    const c = text[j - 1];
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (q[i - 1] === c ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if (cur[m] <= 1) return true;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return false;
}

/** One-error match of q around an occurrence of one of its halves (a window of the text, not all of it). */
export function nearHalf(q: string, half: string, text: string): boolean {
  const m = q.length;
  for (let at = text.indexOf(half); at !== -1; at = text.indexOf(half, at + 1)) {
    if (textFuzzy(q, text.slice(Math.max(0, at - m - 1), at + half.length + m + 1))) return true;
  }
  return false;
}

/**
 * Minimum query length (in positions) for one-error matches: fewer would match almost anything. A
 * three-character query may have a wrong or a missing character (两维护 finds 两个维护) but not an
 * extra one (which would leave a two-character match); pinyin needs six letters (typos in initials
 * are not guessed).
 */
export function fuzzyAllowed(q: Query): boolean {
  return q.lettersOnly ? q.units.length >= 6 : q.units.length >= 3;
}

/** Entries whose text has every code unit of `s` (AND of the bit sets), or null if one is absent. */
export function textCandidates(index: SnippetIndex, s: string): Uint32Array | null {
  let acc: Uint32Array | null = null;
  for (let i = 0; i < s.length; i++) {
    const bits = index.textBits.get(s.charCodeAt(i));
    if (!bits) return null;
    if (!acc) acc = bits.slice();
    else for (let w = 0; w < acc.length; w++) acc[w] &= bits[w];
  }
  return acc;
}

export function forEachBit(bits: Uint32Array, fn: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const low = word & -word;
      fn((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}
