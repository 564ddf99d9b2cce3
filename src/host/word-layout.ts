/**
 * 一键排版 and 撤销排版 in Word (part of the Word adapter; queue and sync inside one Word.run).
 *
 * Budget: a plan of any size in ≤ 3 syncs (1: paragraph texts and formats for the guard and the
 * snapshot, the role styles imported; 2: the run-in heading sentences and the page located and read;
 * 3: every write, and the read-back of one paragraph's OOXML), undo in ≤ 3.
 *
 * What Word does that the reference does not say (see README "排版 per host"):
 * - Paragraph.lineSpacing set in points gives a MULTIPLE (value / 12 lines; office-js #2296, #3203) and
 *   Office.js has no line-spacing rule. Fixed spacing comes from paragraph styles (公文正文, 公文标题,
 *   公文一级标题…, based on the built-in ones) imported once as OOXML with w:lineRule="exact"; the
 *   result is verified by reading back a paragraph's OOXML. Without WordApi 1.5 (to find the style)
 *   line spacing is left alone and said.
 * - Font.name set to an East Asian font sets East Asian and Latin text; set to a Latin font it leaves
 *   East Asian text alone (Word's Font.Name). With WordApiDesktop 1.3 nameFarEast and nameAscii are
 *   set apart; without it only Font.name = the Chinese font (the Latin choice is said as not set).
 * - A run-in heading sentence is reached by search of the paragraph's own prefix; search can miss in
 *   a paragraph with a comment (Mac), a footnote reference or a tracked deletion: such a sentence is
 *   skipped (counted), never the batch.
 */
import type { LayoutPlan, PageSpec, SpanFormatEdit } from "../core/layout-plan";
import type { ParagraphFacts } from "../core/model";
import { isEditCurrent } from "../core/edits";
import { LAYOUT_STYLES } from "../genre/layout-profile-data";
import type { Alignment } from "../terms";
import type { KeyValueStore, LayoutCapabilities, LayoutGap, LayoutResult, UndoLayoutResult } from "./host";
import { planSpan } from "./word-span";
import { findPlan, foundAsPlanned } from "./word-write";

/** Where the snapshot of the last 排版 is kept in the document's settings. */
export const LAYOUT_UNDO_KEY = "layout.undo";

const ALIGN_OUT: Record<Alignment, Word.Alignment> = {
  left: "Left" as Word.Alignment,
  centered: "Centered" as Word.Alignment,
  right: "Right" as Word.Alignment,
  justified: "Justified" as Word.Alignment,
  distributed: "Justified" as Word.Alignment,
};

interface FontSnap {
  name?: string | null;
  nameFarEast?: string | null;
  nameAscii?: string | null;
  size?: number | null;
  bold?: boolean | null;
}

