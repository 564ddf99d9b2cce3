import {
  charCount,
  findSentenceEnd,
  hasHan,
  isBlank,
  isCjk,
  isHan,
  isSpace,
  skipSpaces,
  toHalfwidthDigits,
  trimBounds,
  trimSpan,
} from "../../src/core/text-utils";

describe("text-utils", () => {
  it.each([
    ["  市纪委： ", "市纪委：", 2, 6],
    ["\u3000\u3000正文。\u00a0", "正文。", 2, 5],
    ["\ufeff一、标题\t", "一、标题", 1, 5],
    ["无空格", "无空格", 0, 3],
    ["   ", "", 3, 3],
    ["", "", 0, 0],
  ])("trimSpan(%j) keeps the offsets of the untrimmed text", (input, text, start, end) => {
    expect(trimSpan(input)).toEqual({ text, start, end });
    expect(trimBounds(input)).toEqual([start, end]);
    expect(input.slice(start, end)).toBe(text);
  });

  it("knows blank lines and spaces", () => {
    expect(isBlank("\u00a0")).toBe(true);
    expect(isBlank(" \u3000\t")).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank(" a ")).toBe(false);
    expect(isSpace("\u3000")).toBe(true);
    expect(isSpace("")).toBe(false);
    expect(isSpace(undefined)).toBe(false);
    expect(skipSpaces("1.  执行", 2)).toBe(4);
    expect(skipSpaces("  ", 0)).toBe(2);
  });

  it("tells Han characters and CJK text apart from Latin", () => {
    expect([..."廉〇𠀀"].every((c) => isHan(c))).toBe(true);
    expect(isHan("，")).toBe(false);
    expect(isHan("A")).toBe(false);
    expect(isCjk("，")).toBe(true);
    expect(isCjk("Ａ")).toBe(true);
    expect(isCjk("“")).toBe(true);
    expect(isCjk(",")).toBe(false);
    expect(hasHan("Excel 2016")).toBe(false);
    expect(hasHan("Excel表格")).toBe(true);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(charCount("𠀀字")).toBe(2);
    expect("𠀀字".length).toBe(3);
  });

  it("converts full-width digits", () => {
    expect(toHalfwidthDigits("２０２４年")).toBe("2024年");
  });

  it("finds the first sentence end outside quotes, titles and parentheses", () => {
    expect(findSentenceEnd("强化组织领导。一是")).toBe(6);
    expect(findSentenceEnd("学习“要学习。”精神。后文")).toBe(10);
    expect(findSentenceEnd("《关于……。》的通知（试行。）！")).toBe(15);
    expect(findSentenceEnd("没有句号")).toBe(-1);
    expect(findSentenceEnd("甲。乙。", 2)).toBe(3);
    expect(findSentenceEnd("甲。乙。", 0, 1)).toBe(-1);
  });
});
