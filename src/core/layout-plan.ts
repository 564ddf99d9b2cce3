/**
 * The 一键排版 plan for a layout profile: paragraph formats by recognised element, the run-in heading
 * sentences by range, and the page (A4, margins, page numbers). Pure TypeScript; the Word adapter and
 * the memory host apply a plan in one batch and keep a snapshot for 撤销排版.
 *
 * What the plan touches is only what the profile names: fonts (East Asian and Latin), size, alignment,
 * indents and fixed line spacing; bold only on the title and the stand-alone headings (the writer's
 * bold, italic, underline, colour and highlight inside a body paragraph stay); and a list paragraph
 * keeps its style (its numbering may come from it).
 */
import type { FormatEdit } from "./edits";
import type { DocModel, ParagraphFacts } from "./model";
import type { DocStructure } from "./outline-types";
import type { LayoutRole } from "../terms";
import { formatForRole, hasFormat, headingRole, mmToPt, rolesFromStructure } from "./layout";
import { FONTS, PAGE, PAGE_NUMBER, ROLE_LAYOUT } from "../genre/layout";
import type { LayoutProfile } from "../genre/layout-profile";
import { LAYOUT_STYLES, STANDARD_PROFILE, TIMES_NEW_ROMAN } from "../genre/layout-profile-data";

/** A font change on a span of one paragraph (a run-in heading sentence), guarded by the paragraph text. */
export interface SpanFormatEdit {
  kind: "spanFormat";
  paragraph: number;
  offset: number;
  length: number;
  expected: string;
  /** The heading level's role whose font the span gets. */
  role: LayoutRole;
  font: { name: string; nameAscii?: string; bold?: boolean };
}

/** Page setup in points (Word's unit) and the page-number footer. */
export interface PageSpec {
  paper: "A4";
  widthPt: number;
  heightPt: number;
  topPt: number;
  bottomPt: number;
  leftPt: number;
  rightPt: number;
  /** null: the profile sets no page numbers. */
  pageNumbers: {
    /** "— {n} —": the text before and after the PAGE field. */
    before: string;
    after: string;
    fontName: string;
    fontSizePt: number;
    /** Odd pages right, even pages left. */
    oddAlignment: "right";
    evenAlignment: "left";
  } | null;
}

export interface LayoutPlan {
  paragraphs: FormatEdit[];
  spans: SpanFormatEdit[];
  page: PageSpec;
}

/** Roles whose bold the profile names (the title and stand-alone headings). */
const BOLD_ROLES: ReadonlySet<LayoutRole> = new Set([
  "title",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
]);

/** The format a paragraph of `role` gets under a profile (only what the profile names). */
export function profileFormat(
  role: LayoutRole,
  profile: LayoutProfile = STANDARD_PROFILE,
  keepStyle = false,
): ParagraphFacts {
  const f = formatForRole(role, {
    fallbackFonts: profile.fallbackFonts,
    lineSpacing: profile.lineSpacingPt,
  });
  f.fontNameAscii = profile.latinFont === "times" ? TIMES_NEW_ROMAN : f.fontName;
  if (!BOLD_ROLES.has(role)) delete f.bold;
  else if (role === "heading3") f.bold = profile.heading3Bold;
  if (keepStyle) {
    delete f.styleBuiltIn;
    delete f.outlineLevel;
  }
  return f;
}

/** A paragraph in the role's 公文 style (what 排版 gives it in Word) counts as in the built-in style. */
function withLayoutStyle(p: ParagraphFacts, format: ParagraphFacts): ParagraphFacts {
  const out = { ...format };
  // A reader that does not tell the Latin font apart (Word without WordApiDesktop, .txt) cannot judge it.
  if (p.fontNameAscii === undefined) delete out.fontNameAscii;
  const b = format.styleBuiltIn;
  if (!b || b === "Other" || p.style === undefined || p.style !== LAYOUT_STYLES[b]) return out;
  delete out.styleBuiltIn;
  delete out.outlineLevel;
  return out;
}

/** The font of a heading level's sentence when it is run in (（一）强化组织领导。正文…). */
export function runInFont(level: number, profile: LayoutProfile = STANDARD_PROFILE): SpanFormatEdit["font"] {
  const role = headingRole(level);
  const key = ROLE_LAYOUT[role].font;
  const name = profile.fallbackFonts ? FONTS[key].fallback : FONTS[key].name;
  const font: SpanFormatEdit["font"] = {
    name,
    nameAscii: profile.latinFont === "times" ? TIMES_NEW_ROMAN : name,
  };
  if (role === "heading3") font.bold = profile.heading3Bold;
  else font.bold = ROLE_LAYOUT[role].bold;
  return font;
}

export function pageSpec(profile: LayoutProfile = STANDARD_PROFILE): PageSpec {
  const pn = PAGE_NUMBER;
  const [before, after] = pn.pattern.split("{n}");
  return {
    paper: "A4",
    widthPt: mmToPt(PAGE.widthMm),
    heightPt: mmToPt(PAGE.heightMm),
    topPt: mmToPt(profile.page.topMm),
    bottomPt: mmToPt(profile.page.bottomMm),
    leftPt: mmToPt(profile.page.leftMm),
    rightPt: mmToPt(profile.page.rightMm),
    pageNumbers: profile.page.pageNumbers
      ? {
          before,
          after,
          fontName: profile.fallbackFonts ? FONTS[pn.font].fallback : FONTS[pn.font].name,
          fontSizePt: pn.sizePt,
          oddAlignment: "right",
          evenAlignment: "left",
        }
      : null,
  };
}

/**
 * The plan: one guarded FormatEdit per paragraph whose format differs from the profile for its role,
 * and one SpanFormatEdit per run-in heading (its sentence gets the level's font; the rest stays body).
 */
export function layoutPlan(
  model: DocModel,
  structure: DocStructure,
  profile: LayoutProfile = STANDARD_PROFILE,
): LayoutPlan {
  const roles = rolesFromStructure(model, structure);
  const paragraphs: FormatEdit[] = [];
  const runIn = new Set(structure.headings.filter((h) => h.runIn).map((h) => h.paragraph));
  model.paragraphs.forEach((p, paragraph) => {
    const role = roles[paragraph];
    if (!role) return;
    const format = profileFormat(role, profile, p.isListItem === true);
    const compared = withLayoutStyle(p, format);
    // A laid-out run-in heading's paragraph has two fonts (Word reports mixed as none): judge the rest.
    if (runIn.has(paragraph) && p.fontName === undefined) {
      delete compared.fontName;
      delete compared.fontNameAscii;
    }
    if (hasFormat(p, compared)) return;
    paragraphs.push({ kind: "format", paragraph, expected: p.text, format });
  });
  const spans: SpanFormatEdit[] = [];
  for (const h of structure.headings) {
    if (!h.runIn || roles[h.paragraph] !== "body") continue;
    const text = model.paragraphs[h.paragraph].text;
    const length = h.textOffset + h.text.length;
    if (length <= 0 || length >= text.length) continue;
    const role = headingRole(h.level);
    spans.push({
      kind: "spanFormat",
      paragraph: h.paragraph,
      offset: 0,
      length,
      expected: text,
      role,
      font: runInFont(h.level, profile),
    });
  }
  return { paragraphs, spans, page: pageSpec(profile) };
}
