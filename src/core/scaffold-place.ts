/**
 * Where a planned section goes (pure): the outline context of the document, the section holding a
 * paragraph, and the placement of a new section among its siblings with the renumbering of the ones that
 * follow. `scaffold.ts` chooses the parent and the level; this module turns them into edits and into the
 * one-sentence description the pane shows (插入在…之前/之后).
 */
import type { YearData } from "./year-data";
import type { DocModel } from "./model";
import type { InsertParagraphsEdit, NewParagraph, ReplaceEdit } from "./edits";
import type { HeadingLevel, OutlineNode } from "./outline-types";
import { buildOutline, type HeadingEx } from "./outline";
import type { FieldValues } from "./fields";
import { markerFor } from "./numbering";
import { renderSection } from "./scaffold-render";
import type { SectionData } from "../genre/template-schema";

/**
 * Where the new section lands, said the way a writer reads it:
 * - `start`: at the start of an empty document;
 * - `before`: before the paragraph `paragraph` (a heading, or 特此报告/落款 at the end);
 * - `afterSection`: after the whole section headed by `paragraph` (its sub-sections included);
 * - `endOfSection`: at the end of the section headed by `paragraph`, as its last sub-section;
 * - `afterParagraph`: right after the paragraph `paragraph` (a document without headings).
 */
export interface PlanWhere {
  kind: "start" | "before" | "afterSection" | "endOfSection" | "afterParagraph";
  /** The paragraph named in the sentence, -1 for `start`. */
  paragraph: number;
  /** That paragraph's text ("" for `start`). */
  text: string;
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
  /** Where the new section lands, for the sentence in the pane. */
  where: PlanWhere;
  /** The insertion of the rendered paragraphs. */
  insert: InsertParagraphsEdit;
  /** Renumbering of the following headings (same parent, same level), each guarded by its text. */
  renumber: ReplaceEdit[];
  paragraphs: NewParagraph[];
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

export interface Ctx {
  model: DocModel;
  roots: OutlineNode[];
  parentOf: Map<OutlineNode, OutlineNode | null>;
  /** First paragraph of the closing block (特此报告。, 落款, 成文日期), or the paragraph count. */
  closingStart: number;
}

export function context(model: DocModel): Ctx {
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

export function endOf(ctx: Ctx, n: OutlineNode): number {
  return Math.min(n.end, ctx.closingStart);
}

export function lastNonBlank(ctx: Ctx, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!isBlank(ctx.model.paragraphs[i].text)) return i;
  return from;
}

/** The innermost section holding paragraph `p`, null before the first heading or in the closing block. */
export function innermost(ctx: Ctx, p: number): OutlineNode | null {
  let found: OutlineNode | null = null;
  let level = ctx.roots;
  for (;;) {
    const node = level.find((n) => n.start <= p && p < endOf(ctx, n));
    if (!node) return found;
    found = node;
    level = node.children;
  }
}

export function allNodes(ctx: Ctx): OutlineNode[] {
  return [...ctx.parentOf.keys()];
}

/** The level sub-sections of `h` take: its children's, else the document's habit under that kind, else next. */
export function childLevelOf(ctx: Ctx, h: OutlineNode): HeadingLevel {
  if (h.children.length) return h.children[0].heading.level;
  const habit = allNodes(ctx).find((n) => n.heading.level === h.heading.level && n.children.length > 0);
  if (habit) return habit.children[0].heading.level;
  return Math.min(4, h.heading.level + 1) as HeadingLevel;
}

export function rootLevel(ctx: Ctx): HeadingLevel {
  return ctx.roots.length ? ctx.roots[0].heading.level : 1;
}

interface Spot {
  anchor: number;
  position: "before" | "after";
  /** Paragraph index from which siblings are "following" (renumbered). */
  from: number;
  where: PlanWhere;
}

function spotFor(ctx: Ctx, p: number, parent: OutlineNode | null, before: OutlineNode | null): Spot {
  const paras = ctx.model.paragraphs;
  const at = (kind: PlanWhere["kind"], paragraph: number): PlanWhere => ({
    kind,
    paragraph,
    text: paras[paragraph].text,
  });
  if (before)
    return {
      anchor: before.start,
      position: "before",
      from: before.start,
      where: at("before", before.start),
    };
  const siblings = parent ? parent.children : ctx.roots;
  const pos = Math.min(p, ctx.closingStart - 1);
  const holder =
    p >= ctx.closingStart && !parent
      ? siblings[siblings.length - 1]
      : siblings.find((c) => c.start <= pos && pos < endOf(ctx, c));
  if (holder) {
    const anchor = lastNonBlank(ctx, holder.start, endOf(ctx, holder));
    return { anchor, position: "after", from: endOf(ctx, holder), where: at("afterSection", holder.start) };
  }
  const next = siblings.find((c) => c.start > p);
  if (next)
    return { anchor: next.start, position: "before", from: next.start, where: at("before", next.start) };
  if (parent) {
    const anchor = lastNonBlank(ctx, parent.start, endOf(ctx, parent));
    return { anchor, position: "after", from: endOf(ctx, parent), where: at("endOfSection", parent.start) };
  }
  if (p >= ctx.closingStart) {
    const c = ctx.closingStart;
    return { anchor: c, position: "before", from: c, where: at("before", c) };
  }
  return { anchor: p, position: "after", from: p + 1, where: at("afterParagraph", p) };
}

/**
 * Place a section of `level` under `parent`: after the sibling section holding `p`, or before `before`
 * when given (the cursor at the start of that heading), and renumber the siblings that follow.
 */
export function place(
  ctx: Ctx,
  p: number,
  parent: OutlineNode | null,
  level: HeadingLevel,
  section: SectionData,
  values: FieldValues,
  before: OutlineNode | null = null,
  yearData?: YearData,
): InsertionPlan {
  const paras = ctx.model.paragraphs;
  const siblings = parent ? parent.children : ctx.roots;
  const { anchor, position, from, where } = spotFor(ctx, p, parent, before);

  const earlier = siblings.filter((c) => c.heading.level === level && c.start < from);
  const after = siblings.filter((c) => c.heading.level === level && c.start >= from);
  const number = earlier.length + 1;
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
    where,
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
