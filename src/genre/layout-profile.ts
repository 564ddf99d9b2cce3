/**
 * Layout profiles (排版方案): which GB/T 9704 choices a 排版 applies. The standard profile is the default;
 * a user keeps their own (saved per user) and exchanges them as packs (import is atomic: the whole pack
 * is valid or nothing is taken). An organisation's profile is a pack with one profile. Data and zod
 * schemas only; src/core/layout.ts turns a profile into formats.
 */
import { z } from "zod";
import { LINE_SPACING_PT } from "./layout";

export const LAYOUT_PACK_FORMAT = "lianzheng-layout-profiles";

/** Which font digits and Latin letters get: Times New Roman, or the paragraph's own (Chinese) font. */
export const LATIN_FONTS = ["times", "body"] as const;
export type LatinFontChoice = (typeof LATIN_FONTS)[number];

const marginMm = z.number().min(10).max(60);

export const layoutProfileSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, "id: lowercase letters, digits and hyphens"),
  name: z.string().trim().min(1).max(60),
  /** Fixed line spacing in points (22 lines in the 225 mm 版心 need 28–29 pt). */
  lineSpacingPt: z.number().min(LINE_SPACING_PT.min).max(LINE_SPACING_PT.max),
  /** 仿宋 / 楷体 / 宋体 instead of 仿宋_GB2312 / 楷体_GB2312 / 方正小标宋简体. */
  fallbackFonts: z.boolean(),
  /** Font of digits and Latin letters. */
  latinFont: z.enum(LATIN_FONTS),
  /** Level-3 headings (1.) bold: local practice; the standard does not bold them. */
  heading3Bold: z.boolean(),
  /** Page setup: A4 and the margins in millimetres (天头, 订口, bottom, right). */
  page: z.strictObject({
    topMm: marginMm,
    bottomMm: marginMm,
    leftMm: marginMm,
    rightMm: marginMm,
    /** — 1 — in the footer, odd pages right and even pages left. */
    pageNumbers: z.boolean(),
  }),
});

export type LayoutProfile = z.infer<typeof layoutProfileSchema>;

export const layoutPackSchema = z.strictObject({
  format: z.literal(LAYOUT_PACK_FORMAT),
  version: z.literal(1),
  name: z.string().trim().min(1).max(80).optional(),
  profiles: z
    .array(layoutProfileSchema)
    .min(1)
    .max(50)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, "profile ids must be unique"),
});

export type LayoutPack = z.infer<typeof layoutPackSchema>;
