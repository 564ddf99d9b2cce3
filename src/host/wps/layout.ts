/**
 * 一键排版 and 撤销排版 in WPS文字 (part of the WPS host; synchronous object-model calls). The plan is the one
 * the Word and memory hosts apply (core/layout-plan: the profile's formats by recognised element, the run-in
 * heading sentences, the page); WPS sets all of it:
 *
 * - East Asian and Latin fonts apart (Font.NameFarEast / NameAscii), size, bold where the profile names it;
 * - alignment, first-line indent in points (a character-unit indent, which would win, is cleared first),
 *   left indent, EXACT line spacing (LineSpacingRule = wdLineSpaceExactly, LineSpacing in points); spacing
 *   before and after set to 0 on the title and headings (WPS's heading styles carry their own);
 * - the built-in style the role names, only where the paragraph is not in it already;
 * - the run-in heading sentence by range (Document.Range over the sentence), the rest stays body;
 * - page setup and page numbers (layout-page.ts).
 *
 * Every paragraph is guarded by the text it was planned from; the formats it had are read first and kept
 * (layout-store.ts) so that 撤销排版 puts them back where the text is unchanged. What is written is kept even
 * when a call fails half-way (the snapshot is stored, then the error is reported).
 */
import type { LayoutPlan } from "../../core/layout-plan";
import type { ParagraphFacts } from "../../core/model";
import type { LayoutGap, LayoutResult, UndoLayoutResult } from "../host";
import {
  VBA_TRUE,
  WD_LINE_SPACE_EXACTLY,
  type WpsDocumentApi,
  type WpsRangeApi,
} from "./api";
import { fontSnap, restoreFont } from "./layout-font";
import { applyPage, undoPage } from "./layout-page";
import {
  SnapshotBuilder,
  textHash,
  type FontSnap,
  type FormatSnap,
  type WpsLayoutSnapshot,
} from "./layout-store";
import { builtInOf, stripMark, styleName } from "./read";
import { ALIGN_OUT, STYLE_OUT } from "./write";

const HEADING_LIKE: ReadonlySet<string> = new Set(["Title", "Heading1", "Heading2", "Heading3", "Heading4"]);

interface Read {
  range: WpsRangeApi;
  start: number;
  text: string;
}

/** A paragraph's range and text, read once per apply. */
function reader(doc: WpsDocumentApi): (index: number) => Read | null {
  const paragraphs = doc.Paragraphs;
  const count = paragraphs.Count;
  const cache = new Map<number, Read | null>();
  return (index) => {
    let r = cache.get(index);
    if (r === undefined) {
      if (!Number.isInteger(index) || index < 0 || index >= count) r = null;
      else {
        const range = paragraphs.Item(index + 1).Range;
        r = { range, start: range.Start, text: stripMark(range.Text) };
      }
      cache.set(index, r);
    }
    return r;
  };
}

/** Read what 排版 will change in a paragraph (before any write). */
function snapParagraph(range: WpsRangeApi, f: ParagraphFacts): FormatSnap {
  const format = range.ParagraphFormat;
  const snap: FormatSnap = {
    al: format.Alignment,
    fi: format.FirstLineIndent,
    li: format.LeftIndent,
    ls: format.LineSpacing,
    lr: format.LineSpacingRule,
    font: fontSnap(range.Font),
  };
  const cu = format.CharacterUnitFirstLineIndent;
  if (typeof cu === "number" && cu !== 0) snap.cu = cu;
  const target = f.styleBuiltIn && f.styleBuiltIn !== "Other" ? f.styleBuiltIn : undefined;
  if (target) {
    const style = styleName(range.Style);
    if (builtInOf(style) !== target) snap.st = style ?? STYLE_OUT.Normal;
    if (HEADING_LIKE.has(target)) {
      snap.sb = format.SpaceBefore;
      snap.sa = format.SpaceAfter;
    }
  }
  return snap;
}

function writeParagraph(range: WpsRangeApi, f: ParagraphFacts, snap: FormatSnap): void {
  if (snap.st !== undefined && f.styleBuiltIn) range.Style = STYLE_OUT[f.styleBuiltIn] ?? STYLE_OUT.Normal;
  const format = range.ParagraphFormat;
  if (f.alignment) format.Alignment = ALIGN_OUT[f.alignment];
  if (f.firstLineIndent !== undefined) {
    if (snap.cu !== undefined) format.CharacterUnitFirstLineIndent = 0;
    format.FirstLineIndent = f.firstLineIndent;
  }
  if (f.leftIndent !== undefined) format.LeftIndent = f.leftIndent;
  if (f.lineSpacing !== undefined) {
    format.LineSpacingRule = WD_LINE_SPACE_EXACTLY;
    format.LineSpacing = f.lineSpacing;
  }
  if (snap.sb !== undefined) format.SpaceBefore = 0;
  if (snap.sa !== undefined) format.SpaceAfter = 0;
  const font = range.Font;
  if (f.fontName !== undefined) {
    font.NameFarEast = f.fontName;
    font.NameAscii = f.fontNameAscii ?? f.fontName;
  }
  if (f.fontSize !== undefined) font.Size = f.fontSize;
  if (f.bold !== undefined) font.Bold = f.bold ? VBA_TRUE : 0;
}

