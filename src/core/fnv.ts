/**
 * 32-bit FNV-1a over UTF-16 code units: the one hash of the project (stored ignores, the document
 * fingerprint, the WPS layout snapshot). Stable across sessions and hosts, so stored values stay valid.
 */
export const FNV_OFFSET = 0x811c9dc5;

/** The hash of `text`, continuing from `h` (to hash several strings as one); an unsigned 32-bit value. */
export function fnv1a(text: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
