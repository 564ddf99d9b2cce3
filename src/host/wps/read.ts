/**
 * Reading a WPS document through the synchronous object model: the paragraphs with their format facts, their
 * positions, and the cursor. Part of the WPS host (src/host/wps); one call per property, in process.
 */
import type { BuiltInStyle, Paragraph } from "../../core/model";
import type { Alignment, CursorInfo } from "../../terms";
import {
  WD_ALIGN,
  WD_LINE_SPACE_EXACTLY,
  WD_WITH_IN_TABLE,
  type WpsApplicationApi,
  type WpsDocumentApi,
  type WpsStyleApi,
} from "./api";

const ALIGN_IN: Record<number, Alignment> = {
  [WD_ALIGN.left]: "left",
  [WD_ALIGN.center]: "centered",
  [WD_ALIGN.right]: "right",
  [WD_ALIGN.justify]: "justified",
  [WD_ALIGN.distribute]: "distributed",
};

/** Local names of the built-in styles the engine knows (WPS 中文 and English UI). */
const BUILT_IN: Record<string, BuiltInStyle> = {
  正文: "Normal",
  Normal: "Normal",
  标题: "Title",
  Title: "Title",
  "标题 1": "Heading1",
  "Heading 1": "Heading1",
  "标题 2": "Heading2",
  "Heading 2": "Heading2",
  "标题 3": "Heading3",
  "Heading 3": "Heading3",
  "标题 4": "Heading4",
  "Heading 4": "Heading4",
};

/** A paragraph's text without its paragraph mark (and a table cell's end mark). */
export function stripMark(text: string): string {
  const cellEnd = text.endsWith("\x07") ? text.slice(0, -1) : text;
  return cellEnd.replace(/[\r\n]$/, "");
}

/** The engine's built-in style for a local style name ("Other" for the rest, undefined without a name). */
export function builtInOf(name: string | undefined): BuiltInStyle | undefined {
  return name === undefined ? undefined : (BUILT_IN[name] ?? "Other");
}

export function styleName(style: WpsStyleApi | string | null | undefined): string | undefined {
  if (typeof style === "string") return style || undefined;
  const name = style?.NameLocal;
  return typeof name === "string" && name !== "" ? name : undefined;
}

const finite = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** A paragraph as read, with where it starts in the story. */
export interface ReadParagraph {
  start: number;
  paragraph: Paragraph;
}

/** Texts and starts only (the guard of applyEdits, select, nextField): two calls per paragraph. */
export function readTexts(doc: WpsDocumentApi): { start: number; text: string }[] {
  const paragraphs = doc.Paragraphs;
  const count = paragraphs.Count;
  const out: { start: number; text: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const range = paragraphs.Item(i).Range;
    out.push({ start: range.Start, text: stripMark(range.Text) });
  }
  return out;
}

/** The whole document with the format facts the checker and 排版 use. */
export function readParagraphs(doc: WpsDocumentApi): ReadParagraph[] {
  const paragraphs = doc.Paragraphs;
  const count = paragraphs.Count;
  const out: ReadParagraph[] = [];
  for (let i = 1; i <= count; i++) {
    const para = paragraphs.Item(i);
    const range = para.Range;
    const p: Paragraph = { text: stripMark(range.Text) };
    const style = styleName(para.Style);
    if (style !== undefined) {
      p.style = style;
      p.styleBuiltIn = BUILT_IN[style] ?? "Other";
    }
    const outline = finite(para.OutlineLevel);
    if (outline !== undefined) p.outlineLevel = outline;
    const format = range.ParagraphFormat;
    const align = ALIGN_IN[format.Alignment];
    if (align) p.alignment = align;
    const first = finite(format.FirstLineIndent);
    if (first !== undefined) p.firstLineIndent = first;
    const left = finite(format.LeftIndent);
    if (left !== undefined) p.leftIndent = left;
    if (format.LineSpacingRule === WD_LINE_SPACE_EXACTLY) {
      const spacing = finite(format.LineSpacing);
      if (spacing !== undefined) p.lineSpacing = spacing;
    }
    const font = range.Font;
    // The East Asian font is the paragraph's font for Chinese text; the Latin one is told apart ("" when mixed).
    const farEast = font.NameFarEast;
    if (typeof farEast === "string" && farEast !== "") p.fontName = farEast;
    const ascii = font.NameAscii;
    if (typeof ascii === "string" && ascii !== "") p.fontNameAscii = ascii;
    const size = finite(font.Size);
    if (size !== undefined && size < 1000) p.fontSize = size; // 9999999: mixed sizes
    const bold = font.Bold;
    if (bold === true || bold === -1) p.bold = true;
    else if (bold === false || bold === 0) p.bold = false;
    p.tableNestingLevel = range.Information(WD_WITH_IN_TABLE) === true ? 1 : 0;
    out.push({ start: range.Start, paragraph: p });
  }
  return out;
}

/** Index of the paragraph holding story position `pos` (binary search over the starts). */
export function paragraphAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The cursor: a binary search over paragraph starts (O(log n) calls), then the selection's offsets. */
export function readCursor(app: WpsApplicationApi, doc: WpsDocumentApi): CursorInfo {
  const selection = app.Selection;
  const start = selection.Start;
  const end = selection.End;
  const selectedText = selection.Text ?? "";
  const paragraphs = doc.Paragraphs;
  const count = paragraphs.Count;
  let lo = 1;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs.Item(mid).Range.Start <= start) lo = mid;
    else hi = mid - 1;
  }
  const range = paragraphs.Item(lo).Range;
  const text = stripMark(range.Text);
  const offset = Math.max(0, Math.min(start - range.Start, text.length));
  const inTable = range.Information(WD_WITH_IN_TABLE) === true;
  return {
    paragraph: lo - 1,
    offset,
    length: Math.max(0, Math.min(end, range.Start + text.length) - start),
    selectedText: selectedText.replace(/\r/g, "\n").replace(/\n$/, ""),
    inTable,
  };
}
