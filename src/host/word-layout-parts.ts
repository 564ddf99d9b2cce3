/**
 * The pieces of 一键排版 in Word (part of the Word adapter; queue only, never sync): what this Word can set,
 * the role styles as OOXML, fonts, paragraph and page formats, and the snapshot 撤销排版 restores.
 */
import type { PageSpec } from "../core/layout-plan";
import type { ParagraphFacts } from "../core/model";
import { LAYOUT_STYLES } from "../genre/layout-profile-data";
import type { Alignment } from "../terms";
import type { LayoutCapabilities, LayoutGap } from "./host";

export const ALIGN_OUT: Record<Alignment, Word.Alignment> = {
  left: "Left" as Word.Alignment,
  centered: "Centered" as Word.Alignment,
  right: "Right" as Word.Alignment,
  justified: "Justified" as Word.Alignment,
  distributed: "Justified" as Word.Alignment,
};

export interface FontSnap {
  name?: string | null;
  nameFarEast?: string | null;
  nameAscii?: string | null;
  size?: number | null;
  bold?: boolean | null;
}

export interface ParagraphSnap {
  index: number;
  /** The paragraph's text (formats do not change it): undo is guarded by it. */
  text: string;
  style: string;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  font: FontSnap;
}

export interface SpanSnap {
  index: number;
  text: string;
  length: number;
  font: FontSnap;
}

export interface PageSnap {
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  oddAndEvenPagesHeaderFooter: boolean;
  /** Footers were empty before: undo clears them. */
  footersEmpty: boolean;
}

export interface LayoutSnapshot {
  version: 1;
  paragraphs: ParagraphSnap[];
  spans: SpanSnap[];
  page: PageSnap | null;
}

/** The OOXML package that defines the role styles with fixed line spacing (imported once). */
export function roleStylesOoxml(lineSpacingPt: number): string {
  const line = Math.round(lineSpacingPt * 20);
  const style = (name: string, basedOn: string, outline: number | null) =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${styleId(name)}">` +
    `<w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/>` +
    (outline === null ? "" : `<w:outlineLvl w:val="${outline}"/>`) +
    `</w:pPr><w:rPr><w:color w:val="000000"/></w:rPr></w:style>`;
  const styles = [
    style(LAYOUT_STYLES.Normal, "Normal", null),
    style(LAYOUT_STYLES.Title, "Title", null),
    style(LAYOUT_STYLES.Heading1, "Heading1", 0),
    style(LAYOUT_STYLES.Heading2, "Heading2", 1),
    style(LAYOUT_STYLES.Heading3, "Heading3", 2),
    style(LAYOUT_STYLES.Heading4, "Heading4", 3),
  ].join("");
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
    `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
    `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body></w:body></w:document>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>` +
    `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles}</w:styles>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}

export function styleId(name: string): string {
  const ids: Record<string, string> = {
    [LAYOUT_STYLES.Normal]: "LzBody",
    [LAYOUT_STYLES.Title]: "LzTitle",
    [LAYOUT_STYLES.Heading1]: "LzHeading1",
    [LAYOUT_STYLES.Heading2]: "LzHeading2",
    [LAYOUT_STYLES.Heading3]: "LzHeading3",
    [LAYOUT_STYLES.Heading4]: "LzHeading4",
  };
  return ids[name] ?? "LzBody";
}

export function fontProps(caps: LayoutCapabilities): string {
  return caps.separateFonts
    ? "font/name,font/size,font/bold,font/nameFarEast,font/nameAscii"
    : "font/name,font/size,font/bold";
}

export const SNAP_PROPS =
  "text,style,styleBuiltIn,isListItem,alignment,firstLineIndent,leftIndent,lineSpacing";

export function fontSnap(font: Word.Font, caps: LayoutCapabilities): FontSnap {
  const snap: FontSnap = { name: font.name || null, size: font.size ?? null, bold: font.bold ?? null };
  if (caps.separateFonts) {
    snap.nameFarEast = font.nameFarEast || null;
    snap.nameAscii = font.nameAscii || null;
  }
  return snap;
}

