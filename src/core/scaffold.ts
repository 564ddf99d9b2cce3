/**
 * Insertion planning for templates and section scaffolds (pure): from the document model and the cursor,
 * choose the level and number of a new section, render its paragraphs, and compute the renumbering of the
 * headings that follow, as edits guarded by the text they were computed from.
 *
 * Default level (no override):
 * - empty document: 一、 at the start;
 * - cursor in a table cell: refused (reason "inTable");
 * - a scaffold whose natural level is 1 (存在的问题, 下一步打算 …): a level-1 section after the level-1 section
 *   holding the cursor (before the first one when the cursor is in the title, 主送 or 导语);
 * - cursor on a heading line (stand-alone or run-in), or on blank lines closing a section: a sibling of that
 *   heading, after its section (after 二、's section → 三、; after a run-in （三）… → （四）);
 * - cursor in the body of a section: a sub-section of it, in the style its children already use (or that the
 *   document uses under headings of the same kind, e.g. 1. directly under 一、), else the next level;
 * - cursor before the first heading (title, 主送, 导语) or with no heading at all: a level-1 section.
 * An override chooses the level; the parent is then the innermost enclosing heading of a higher level.
 * The headings after the insertion point under the same parent and of the same level are renumbered
 * (三、 → 四、, their children untouched) by `renumber` edits, which the caller may leave out.
 */
import type { YearData } from "./year-data";
import type { DocModel } from "./model";
import type { Edit, InsertParagraphsEdit, NewParagraph, ReplaceEdit, FieldSpan } from "./edits";
import type { HeadingLevel, OutlineNode } from "./outline-types";
import { buildOutline, type HeadingEx } from "./outline";
import { renderFields, type FieldValues } from "./fields";
import { enumerationWord, markerFor, roleOfLevel } from "./numbering";
import type { ScaffoldData, SectionData, TemplateData } from "../genre/template-schema";
import type { CursorInfo } from "../terms";

// ---------------------------------------------------------------------------------------------
// Rendering

function shift(fields: FieldSpan[], by: number): FieldSpan[] {
  return fields.map((f) => ({ ...f, offset: f.offset + by }));
}

function para(text: string, role: NewParagraph["role"], fields: FieldSpan[]): NewParagraph {
  return fields.length ? { text, role, fields } : { text, role };
}

function renderInto(
  out: NewParagraph[],
  s: SectionData,
  level: number,
  n: number,
  values: FieldValues,
  childLevelOverride?: number,
  data?: YearData,
): void {
  const heading = renderFields(s.heading, values, data);
  const body = (s.body ?? []).map((b) => renderFields(b, values, data));
  const deep = level > 4;
  const marker = deep ? enumerationWord(n) : markerFor(level as HeadingLevel, n);
  const runIn = deep || (s.runIn === true && level > 1 && body.length > 0);
  if (runIn) {
    const prefix = `${marker}${heading.text}。`;
    const first = body.shift();
    out.push(
      para(prefix + (first?.text ?? ""), "body", [
        ...shift(heading.fields, marker.length),
        ...(first ? shift(first.fields, prefix.length) : []),
      ]),
    );
  } else {
    out.push(
      para(marker + heading.text, roleOfLevel(level as HeadingLevel), shift(heading.fields, marker.length)),
    );
  }
  for (const b of body) out.push(para(b.text, "body", b.fields));
  const childLevel = childLevelOverride ?? level + (s.childStyle === "skip" && level <= 2 ? 2 : 1);
  (s.children ?? []).forEach((c, i) => renderInto(out, c, childLevel, i + 1, values, undefined, data));
}

/**
 * The paragraphs of a section rendered at a level (1-4) and number, with its sub-sections numbered from 1
 * (at `childLevel` when given: the document's habit wins over the data's style).
 */
export function renderSection(
  section: SectionData,
  level: HeadingLevel,
  number: number,
  values: FieldValues = {},
  childLevel?: HeadingLevel,
  data?: YearData,
): NewParagraph[] {
  const out: NewParagraph[] = [];
  renderInto(
    out,
    section,
    level,
    number,
    values,
    childLevel !== undefined && childLevel > level ? childLevel : undefined,
    data,
  );
  return out;
}

