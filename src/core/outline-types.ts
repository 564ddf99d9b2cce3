/**
 * Types of the recognised structure of a report (implemented by core/outline.ts).
 * Shared by the checker, the scaffold planner, the outline view and `lianzheng outline`.
 */

/** The marker's kind: 1 一、  2 （一）  3 1.  4 （1） (GB/T 9704-2012 7.3.3). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A deviation of a marker from its standard form (GB/T 15834-2011 B.3); null when it is right. */
export type MarkerProblem =
  | "wrong-mark-after" // 一. 一， 一． 1、 1， 1)
  | "extra-mark-after" // （一）、 （一）. （1）、
  | "halfwidth-parens" // (一) (1)
  | "arabic-level1"; // 1、 used where the document's level 1 is 一、? (reserved; flagged by rules)

export interface Heading {
  paragraph: number;
  level: HeadingLevel;
  /** Depth in the tree (1 for a top-level heading). */
  depth: number;
  /** The number the marker carries (一 = 1, （十一） = 11). */
  number: number;
  /** The marker as written, including the mark after it, e.g. "一、", "（一）", "1.", "1、", "(1)". */
  marker: string;
  /** The marker in its standard form, e.g. "一、", "（一）", "1.", "（1）". */
  canonicalMarker: string;
  problem: MarkerProblem | null;
  /** Offset of the heading text (just after the marker). */
  textOffset: number;
  /** The heading text: the whole rest of the line, or for a run-in heading its first sentence (with 。). */
  text: string;
  /** True when the paragraph continues with body text after the heading sentence. */
  runIn: boolean;
  /**
   * True when the marker is the label of Word's automatic list numbering (Paragraph.listLabel): it is
   * not in the paragraph's text, so a rule reports it at the text's start with no length and never
   * fixes it as text (the numbering format is to be changed instead).
   */
  autoNumbered?: boolean;
}

/** An inline enumeration word: 一是/二是…, 首先/其次/再次/最后, 第一/第二… */
export interface Enumeration {
  paragraph: number;
  offset: number;
  length: number;
  /** 1 for 一是/首先/第一 … */
  ordinal: number;
  word: string;
  style: "shi" | "shouxian" | "diyi";
}

export interface OutlineNode {
  heading: Heading;
  children: OutlineNode[];
  /** First paragraph of the section (the heading's own paragraph). */
  start: number;
  /** One past the last paragraph of the section. */
  end: number;
}

export interface DocStructure {
  title: number | null;
  addressee: number | null;
  /** The 导语 (opening) paragraph, the first body paragraph before the first heading. */
  opening: number | null;
  signature: number | null;
  date: number | null;
  /**
   * A report signed under its title (a 述责述廉 report read at a meeting): the reporter's line (post and
   * name, 报告人：…) and the date line (（2025年1月10日）) between the title and the opening. Absent or
   * null when there is none.
   */
  byline?: number | null;
  headDate?: number | null;
  headings: Heading[];
  roots: OutlineNode[];
  enumerations: Enumeration[];
}
