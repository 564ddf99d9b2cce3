/**
 * Writing to a WPS document: formats by role and template fields. Part of the WPS host (src/host/wps).
 * Positions are story positions (see api.ts); every helper works on positions that are valid when it runs.
 */
import type { FieldSpan } from "../../core/edits";
import type { ParagraphFacts } from "../../core/model";
import type { Alignment } from "../../terms";
import { WD_ALIGN, WD_CONTENT_CONTROL_RICH_TEXT, WD_LINE_SPACE_EXACTLY, type WpsDocumentApi } from "./api";

/** Tag of the content controls that hold template fields (the same tag as in Word). */
export const FIELD_TAG = "lianzheng-field";

export const ALIGN_OUT: Record<Alignment, number> = {
  left: WD_ALIGN.left,
  centered: WD_ALIGN.center,
  right: WD_ALIGN.right,
  justified: WD_ALIGN.justify,
  distributed: WD_ALIGN.distribute,
};

/** Local style names WPS knows for the engine's built-in styles (中文 UI; the English names also resolve). */
export const STYLE_OUT: Record<string, string> = {
  Normal: "正文",
  Title: "标题",
  Heading1: "标题 1",
  Heading2: "标题 2",
  Heading3: "标题 3",
  Heading4: "标题 4",
};

/** Set format facts on the paragraphs of [start, end) (the range of one paragraph's text). */
export function applyFormat(doc: WpsDocumentApi, start: number, end: number, f: ParagraphFacts): void {
  const range = doc.Range(start, end);
  const style = f.styleBuiltIn && f.styleBuiltIn !== "Other" ? STYLE_OUT[f.styleBuiltIn] : f.style;
  if (style) range.Style = style;
  const format = range.ParagraphFormat;
  if (f.alignment) format.Alignment = ALIGN_OUT[f.alignment];
  if (f.firstLineIndent !== undefined) format.FirstLineIndent = f.firstLineIndent;
  if (f.leftIndent !== undefined) format.LeftIndent = f.leftIndent;
  if (f.lineSpacing !== undefined) {
    format.LineSpacingRule = WD_LINE_SPACE_EXACTLY;
    format.LineSpacing = f.lineSpacing;
  }
  if (start === end) return; // an empty paragraph has no characters to carry a font
  const font = range.Font;
  if (f.fontName !== undefined) font.Name = f.fontName;
  if (f.fontSize !== undefined) font.Size = f.fontSize;
  if (f.bold !== undefined) font.Bold = f.bold ? -1 : 0;
}

/**
 * Wrap the fields of text inserted at `base` in content controls tagged for the add-in, last first so that
 * the positions of the earlier ones stay valid. Without content controls the 【…】 text is the mark:
 * nextField finds it by text, and the checker flags it while it is unfilled.
 */
export function addFields(
  doc: WpsDocumentApi,
  base: number,
  text: string,
  fields: readonly FieldSpan[] | undefined,
): void {
  const controls = doc.ContentControls;
  if (!controls || !fields) return;
  const ordered = [...fields].filter((f) => f.length > 0).sort((a, b) => b.offset - a.offset);
  for (const field of ordered) {
    const start = base + field.offset;
    const cc = controls.Add(WD_CONTENT_CONTROL_RICH_TEXT, doc.Range(start, start + field.length));
    cc.Tag = FIELD_TAG;
    const fieldText = text.slice(field.offset, field.offset + field.length);
    cc.Title = fieldText.replace(/^【|】$/g, "") || field.name;
  }
}

/** VBA's paragraph mark. */
export const toStory = (text: string): string => text.replace(/\r\n|\n/g, "\r");
