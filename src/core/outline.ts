/**
 * The outline of a report: its numbered headings as a tree of sections, with the title, 主送, 导语,
 * 落款 and 成文日期 lines and the 一是/首先/第一 enumerations (GENRE.md sections 3-4, DESIGN.md
 * section 5). Pure TypeScript. The pieces live next to it: heading markers in outline-markers.ts, the
 * parts around the body in outline-parts.ts, enumerations in outline-enumerations.ts.
 */
import type { DocModel, Paragraph } from "./model";
import type { DocStructure, Enumeration, OutlineNode } from "./outline-types";
import { paragraphHeading, type MarkedHeading } from "./outline-markers";
import { findClosing, findFrontMatter, inTable } from "./outline-parts";
import { collectEnumerations } from "./outline-enumerations";
import { isBlank, trimSpan } from "./text-utils";

/** A heading of the tree, with what the tree builder knows of it. */
export interface HeadingEx extends MarkedHeading {
  /**
   * A stand-alone 1. or （1） line that is an item of a list rather than a heading over body text: it
   * heads no body paragraph, or one item of its series ends with ； (分项列举), or the series is led
   * in by a line ending with a colon. Set by buildOutline.
   */
  listItem?: boolean;
}

/** Structure with the optional extensions this module adds. */
export interface DocStructureEx extends DocStructure {
  headings: HeadingEx[];
  /** All 落款 lines (unit, then person), top to bottom; `signature` is the first. */
  signatureLines: number[];
  /** The title's lines (two when it is broken over two paragraphs); `title` is the first. */
  titleLines: number[];
  /**
   * 一是/二是 words that follow a comma (，二是) instead of starting a sentence: not enumerations by
   * the genre's rule, listed so a checker can say so instead of reporting a gap in the series.
   */
  midSentenceEnumerations: Enumeration[];
}

/**
 * Recognise the structure of a report. Paragraphs inside table cells are never headings, title,
 * 主送, 落款 or date, and their enumerations are not collected.
 */
export function buildOutline(model: DocModel): DocStructureEx {
  const paras = model.paragraphs;
  const count = paras.length;
  const headings: HeadingEx[] = [];
  const headingAt: (HeadingEx | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = paras[i];
    if (inTable(p)) continue;
    const h = paragraphHeading(p, i);
    if (h) {
      headings.push(h);
      headingAt[i] = h;
    }
  }
  const firstHeading = headings.length ? headings[0].paragraph : count;
  const { title, titleLines, addressee, opening, byline, headDate } = findFrontMatter(paras, firstHeading);
  const floor = Math.max(
    headings.length ? headings[headings.length - 1].paragraph : -1,
    opening ?? -1,
    title ?? -1,
  );
  const { date, signatureLines } = findClosing(paras, floor);
  const signature = signatureLines.length ? signatureLines[0] : null;
  const bodyEnd = Math.min(signature ?? count, date ?? count);
  const roots = buildTree(headings, bodyEnd);
  markListItems(paras, roots, headingAt, bodyEnd);
  const skip = new Set([...titleLines, addressee, date, ...signatureLines]);
  const { enumerations, midSentenceEnumerations } = collectEnumerations(paras, headingAt, skip);
  return {
    title,
    addressee,
    opening,
    signature,
    date,
    byline,
    headDate,
    headings,
    roots,
    enumerations,
    signatureLines,
    titleLines,
    midSentenceEnumerations,
  };
}

/**
 * The tree: a marker kind already open on the path makes a sibling; a level-1 marker is always a
 * root; any other new kind goes under the current heading (so a skipped level gives depth 2 and a
 * reversed order such as 1. then （一） still nests, for the checker to flag). Sets each heading's
 * depth; a section ends where the next heading at the same or a smaller depth starts, the last ones
 * at `bodyEnd`.
 */
