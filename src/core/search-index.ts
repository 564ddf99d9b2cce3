/**
 * The snippet index (pure): titles and tags as distinct fields with posting lists, and a bit set per
 * text character. Searched by core/search.ts (see there for what a query finds and how it ranks).
 *
 * Pinyin is NOT computed here: the shipped library's tokens come from the build-time index
 * (src/genre/generated/snippet-index.json), a user's snippet carries the tokens computed when it was
 * saved. A snippet without tokens is still found by its characters.
 */
import type { Snippet } from "../genre/snippet-schema";
import { plainTokens, positionString, positionsOf } from "./pinyin";

/** Pinyin tokens of a snippet's title and tags (one token per search position, see core/pinyin). */
export interface SnippetTokens {
  title: string[];
  tags: string[][];
}

/** A distinct title or tag text. */
export interface Field {
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

/** One snippet of the index. */
export interface Entry {
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

/** Positions of a field that are indexed (a packed posting is field * MAX_POS + position). */
export const MAX_POS = 64;

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
