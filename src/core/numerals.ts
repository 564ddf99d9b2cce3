/**
 * Chinese numerals both ways. Pure TypeScript.
 *
 * Two forms exist in reports:
 * - the counting form used in heading markers and enumerations: 一 … 十 … 十一 … 二十一 … 九十九,
 *   一百零五, 一千二百 (positional with 十/百/千/万);
 * - the digit-by-digit form used in dates before GB/T 9704-2012: 二〇二四 (each digit one character).
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = "零一二三四五六七八九";

/** Characters that may appear in a Chinese numeral (counting or digit-by-digit form). */
const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CHINESE_NUMERAL_CHARS.includes(ch);
}

/** Parse a positional numeral below 10,000 (no 万); null when malformed. */
function parseBelowWan(s: string): number | null {
  if (s === "") return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  let zero = false; // a 零 waiting for its digit
  let afterZero = false; // the current digit came after a 零
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (d === 0) {
        // 零 stands between units (一百零五); not first, not twice, not right after a digit.
        if (digit !== null || zero || i === 0) return null;
        zero = true;
        continue;
      }
      if (digit !== null) return null; // two digits in a row: 二二 is not positional
      digit = d;
      afterZero = zero;
      zero = false;
    } else if (ch in UNITS) {
      const u = UNITS[ch];
      if (u >= lastUnit || zero) return null; // units must decrease; 零 cannot precede a unit
      // A bare 十 at the start means 一十 (十一 = 11); elsewhere a unit needs its digit.
      const d = digit ?? (u === 10 && i === 0 ? 1 : null);
      if (d === null) return null;
      total += d * u;
      digit = null;
      afterZero = false;
      lastUnit = u;
    } else return null;
  }
  if (zero) return null; // trailing 零
  if (digit !== null) {
    // A final digit is ones after 零 or 十; after 百/千 without 零 (一百五) it is the next unit down (150).
    if (afterZero || lastUnit <= 10 || lastUnit === 10000) total += digit;
    else total += digit * (lastUnit / 10);
  }
  return total;
}

/**
 * Parse a Chinese numeral in the counting form (一, 十一, 二十一, 一百零五, 三万二千) or the digit-by-digit
 * form (二〇二四, 一九九八). Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === "") return null;
  if (s === "零" || s === "〇") return 0;
  // Digit-by-digit: only digits, at least two of them (一 alone is the counting form, same value).
  if (/^[零〇一二三四五六七八九]+$/.test(s)) {
    if (s.length === 1) return DIGITS[s];
    // 二〇二四 or 一九九八 (digit-by-digit).
    let n = 0;
    for (const ch of s) n = n * 10 + DIGITS[ch];
    return n;
  }
  if (s.includes("〇")) return null;
  const wan = s.indexOf("万");
  if (wan >= 0) {
    if (s.indexOf("万", wan + 1) >= 0) return null;
    const high = parseBelowWan(s.slice(0, wan));
    if (high === null) return null;
    const restRaw = s.slice(wan + 1);
    if (restRaw === "") return high * 10000;
    const rest = parseBelowWan(restRaw.startsWith("零") ? restRaw.slice(1) : restRaw);
    if (rest === null) return null;
    return high * 10000 + rest;
  }
  return parseBelowWan(s);
}

/** 1-9999 in the counting form; `leadingZero` writes 零 before it (the 零五 of 一万零五). */
function belowWanToChinese(n: number, leadingZero: boolean): string {
  const units = ["千", "百", "十", ""];
  const values = [1000, 100, 10, 1];
  let out = "";
  let pendingZero = leadingZero;
  for (let i = 0; i < 4; i++) {
    const d = Math.floor(n / values[i]) % 10;
    if (d === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += DIGIT_CHARS[d] + units[i];
  }
  return out;
}

/**
 * Write a non-negative integer below 100,000,000 in the counting form: 1 一, 10 十, 11 十一, 21 二十一,
 * 100 一百, 105 一百零五, 110 一百一十, 10000 一万. Throws a RangeError outside that range.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) throw new RangeError(`Unsupported number: ${n}`);
  if (n === 0) return "零";
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = "";
  if (high > 0) out = belowWanToChinese(high, false) + "万";
  if (low > 0) out += belowWanToChinese(low, high > 0 && low < 1000);
  // 一十 → 十 at the very start (10-19 and 十万…).
  if (out.startsWith("一十")) out = out.slice(1);
  return out;
}

/** Write a number digit by digit as in old-style dates: 2024 二〇二四 (zero as 〇, or 零 when asked). */
export function toChineseDigits(n: number | string, zero: "〇" | "零" = "〇"): string {
  const s = String(n);
  if (!/^\d+$/.test(s)) throw new RangeError(`Unsupported number: ${s}`);
  return [...s].map((d) => (d === "0" ? zero : DIGIT_CHARS[Number(d)])).join("");
}

/** Parse Arabic digits, half- or full-width (１２ = 12); null when not all digits. */
export function parseArabic(s: string): number | null {
  if (s === "" || !/^[0-9０-９]+$/.test(s)) return null;
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}
