/**
 * Heading markers of GB/T 9704-2012 7.3.3 (一、 （一） 1. （1）) in their standard form (GB/T 15834-2011
 * B.3), for the numbers the scaffold planner assigns. Pure TypeScript.
 */
import type { HeadingLevel } from "./outline-types";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一, 99 → 九十九, 100 → 一百. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumeral: ${n} is out of 1-999`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
  if (n < 100) return DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? DIGITS[n % 10] : "");
  const rest = n % 100;
  const tail =
    rest === 0
      ? ""
      : rest < 10
        ? "零" + DIGITS[rest]
        : rest < 20
          ? "一" + chineseNumeral(rest)
          : chineseNumeral(rest);
  return DIGITS[Math.floor(n / 100)] + "百" + tail;
}

/** The standard marker of a heading: 一、 （一） 1. （1）. */
export function markerFor(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** 一是 二是 … (inline enumeration words). */
export function enumerationWord(n: number): string {
  return `${chineseNumeral(n)}是`;
}

export function roleOfLevel(level: HeadingLevel): "heading1" | "heading2" | "heading3" | "heading4" {
  return `heading${level}` as const;
}
