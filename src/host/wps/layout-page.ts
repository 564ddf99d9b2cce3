/**
 * 排版's page in WPS: A4 and the margins of the profile on every section, and the page number "— 1 —" with a
 * PAGE field in the footer (odd pages right; even pages left where the build has OddAndEvenPagesHeaderFooter).
 * Part of the WPS host (src/host/wps/layout.ts calls it); synchronous object-model calls.
 *
 * The writer's own footer is never overwritten: a footer is written only when it is empty; a footer that
 * already holds the add-in's page number is left as it is; any other footer is kept and said (gap footerKept).
 * Odd and even footers are switched on only when the add-in wrote (or had written) the odd-page number, so
 * that a writer's single footer does not vanish from even pages.
 */
import type { PageSpec } from "../../core/layout-plan";
import type { LayoutGap } from "../host";
import {
  VBA_TRUE,
  WD_ALIGN,
  WD_FIELD_PAGE,
  WD_FOOTER_EVEN,
  WD_FOOTER_PRIMARY,
  WD_PAPER_A4,
  type WpsDocumentApi,
  type WpsHeaderFooterApi,
  type WpsPageSetupApi,
  type WpsSectionApi,
} from "./api";
import type { FooterSnap, PageSnap } from "./layout-store";
import { fontSnap, restoreFont } from "./layout-font";
import { stripMark } from "./read";

type FooterState = "empty" | "ours" | "other";

type PageNumbers = NonNullable<PageSpec["pageNumbers"]>;

function footerState(footer: WpsHeaderFooterApi, pn: PageNumbers): FooterState {
  const range = footer.Range;
  const text = stripMark(range.Text);
  const fields = range.Fields.Count;
  if (text.trim() === "" && fields === 0) return "empty";
  // What the add-in writes reads "— 1 —" (the field's result); field code characters are ignored.
  // eslint-disable-next-line no-control-regex -- Word's field marks (19, 20, 21) are what is meant
  const bare = text.replace(/[\x13\x14\x15]|PAGE|\d+/g, "");
  return fields > 0 && bare === pn.before + pn.after ? "ours" : "other";
}

function writeFooter(
  footer: WpsHeaderFooterApi,
  index: number,
  pn: PageNumbers,
  alignment: number,
): FooterSnap {
  const before = footer.Range;
  const snap: FooterSnap = { index, al: before.ParagraphFormat.Alignment, font: fontSnap(before.Font) };
  footer.Range.Text = pn.before + pn.after;
  const at = footer.Range;
  const pos = at.Start + pn.before.length;
  at.SetRange(pos, pos);
  at.Fields.Add(at, WD_FIELD_PAGE);
  const all = footer.Range;
  all.ParagraphFormat.Alignment = alignment;
  const font = all.Font;
  font.NameFarEast = pn.fontName;
  font.NameAscii = pn.fontName;
  font.Size = pn.fontSizePt;
  return snap;
}

/** OddAndEvenPagesHeaderFooter, or null on a build that does not have it. */
function oddEvenOf(ps: WpsPageSetupApi): number | null {
  try {
    const v = ps.OddAndEvenPagesHeaderFooter as unknown;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? VBA_TRUE : 0;
    return null;
  } catch {
    return null;
  }
}

function pageOf(section: WpsSectionApi, index: number, page: PageSpec, gaps: Set<LayoutGap>): PageSnap {
  const ps = section.PageSetup;
  const snap: PageSnap = {
    section: index,
    paper: ps.PaperSize,
    top: ps.TopMargin,
    bottom: ps.BottomMargin,
    left: ps.LeftMargin,
    right: ps.RightMargin,
    footers: [],
  };
  ps.PaperSize = WD_PAPER_A4;
  ps.TopMargin = page.topPt;
  ps.BottomMargin = page.bottomPt;
  ps.LeftMargin = page.leftPt;
  ps.RightMargin = page.rightPt;
  const pn = page.pageNumbers;
  if (!pn) return snap;
  const footers = section.Footers;
  const primary = footers.Item(WD_FOOTER_PRIMARY);
  const odd = footerState(primary, pn);
  if (odd === "other") {
    gaps.add("footerKept");
    return snap;
  }
  if (odd === "empty") {
    snap.footers.push(writeFooter(primary, WD_FOOTER_PRIMARY, pn, WD_ALIGN.right));
  }
  const oddEven = oddEvenOf(ps);
  if (oddEven === null) {
    gaps.add("oddEvenFooters");
    return snap;
  }
  const even = footers.Item(WD_FOOTER_EVEN);
  const evenState = footerState(even, pn);
  if (evenState === "other") {
    gaps.add("footerKept");
    return snap;
  }
  if (evenState === "empty") {
    snap.footers.push(writeFooter(even, WD_FOOTER_EVEN, pn, WD_ALIGN.left));
  }
  if (oddEven !== VBA_TRUE) {
    snap.oddEven = oddEven;
    ps.OddAndEvenPagesHeaderFooter = VBA_TRUE;
  }
  return snap;
}

/** Page setup and page numbers on every section; the snapshots go to `out` as each section is done. */
export function applyPage(doc: WpsDocumentApi, page: PageSpec, gaps: Set<LayoutGap>, out: PageSnap[]): void {
  const sections = doc.Sections;
  const count = sections.Count;
  for (let i = 1; i <= count; i++) out.push(pageOf(sections.Item(i), i, page, gaps));
}

/** Put the page back: paper, margins, odd and even footers, and empty again the footers 排版 wrote. */
export function undoPage(doc: WpsDocumentApi, pages: readonly PageSnap[]): number {
  const sections = doc.Sections;
  const count = sections.Count;
  let restored = 0;
  for (const snap of pages) {
    if (snap.section < 1 || snap.section > count) continue;
    const section = sections.Item(snap.section);
    const ps = section.PageSetup;
    ps.PaperSize = snap.paper;
    ps.TopMargin = snap.top;
    ps.BottomMargin = snap.bottom;
    ps.LeftMargin = snap.left;
    ps.RightMargin = snap.right;
    if (snap.oddEven !== undefined) ps.OddAndEvenPagesHeaderFooter = snap.oddEven;
    for (const f of snap.footers) {
      const footer = section.Footers.Item(f.index);
      footer.Range.Text = "";
      const range = footer.Range;
      range.ParagraphFormat.Alignment = f.al;
      restoreFont(range.Font, f.font);
    }
    restored++;
  }
  return restored;
}
