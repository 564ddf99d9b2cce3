/** Continuing 一是/二是 at the cursor, the section at the cursor, and the insert plan. */
import {
  continueEnumeration,
  enumerationsBeforeCursor,
  leadingEnumeration,
  planSnippetInsert,
  sectionAtParagraph,
} from "../../src/core/enumerator";
import { modelFromLines } from "../../src/core/model";

const doc = modelFromLines([
  "2024年度述责述廉报告", // 0
  "现将本人履职情况报告如下：", // 1
  "一、履行主体责任情况", // 2
  "（一）强化组织领导。一是压实责任。二是健全机制。", // 3
  "三是加强督查。", // 4
  "（二）加强监督。", // 5
  "首先，开展谈话。其次，抓好整改。", // 6
  "二、存在的问题和不足", // 7
  "一是学习不够深入。", // 8
  "三、下一步改进措施", // 9
  "第一，加强学习。", // 10
  "特此报告。", // 11
  "张三", // 12
  "2024年12月20日", // 13
]);

describe("leadingEnumeration", () => {
  it.each([
    ["一是理论学习不够深入。", "一是"],
    ["首先，加强学习。", "首先"],
    ["第一，加强学习。", "第一"],
    ["加强学习，一是……", null],
    ["“一是”不算。", null],
  ])("%s → %s", (text, word) => {
    expect(leadingEnumeration(text)?.word ?? null).toBe(word);
  });
});

describe("continueEnumeration at the cursor", () => {
  const snippet = "一是健全制度。";
  it.each<[string, number, number, "inline" | "paragraphAfter", string]>([
    // cursor paragraph, offset, mode → text
    ["after 三是 in the next paragraph of the section", 4, 7, "paragraphAfter", "四是健全制度。"],
    ["inline at the end of the paragraph with 一是 二是", 3, 25, "inline", "三是健全制度。"],
    ["inline before 二是: only what comes before the cursor counts", 3, 15, "inline", "二是健全制度。"],
    ["inline right after the run-in heading: nothing before", 3, 10, "inline", "一是健全制度。"],
    ["a new section restarts the series", 5, 8, "paragraphAfter", "一是健全制度。"],
    ["under 二、 after its 一是", 8, 9, "paragraphAfter", "二是健全制度。"],
    ["in the opening, no series", 1, 0, "inline", "一是健全制度。"],
  ])("%s", (_name, paragraph, offset, mode, expected) => {
    const before = enumerationsBeforeCursor(doc, { paragraph, offset }, mode);
    expect(continueEnumeration(snippet, before)).toBe(expected);
  });

  it("continues 首先/其次 with 再次 and 第一 with 第二", () => {
    expect(
      continueEnumeration(
        "首先，做好整改。",
        enumerationsBeforeCursor(doc, { paragraph: 6, offset: -1 }, "inline"),
      ),
    ).toBe("再次，做好整改。");
    expect(
      continueEnumeration(
        "第一，做好整改。",
        enumerationsBeforeCursor(doc, { paragraph: 10, offset: 8 }, "inline"),
      ),
    ).toBe("第二，做好整改。");
  });

  it("leaves a snippet that is not an enumeration item unchanged", () => {
    const before = enumerationsBeforeCursor(doc, { paragraph: 4, offset: 7 }, "paragraphAfter");
    expect(continueEnumeration("特此报告。", before)).toBe("特此报告。");
  });

  it("goes past 九是 to 十是 and 十一是", () => {
    const m = modelFromLines([
      "一、工作",
      "一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。八是辛。九是壬。十是癸。",
    ]);
    const before = enumerationsBeforeCursor(m, { paragraph: 1, offset: -1 }, "paragraphAfter");
    expect(continueEnumeration("一是子。", before)).toBe("十一是子。");
  });

  it("ignores paragraphs in tables and an empty document", () => {
    const m = { paragraphs: [{ text: "一是甲。", tableNestingLevel: 1 }, { text: "" }] };
    expect(enumerationsBeforeCursor(m, { paragraph: 1, offset: 0 }, "inline")).toEqual([]);
    expect(enumerationsBeforeCursor(modelFromLines([]), { paragraph: -1, offset: -1 }, "inline")).toEqual([]);
  });
});

describe("sectionAtParagraph", () => {
  it.each([
    [0, "opening"],
    [1, "opening"],
    [2, "work"],
    [4, "work"],
    [6, "work"],
    [8, "problems"],
    [10, "next-steps"],
    [11, "closing"],
    [12, "closing"],
    [13, "closing"],
    [-1, "opening"],
  ])("paragraph %i → %s", (p, section) => {
    expect(sectionAtParagraph(doc, p)).toBe(section);
  });

  it("a document without headings is the opening", () => {
    expect(sectionAtParagraph(modelFromLines(["正文"]), 0)).toBe("opening");
  });
});

describe("planSnippetInsert", () => {
  it("continues the series and turns 【…】 placeholders into fields with exact offsets", () => {
    const edit = planSnippetInsert(
      doc,
      { paragraph: 4, offset: 7 },
      { text: "一是开展谈话【人次】人次，覆盖【个数】个单位。" },
      "paragraphAfter",
    );
    expect(edit).toEqual({
      kind: "insertAtCursor",
      mode: "paragraphAfter",
      text: "四是开展谈话【人次】人次，覆盖【个数】个单位。",
      fields: [
        { offset: 6, length: 4, name: "text" },
        { offset: 15, length: 4, name: "figure" },
      ],
    });
  });

  it("has no fields key when the text has no placeholder", () => {
    expect(planSnippetInsert(doc, { paragraph: 11, offset: 0 }, { text: "特此报告。" }, "inline")).toEqual({
      kind: "insertAtCursor",
      mode: "inline",
      text: "特此报告。",
    });
  });
});