/** Set fonts as the host can: East Asian and Latin apart, or Font.name = the Chinese font. */
export function setFont(
  font: Word.Font,
  f: { name?: string; nameAscii?: string; size?: number; bold?: boolean },
  caps: LayoutCapabilities,
): void {
  if (f.name !== undefined) {
    if (caps.separateFonts) {
      font.nameFarEast = f.name;
      font.nameAscii = f.nameAscii ?? f.name;
    } else {
      font.name = f.name;
    }
  }
  if (f.size !== undefined) font.size = f.size;
  if (f.bold !== undefined) font.bold = f.bold;
}

export function restoreFont(font: Word.Font, snap: FontSnap, caps: LayoutCapabilities): void {
  if (caps.separateFonts && snap.nameFarEast && snap.nameAscii) {
    font.nameFarEast = snap.nameFarEast;
    font.nameAscii = snap.nameAscii;
  } else if (snap.name) {
    font.name = snap.name;
  }
  if (typeof snap.size === "number") font.size = snap.size;
  if (typeof snap.bold === "boolean") font.bold = snap.bold;
}

/** The role style for a format (fixed spacing lives in it), or null to keep the paragraph's style. */
export function roleStyle(f: ParagraphFacts): string | null {
  const b = f.styleBuiltIn;
  if (
    b === "Normal" ||
    b === "Title" ||
    b === "Heading1" ||
    b === "Heading2" ||
    b === "Heading3" ||
    b === "Heading4"
  )
    return LAYOUT_STYLES[b];
  return null;
}

export function writeParagraph(
  p: Word.Paragraph,
  f: ParagraphFacts,
  exact: boolean,
  caps: LayoutCapabilities,
): void {
  const style = roleStyle(f);
  if (style && exact) p.style = style;
  else if (f.styleBuiltIn && f.styleBuiltIn !== "Other")
    p.styleBuiltIn = f.styleBuiltIn as Word.BuiltInStyleName;
  if (f.alignment) p.alignment = ALIGN_OUT[f.alignment];
  if (f.firstLineIndent !== undefined) p.firstLineIndent = f.firstLineIndent;
  if (f.leftIndent !== undefined) p.leftIndent = f.leftIndent;
  // Never Paragraph.lineSpacing: Word would make it a multiple (office-js #2296, #3203).
  setFont(p.font, { name: f.fontName, nameAscii: f.fontNameAscii, size: f.fontSize, bold: f.bold }, caps);
}

export function writePage(
  sections: Word.SectionCollection,
  page: PageSpec,
  caps: LayoutCapabilities,
  notSet: Set<LayoutGap>,
) {
  for (const section of sections.items) {
    if (caps.pageSetup) {
      const ps = section.pageSetup;
      ps.paperSize = "A4" as Word.PaperSize;
      ps.topMargin = page.topPt;
      ps.bottomMargin = page.bottomPt;
      ps.leftMargin = page.leftPt;
      ps.rightMargin = page.rightPt;
      if (page.pageNumbers && caps.pageNumbers) ps.oddAndEvenPagesHeaderFooter = true;
    }
    if (page.pageNumbers && caps.pageNumbers) {
      const pn = page.pageNumbers;
      const put = (type: "Primary" | "EvenPages", alignment: "Right" | "Left") => {
        const footer = section.getFooter(type);
        footer.clear();
        const p = footer.insertParagraph(pn.before, "Start");
        p.alignment = alignment as Word.Alignment;
        p.font.name = pn.fontName;
        p.font.size = pn.fontSizePt;
        p.getRange("End").insertField("End", "Page" as Word.FieldType);
        p.insertText(pn.after, "End");
      };
      put("Primary", "Right");
      if (caps.pageSetup) put("EvenPages", "Left");
    }
  }
  if (!caps.pageSetup) notSet.add("pageSetup");
  if (page.pageNumbers && !caps.pageNumbers) notSet.add("pageNumbers");
  if (page.pageNumbers && caps.pageNumbers && !caps.pageSetup) notSet.add("oddEvenFooters");
}
