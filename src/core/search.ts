/**
 * The snippet search (pure), over the index of core/search-index.ts. Finds snippets by characters, full pinyin (liangge weihu),
 * pinyin initials (lgwh) and any mix (两个wh), tolerating one missing, extra or wrong character, and
 * ranks them: exact title, title prefix, title initials, title contains, tag, text; then one-error
 * matches. Favourites and recently used snippets come first within the title matches and within the
 * other matches.
 */
import type { KindId } from "../terms";
import type { ReportSection, Snippet, SnippetCategory } from "../genre/snippet-schema";
import { MAX_POS, type Entry, type Field, type SnippetIndex } from "./search-index";
import {
  forEachBit,
  fuzzyAllowed,
  makeQuery,
  nearHalf,
  rec,
  textCandidates,
  type Query,
} from "./search-match";

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

function passesFilters(s: Snippet, o: SearchOptions): boolean {
  if (o.category && s.category !== o.category) return false;
  if (o.section && s.sections.length > 0 && !s.sections.includes(o.section)) return false;
  if (o.kind && s.kinds.length > 0 && !s.kinds.includes(o.kind)) return false;
  if (o.year && s.since && Number(s.since.slice(0, 4)) > o.year) return false;
  return true;
}

/** Search the index. An empty query lists favourites, then recently used (then the rest with `browse`). */
export function search(index: SnippetIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = options.limit ?? 50;
  const favSet = new Set(options.favourites ?? []);
  const recentRank = new Map<string, number>();
  (options.recent ?? []).forEach((id, i) => {
    if (!recentRank.has(id)) recentRank.set(id, i);
  });
  const cap = (list: SearchResult[]) => (limit > 0 ? list.slice(0, limit) : list);
  const result = (e: Entry, tier: MatchTier): SearchResult => ({
    snippet: e.snippet,
    tier,
    favourite: favSet.has(e.snippet.id),
    recent: recentRank.has(e.snippet.id),
  });

  const q = makeQuery(query);
  if (q.units.length === 0) return cap(pinned(index, options, result));
  const ranks = exactMatches(index, q);
  if (
    (options.fuzzy ?? true) &&
    fuzzyAllowed(q) &&
    (limit === 0 || matchedCount(index, ranks, options) < limit)
  )
    fuzzyMatches(index, q, ranks);
  return cap(ordered(index, ranks, options, recentRank, result));
}

/** With an empty query: favourites, then recently used, then (with `browse`) the rest of the library. */
function pinned(
  index: SnippetIndex,
  options: SearchOptions,
  result: (e: Entry, tier: MatchTier) => SearchResult,
): SearchResult[] {
  const out: SearchResult[] = [];
  const seen = new Set<string>();
  for (const id of [...(options.favourites ?? []), ...(options.recent ?? [])]) {
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
  return out;
}

/** The best tier (rank) of each matched entry; the fuzzy weight (0 title/tag, 1 text) of one-error matches. */
interface Ranks {
  rank: Map<number, number>;
  fuzzyWeight: Map<number, number>;
}

/** Exact matches in titles and tags (only from the positions where the query's first unit starts), then in texts. */
function exactMatches(index: SnippetIndex, q: Query): Ranks {
  const rank = new Map<number, number>();
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
  return { rank, fuzzyWeight: new Map() };
}

function matchedCount(index: SnippetIndex, ranks: Ranks, options: SearchOptions): number {
  let n = 0;
  for (const e of ranks.rank.keys()) if (passesFilters(index.entries[e].snippet, options)) n++;
  return n;
}

/** Add the one-error matches of entries not matched yet. */
function fuzzyMatches(index: SnippetIndex, q: Query, { rank, fuzzyWeight }: Ranks): void {
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
  for (const packed of index.postings.get(q.units[0]) ?? []) tryAt((packed / MAX_POS) | 0, packed % MAX_POS);
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

/**
 * The matches in order: title-strength matches (exact … contains) before the others; within each,
 * favourites, then recently used, then by tier, shorter title, library order.
 */
function ordered(
  index: SnippetIndex,
  { rank, fuzzyWeight }: Ranks,
  options: SearchOptions,
  recentRank: ReadonlyMap<string, number>,
  result: (e: Entry, tier: MatchTier) => SearchResult,
): SearchResult[] {
  const found: { r: SearchResult; rank: number; order: number; recent: number }[] = [];
  for (const [ei, r] of rank) {
    const e = index.entries[ei];
    if (!passesFilters(e.snippet, options)) continue;
    found.push({
      r: result(e, TIER_BY_RANK[r]),
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
  return found.map((x) => x.r);
}
