/**
 * The snippet index and its query (pure). Finds snippets by characters, full pinyin (liangge weihu),
 * pinyin initials (lgwh) and any mix (两个wh), tolerating one missing, extra or wrong character, and
 * ranks them: exact title, title prefix, title initials, title contains, tag, text; then one-error
 * matches. Favourites and recently used snippets come first within the title matches and within the
 * other matches.
 *
 * Pinyin is NOT computed here: the shipped library's tokens come from the build-time index
 * (src/genre/generated/snippet-index.json), a user's snippet carries the tokens computed when it was
 * saved. A snippet without tokens is still found by its characters.
 */
import type { KindId } from "../terms";
import type { ReportSection, Snippet, SnippetCategory } from "../genre/snippet-schema";
import { isAlnum, plainTokens, positionString, positionsOf } from "./pinyin";

/** Pinyin tokens of a snippet's title and tags (one token per search position, see core/pinyin). */
export interface SnippetTokens {
  title: string[];
  tags: string[][];
}

interface Field {
  chars: string[];
  tokens: string[];
  /** chars joined. */
  str: string;
  /** First letter of each token (the char itself where there is no token). */
  initials: string;
  /** Entries whose title this is. */
  titleOf: number[];
  /** Entries that have this as a tag. */
  tagOf: number[];
}

interface Entry {
  snippet: Snippet;
  order: number;
  title: number;
  tags: number[];
  /** The text's positions joined (lower-case, no punctuation or spaces). */
  text: string;
}

/**
 * The index: titles and tags as distinct fields with a posting list per starting key (a Han
 * character, or the first letter of a position's token) so that a query only visits the positions
 * where it can start; and per text character a bit set of the entries whose text has it.
 */
export interface SnippetIndex {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly fields: readonly Field[];
  /** key → packed (field index * 64 + position). */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** UTF-16 code unit of a text → bit set over entries. */
  readonly textBits: ReadonlyMap<number, Uint32Array>;
}

export type MatchTier =
  "exact" | "prefix" | "initials" | "contains" | "tag" | "text" | "fuzzy" | "pinned" | "browse";

const TIER_RANK: Record<MatchTier, number> = {
  exact: 0,
  prefix: 1,
  initials: 2,
  contains: 3,
  tag: 4,
  text: 5,
  fuzzy: 6,
  pinned: 7,
  browse: 8,
};

const TIER_BY_RANK = Object.fromEntries(Object.entries(TIER_RANK).map(([t, r]) => [r, t])) as Record<
  number,
  MatchTier
>;

export interface SearchOptions {
  category?: SnippetCategory;
  /** Only snippets that suit this section (or any section). */
  section?: ReportSection;
  /** Only snippets that suit this kind (or any kind). */
  kind?: KindId;
  /** The report's year: snippets whose `since` is later (they cite what came after it) are left out. */
  year?: number | null;
  /** Favourite ids, in the user's order. */
  favourites?: readonly string[];
  /** Recently used ids, most recent first. */
  recent?: readonly string[];
  /** Maximum number of results (default 50; 0 = no limit). */
  limit?: number;
  /** With an empty query, list the rest of the (filtered) library after favourites and recent. */
  browse?: boolean;
  /** Allow one-error matches (default true). */
  fuzzy?: boolean;
}

export interface SearchResult {
  snippet: Snippet;
  tier: MatchTier;
  favourite: boolean;
  recent: boolean;
}

const MAX_POS = 64;

/** Build an index. `tokensOf` gives the pinyin tokens of a snippet (undefined: characters only). */
export function buildIndex(
  snippets: readonly Snippet[],
  tokensOf?: (snippet: Snippet) => SnippetTokens | undefined,
): SnippetIndex {
  // A later snippet with the same id (a user's edit of a shipped one) replaces the earlier.
  const last = new Map<string, Snippet>();
  for (const s of snippets) last.set(s.id, s);
  const fields: Field[] = [];
  const fieldIds = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const post = (key: string, value: number) => {
    const list = postings.get(key);
    if (list) list.push(value);
    else postings.set(key, [value]);
  };
  const fieldOf = (text: string, tokens: readonly string[] | undefined): number => {
    const chars = positionsOf(text);
    const toks = tokens && tokens.length === chars.length ? tokens : plainTokens(text);
    const key = `${chars.join("")}\u0001${toks.join(" ")}`;
    const known = fieldIds.get(key);
    if (known !== undefined) return known;
    let initials = "";
    const id = fields.length;
    for (let j = 0; j < chars.length; j++) {
      const t = toks[j];
      initials += t ? t[0] : chars[j];
      if (j >= MAX_POS) continue;
      post(chars[j], id * MAX_POS + j);
      if (t && t[0] !== chars[j]) post(t[0], id * MAX_POS + j);
    }
    fields.push({ chars, tokens: [...toks], str: chars.join(""), initials, titleOf: [], tagOf: [] });
    fieldIds.set(key, id);
    return id;
  };

  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  const seen = new Set<string>();
  for (const original of snippets) {
    if (seen.has(original.id)) continue;
    seen.add(original.id);
    const s = last.get(original.id)!;
    const tokens = tokensOf?.(s);
    const order = entries.length;
    const title = fieldOf(s.title, tokens?.title);
    fields[title].titleOf.push(order);
    const tags = s.tags.map((t, i) => {
      const f = fieldOf(t, tokens?.tags[i]);
      fields[f].tagOf.push(order);
      return f;
    });
    const e: Entry = { snippet: s, order, title, tags, text: positionString(s.text) };
    entries.push(e);
    byId.set(s.id, e);
  }

  // Text bit sets: a code unit → slot table (typed arrays are much faster than a Map here).
  const words = (entries.length + 31) >>> 5;
  const slotOf = new Int32Array(65536).fill(-1);
  const slots: Uint32Array[] = [];
  for (const e of entries) {
    const bit = 1 << (e.order & 31);
    const word = e.order >>> 5;
    const text = e.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let slot = slotOf[c];
      if (slot < 0) {
        slot = slots.length;
        slotOf[c] = slot;
        slots.push(new Uint32Array(words));
      }
      slots[slot][word] |= bit;
    }
  }
  const textBits = new Map<number, Uint32Array>();
  for (let c = 0; c < 65536; c++) if (slotOf[c] >= 0) textBits.set(c, slots[slotOf[c]]);
  return { entries, byId, fields, postings, textBits };
}

