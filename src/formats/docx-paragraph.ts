/**
 * One paragraph (w:p, as a formats/xml.ts tree with canonical names) -> a model Paragraph: its text
 * as Word gives it and its format facts. `readParagraph` is where the paragraph's own properties
 * (w:pPr) are read, on top of its style, the document defaults and the first run's properties.
 */
import { hasHan } from "../core/text-utils";
import type { Paragraph } from "../core/model";
import { attr, child, childrenOf, tagOf, textOf, type XmlNode } from "./xml";
import {
  defined,
  readParaProps,
  readRunProps,
  type ParaProps,
  type RunProps,
  type StyleSheet,
} from "./docx-styles";

/** Inline containers whose runs are part of the paragraph's text. */
export const INLINE_WRAPPERS = new Set([
  "w:hyperlink",
  "w:smartTag",
  "w:ins",
  "w:moveTo",
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
]);

interface RunAcc {
  text: string;
  /** First run with visible text, and first run with Chinese text (its font is the one that matters). */
  firstRun?: XmlNode;
  firstHanRun?: XmlNode;
}

function collectRuns(nodes: XmlNode[], acc: RunAcc): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:r") {
      const before = acc.text.length;
      readRun(n, acc);
      if (acc.text.length > before) {
        const added = acc.text.slice(before);
        if (!acc.firstRun && added.trim() !== "") acc.firstRun = n;
        if (!acc.firstHanRun && hasHan(added)) acc.firstHanRun = n;
      }
    } else if (INLINE_WRAPPERS.has(tag)) collectRuns(childrenOf(n), acc);
    // w:del, w:moveFrom, w:pPr, bookmarks, comments, math and drawings are not paragraph text.
  }
}

function readRun(run: XmlNode, acc: RunAcc): void {
  for (const c of childrenOf(run)) {
    switch (tagOf(c)) {
      case "w:t":
        for (const t of childrenOf(c)) acc.text += textOf(t);
        break;
      case "w:tab":
      case "w:ptab":
        acc.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        acc.text += "\v";
        break;
      case "w:noBreakHyphen":
        acc.text += "\u2011";
        break;
      case "w:sym": {
        const code = parseInt(attr(c, "w:char") ?? "", 16);
        if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) acc.text += String.fromCodePoint(code);
        break;
      }
      // w:delText, w:instrText, w:fldChar, w:rPr, drawings: not text.
    }
  }
}

export function readParagraph(p: XmlNode, nesting: number, styles: StyleSheet): Paragraph {
  const pPr = child(p, "w:pPr");
  const styleId = pPr ? attr(child(pPr, "w:pStyle") ?? {}, "w:val") : undefined;
  const style = styles.paragraphStyle(styleId);
  const acc: RunAcc = { text: "" };
  collectRuns(childrenOf(p), acc);

  const own = readParaProps(pPr);
  const pp: ParaProps = {
    ...defined(styles.defaults.p),
    ...defined(styles.paraProps(style?.id)),
    ...defined(own),
  };

  const fontRun = acc.firstHanRun ?? acc.firstRun;
  const rPr = fontRun ? child(fontRun, "w:rPr") : undefined;
  const runOwn = readRunProps(rPr, styles.theme);
  const rStyle = rPr ? attr(child(rPr, "w:rStyle") ?? {}, "w:val") : undefined;
  const rp: RunProps = {
    ...defined(styles.defaults.r),
    ...defined(styles.runProps(style?.id)),
    ...defined(styles.runProps(styles.charStyle(rStyle))),
    ...defined(runOwn),
  };

  const para: Paragraph = { text: acc.text, tableNestingLevel: nesting };
  if (style) {
    para.style = style.name;
    para.styleBuiltIn = styles.builtIn(style);
  }
  if (pp.outlineLevel !== undefined) para.outlineLevel = pp.outlineLevel;
  else if (style) {
    // Word gives the built-in "heading N" styles outline level N even when styles.xml omits it.
    const m = /^heading ([1-9])$/i.exec(style.name);
    if (m) para.outlineLevel = Number(m[1]);
  }
  para.isListItem = pp.numbered === true;
  const label = styles.lists?.label(pPr, style?.id);
  if (label !== undefined) para.listLabel = label;
  // Chinese text is drawn in the eastAsia font; a run of Latin letters and digits in the ascii one.
  const font = acc.firstHanRun || !acc.firstRun ? (rp.eastAsia ?? rp.ascii) : (rp.ascii ?? rp.eastAsia);
  if (font) para.fontName = font;
  if (rp.size !== undefined) para.fontSize = rp.size;
  para.bold = rp.bold === true;
  para.alignment = pp.alignment ?? "left";
  if (pp.firstLineChars !== undefined) para.firstLineIndent = pp.firstLineChars * (rp.size ?? 10.5);
  else if (pp.firstLine !== undefined) para.firstLineIndent = pp.firstLine;
  if (pp.left !== undefined) para.leftIndent = pp.left;
  if (pp.lineSpacing !== undefined) para.lineSpacing = pp.lineSpacing;
  return para;
}
