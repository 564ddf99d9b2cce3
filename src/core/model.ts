/**
 * The document model: what every host (Word, .docx, .txt, in-memory) gives the engine.
 * Pure data; no DOM, no Office, no React.
 *
 * Offsets and lengths are UTF-16 code units of a paragraph's text; paragraphs are 0-based and follow
 * the order of Word's `body.paragraphs` (table cells included, headers and footers excluded).
 */

import type { Alignment } from "../terms";

/** Word's built-in style names as Office.js's BuiltInStyleName enum spells them (we use only a few). */
export type BuiltInStyle = "Normal" | "Title" | "Heading1" | "Heading2" | "Heading3" | "Heading4" | "Other";

/** The format facts a host knows about a paragraph. Every field is optional: a .txt knows none. */
export interface ParagraphFacts {
  /** The style's name as the document shows it (localized in Word, e.g. "标题 1"). */
  style?: string;
  /** The built-in style, language independent, when the host knows it. */
  styleBuiltIn?: BuiltInStyle;
  /** Outline level 1-9; 10 (or undefined) for body text. */
  outlineLevel?: number;
  isListItem?: boolean;
  /**
   * The label Word's automatic list numbering shows before the paragraph (一、 （一） 1.), which is not
   * part of `text`; absent when the paragraph is not numbered by a list or the host does not know it.
   * The outline recognises it like a typed marker, but no fix ever edits it as text.
   */
  listLabel?: string;
  /** 0 outside tables, 1 in a table cell, 2 in a nested table … */
  tableNestingLevel?: number;
  /** Font of the paragraph (first run, or the only one); for Chinese text its East Asian font. */
  fontName?: string;
  /** Font of digits and Latin letters (Word's ascii font), when the host tells it apart. */
  fontNameAscii?: string;
  /** Font size in points. */
  fontSize?: number;
  bold?: boolean;
  alignment?: Alignment;
  /** Indents in points. */
  firstLineIndent?: number;
  leftIndent?: number;
  /** Line spacing in points, when fixed. */
  lineSpacing?: number;
}

export interface Paragraph extends ParagraphFacts {
  text: string;
}

export interface DocModel {
  paragraphs: Paragraph[];
}

/** A place in the document (paragraph, offset, length). */
export interface Location {
  paragraph: number;
  offset: number;
  length: number;
  /**
   * The paragraph's text the place was computed from (a finding's `expected`). When given, a host
   * that selects the place refuses with a HostError of code "stale" if the paragraph has changed.
   */
  expected?: string;
}

export function modelFromLines(lines: readonly string[]): DocModel {
  return { paragraphs: lines.map((text) => ({ text })) };
}