export interface TemplateRenderOptions {
  /** Leave the sections out (the frame only: title, 主送, 导语, 结尾, 落款, 成文日期). */
  sections?: boolean;
  /** The year rows known (an organisation's pack may add some) for the year tokens. */
  yearData?: YearData;
}

/** The paragraphs of a whole template, top to bottom. */
export function renderTemplate(
  template: TemplateData,
  values: FieldValues = {},
  options: TemplateRenderOptions = {},
): NewParagraph[] {
  const out: NewParagraph[] = [];
  const add = (src: string, role: NewParagraph["role"]) => {
    const r = renderFields(src, values, options.yearData);
    out.push(para(r.text, role, r.fields));
  };
  add(template.title, "title");
  if (template.addressee) add(template.addressee, "addressee");
  for (const o of template.opening) add(o, "body");
  if (options.sections !== false)
    template.sections.forEach((s, i) => renderInto(out, s, 1, i + 1, values, undefined, options.yearData));
  if (template.closing) add(template.closing, "closing");
  for (const s of template.signature) add(s, "signature");
  if (template.date) add("{date}", "date");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Planning

export type RefusalReason = "inTable";

export interface PlanRefusal {
  ok: false;
  reason: RefusalReason;
}

export interface InsertionPlan {
  ok: true;
  level: HeadingLevel;
  number: number;
  /** The new heading's marker, e.g. 三、. */
  marker: string;
  /** The new first paragraph as it will read (for "将插入为 三、…"). */
  headingText: string;
  /** The paragraph of the parent heading, null at the top level. */
  parent: number | null;
  /** The insertion of the rendered paragraphs. */
  insert: InsertParagraphsEdit;
  /** Renumbering of the following headings (same parent, same level), each guarded by its text. */
  renumber: ReplaceEdit[];
  paragraphs: NewParagraph[];
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

function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** True when the document has no text at all. */
export function isEmptyDocument(model: DocModel): boolean {
  return model.paragraphs.every((p) => isBlank(p.text));
}

interface Ctx {
  model: DocModel;
  roots: OutlineNode[];
  parentOf: Map<OutlineNode, OutlineNode | null>;
  /** First paragraph of the closing block (特此报告。, 落款, 成文日期), or the paragraph count. */
  closingStart: number;
}

function context(model: DocModel): Ctx {
  const s = buildOutline(model);
  const parentOf = new Map<OutlineNode, OutlineNode | null>();
  const walk = (nodes: OutlineNode[], parent: OutlineNode | null) => {
    for (const n of nodes) {
      parentOf.set(n, parent);
      walk(n.children, n);
    }
  };
  walk(s.roots, null);
  const lastHeading = s.headings.length ? s.headings[s.headings.length - 1].paragraph : -1;
  let closingStart = model.paragraphs.length;
  for (const c of [s.signature, s.date])
    if (c !== null && c > lastHeading) closingStart = Math.min(closingStart, c);
  for (let i = lastHeading + 1; i < closingStart; i++) {
    if (/^\s*特此报告[。！]?\s*$/.test(model.paragraphs[i].text)) {
      closingStart = i;
      break;
    }
  }
  return { model, roots: s.roots, parentOf, closingStart };
}

function endOf(ctx: Ctx, n: OutlineNode): number {
  return Math.min(n.end, ctx.closingStart);
}

function lastNonBlank(ctx: Ctx, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!isBlank(ctx.model.paragraphs[i].text)) return i;
  return from;
}

function innermost(ctx: Ctx, p: number): OutlineNode | null {
  let found: OutlineNode | null = null;
  let level = ctx.roots;
  for (;;) {
    const node = level.find((n) => n.start <= p && p < endOf(ctx, n));
    if (!node) return found;
    found = node;
    level = node.children;
  }
}

function allNodes(ctx: Ctx): OutlineNode[] {
  return [...ctx.parentOf.keys()];
}

/** The level sub-sections of `h` take: its children's, else the document's habit under that kind, else next. */
function childLevelOf(ctx: Ctx, h: OutlineNode): HeadingLevel {
  if (h.children.length) return h.children[0].heading.level;
  const habit = allNodes(ctx).find((n) => n.heading.level === h.heading.level && n.children.length > 0);
  if (habit) return habit.children[0].heading.level;
  return Math.min(4, h.heading.level + 1) as HeadingLevel;
}

function rootLevel(ctx: Ctx): HeadingLevel {
  return ctx.roots.length ? ctx.roots[0].heading.level : 1;
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
      // A host that cannot tell the cursor: append at the end of the body.
      return planSection(model, { ...cursor, paragraph: model.paragraphs.length - 1 }, section, options);
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
      insert: { kind: "insertParagraphs", paragraph: -1, position: "after", expected: "", paragraphs },
      renumber: [],
      paragraphs,
    };
  }

  const ctx = context(model);
  const p = Math.min(cursor.paragraph, model.paragraphs.length - 1);
  const h = innermost(ctx, p);
  let parent: OutlineNode | null;
  let level: HeadingLevel;

  if (options.level !== undefined) {
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
  } else if (p === h.start) {
    parent = ctx.parentOf.get(h) ?? null;
    level = h.heading.level;
  } else if (isBlank(model.paragraphs[p].text) && lastNonBlank(ctx, h.start, endOf(ctx, h)) < p) {
    parent = ctx.parentOf.get(h) ?? null;
    level = h.heading.level;
  } else if (h.heading.level === 4) {
    parent = ctx.parentOf.get(h) ?? null;
    level = 4;
  } else {
    parent = h;
    level = childLevelOf(ctx, h);
  }
  return place(ctx, p, parent, level, section, values, options.yearData);
}

