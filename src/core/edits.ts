/**
 * Edits: what the engine asks a host to do to a document: every edit that changes existing text
 * carries the paragraph text it was computed from (`expected`); a host applies it only when the
 * paragraph still has exactly that text, so nothing the user typed after a check is overwritten.
 */
import type { DocModel, Paragraph, ParagraphFacts } from "./model";
import type { LayoutRole } from "../terms";

/**
 * A fill-in field inside inserted text (a template field such as 【请填写单位名称】). Word shows it as a
 * content control tagged for the add-in; the checker flags it while it is unfilled.
 */
export interface FieldSpan {
  offset: number;
  length: number;
  /** Stable name, e.g. "unit", "year", "figure". */
  name: string;
}

export interface NewParagraph {
  text: string;
  role: LayoutRole;
  fields?: FieldSpan[];
}

/** Replace a span of an existing paragraph. */
export interface ReplaceEdit {
  kind: "replace";
  paragraph: number;
  offset: number;
  length: number;
  text: string;
  /** The paragraph's whole text when the edit was computed. */
  expected: string;
}

/** Insert whole paragraphs before or after an existing one (or into an empty document: paragraph -1). */
export interface InsertParagraphsEdit {
  kind: "insertParagraphs";
  /** Anchor paragraph; -1 means the document is empty (insert at the start of the body). */
  paragraph: number;
  position: "before" | "after";
  /** The anchor's text when the edit was planned (guard); ignored for paragraph -1. */
  expected: string;
  paragraphs: NewParagraph[];
}

/** Insert text at the user's cursor (replacing the selection), inline or as a new paragraph after it. */
export interface InsertAtCursorEdit {
  kind: "insertAtCursor";
  mode: "inline" | "paragraphAfter";
  text: string;
  fields?: FieldSpan[];
  /**
   * The selection's text when the pane read it (inline mode): the selection is replaced only if it still
   * holds that text; otherwise the text goes in at the selection's end and nothing is overwritten.
   */
  expectedSelection?: string;
}

/** Set paragraph format facts (layout). */
export interface FormatEdit {
  kind: "format";
  paragraph: number;
  expected: string;
  format: ParagraphFacts;
}

export type Edit = ReplaceEdit | InsertParagraphsEdit | InsertAtCursorEdit | FormatEdit;

export interface ApplyResult {
  /** Number of edits applied. */
  applied: number;
  /** Indexes (into the edits array) skipped because the paragraph no longer had the expected text. */
  stale: number[];
}

/** Whether an edit is still valid against a paragraph list (same guard every host applies). */
export function isEditCurrent(edit: Edit, paragraphs: readonly Paragraph[]): boolean {
  switch (edit.kind) {
    case "replace":
    case "format":
      return paragraphs[edit.paragraph]?.text === edit.expected;
    case "insertParagraphs":
      if (edit.paragraph === -1) return true;
      return paragraphs[edit.paragraph]?.text === edit.expected;
    case "insertAtCursor":
      return true;
  }
}

/**
 * Apply edits to an in-memory model (the memory host and tests use this). Replacements within one
 * paragraph are applied right to left so that their offsets stay valid; paragraph insertions are
 * applied after the replacements, from the last anchor to the first. `insertAtCursor` needs a
 * cursor and is handled by the host, not here.
 */
export function applyEditsToModel(
  model: DocModel,
  edits: readonly Edit[],
): { model: DocModel; result: ApplyResult } {
  const paragraphs = model.paragraphs.map((p) => ({ ...p }));
  const stale: number[] = [];
  let applied = 0;
  const indexed = edits.map((edit, index) => ({ edit, index }));

  const replaces = indexed
    .filter((e): e is { edit: ReplaceEdit; index: number } => e.edit.kind === "replace")
    .sort((a, b) => a.edit.paragraph - b.edit.paragraph || b.edit.offset - a.edit.offset);
  for (const { edit, index } of replaces) {
    if (!isEditCurrent(edit, model.paragraphs)) {
      stale.push(index);
      continue;
    }
    const p = paragraphs[edit.paragraph];
    p.text = p.text.slice(0, edit.offset) + edit.text + p.text.slice(edit.offset + edit.length);
    applied++;
  }

  for (const { edit, index } of indexed) {
    if (edit.kind !== "format") continue;
    if (!isEditCurrent(edit, model.paragraphs)) {
      stale.push(index);
      continue;
    }
    Object.assign(paragraphs[edit.paragraph], edit.format);
    applied++;
  }

  const inserts = indexed
    .filter((e): e is { edit: InsertParagraphsEdit; index: number } => e.edit.kind === "insertParagraphs")
    .sort((a, b) => b.edit.paragraph - a.edit.paragraph);
  for (const { edit, index } of inserts) {
    if (!isEditCurrent(edit, model.paragraphs)) {
      stale.push(index);
      continue;
    }
    const fresh: Paragraph[] = edit.paragraphs.map((np) => ({ text: np.text }));
    const at = edit.paragraph === -1 ? 0 : edit.position === "before" ? edit.paragraph : edit.paragraph + 1;
    if (edit.paragraph === -1 && paragraphs.length === 1 && paragraphs[0].text === "") {
      paragraphs.splice(0, 1, ...fresh);
    } else {
      paragraphs.splice(at, 0, ...fresh);
    }
    applied++;
  }

  stale.sort((a, b) => a - b);
  return { model: { paragraphs }, result: { applied, stale } };
}
