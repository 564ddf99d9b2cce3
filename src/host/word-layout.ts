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
import { withoutAnchors } from "./word-text";
import type { LayoutPlan, SpanFormatEdit } from "../core/layout-plan";
import { isEditCurrent } from "../core/edits";
import { LAYOUT_STYLES } from "../genre/layout-profile-data";
import {
  LAYOUT_UNDO_KEY,
  type KeyValueStore,
  type LayoutCapabilities,
  type LayoutGap,
  type LayoutResult,
  type UndoLayoutResult,
} from "./host";
import { planSpan } from "./word-span";
import { findPlan, foundAsPlanned } from "./word-write";

import {
  type SpanSnap,
  type LayoutSnapshot,
  roleStylesOoxml,
  fontProps,
  SNAP_PROPS,
  fontSnap,
  setFont,
  restoreFont,
  roleStyle,
  writeParagraph,
  writePage,
} from "./word-layout-parts";

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
  let afterImport: { all: Word.ParagraphCollection; first: Word.Paragraph } | null = null;
  if (spacing) {
    doc.body
      .getRange("Start")
      .insertOoxml(roleStylesOoxml(plan.paragraphs[0].format.lineSpacing ?? 28.95), "Replace");
    probe = doc.getStyles().getByNameOrNullObject(LAYOUT_STYLES.Normal);
    probe.load("nameLocal");
    // Whether Word left an empty paragraph where the styles-only package went (not documented either
    // way): the count after the import and the first paragraph's text, in the same sync.
    const all = doc.body.paragraphs;
    all.load("$none");
    const first = all.getFirst();
    first.load("text");
    afterImport = { all, first };
  }
  const sections = doc.sections;
  sections.load("$none");
  await context.sync(); // 1: texts and formats (guard and snapshot), role styles
  const items = paragraphs.items;
  // The writer's texts, as the model read them: no Mac comment marks (office-js #2258, word-text.ts).
  const current = items.map((p) => ({ text: withoutAnchors(p.text) }));
  if (
    afterImport &&
    afterImport.all.items.length === items.length + 1 &&
    withoutAnchors(afterImport.first.text) === "" &&
    (current[0]?.text ?? "") !== ""
  )
    afterImport.first.delete(); // goes with batch 2; the writer's paragraphs are the loaded proxies
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
  // Read back: the role style must give exactly the profile's value. Word does not update a style that
  // already exists in the document from an imported package (office-js #5491), so a 公文正文 left by an
  // earlier 排版 with another spacing keeps its old value: then the pane says the spacing was not set.
  const wanted = Math.round((plan.paragraphs[0]?.format.lineSpacing ?? 28.95) * 20);
  if (exact && ooxml !== undefined && !exactSpacingIn(ooxml, wanted)) notSet.add("exactLineSpacing");
  if (snapshot.paragraphs.length + snapshot.spans.length > 0 || snapshot.page) {
    try {
      await settings.set(LAYOUT_UNDO_KEY, snapshot);
    } catch {
      // The snapshot stays in memory (the host keeps the last one); the pane still offers undo this session.
    }
  }
  return { applied, stale, spansSkipped, notSet: [...notSet] };
}

/** Whether an OOXML package has a w:spacing of exactly `line` twentieths of a point, rule "exact". */
export function exactSpacingIn(ooxml: string, line: number): boolean {
  for (const m of ooxml.matchAll(/<w:spacing\b[^>]*>/g)) {
    if (/w:lineRule="exact"/.test(m[0]) && new RegExp(`w:line="${line}"`).test(m[0])) return true;
  }
  return false;
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