function place(
  ctx: Ctx,
  p: number,
  parent: OutlineNode | null,
  level: HeadingLevel,
  section: SectionData,
  values: FieldValues,
  yearData?: YearData,
): InsertionPlan {
  const paras = ctx.model.paragraphs;
  const siblings = parent ? parent.children : ctx.roots;
  let anchor: number;
  let position: "before" | "after";
  /** Paragraph index from which siblings are "following" (renumbered). */
  let from: number;

  const pos = Math.min(p, ctx.closingStart - 1);
  const holder =
    p >= ctx.closingStart && !parent
      ? siblings[siblings.length - 1]
      : siblings.find((c) => c.start <= pos && pos < endOf(ctx, c));
  if (holder) {
    anchor = lastNonBlank(ctx, holder.start, endOf(ctx, holder));
    position = "after";
    from = endOf(ctx, holder);
  } else {
    const next = siblings.find((c) => c.start > p);
    if (next) {
      anchor = next.start;
      position = "before";
      from = next.start;
    } else if (parent) {
      anchor = lastNonBlank(ctx, parent.start, endOf(ctx, parent));
      position = "after";
      from = endOf(ctx, parent);
    } else if (p >= ctx.closingStart) {
      anchor = ctx.closingStart;
      position = "before";
      from = ctx.closingStart;
    } else {
      anchor = p;
      position = "after";
      from = p + 1;
    }
  }

  const before = siblings.filter((c) => c.heading.level === level && c.start < from);
  const after = siblings.filter((c) => c.heading.level === level && c.start >= from);
  const number = before.length + 1;
  const renumber: ReplaceEdit[] = [];
  after.forEach((c, i) => {
    const h = c.heading as HeadingEx;
    const want = markerFor(level, number + 1 + i);
    // Word renumbers automatic numbering itself; its label is not text to replace.
    if (h.marker === want || h.autoNumbered) return;
    const text = paras[h.paragraph].text;
    renumber.push({
      kind: "replace",
      paragraph: h.paragraph,
      offset: h.markerOffset ?? text.indexOf(h.marker),
      length: h.marker.length,
      text: want,
      expected: text,
    });
  });
  // Sub-sections follow the document's habit under headings of this kind (（一） or 1. under 一、), so the
  // document does not end up mixing two marker styles at one depth.
  const habit = allNodes(ctx).find((n) => n.heading.level === level && n.children.length > 0);
  const paragraphs = renderSection(
    section,
    level,
    number,
    values,
    habit?.children[0].heading.level,
    yearData,
  );
  return {
    ok: true,
    level,
    number,
    marker: markerFor(level, number),
    headingText: paragraphs[0].text,
    parent: parent ? parent.heading.paragraph : null,
    insert: {
      kind: "insertParagraphs",
      paragraph: anchor,
      position,
      expected: paras[anchor].text,
      paragraphs,
    },
    renumber,
    paragraphs,
  };
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
