/**
 * Pinyin helpers that need no pinyin dictionary (pure; the task pane ships these). The syllables of
 * the shipped library are computed at build time (scripts/gen/snippets.mjs with src/core/pinyin-dict.ts);
 * the pane loads the dictionary lazily, only to index a snippet the user saves.
 *
 * A text is searched by its "positions": the characters that are not punctuation, symbols, spaces
 * or controls, after NFKC and lower-casing (full-width Ａ→a). Each position has a token: its pinyin
 * syllable (no tone, ü as v) for a Han character, the character itself for a Latin letter or digit,
 * and "" for anything else (matched only by the same character).
 */

const SKIP_ALL = /[\p{P}\p{Z}\p{S}\p{C}]+/gu;
const HAN = /\p{Script=Han}/u;
const ALNUM = /^[a-z0-9]$/;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Lower-case, NFKC-normalised characters of `text` that count as search positions. */
export function positionsOf(text: string): string[] {
  return Array.from(positionString(text));
}

/** The positions of `text` joined into one string. */
export function positionString(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(SKIP_ALL, "");
}

/** Whether a position char is a Latin letter or digit (matched letter by letter). */
export function isAlnum(ch: string): boolean {
  return ALNUM.test(ch);
}

/**
 * Tokens for `text` when no pinyin is known: Latin letters and digits stand for themselves, Han and
 * other characters get "" (so they match only by character).
 */
export function plainTokens(text: string): string[] {
  return positionsOf(text).map((ch) => (isAlnum(ch) ? ch : ""));
}

/** Serialise tokens as stored in the generated index: space-separated, "-" for an empty token. */
export function encodeTokens(tokens: readonly string[]): string {
  return tokens.map((t) => t || "-").join(" ");
}

export function decodeTokens(encoded: string): string[] {
  if (encoded === "") return [];
  return encoded.split(" ").map((t) => (t === "-" ? "" : t));
}

/** A 32-bit FNV-1a hash (hex), used to tell whether the generated index matches the library. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** What the search needs of a snippet to tell whether stored tokens still fit it. */
export interface TokenSource {
  id: string;
  title: string;
  tags: readonly string[];
}

/** Hash of the titles and tags the tokens were computed from (the generated index records it). */
export function tokenSourceHash(snippets: readonly TokenSource[]): string {
  return fnv1a(snippets.map((s) => `${s.id}\u0001${s.title}\u0001${s.tags.join("\u0002")}`).join("\u0003"));
}

/** The generated index file (src/genre/generated/snippet-index.json). */
export interface SnippetIndexFile {
  version: 1;
  /** tokenSourceHash of the library it was made from. */
  hash: string;
  count: number;
  /** id → [title tokens, ...tag tokens], each encoded with encodeTokens. */
  entries: Record<string, string[]>;
}
