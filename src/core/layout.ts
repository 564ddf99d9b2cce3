/**
 * Paragraph formats by role, computed from the GB/T 9704 numbers in src/genre/layout.ts. Used by the
 * Word adapter (inserting paragraphs), the .docx writer and the 排版 tab. Pure TypeScript.
 */
import type { FormatEdit } from "./edits";
import type { LayoutRole } from "../terms";
import type { BuiltInStyle, DocModel, ParagraphFacts } from "./model";
import type { DocStructure } from "./outline-types";
import { FONTS, LINE_SPACING_PT, ROLE_LAYOUT } from "../genre/layout";

export interface FormatOptions {
  /** Use the fallback fonts (仿宋 / 楷体 / 宋体) instead of the standard's names (_GB2312, 方正小标宋简体). */
  fallbackFonts?: boolean;
  /** Fixed line spacing in points (default 28.95, i.e. 22 lines in the 225 mm 版心). */
  lineSpacing?: number;
}

const BUILT_IN: Record<LayoutRole, BuiltInStyle> = {
  title: "Title",
  addressee: "Normal",
  body: "Normal",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  heading4: "Heading4",
  closing: "Normal",
  signature: "Normal",
  date: "Normal",
};

const OUTLINE: Partial<Record<LayoutRole, number>> = {
  heading1: 1,
  heading2: 2,
  heading3: 3,
  heading4: 4,
};

export const ALL_ROLES: readonly LayoutRole[] = Object.keys(BUILT_IN) as LayoutRole[];

/**
 * The format facts a paragraph of `role` gets: built-in style (Heading1-4 for headings so Word's navigation
 * pane shows them, Title for the title, Normal otherwise) plus the GB/T 9704 font, size, alignment, first-line
 * indent (characters × font size, in points), left indent 0 and fixed line spacing.
 */
export function formatForRole(role: LayoutRole, options: FormatOptions = {}): ParagraphFacts {
  const layout = ROLE_LAYOUT[role];
  const font = FONTS[layout.font];
  const facts: ParagraphFacts = {
    styleBuiltIn: BUILT_IN[role],
    fontName: options.fallbackFonts ? font.fallback : font.name,
    fontSize: layout.sizePt,
    bold: layout.bold,
    alignment: layout.alignment,
    firstLineIndent: layout.firstLineChars * layout.sizePt,
    leftIndent: 0,
    lineSpacing: options.lineSpacing ?? LINE_SPACING_PT.default,
  };
  const outline = OUTLINE[role];
  if (outline !== undefined) facts.outlineLevel = outline;
  return facts;
}

/** The heading role for an outline level 1-4 (deeper levels use heading4). */
export function headingRole(level: number): LayoutRole {
  if (level <= 1) return "heading1";
  if (level === 2) return "heading2";
  if (level === 3) return "heading3";
  return "heading4";
}

/** Millimetres to points (1 in = 25.4 mm = 72 pt). */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** Points to twentieths of a point (the unit of .docx paragraph properties). */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/**
 * The role of each paragraph from the recognised structure: title, 主送, 落款, 成文日期, stand-alone headings
 * by their marker's level (一、 → heading1 … （1） → heading4); run-in headings and everything else are body.
 * Empty paragraphs and table cells get no role (null): the layout leaves them alone.
 */
export function rolesFromStructure(model: DocModel, structure: DocStructure): (LayoutRole | null)[] {
  const roles: (LayoutRole | null)[] = model.paragraphs.map((p) =>
    p.text.trim() === "" || (p.tableNestingLevel ?? 0) > 0 ? null : "body",
  );
  const set = (i: number | null, role: LayoutRole) => {
    if (i !== null && roles[i] !== null && roles[i] !== undefined) roles[i] = role;
  };
  for (const h of structure.headings) if (!h.runIn) set(h.paragraph, headingRole(h.level));
  set(structure.title, "title");
  set(structure.addressee, "addressee");
  set(structure.signature, "signature");
  set(structure.date, "date");
  return roles;
}

/** Whether a paragraph already has every fact of `target` (numbers within 0.05 pt). */
export function hasFormat(facts: ParagraphFacts, target: ParagraphFacts): boolean {
  return (Object.keys(target) as (keyof ParagraphFacts)[]).every((k) => {
    const want = target[k];
    const have = facts[k];
    if (typeof want === "number" && typeof have === "number") return Math.abs(want - have) < 0.05;
    return want === have;
  });
}

/**
 * The 排版 plan: one FormatEdit (guarded by the paragraph's text) for each paragraph whose format differs
 * from GB/T 9704 for its role. The Word adapter applies them in one batch (≤ 3 syncs).
 */
export function layoutEdits(
  model: DocModel,
  structure: DocStructure,
  options: FormatOptions = {},
): FormatEdit[] {
  const roles = rolesFromStructure(model, structure);
  const edits: FormatEdit[] = [];
  model.paragraphs.forEach((p, paragraph) => {
    const role = roles[paragraph];
    if (!role) return;
    const format = formatForRole(role, options);
    if (hasFormat(p, format)) return;
    edits.push({ kind: "format", paragraph, expected: p.text, format });
  });
  return edits;
}
