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
import type { ReportKind, ReportSection, Snippet, SnippetCategory } from "../genre/snippet-schema";
import { isAlnum, plainTokens, positionsOf } from "./pinyin";

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
}

interface Entry {
  snippet: Snippet;
  order: number;
  title: Field;
  tags: Field[];
  /** The text's positions joined (lower-case, no punctuation or spaces). */
  text: string;
}

export interface SnippetIndex {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
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

export interface SearchOptions {
  category?: SnippetCategory;
  /** Only snippets that suit this section (or any section). */
  section?: ReportSection;
  /** Only snippets that suit this kind (or any kind). */
  kind?: ReportKind;
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

function makeField(text: string, tokens: readonly string[] | undefined): Field {
  const chars = positionsOf(text);
  const toks = tokens && tokens.length === chars.length ? [...tokens] : plainTokens(text);
  let initials = "";
  for (let i = 0; i < chars.length; i++) initials += toks[i] ? toks[i][0] : chars[i];
  return { chars, tokens: toks, str: chars.join(""), initials };
}

function makeEntry(snippet: Snippet, order: number, tokens: SnippetTokens | undefined): Entry {
  return {
    snippet,
    order,
    title: makeField(snippet.title, tokens?.title),
    tags: snippet.tags.map((t, i) => makeField(t, tokens?.tags[i])),
    text: positionsOf(snippet.text).join(""),
  };
}

/** Build an index. `tokensOf` gives the pinyin tokens of a snippet (undefined: characters only). */
export function buildIndex(
  snippets: readonly Snippet[],
  tokensOf?: (snippet: Snippet) => SnippetTokens | undefined,
): SnippetIndex {
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  for (const s of snippets) {
    const e = makeEntry(s, entries.length, tokensOf?.(s));
    const prev = byId.get(s.id);
    if (prev) {
      // A later snippet with the same id (a user's edit of a shipped one) replaces the earlier.
      entries[prev.order] = { ...e, order: prev.order };
      byId.set(s.id, entries[prev.order]);
      continue;
    }
    entries.push(e);
    byId.set(s.id, e);
  }
  return { entries, byId };
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

function startsHere(q: Query, f: Field, j: number): boolean {
  return q.letter[0] ? f.tokens[j] !== "" && f.tokens[j][0] === q.units[0] : f.chars[j] === q.units[0];
}

/** Exact match anywhere in the field (no error). */
function containsExact(q: Query, f: Field, from: number): boolean {
  const n = f.chars.length;
  for (let j = from; j < n; j++) {
    if (startsHere(q, f, j) && rec(q, f, 0, j, 0, false)) return true;
  }
  return false;
}

function containsFuzzy(q: Query, f: Field): boolean {
  const n = f.chars.length;
  for (let j = 0; j < n; j++) {
    if (rec(q, f, 0, j, 1, false)) return true;
  }
  return false;
}

function titleTier(q: Query, f: Field): MatchTier | null {
  if (f.chars.length === 0) return null;
  if (q.str === f.str || rec(q, f, 0, 0, 0, true)) return "exact";
  if (startsHere(q, f, 0) && rec(q, f, 0, 0, 0, false)) return "prefix";
  if (q.lettersOnly && f.initials.includes(q.str)) return "initials";
  if (containsExact(q, f, 1)) return "contains";
  return null;
}

/** Edit distance ≤ 1 between q and some substring of text (Sellers), after a pigeonhole filter. */
function textFuzzy(q: string, text: string): boolean {
  const m = q.length;
  const h = m >> 1;
  if (!text.includes(q.slice(0, h)) && !text.includes(q.slice(h))) return false;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  if (prev[m] <= 1) return true;
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

function passesFilters(s: Snippet, o: SearchOptions): boolean {
  if (o.category && s.category !== o.category) return false;
  if (o.section && s.sections.length > 0 && !s.sections.includes(o.section)) return false;
  if (o.kind && s.kinds.length > 0 && !s.kinds.includes(o.kind)) return false;
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
      for (const e of index.entries) {
        if (!seen.has(e.snippet.id) && passesFilters(e.snippet, options)) out.push(result(e, "browse"));
      }
    }
    return cap(out);
  }

  const found: SearchResult[] = [];
  const unmatched: Entry[] = [];
  const hasHan = !q.lettersOnly;
  for (const e of index.entries) {
    if (!passesFilters(e.snippet, options)) continue;
    let tier = titleTier(q, e.title);
    if (!tier) {
      for (const t of e.tags) {
        if (t.str === q.str || containsExact(q, t, 0)) {
          tier = "tag";
          break;
        }
      }
    }
    if (!tier && e.text.includes(q.str)) tier = "text";
    if (tier) found.push(result(e, tier));
    else unmatched.push(e);
  }

  const fuzzyWeight = new Map<string, number>();
  if ((options.fuzzy ?? true) && fuzzyAllowed(q) && (limit === 0 || found.length < limit)) {
    for (const e of unmatched) {
      let ok = containsFuzzy(q, e.title);
      for (let k = 0; !ok && k < e.tags.length; k++) ok = containsFuzzy(q, e.tags[k]);
      if (ok) fuzzyWeight.set(e.snippet.id, 0);
      else if (hasHan && q.units.length >= 4 && textFuzzy(q.str, e.text)) {
        ok = true;
        fuzzyWeight.set(e.snippet.id, 1);
      }
      if (ok) found.push(result(e, "fuzzy"));
    }
  }

  const strong = (t: MatchTier) => (TIER_RANK[t] <= TIER_RANK.contains ? 0 : 1);
  found.sort((a, b) => {
    const g = strong(a.tier) - strong(b.tier);
    if (g) return g;
    if (a.favourite !== b.favourite) return a.favourite ? -1 : 1;
    const ra = recentRank.get(a.snippet.id) ?? Infinity;
    const rb = recentRank.get(b.snippet.id) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    const t = TIER_RANK[a.tier] - TIER_RANK[b.tier];
    if (t) return t;
    const w = (fuzzyWeight.get(a.snippet.id) ?? 0) - (fuzzyWeight.get(b.snippet.id) ?? 0);
    if (w) return w;
    const l = a.snippet.title.length - b.snippet.title.length;
    if (l) return l;
    return index.byId.get(a.snippet.id)!.order - index.byId.get(b.snippet.id)!.order;
  });
  return cap(found);
}
