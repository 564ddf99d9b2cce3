/**
 * Insertion planning for templates and section scaffolds (pure): from the document model and the cursor,
 * choose the level and number of a new section and where it goes, and compute the renumbering of the
 * headings that follow, as edits guarded by the text they were computed from. Rendering is in
 * `scaffold-render.ts`, placement among siblings in `scaffold-place.ts`.
 *
 * The rule, as the pane says it in one sentence (将插入为…，插入在…之前/之后). The answer depends on the
 * paragraph, not on where in it the cursor stands, with one exception: at the very start of a heading the
 * new section goes before that heading.
 * - empty document: 一、 at the start;
 * - cursor in a table cell: refused (reason "inTable");
 * - a blank paragraph counts as the end of the text above it (an empty line after a body paragraph is the
 *   same place as the end of that paragraph);
 * - cursor at the start of a heading (offset 0): a section of that heading's level, just before it (it takes
 *   that heading's number; that heading and the ones after it move up by one);
 * - a scaffold whose natural level is 1 (存在的问题, 下一步打算 …): a level-1 section after the level-1 section
 *   holding the cursor (before the first one when the cursor is in the title, 主送 or 导语);
 * - cursor elsewhere on a heading line (stand-alone or run-in): a sibling of that heading, after its section
 *   (after 二、's section → 三、; after a run-in （三）… → （四）);
 * - cursor in the body of a section: a sub-section of it, in the style its children already use (or that the
 *   document uses under headings of the same kind, e.g. 1. directly under 一、), else the next level; under a
 *   （1） heading (the deepest level) a sibling （2）;
 * - cursor before the first heading (title, 主送, 导语) or with no heading at all: a level-1 section.
 * An override chooses the level; the parent is then the innermost enclosing heading of a higher level.
 * The headings after the insertion point under the same parent and of the same level are renumbered
 * (三、 → 四、, their children untouched) by `renumber` edits, which the caller may leave out.
 */
import type { YearData } from "./year-data";
import type { DocModel } from "./model";
import type { Edit, NewParagraph } from "./edits";
import type { HeadingLevel, OutlineNode } from "./outline-types";
import type { FieldValues } from "./fields";
import { markerFor } from "./numbering";
import type { ScaffoldData, SectionData, TemplateData } from "../genre/template-schema";
import type { CursorInfo } from "../terms";
import { renderSection, renderTemplate } from "./scaffold-render";
import {
  childLevelOf,
  context,
  innermost,
  isBlank,
  place,
  rootLevel,
  type InsertionPlan,
} from "./scaffold-place";

export { renderSection, renderTemplate, type TemplateRenderOptions } from "./scaffold-render";
export type { InsertionPlan, PlanWhere } from "./scaffold-place";

export type RefusalReason = "inTable";

export interface PlanRefusal {
  ok: false;
  reason: RefusalReason;
}

export type PlanResult = InsertionPlan | PlanRefusal;

export interface PlanOptions {
  /** Override the level chosen from the context. */
  level?: HeadingLevel;
  values?: FieldValues;
  /** The scaffold's natural level (1: a whole part such as 存在的问题). */
  naturalLevel?: HeadingLevel;
  /** The year rows known (an organisation's pack may add some) for the year tokens. */
  yearData?: YearData;
}

/** True when the document has no text at all. */
export function isEmptyDocument(model: DocModel): boolean {
  return model.paragraphs.every((p) => isBlank(p.text));
}

