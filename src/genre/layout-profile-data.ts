/**
 * The layout profile data that the engine reads without the schemas (no zod on the check's path): the
 * standard profile, the Latin font of the "times" choice and the paragraph styles 排版 adds. The profile's
 * shape and the pack schema are in ./layout-profile.ts.
 */
import type { LayoutProfile } from "./layout-profile";
import { LINE_SPACING_PT, PAGE } from "./layout";

/** The Latin font name of the "times" choice. */
export const TIMES_NEW_ROMAN = "Times New Roman";

/** GB/T 9704-2012 as written: the profile 排版 uses unless the user chose another. */
export const STANDARD_PROFILE: LayoutProfile = {
  id: "gbt-9704",
  name: "GB/T 9704-2012",
  lineSpacingPt: LINE_SPACING_PT.default,
  fallbackFonts: false,
  latinFont: "times",
  heading3Bold: false,
  page: {
    topMm: PAGE.topMm,
    bottomMm: PAGE.bottomMm,
    leftMm: PAGE.leftMm,
    rightMm: PAGE.rightMm,
    pageNumbers: true,
  },
};

/**
 * Paragraph styles 排版 adds to a Word document (based on the built-in ones, with fixed line spacing,
 * no space before or after, black text): Office.js sets line spacing only as a multiple, a style can
 * hold the 固定值 rule.
 */
export const LAYOUT_STYLES = {
  Normal: "公文正文",
  Title: "公文标题",
  Heading1: "公文一级标题",
  Heading2: "公文二级标题",
  Heading3: "公文三级标题",
  Heading4: "公文四级标题",
} as const;
