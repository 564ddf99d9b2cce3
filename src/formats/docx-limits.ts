/**
 * Limits of the .docx reader: what it keeps in memory is bounded by these, whatever the file holds.
 * Generous for real reports: a 2,000-page report has some 60,000 paragraphs, 2 to 4 million
 * characters and a few million XML elements; each limit leaves a wide margin above that.
 */

/** Largest decompressed size of one part of the package, in bytes. */
export const DEFAULT_MAX_PART_BYTES = 256 * 1024 * 1024;
/** Most paragraphs in the body (tables included). */
export const MAX_PARAGRAPHS = 200_000;
/** Most characters of paragraph text in the whole document. */
export const MAX_TEXT_CHARS = 20_000_000;
/** Most raw characters of text in one paragraph. */
export const MAX_PARAGRAPH_CHARS = 5_000_000;
/** Most XML nodes (elements and text runs) in one paragraph. */
export const MAX_PARAGRAPH_NODES = 500_000;
/** Most XML elements in the main document part. */
export const MAX_ELEMENTS = 5_000_000;
/** Most XML nodes in a small part read whole (styles, theme, relationships). */
export const MAX_PART_NODES = 1_000_000;
/** Deepest element nesting (tables in tables, wrappers in wrappers). */
export const MAX_DEPTH = 5_000;
/** Longest single tag or markup declaration, in characters. */
export const MAX_TAG_CHARS = 4 * 1024 * 1024;