// ---- matching ---------------------------------------------------------------------------------

interface Query {
  units: string[];
  letter: boolean[];
  str: string;
  lettersOnly: boolean;
  /** One-error matches may drop a query character (only for longer queries: see fuzzyAllowed). */
  allowExtra: boolean;
}

function makeQuery(query: string): Query {
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
function rec(q: Query, f: Field, i: number, j: number, e: number, anchorEnd: boolean): boolean {
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
function nearHalf(q: string, half: string, text: string): boolean {
  const m = q.length;
  for (let at = text.indexOf(half); at !== -1; at = text.indexOf(half, at + 1)) {
    if (textFuzzy(q, text.slice(Math.max(0, at - m - 1), at + half.length + m + 1))) return true;
  }
  return false;
}

function passesFilters(s: Snippet, o: SearchOptions): boolean {
  if (o.category && s.category !== o.category) return false;
  if (o.section && s.sections.length > 0 && !s.sections.includes(o.section)) return false;
  if (o.kind && s.kinds.length > 0 && !s.kinds.includes(o.kind)) return false;
  if (o.year && s.since && Number(s.since.slice(0, 4)) > o.year) return false;
  return true;
}

/**
 * Minimum query length (in positions) for one-error matches: fewer would match almost anything. A
 * three-character query may have a wrong or a missing character (两维护 finds 两个维护) but not an
 * extra one (which would leave a two-character match); pinyin needs six letters (typos in initials
 * are not guessed).
 */
function fuzzyAllowed(q: Query): boolean {
  return q.lettersOnly ? q.units.length >= 6 : q.units.length >= 3;
}

/** Entries whose text has every code unit of `s` (AND of the bit sets), or null if one is absent. */
function textCandidates(index: SnippetIndex, s: string): Uint32Array | null {
  let acc: Uint32Array | null = null;
  for (let i = 0; i < s.length; i++) {
    const bits = index.textBits.get(s.charCodeAt(i));
    if (!bits) return null;
    if (!acc) acc = bits.slice();
    else for (let w = 0; w < acc.length; w++) acc[w] &= bits[w];
  }
  return acc;
}

function forEachBit(bits: Uint32Array, fn: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const low = word & -word;
      fn((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

/** Search the index. An empty query lists favourites, then recently used (then the rest with `browse`). */
export function search(index: SnippetIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = options.limit ?? 50;
  const favs = options.favourites ?? [];
  const recent = options.recent ?? [];
  const favSet = new Set(favs);
  const recentRank = new Map<string, number>();
  recent.forEach((id, i) => {
    if (!recentRank.has(id)) recentRank.set(id, i);
  });
  const q = makeQuery(query);
  const cap = (list: SearchResult[]) => (limit > 0 ? list.slice(0, limit) : list);
  const result = (e: Entry, tier: MatchTier): SearchResult => ({
    snippet: e.snippet,
    tier,
    favourite: favSet.has(e.snippet.id),
    recent: recentRank.has(e.snippet.id),
  });

  if (q.units.length === 0) {
    const out: SearchResult[] = [];
    const seen = new Set<string>();
    for (const id of [...favs, ...recent]) {
      const e = index.byId.get(id);
      if (!e || seen.has(id) || !passesFilters(e.snippet, options)) continue;
      seen.add(id);
      out.push(result(e, "pinned"));
    }
    if (options.browse) {
      // With a section filter, the snippets written for that section come before the general ones.
      const specific = (e: Entry) => !options.section || e.snippet.sections.length > 0;
      for (const pass of [true, false]) {
        for (const e of index.entries) {
          if (specific(e) !== pass || seen.has(e.snippet.id) || !passesFilters(e.snippet, options)) continue;
          out.push(result(e, "browse"));
        }
      }
    }
    return cap(out);
  }

  // Best tier (rank) of each entry; fuzzy weight (0 title/tag, 1 text) for one-error matches.
  const rank = new Map<number, number>();
  const fuzzyWeight = new Map<number, number>();
  const offer = (entry: number, tier: MatchTier) => {
    const r = TIER_RANK[tier];
    const old = rank.get(entry);
    if (old === undefined || r < old) rank.set(entry, r);
  };
  const fieldTier = (f: Field, start: number): MatchTier => {
    if (start === 0) {
      if (q.str === f.str || rec(q, f, 0, 0, 0, true)) return "exact";
      return "prefix";
    }
    return q.lettersOnly && f.initials.includes(q.str) ? "initials" : "contains";
  };

  // Exact matches in titles and tags: only from the positions where the query's first unit starts.
  const best = new Map<number, number>(); // field → earliest matching start
  for (const packed of index.postings.get(q.units[0]) ?? []) {
    const fi = (packed / MAX_POS) | 0;
    const j = packed % MAX_POS;
    const prev = best.get(fi);
    if (prev !== undefined && prev <= j) continue;
    if (rec(q, index.fields[fi], 0, j, 0, false)) best.set(fi, j);
  }
  for (const [fi, start] of best) {
    const f = index.fields[fi];
    if (f.titleOf.length) {
      const tier = fieldTier(f, start);
      for (const e of f.titleOf) offer(e, tier);
    }
    for (const e of f.tagOf) offer(e, "tag");
  }
  // Text: the entries whose text has every character of the query, then a substring test.
  const cands = textCandidates(index, q.str);
  if (cands) {
    forEachBit(cands, (e) => {
      if (!rank.has(e) && index.entries[e].text.includes(q.str)) offer(e, "text");
    });
  }

  const matchedCount = () => {
    let n = 0;
    for (const e of rank.keys()) if (passesFilters(index.entries[e].snippet, options)) n++;
    return n;
  };
  if ((options.fuzzy ?? true) && fuzzyAllowed(q) && (limit === 0 || matchedCount() < limit)) {
    // Title and tag positions where a one-error match can start: where the first unit starts, or
    // one before / at where the second unit starts (first unit wrong or extra).
    const tried = new Set<number>();
    const tryAt = (fi: number, j: number) => {
      if (j < 0) return;
      const key = fi * MAX_POS + j;
      if (tried.has(key)) return;
      tried.add(key);
      const f = index.fields[fi];
      if (j >= f.chars.length || !rec(q, f, 0, j, 1, false)) return;
      for (const e of [...f.titleOf, ...f.tagOf]) {
        if (!rank.has(e)) {
          rank.set(e, TIER_RANK.fuzzy);
          fuzzyWeight.set(e, 0);
        }
      }
    };
    for (const packed of index.postings.get(q.units[0]) ?? [])
      tryAt((packed / MAX_POS) | 0, packed % MAX_POS);
    for (const packed of index.postings.get(q.units[1]) ?? []) {
      const fi = (packed / MAX_POS) | 0;
      tryAt(fi, (packed % MAX_POS) - 1);
      tryAt(fi, packed % MAX_POS);
    }
    // Text (four or more characters with a Han one): by the pigeonhole principle one half of the
    // query appears exactly, so only entries with every character of one half are compared.
    if (!q.lettersOnly && q.units.length >= 4) {
      const h = q.str.length >> 1;
      for (const half of [q.str.slice(0, h), q.str.slice(h)]) {
        const bits = textCandidates(index, half);
        if (!bits) continue;
        forEachBit(bits, (e) => {
          if (rank.has(e)) return;
          if (nearHalf(q.str, half, index.entries[e].text)) {
            rank.set(e, TIER_RANK.fuzzy);
            fuzzyWeight.set(e, 1);
          }
        });
      }
    }
  }

  const found: { r: SearchResult; rank: number; order: number; recent: number }[] = [];
  for (const [ei, r] of rank) {
    const e = index.entries[ei];
    if (!passesFilters(e.snippet, options)) continue;
    const tier = TIER_BY_RANK[r];
    found.push({
      r: result(e, tier),
      rank: r + (fuzzyWeight.get(ei) ?? 0) / 2,
      order: e.order,
      recent: recentRank.get(e.snippet.id) ?? Infinity,
    });
  }
  const strong = (r: number) => (r <= TIER_RANK.contains ? 0 : 1);
  found.sort((a, b) => {
    const g = strong(a.rank) - strong(b.rank);
    if (g) return g;
    if (a.r.favourite !== b.r.favourite) return a.r.favourite ? -1 : 1;
    if (a.recent !== b.recent) return a.recent < b.recent ? -1 : 1;
    if (a.rank !== b.rank) return a.rank - b.rank;
    const l = a.r.snippet.title.length - b.r.snippet.title.length;
    if (l) return l;
    return a.order - b.order;
  });
  return cap(found.map((x) => x.r));
}