function buildTree(headings: readonly HeadingEx[], bodyEnd: number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  for (const h of headings) {
    let at = -1;
    for (let s = stack.length - 1; s >= 0; s--)
      if (stack[s].heading.level === h.level) {
        at = s;
        break;
      }
    if (at >= 0) stack.length = at;
    else if (h.level === 1) stack.length = 0;
    h.depth = stack.length + 1;
    const node: OutlineNode = { heading: h, children: [], start: h.paragraph, end: bodyEnd };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else roots.push(node);
    stack.push(node);
    nodes.push(node);
  }
  const open: OutlineNode[] = [];
  for (const node of nodes) {
    while (open.length && open[open.length - 1].heading.depth >= node.heading.depth)
      open.pop()!.end = node.start;
    open.push(node);
  }
  for (const node of nodes) if (node.end < node.start + 1) node.end = node.start + 1;
  return roots;
}

/** Set HeadingEx.listItem on the 1. and （1） lines of the tree (see there). */
function markListItems(
  paras: readonly Paragraph[],
  roots: readonly OutlineNode[],
  headingAt: readonly (HeadingEx | undefined)[],
  bodyEnd: number,
): void {
  const next = (p: number) => {
    let k = p + 1;
    while (k < bodyEnd && isBlank(paras[k].text)) k++;
    return k;
  };
  const prev = (p: number) => {
    let k = p - 1;
    while (k >= 0 && isBlank(paras[k].text)) k--;
    return k;
  };
  const lastMark = (p: number) => {
    const t = trimSpan(paras[p].text).text;
    return t[t.length - 1] ?? "";
  };
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const level of [3, 4] as const) {
      const same = nodes.filter((n) => n.heading.level === level);
      if (same.length === 0) continue;
      const series = same.some((n) => !n.heading.runIn && "；;".includes(lastMark(n.heading.paragraph)));
      const first = same[0].heading.paragraph;
      const before = prev(first);
      const ledIn =
        before >= 0 && headingAt[before] === undefined && /[：:]$/.test(trimSpan(paras[before].text).text);
      for (const n of same) {
        const h = n.heading as HeadingEx;
        const k = next(h.paragraph);
        const headsBody = k < bodyEnd && headingAt[k] === undefined && !inTable(paras[k]);
        h.listItem = series || ledIn || !headsBody;
      }
    }
    for (const n of nodes) walk(n.children);
  };
  walk(roots);
}

/** The title's lines, top to bottom ([] without a title): two when it is broken over two paragraphs. */
export function titleLinesOf(structure: DocStructure): number[] {
  const lines = (structure as Partial<DocStructureEx>).titleLines;
  if (lines && lines.length > 0) return lines;
  return structure.title !== null ? [structure.title] : [];
}

/**
 * The title as one text, its lines trimmed and joined (中共某县委员会 / 关于2024年度……的报告), with where
 * each line starts in it; "" without a title.
 */
export function titleTextOf(
  structure: DocStructure,
  paras: readonly Pick<Paragraph, "text">[],
): { text: string; lines: { paragraph: number; at: number; offset: number }[] } {
  let text = "";
  const lines: { paragraph: number; at: number; offset: number }[] = [];
  for (const i of titleLinesOf(structure)) {
    const span = trimSpan(paras[i]?.text ?? "");
    lines.push({ paragraph: i, at: text.length, offset: span.start });
    text += span.text;
  }
  return { text, lines };
}

/** The innermost outline node whose section contains the paragraph, or null. */
export function sectionAt(structure: DocStructure, paragraph: number): OutlineNode | null {
  let found: OutlineNode | null = null;
  let level = structure.roots;
  for (;;) {
    const node = level.find((n) => n.start <= paragraph && paragraph < n.end);
    if (!node) return found;
    found = node;
    level = node.children;
  }
}

/** Every node of the tree in document order. */
export function flattenOutline(roots: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (ns: readonly OutlineNode[]) => {
    for (const n of ns) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}
