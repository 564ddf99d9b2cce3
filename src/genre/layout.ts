/**
 * GB/T 9704-2012 (党政机关公文格式) layout numbers as data (GENRE.md section 8). No logic here:
 * src/core/layout.ts turns these into paragraph formats; the Word adapter, the .docx writer and the
 * 排版 tab all read the same numbers.
 */
import type { Alignment, LayoutRole } from "../terms";

/** Chinese font sizes (字号) in points. */
export const FONT_SIZE_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const;

/** Font names as the standard names them; `fallback` is what to use where the user asks for it. */
export const FONTS = {
  xiaobiaosong: { name: "方正小标宋简体", fallback: "宋体" },
  fangsong: { name: "仿宋_GB2312", fallback: "仿宋" },
  kaiti: { name: "楷体_GB2312", fallback: "楷体" },
  heiti: { name: "黑体", fallback: "黑体" },
  songti: { name: "宋体", fallback: "宋体" },
} as const;

export type FontKey = keyof typeof FONTS;

/** Page setup (A4, 版心 156×225 mm). Millimetres. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** 天头 37±1 mm. */
  topMm: 37,
  /** 订口 28±1 mm. */
  leftMm: 28,
  /** 297 − 37 − 225. */
  bottomMm: 35,
  /** 210 − 28 − 156. */
  rightMm: 26,
  textWidthMm: 156,
  textHeightMm: 225,
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

/** Fixed line spacing used in practice (28–29 pt gives 22 lines in the 225 mm 版心). */
export const LINE_SPACING_PT = { min: 28, max: 29, default: 28.95 } as const;

/** Page number: 4号 半角宋体, "— 1 —", 7 mm under the 版心, odd pages right, even pages left, one character in. */
export const PAGE_NUMBER = {
  font: "songti" as FontKey,
  sizePt: FONT_SIZE_PT.四号,
  belowTextMm: 7,
  pattern: "— {n} —",
} as const;

export interface RoleLayout {
  font: FontKey;
  sizePt: number;
  alignment: Alignment;
  /** First-line indent in characters of the role's size (body: 2 characters). */
  firstLineChars: number;
  bold: boolean;
}

/** Per role: GENRE.md section 8. Level 3/4 headings are not bold in the standard (bold is local practice). */
export const ROLE_LAYOUT: Record<LayoutRole, RoleLayout> = {
  title: {
    font: "xiaobiaosong",
    sizePt: FONT_SIZE_PT.二号,
    alignment: "centered",
    firstLineChars: 0,
    bold: false,
  },
  addressee: {
    font: "fangsong",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "left",
    firstLineChars: 0,
    bold: false,
  },
  body: {
    font: "fangsong",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "justified",
    firstLineChars: 2,
    bold: false,
  },
  heading1: {
    font: "heiti",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "justified",
    firstLineChars: 2,
    bold: false,
  },
  heading2: {
    font: "kaiti",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "justified",
    firstLineChars: 2,
    bold: false,
  },
  heading3: {
    font: "fangsong",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "justified",
    firstLineChars: 2,
    bold: false,
  },
  heading4: {
    font: "fangsong",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "justified",
    firstLineChars: 2,
    bold: false,
  },
  closing: {
    font: "fangsong",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "justified",
    firstLineChars: 2,
    bold: false,
  },
  signature: {
    font: "fangsong",
    sizePt: FONT_SIZE_PT.三号,
    alignment: "right",
    firstLineChars: 0,
    bold: false,
  },
  date: { font: "fangsong", sizePt: FONT_SIZE_PT.三号, alignment: "right", firstLineChars: 0, bold: false },
};