interface ParagraphSnap {
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

interface SpanSnap {
  index: number;
  text: string;
  length: number;
  font: FontSnap;
}

interface PageSnap {
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

/** What this Word can set, from the requirement sets and the platform (no round trip). */
export function detectLayoutCapabilities(): LayoutCapabilities {
  const req = Office.context.requirements;
  const desktop = req.isSetSupported("WordApiDesktop", "1.3");
  const api15 = req.isSetSupported("WordApi", "1.5");
  // diagnostics is undefined in some older hosts.
  const platform = String(
    (Office.context.diagnostics as Office.ContextInformation | undefined)?.platform ?? "",
  );
  return {
    pageSetup: desktop,
    pageNumbers: api15 && platform !== "OfficeOnline",
    separateFonts: desktop,
    exactLineSpacing: api15,
  };
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

function styleId(name: string): string {
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

function fontProps(caps: LayoutCapabilities): string {
  return caps.separateFonts
    ? "font/name,font/size,font/bold,font/nameFarEast,font/nameAscii"
    : "font/name,font/size,font/bold";
}

const SNAP_PROPS = "text,style,styleBuiltIn,isListItem,alignment,firstLineIndent,leftIndent,lineSpacing";

function fontSnap(font: Word.Font, caps: LayoutCapabilities): FontSnap {
  const snap: FontSnap = { name: font.name || null, size: font.size ?? null, bold: font.bold ?? null };
  if (caps.separateFonts) {
    snap.nameFarEast = font.nameFarEast || null;
    snap.nameAscii = font.nameAscii || null;
  }
  return snap;
}

/** Set fonts as the host can: East Asian and Latin apart, or Font.name = the Chinese font. */
function setFont(
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

function restoreFont(font: Word.Font, snap: FontSnap, caps: LayoutCapabilities): void {
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
function roleStyle(f: ParagraphFacts): string | null {
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

function writeParagraph(
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

function writePage(
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

interface SpanJob {
  edit: SpanFormatEdit;
  range?: Word.Range;
}

/** 一键排版 in ≤ 3 syncs; saves the snapshot for undo in the document's settings. */
export async function applyLayoutIn(
  context: Word.RequestContext,
  plan: LayoutPlan,
  caps: LayoutCapabilities,
  settings: KeyValueStore,
): Promise<LayoutResult> {
  const notSet = new Set<LayoutGap>();
  const doc = context.document;
  const paragraphs = doc.body.paragraphs;
  paragraphs.load(`${SNAP_PROPS},${fontProps(caps)}`);
  const spacing = plan.paragraphs.length > 0 && caps.exactLineSpacing;
  let probe: Word.Style | null = null;
  if (spacing) {
    doc.body
      .getRange("Start")
      .insertOoxml(roleStylesOoxml(plan.paragraphs[0].format.lineSpacing ?? 28.95), "Replace");
    probe = doc.getStyles().getByNameOrNullObject(LAYOUT_STYLES.Normal);
    probe.load("nameLocal");
  }
  const sections = doc.sections;
  sections.load("$none");
  await context.sync(); // 1: texts and formats (guard and snapshot), role styles
  const items = paragraphs.items;
  const current = items.map((p) => ({ text: p.text }));
  const exact = probe !== null && !probe.isNullObject;
  if (!exact) notSet.add("exactLineSpacing");

  // 2: the run-in heading sentences (search of the paragraph's own prefix) and the page as it is.
  const jobs: SpanJob[] = [];
  const found: { job: SpanJob; q: Word.Range; text: string }[] = [];
  for (const edit of plan.spans) {
    const job: SpanJob = { edit };
    jobs.push(job);
    if (!isEditCurrent({ ...edit, kind: "format", format: {} }, current)) continue;
    const sp = planSpan(edit.expected, edit.offset, edit.length);
    if (!sp || sp.kind !== "q") continue;
    const f = findPlan(items[edit.paragraph], sp, true);
    if (!f.q) continue;
    f.q.load(`text,${fontProps(caps)}`);
    found.push({ job, q: f.q, text: sp.q });
  }
  let pageBefore: { ps: Word.PageSetup | null; footer: Word.Body | null } | null = null;
  const first = sections.items[0];
  if (first) {
    const ps = caps.pageSetup ? first.pageSetup : null;
    ps?.load("paperSize,topMargin,bottomMargin,leftMargin,rightMargin,oddAndEvenPagesHeaderFooter");
    const footer = plan.page.pageNumbers && caps.pageNumbers ? first.getFooter("Primary") : null;
    footer?.load("text");
    pageBefore = { ps, footer };
  }
  await context.sync();

  // 3: every write, then one paragraph's OOXML to verify the fixed spacing.
  const snapshot: LayoutSnapshot = { version: 1, paragraphs: [], spans: [], page: null };
  const stale: number[] = [];
  let applied = 0;
  let verify: OfficeExtension.ClientResult<string> | null = null;
  plan.paragraphs.forEach((edit, i) => {
    if (!isEditCurrent(edit, current)) {
      stale.push(i);
      return;
    }
    const p = items[edit.paragraph];
    snapshot.paragraphs.push({
      index: edit.paragraph,
      text: p.text,
      style: p.style,
      alignment: p.alignment,
      firstLineIndent: p.firstLineIndent,
      leftIndent: p.leftIndent,
      lineSpacing: p.lineSpacing,
      font: fontSnap(p.font, caps),
    });
    writeParagraph(p, edit.format, exact, caps);
    if (exact && !verify && roleStyle(edit.format)) verify = p.getOoxml();
    applied++;
  });
  let spansSkipped = jobs.length - found.length;
  for (const { job, q, text } of found) {
    if (!foundAsPlanned({ kind: "q", q: text, from: 0 }, { q })) {
      spansSkipped++;
      continue;
    }
    snapshot.spans.push({
      index: job.edit.paragraph,
      text: job.edit.expected,
      length: job.edit.length,
      font: fontSnap(q.font, caps),
    });
    setFont(q.font, job.edit.font, caps);
  }
  if (spansSkipped > 0) notSet.add("runInHeadings");
  if (pageBefore) {
    const { ps, footer } = pageBefore;
    if (ps) {
      snapshot.page = {
        paperSize: ps.paperSize,
        topMargin: ps.topMargin,
        bottomMargin: ps.bottomMargin,
        leftMargin: ps.leftMargin,
        rightMargin: ps.rightMargin,
        oddAndEvenPagesHeaderFooter: ps.oddAndEvenPagesHeaderFooter,
        footersEmpty: footer ? footer.text.trim() === "" : true,
      };
    }
    writePage(sections, plan.page, caps, notSet);
  }
  if (!caps.separateFonts) notSet.add("latinFont");
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has its value after the sync
  const ooxml = (verify as OfficeExtension.ClientResult<string> | null)?.value;
  if (exact && ooxml !== undefined && !/w:lineRule="exact"/.test(ooxml)) notSet.add("exactLineSpacing");
  if (snapshot.paragraphs.length + snapshot.spans.length > 0 || snapshot.page) {
    try {
      await settings.set(LAYOUT_UNDO_KEY, snapshot);
    } catch {
      // The snapshot stays in memory (the host keeps the last one); the pane still offers undo this session.
    }
  }
  return { applied, stale, spansSkipped, notSet: [...notSet] };
}

/** 撤销排版 in ≤ 3 syncs: formats of the snapshot put back where the paragraph text is unchanged. */
export async function undoLayoutIn(
  context: Word.RequestContext,
  snapshot: LayoutSnapshot,
  caps: LayoutCapabilities,
): Promise<UndoLayoutResult> {
  const doc = context.document;
  const paragraphs = doc.body.paragraphs;
  paragraphs.load("text");
  const sections = doc.sections;
  sections.load("$none");
  await context.sync(); // 1: the guard
  const items = paragraphs.items;
  let restored = 0;
  let skipped = 0;
  const spanRanges: { snap: SpanSnap; q: Word.Range; text: string }[] = [];
  for (const snap of snapshot.spans) {
    const p = items[snap.index];
    const sp = p && p.text === snap.text ? planSpan(snap.text, 0, snap.length) : null;
    if (!sp || sp.kind !== "q") {
      skipped++;
      continue;
    }
    const f = findPlan(p, sp, true);
    f.q!.load("text");
    spanRanges.push({ snap, q: f.q!, text: sp.q });
  }
  if (spanRanges.length > 0) await context.sync(); // 2: the run-in sentences
  for (const snap of snapshot.paragraphs) {
    const p = items[snap.index];
    if (!p || p.text !== snap.text) {
      skipped++;
      continue;
    }
    p.style = snap.style;
    const align = snap.alignment as Word.Alignment;
    if (["Left", "Centered", "Right", "Justified"].includes(snap.alignment)) p.alignment = align;
    p.firstLineIndent = snap.firstLineIndent;
    p.leftIndent = snap.leftIndent;
    restoreFont(p.font, snap.font, caps);
    restored++;
  }
  for (const { snap, q, text } of spanRanges) {
    if (!foundAsPlanned({ kind: "q", q: text, from: 0 }, { q })) {
      skipped++;
      continue;
    }
    restoreFont(q.font, snap.font, caps);
    restored++;
  }
  const page = snapshot.page;
  const first = sections.items[0];
  if (page && first && caps.pageSetup) {
    const ps = first.pageSetup;
    ps.paperSize = page.paperSize as Word.PaperSize;
    ps.topMargin = page.topMargin;
    ps.bottomMargin = page.bottomMargin;
    ps.leftMargin = page.leftMargin;
    ps.rightMargin = page.rightMargin;
    ps.oddAndEvenPagesHeaderFooter = page.oddAndEvenPagesHeaderFooter;
    if (page.footersEmpty && caps.pageNumbers) {
      first.getFooter("Primary").clear();
      first.getFooter("EvenPages").clear();
    }
  }
  await context.sync(); // 3: the formats back
  return { restored, skipped };
}
