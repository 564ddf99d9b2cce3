import {
  isChineseNumeralChar,
  parseArabic,
  parseChineseNumeral,
  toChineseDigits,
  toChineseNumeral,
} from "../../src/core/numerals";

const PAIRS: [number, string][] = [
  [0, "零"],
  [1, "一"],
  [2, "二"],
  [9, "九"],
  [10, "十"],
  [11, "十一"],
  [12, "十二"],
  [19, "十九"],
  [20, "二十"],
  [21, "二十一"],
  [30, "三十"],
  [45, "四十五"],
  [90, "九十"],
  [99, "九十九"],
  [100, "一百"],
  [101, "一百零一"],
  [105, "一百零五"],
  [110, "一百一十"],
  [115, "一百一十五"],
  [999, "九百九十九"],
  [1000, "一千"],
  [1001, "一千零一"],
  [1010, "一千零一十"],
  [1100, "一千一百"],
  [2024, "二千零二十四"],
  [10000, "一万"],
  [10005, "一万零五"],
  [10010, "一万零一十"],
  [12345, "一万二千三百四十五"],
  [100000, "十万"],
  [110000, "十一万"],
  [1000000, "一百万"],
];

describe("toChineseNumeral / parseChineseNumeral", () => {
  it.each(PAIRS)("%i <-> %s", (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it("round-trips every number from 0 to 12,000", () => {
    for (let n = 0; n <= 12000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it.each([
    ["一十", 10],
    ["一十一", 11],
    ["两百", 200],
    ["一百五", 150],
    ["三千二", 3200],
    ["〇", 0],
    ["二〇二四", 2024],
    ["一九九八", 1998],
    ["二零二三", 2023],
    ["一〇", 10],
    ["三万零五百", 30500],
  ])("accepts the variant %s = %i", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each([
    "",
    "十十",
    "百",
    "一百零",
    "零十",
    "二〇二四年",
    "abc",
    "十百",
    "一零十",
    "二三十",
    "一万万",
    "二〇十",
  ])("rejects the malformed %p", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  it("throws on numbers it cannot write", () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(100_000_000)).toThrow(RangeError);
  });
});

describe("toChineseDigits", () => {
  it.each([
    [2024, "〇", "二〇二四"],
    [2005, "零", "二零零五"],
    [12, "〇", "一二"],
    ["0", "〇", "〇"],
  ] as const)("%s with %s -> %s", (n, zero, s) => {
    expect(toChineseDigits(n, zero)).toBe(s);
  });
  it("rejects non-digits", () => {
    expect(() => toChineseDigits("12a")).toThrow(RangeError);
  });
});

describe("parseArabic", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["42", 42],
    ["１２", 12],
    ["2０24", 2024],
  ])("%s = %i", (s, n) => {
    expect(parseArabic(s)).toBe(n);
  });
  it.each(["", "1.5", "一", "12a", "-1"])("rejects %p", (s) => {
    expect(parseArabic(s)).toBeNull();
  });
});

describe("isChineseNumeralChar", () => {
  it("knows the numeral characters", () => {
    expect([..."零〇一两十百千万"].every((c) => isChineseNumeralChar(c))).toBe(true);
    expect(isChineseNumeralChar("是")).toBe(false);
    expect(isChineseNumeralChar("1")).toBe(false);
    expect(isChineseNumeralChar(undefined)).toBe(false);
  });
});
