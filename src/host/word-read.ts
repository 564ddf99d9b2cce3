/**
 * Reading a Word document (queue only; the caller syncs once): the paragraphs with their format facts
 * and the cursor, turned into the engine's DocModel and CursorInfo. Part of the Word adapter (word.ts).
 */
import type { BuiltInStyle, DocModel, Paragraph } from "../core/model";
import type { Alignment, CursorInfo } from "../terms";
import { withoutAnchors, type WordText } from "./word-text";

/**
 * What readModel loads on each paragraph, as a load-options object checked by the compiler against the
 * real @types/office-js (`satisfies Word.Interfaces.ParagraphLoadOptions`: a misspelt or missing property
 * fails tsc). WordApi 1.3 for the facts, in the same single read: the label of automatic list numbering
 * (ParagraphLoadOptions.listItemOrNullObject → ListItemLoadOptions.listString, both WordApi 1.3).
 */
const READ_SHAPE = {
  text: true,
  style: true,
  styleBuiltIn: true,
  outlineLevel: true,
  isListItem: true,
  tableNestingLevel: true,
  alignment: true,
  firstLineIndent: true,
  leftIndent: true,
  lineSpacing: true,
  font: { name: true, size: true, bold: true },
  listItemOrNullObject: { listString: true },
} satisfies Word.Interfaces.ParagraphLoadOptions;

type Shape = { readonly [key: string]: true | Shape };
const pathsOf = (shape: Shape, prefix = ""): string[] =>
  Object.entries(shape).flatMap(([k, v]) => (v === true ? [prefix + k] : pathsOf(v, `${prefix}${k}/`)));

/** READ_SHAPE as the string path list readModel loads on the collection (no "items/" prefix). */
export const READ_PROPS = pathsOf(READ_SHAPE).join(",");

const BUILT_IN: ReadonlySet<string> = new Set([
  "Normal",
  "Title",
  "Heading1",
  "Heading2",
  "Heading3",
  "Heading4",
]);

const ALIGN_IN: Record<string, Alignment> = {
  Left: "left",
  Centered: "centered",
  Right: "right",
  Justified: "justified",
  Distributed: "distributed",
};

function nonEmpty<T>(v: T | null | undefined | ""): T | undefined {
  return v === null || v === undefined || v === "" ? undefined : (v as T);
}

function finiteNumber(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** The list label of a paragraph loaded with READ_PROPS (undefined when it is no list item). */
function listLabelOf(p: Word.Paragraph): string | undefined {
  if (p.isListItem !== true) return undefined;
  const item = p.listItemOrNullObject;
  if (!item || item.isNullObject) return undefined;
  const label = nonEmpty(item.listString);
  return typeof label === "string" ? label.trim() || undefined : undefined;
}

/** `text`: the writer's text (word-texts.ts); default: paragraph.text without Mac's comment marks. */
function toParagraph(p: Word.Paragraph, text?: WordText): Paragraph {
  const out: Paragraph = { text: text ? text.text : withoutAnchors(p.text) };
  const style = nonEmpty(p.style);
  if (style !== undefined) out.style = style;
  const builtIn = nonEmpty(p.styleBuiltIn as string);
  if (builtIn !== undefined) out.styleBuiltIn = (BUILT_IN.has(builtIn) ? builtIn : "Other") as BuiltInStyle;
  const outline = finiteNumber(p.outlineLevel);
  if (outline !== undefined) out.outlineLevel = outline;
  if (typeof p.isListItem === "boolean") out.isListItem = p.isListItem;
  const label = listLabelOf(p);
  if (label !== undefined) out.listLabel = label;
  const nesting = finiteNumber(p.tableNestingLevel);
  if (nesting !== undefined) out.tableNestingLevel = nesting;
  const align = ALIGN_IN[p.alignment as string];
  if (align) out.alignment = align;
  const first = finiteNumber(p.firstLineIndent);
  if (first !== undefined) out.firstLineIndent = first;
  const left = finiteNumber(p.leftIndent);
  if (left !== undefined) out.leftIndent = left;
  const spacing = finiteNumber(p.lineSpacing);
  if (spacing !== undefined) out.lineSpacing = spacing;
  const font = p.font;
  const name = nonEmpty(font.name);
  if (name !== undefined) out.fontName = name;
  const size = finiteNumber(font.size);
  if (size !== undefined) out.fontSize = size;
  if (typeof font.bold === "boolean") out.bold = font.bold;
  return out;
}

/** One paragraph loaded with READ_PROPS, as the engine's Paragraph. */
export const paragraphOf = toParagraph;

/** Queue the load of the whole document (no sync); read it with modelOf after the sync. */
export function queueModel(context: Word.RequestContext): Word.ParagraphCollection {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(READ_PROPS);
  return paragraphs;
}

/** The model from the paragraphs loaded by queueModel (after the sync), with their texts (word-texts.ts). */
export function modelOf(paragraphs: Word.ParagraphCollection, texts?: readonly WordText[]): DocModel {
  return { paragraphs: paragraphs.items.map((p, i) => toParagraph(p, texts?.[i])) };
}

export interface CursorLoads {
  selection: Word.Range;
  first: Word.Paragraph;
  before: Word.ParagraphCollection;
  head: Word.Range;
}

/**
 * Queue the loads that locate the cursor (no sync): the selection's text, its first paragraph, the
 * paragraphs up to it (their count is the index) and the text from that paragraph's start to the caret.
 * Read them with cursorOf after the sync.
 */
export function queueCursor(context: Word.RequestContext): CursorLoads {
  const selection = context.document.getSelection();
  selection.load("text");
  const first = selection.paragraphs.getFirst();
  // eslint-disable-next-line office-addins/no-navigational-load -- tableNestingLevel is a scalar (WordApi 1.3)
  first.load("text,tableNestingLevel");
  const upTo = context.document.body.getRange("Start").expandTo(first.getRange("End"));
  const before = upTo.paragraphs;
  before.load("tableNestingLevel"); // only the count is needed; a small scalar keeps the payload light
  const head = first.getRange("Start").expandTo(selection.getRange("Start"));
  head.load("text");
  return { selection, first, before, head };
}

/**
 * The cursor from the ranges loaded by queueCursor (after the sync). `texts` (readContext): the writer's
 * texts, to count the caret's offset without text deleted under track changes (Word on the web).
 */
export function cursorOf(loads: CursorLoads, texts?: readonly WordText[]): CursorInfo {
  const paragraph = loads.before.items.length - 1;
  const head = withoutAnchors(loads.head.text);
  const map = texts?.[paragraph]?.map;
  // The writer's offset: how many of the paragraph's own characters lie before the caret.
  const offset = map ? map.filter((at, i) => i < map.length - 1 && at < head.length).length : head.length;
  const firstText: string = texts?.[paragraph]?.text ?? withoutAnchors(loads.first.text);
  const selectedText = withoutAnchors(loads.selection.text);
  const inParagraph = selectedText.split(/\r|\n/)[0] ?? "";
  return {
    paragraph,
    offset,
    length: Math.max(0, Math.min(inParagraph.length, firstText.length - offset)),
    selectedText,
    inTable: loads.first.tableNestingLevel > 0,
  };
}
