/**
 * Shared terms: the vocabulary every room may use (genre, core, formats, hosts and the faces), kept at the
 * bottom of the house so that no import has to run upward. Types and constants only: no logic beyond a
 * range check, and no imports.
 */

/** A report kind's id (GENRE.md section 2), e.g. "unit-annual". The kinds themselves are profiles in src/genre/kinds. */
export type KindId = string;

/** The years a report can be dated (form fields, rule configs, the CLI's --year, the pane's year box). */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

export function isReportYear(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

/** Paragraph alignment as the document model and the layout data spell it. */
export type Alignment = "left" | "centered" | "right" | "justified" | "distributed";

/**
 * What a paragraph IS in the recognised structure of a report (the checker's view: core/check-run.ts
 * computes one per paragraph from the outline).
 */
export type StructureRole =
  "empty" | "title" | "addressee" | "opening" | "heading" | "body" | "signature" | "date" | "table";

/**
 * How a paragraph is FORMATTED (the layout's view: GB/T 9704 formats by role, for inserted paragraphs,
 * the .docx writer and the 排版 tab).
 */
export type LayoutRole =
  | "title"
  | "addressee"
  | "body"
  | "heading1"
  | "heading2"
  | "heading3"
  | "heading4"
  | "closing"
  | "signature"
  | "date";

/** Where the cursor or selection is, as a host reads it. */
export interface CursorInfo {
  /** Paragraph holding the start of the selection; -1 when the document is empty. */
  paragraph: number;
  /** Offset of the selection start within that paragraph (UTF-16), -1 when the host cannot tell. */
  offset: number;
  /** Selection length within that paragraph (0 for a caret). */
  length: number;
  selectedText: string;
  /** True when the cursor is inside a table cell. */
  inTable: boolean;
}
