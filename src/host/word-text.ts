/**
 * What Word's `paragraph.text` holds besides the writer's text, and the way back from the writer's offsets
 * to the offsets Word's search works in. Pure TypeScript (no Office): tested directly.
 *
 * - U+0005 at a comment's anchor: Word on Mac puts it in `paragraph.text` of a paragraph holding a comment
 *   (office-js #2258). It is no text: the model drops it, and search strings never contain it.
 * - Text deleted under track changes: Word on the web returns it in `paragraph.text` (office-js #1267).
 *   It is still in the document (search sees it, but does not match across it, #5874), so the model drops
 *   it while searches are planned on the text that holds it.
 *
 * Three texts, then: `raw` (what Word returned), `searchText` (raw without the U+0005 marks: what search
 * matches against) and `text` (searchText without the deleted text: what the writer reads, the model).
 */

/** The mark Word on Mac leaves in paragraph.text at a comment's anchor (office-js #2258). */
export const COMMENT_ANCHOR = "\u0005";

/** A span of text deleted under track changes, in the offsets of `raw`. */
export interface DeletedSpan {
  offset: number;
  length: number;
}

export interface WordText {
  /** The writer's text: no comment marks, no deleted text (what the model holds). */
  text: string;
  /** What Word's search matches against: the raw text without the comment marks. */
  searchText: string;
  /** searchText offset of each text offset 0…text.length; null when the two are the same. */
  map: number[] | null;
  /** Deleted text may hide in it unlocated (Word on the web without WordApi 1.6): no span is trusted. */
  unverified?: boolean;
}

/** A span of the writer's text in searchText's offsets. */
export interface SearchSpan {
  offset: number;
  length: number;
}

/** The writer's text of a paragraph as Word returned it (`deleted`: spans of raw, from the tracked changes). */
export function wordText(raw: string, deleted: readonly DeletedSpan[] = [], unverified = false): WordText {
  const flag = unverified ? { unverified } : {};
  if (deleted.length === 0 && !raw.includes(COMMENT_ANCHOR))
    return { text: raw, searchText: raw, map: null, ...flag };
  const gone = new Uint8Array(raw.length);
  for (const d of deleted)
    for (let i = Math.max(0, d.offset); i < Math.min(raw.length, d.offset + d.length); i++) gone[i] = 1;
  let text = "";
  let searchText = "";
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === COMMENT_ANCHOR) continue;
    if (!gone[i]) {
      map.push(searchText.length);
      text += c;
    }
    searchText += c;
  }
  // An insertion point at the end of the text goes after any deleted text there.
  map.push(searchText.length);
  return { text, searchText, map, ...flag };
}

/** The writer's text without the comment marks alone (no tracked changes known). */
export function withoutAnchors(raw: string): string {
  return raw.includes(COMMENT_ANCHOR) ? raw.split(COMMENT_ANCHOR).join("") : raw;
}

/**
 * A span of the writer's text in searchText's offsets; null when it crosses deleted text (a search does
 * not match across it, and a replacement would take the deleted text with it) or the text is unverified.
 */
export function toSearchSpan(t: WordText, offset: number, length: number): SearchSpan | null {
  if (t.unverified || offset < 0 || length < 0 || offset + length > t.text.length) return null;
  if (!t.map) return { offset, length };
  const start = t.map[offset];
  if (length === 0) return { offset: start, length: 0 };
  const end = t.map[offset + length - 1] + 1;
  return end - start === length ? { offset: start, length } : null;
}
