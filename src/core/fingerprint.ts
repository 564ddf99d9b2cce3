/**
 * A cheap fingerprint of a document's paragraph texts: the count and a 32-bit FNV-1a hash. The pane keeps
 * the fingerprint of the model its findings came from and compares it with the host's (one read), so that
 * it notices edits Word never announced: onParagraphDeleted is unreliable in long documents (office-js
 * #5400) and a deletion under track changes fires no event (#3864). Pure.
 */
import type { DocModel } from "./model";

export function fingerprintTexts(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    // A paragraph mark between texts: ["ab", ""] and ["a", "b"] differ.
    h ^= 0x2029;
    h = Math.imul(h, 0x01000193);
  }
  return `${texts.length}:${(h >>> 0).toString(16)}`;
}

export function fingerprintOf(model: DocModel): string {
  return fingerprintTexts(model.paragraphs.map((p) => p.text));
}
