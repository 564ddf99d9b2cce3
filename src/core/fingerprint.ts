/**
 * A cheap fingerprint of a document's paragraph texts: the count and a 32-bit FNV-1a hash. The pane keeps
 * the fingerprint of the model its findings came from and compares it with the host's (one read), so that
 * it notices edits Word never announced: onParagraphDeleted is unreliable in long documents (office-js
 * #5400) and a deletion under track changes fires no event (#3864). Pure.
 */
import { FNV_OFFSET, fnv1a } from "./fnv";
import type { DocModel } from "./model";

export function fingerprintTexts(texts: readonly string[]): string {
  let h = FNV_OFFSET;
  // A paragraph mark after each text: ["ab", ""] and ["a", "b"] differ.
  for (const text of texts) h = fnv1a("\u2029", fnv1a(text, h));
  return `${texts.length}:${h.toString(16)}`;
}

export function fingerprintOf(model: DocModel): string {
  return fingerprintTexts(model.paragraphs.map((p) => p.text));
}