/**
 * 一键排版. `keep` stores the snapshot (the document's variables); it runs even when a call fails half-way,
 * with what was written until then.
 */
export async function applyLayout(
  doc: WpsDocumentApi,
  plan: LayoutPlan,
  keep: (snapshot: WpsLayoutSnapshot) => Promise<void>,
): Promise<LayoutResult> {
  const read = reader(doc);
  const builder = new SnapshotBuilder();
  const gaps = new Set<LayoutGap>();
  const stale: number[] = [];
  let applied = 0;
  let spansSkipped = 0;
  try {
    // Guard and read everything first (the run-in sentences before their paragraphs' body font is set).
    const jobs: { read: Read; format: ParagraphFacts; snap: FormatSnap; index: number }[] = [];
    plan.paragraphs.forEach((edit, i) => {
      const r = read(edit.paragraph);
      if (!r || r.text !== edit.expected) return void stale.push(i);
      jobs.push({
        read: r,
        format: edit.format,
        snap: snapParagraph(r.range, edit.format),
        index: edit.paragraph,
      });
    });
    const spans: { range: WpsRangeApi; edit: LayoutPlan["spans"][number]; font: FontSnap }[] = [];
    for (const edit of plan.spans) {
      const r = read(edit.paragraph);
      if (!r || r.text !== edit.expected || edit.offset + edit.length > r.text.length) {
        spansSkipped++;
        continue;
      }
      const start = r.start + edit.offset;
      const range = doc.Range(start, start + edit.length);
      spans.push({ range, edit, font: fontSnap(range.Font) });
    }
    for (const job of jobs) {
      builder.paragraph(job.index, job.read.text, job.snap);
      writeParagraph(job.read.range, job.format, job.snap);
      applied++;
    }
    for (const { range, edit, font } of spans) {
      builder.snapshot.spans.push({
        i: edit.paragraph,
        h: textHash(edit.expected),
        o: edit.offset,
        n: edit.length,
        font,
      });
      const f = range.Font;
      f.NameFarEast = edit.font.name;
      f.NameAscii = edit.font.nameAscii ?? edit.font.name;
      if (edit.font.bold !== undefined) f.Bold = edit.font.bold ? VBA_TRUE : 0;
    }
    if (spansSkipped > 0) gaps.add("runInHeadings");
    applyPage(doc, plan.page, gaps, builder.snapshot.pages);
  } finally {
    if (!builder.empty) await keep(builder.snapshot);
  }
  return { applied, stale, spansSkipped, notSet: [...gaps] };
}

/** 撤销排版: the formats of the snapshot put back where the paragraph's text is unchanged. */
export function undoLayout(doc: WpsDocumentApi, snapshot: WpsLayoutSnapshot): UndoLayoutResult {
  const read = reader(doc);
  let restored = 0;
  let skipped = 0;
  for (const [index, hash, id] of snapshot.paragraphs) {
    const r = read(index);
    const snap = snapshot.formats[id];
    if (!r || !snap || textHash(r.text) !== hash) {
      skipped++;
      continue;
    }
    const range = r.range;
    if (snap.st !== undefined) range.Style = snap.st;
    const format = range.ParagraphFormat;
    format.Alignment = snap.al;
    if (snap.cu !== undefined) format.CharacterUnitFirstLineIndent = snap.cu;
    else format.FirstLineIndent = snap.fi;
    format.LeftIndent = snap.li;
    format.LineSpacingRule = snap.lr;
    format.LineSpacing = snap.ls;
    if (snap.sb !== undefined) format.SpaceBefore = snap.sb;
    if (snap.sa !== undefined) format.SpaceAfter = snap.sa;
    restoreFont(range.Font, snap.font);
    restored++;
  }
  for (const span of snapshot.spans) {
    const r = read(span.i);
    if (!r || textHash(r.text) !== span.h || span.o + span.n > r.text.length) {
      skipped++;
      continue;
    }
    const start = r.start + span.o;
    restoreFont(doc.Range(start, start + span.n).Font, span.font);
    restored++;
  }
  undoPage(doc, snapshot.pages);
  return { restored, skipped };
}
