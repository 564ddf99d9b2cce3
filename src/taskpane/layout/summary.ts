/**
 * The 排版 tab's reading in numbers (pure): per part, how many paragraphs and how many differ from the
 * profile; the format of a part in words.
 */
import type { FormatEdit } from "../../core/edits";
import type { LayoutRole } from "../../terms";
import { formatForRole, rolesFromStructure, type FormatOptions } from "../../core/layout";
import { layoutPlan } from "../../core/layout-plan";
import type { DocModel } from "../../core/model";
import type { DocStructure } from "../../core/outline-types";
import { FONT_SIZE_PT, LINE_SPACING_PT, ROLE_LAYOUT } from "../../genre/layout";
import type { LayoutProfile } from "../../genre/layout-profile";
import { STANDARD_PROFILE } from "../../genre/layout-profile-data";
import { getLocale, type Locale } from "../../i18n";
import { layoutText as t } from "../../i18n/messages/layout";

/** The parts the tab lists, in document order (closing appears only when a reading finds one). */
export const LAYOUT_ROLES: readonly LayoutRole[] = [
  "title",
  "addressee",
  "body",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "closing",
  "signature",
  "date",
];

export interface RoleRow {
  role: LayoutRole;
  /** Paragraphs with this role. */
  count: number;
  /** Of those, how many differ from the role's format. */
  differ: number;
}

export interface LayoutSummary {
  paragraphs: number;
  /** Paragraphs with a role (not empty, not in a table). */
  recognised: number;
  /** Empty paragraphs and table cells: left alone. */
  skipped: number;
  rows: RoleRow[];
  /** The guarded format edits for every paragraph that differs. */
  edits: FormatEdit[];
}

/** Per-part counts and the edits of a reading (pure: the tab recomputes it when the font option changes). */
export function summarize(
  model: DocModel,
  structure: DocStructure,
  options: FormatOptions = {},
  profile: LayoutProfile = STANDARD_PROFILE,
): LayoutSummary {
  const roles = rolesFromStructure(model, structure);
  const edits = layoutPlan(model, structure, effectiveProfile(profile, options)).paragraphs;
  const count = new Map<LayoutRole, number>();
  const differ = new Map<LayoutRole, number>();
  let recognised = 0;
  for (const role of roles) {
    if (!role) continue;
    recognised++;
    count.set(role, (count.get(role) ?? 0) + 1);
  }
  for (const e of edits) {
    const role = roles[e.paragraph];
    if (role) differ.set(role, (differ.get(role) ?? 0) + 1);
  }
  const rows = LAYOUT_ROLES.filter((r) => r !== "closing" || count.has(r)).map((role) => ({
    role,
    count: count.get(role) ?? 0,
    differ: differ.get(role) ?? 0,
  }));
  return { paragraphs: model.paragraphs.length, recognised, skipped: roles.length - recognised, rows, edits };
}

/** The profile with the tab's options (the fallback-font box, a line spacing) on top. */
export function effectiveProfile(profile: LayoutProfile, options: FormatOptions = {}): LayoutProfile {
  return {
    ...profile,
    fallbackFonts: profile.fallbackFonts || options.fallbackFonts === true,
    lineSpacingPt: options.lineSpacing ?? profile.lineSpacingPt,
  };
}

const SIZE_NAMES = Object.entries(FONT_SIZE_PT) as [string, number][];

/** The format of a role in words: font, size, alignment, indent, line spacing (and bold where set). */
export function describeFormat(role: LayoutRole, options: FormatOptions = {}, locale?: Locale): string {
  const f = formatForRole(role, options);
  const size = f.fontSize ?? ROLE_LAYOUT[role].sizePt;
  const sizeName = SIZE_NAMES.find(([, pt]) => pt === size)?.[0] ?? `${size}`;
  const chars = ROLE_LAYOUT[role].firstLineChars;
  const parts = [
    f.fontName ?? "",
    t("format.size", { name: sizeName, pt: size }, locale),
    t(`align.${f.alignment ?? "justified"}`, undefined, locale),
    chars > 0 ? t("format.indent", { chars }, locale) : t("format.noIndent", undefined, locale),
    t("format.spacing", { pt: f.lineSpacing ?? LINE_SPACING_PT.default }, locale),
  ];
  if (f.bold) parts.push(t("format.bold", undefined, locale));
  return parts.filter(Boolean).join((locale ?? getLocale()) === "en-US" ? ", " : "，");
}