/** Plan the insertion of a section (a scaffold, or any section data) at the cursor. */
export function planSection(
  model: DocModel,
  cursor: CursorInfo,
  section: SectionData,
  options: PlanOptions = {},
): PlanResult {
  if (cursor.inTable || (model.paragraphs[cursor.paragraph]?.tableNestingLevel ?? 0) > 0)
    return { ok: false, reason: "inTable" };
  const values = options.values ?? {};

  if (isEmptyDocument(model) || cursor.paragraph < 0) {
    if (!isEmptyDocument(model) && cursor.paragraph < 0) {
      // A host that cannot tell the cursor: a top-level section at the end of the body.
      const last = model.paragraphs.length - 1;
      const atEnd = { ...cursor, paragraph: last, offset: -1 };
      return planSection(model, atEnd, section, { ...options, naturalLevel: 1 });
    }
    const level = options.level ?? 1;
    const paragraphs = renderSection(section, level, 1, values, undefined, options.yearData);
    return {
      ok: true,
      level,
      number: 1,
      marker: markerFor(level, 1),
      headingText: paragraphs[0].text,
      parent: null,
      where: { kind: "start", paragraph: -1, text: "" },
      insert: { kind: "insertParagraphs", paragraph: -1, position: "after", expected: "", paragraphs },
      renumber: [],
      paragraphs,
    };
  }

  const ctx = context(model);
  let p = Math.min(cursor.paragraph, model.paragraphs.length - 1);
  let offset = cursor.offset;
  if (isBlank(model.paragraphs[p].text)) {
    // An empty line is the same place as the end of the text above it.
    let q = p - 1;
    while (q >= 0 && isBlank(model.paragraphs[q].text)) q--;
    if (q >= 0) {
      p = q;
      offset = -1;
    }
  }
  const h = innermost(ctx, p);
  // The start of a heading: the caret before its first character (leading spaces count as the start).
  const atHeadingStart =
    h !== null &&
    p === h.start &&
    offset >= 0 &&
    cursor.length === 0 &&
    model.paragraphs[p].text.slice(0, offset).trim() === "";
  let parent: OutlineNode | null;
  let level: HeadingLevel;
  let before: OutlineNode | null = null;

  if (
    atHeadingStart &&
    (options.level === undefined || options.level === h.heading.level) &&
    (options.naturalLevel !== 1 || ctx.parentOf.get(h) === null)
  ) {
    parent = ctx.parentOf.get(h) ?? null;
    level = h.heading.level;
    before = h;
  } else if (options.level !== undefined) {
    level = options.level;
    parent = null;
    for (let n = h; n; n = ctx.parentOf.get(n) ?? null) {
      if (n.heading.level < level) {
        parent = n;
        break;
      }
    }
  } else if (options.naturalLevel === 1 || h === null) {
    parent = null;
    level = rootLevel(ctx);
  } else if (p === h.start || h.heading.level === 4) {
    parent = ctx.parentOf.get(h) ?? null;
    level = h.heading.level;
  } else {
    parent = h;
    level = childLevelOf(ctx, h);
  }
  return place(ctx, p, parent, level, section, values, before, options.yearData);
}

/** Plan a scaffold at the cursor (its natural level guides the default). */
export function planScaffold(
  model: DocModel,
  cursor: CursorInfo,
  scaffold: ScaffoldData,
  options: Omit<PlanOptions, "naturalLevel"> = {},
): PlanResult {
  return planSection(model, cursor, scaffold.section, { ...options, naturalLevel: scaffold.level });
}

/** The edits of a plan, with or without the renumbering of the following headings (one batch). */
export function planEdits(plan: InsertionPlan, renumber = true): Edit[] {
  return renumber ? [plan.insert, ...plan.renumber] : [plan.insert];
}

export type TemplatePlan =
  | { ok: true; edits: Edit[]; paragraphs: NewParagraph[]; atCursor: boolean }
  | PlanRefusal
  | { ok: false; reason: "notEmpty" };

/**
 * Plan a whole template: an empty document gets it at the start; a non-empty one only when the caller
 * confirmed inserting at the cursor (`atCursor`), after the cursor's paragraph; otherwise "notEmpty" (the
 * pane asks). A cursor in a table cell is refused.
 */
export function planTemplate(
  model: DocModel,
  cursor: CursorInfo,
  template: TemplateData,
  values: FieldValues = {},
  options: { atCursor?: boolean; yearData?: YearData } = {},
): TemplatePlan {
  const paragraphs = renderTemplate(template, values, { yearData: options.yearData });
  if (isEmptyDocument(model))
    return {
      ok: true,
      atCursor: false,
      paragraphs,
      edits: [{ kind: "insertParagraphs", paragraph: -1, position: "after", expected: "", paragraphs }],
    };
  if (cursor.inTable || (model.paragraphs[cursor.paragraph]?.tableNestingLevel ?? 0) > 0)
    return { ok: false, reason: "inTable" };
  if (!options.atCursor) return { ok: false, reason: "notEmpty" };
  const anchor =
    cursor.paragraph < 0
      ? model.paragraphs.length - 1
      : Math.min(cursor.paragraph, model.paragraphs.length - 1);
  return {
    ok: true,
    atCursor: true,
    paragraphs,
    edits: [
      {
        kind: "insertParagraphs",
        paragraph: anchor,
        position: "after",
        expected: model.paragraphs[anchor].text,
        paragraphs,
      },
    ],
  };
}
