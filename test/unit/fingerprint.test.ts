import { fingerprintOf, fingerprintTexts } from "../../src/core/fingerprint";

describe("fingerprintTexts", () => {
  test("the count and a hash: equal texts, equal fingerprints", () => {
    expect(fingerprintTexts(["一、主要工作", "正文。"])).toBe(fingerprintTexts(["一、主要工作", "正文。"]));
    expect(fingerprintTexts(["甲"])).toMatch(/^1:[0-9a-f]{1,8}$/);
    expect(fingerprintOf({ paragraphs: [{ text: "甲" }, { text: "乙" }] })).toBe(
      fingerprintTexts(["甲", "乙"]),
    );
  });

  test("a paragraph's text, the order or the split between paragraphs changes it", () => {
    const base = fingerprintTexts(["ab", "c"]);
    expect(fingerprintTexts(["ab", "d"])).not.toBe(base);
    expect(fingerprintTexts(["c", "ab"])).not.toBe(base);
    expect(fingerprintTexts(["a", "bc"])).not.toBe(base);
    expect(fingerprintTexts(["ab", "c", ""])).not.toBe(base);
    expect(fingerprintTexts(["abc", ""])).not.toBe(fingerprintTexts(["ab", "c"]));
  });
});
