import fc from "fast-check";
import { buildOutline, flattenOutline, sectionAt } from "../../src/core/outline";
import { findEnumerations } from "../../src/core/outline-enumerations";
import { canonicalMarker, matchMarker, parseHeading } from "../../src/core/outline-markers";
import { isDateLine } from "../../src/core/outline-parts";
import { modelFromLines, type DocModel } from "../../src/core/model";
import type { HeadingLevel, MarkerProblem } from "../../src/core/outline-types";

type MarkerCase = [
  text: string,
  level: HeadingLevel,
  n: number,
  marker: string,
  canonical: string,
  problem: MarkerProblem | null,
];

describe("matchMarker: the four levels and their wrong variants", () => {
  it.each<MarkerCase>([
    ["一、主要工作情况", 1, 1, "一、", "一、", null],
    ["十、其他", 1, 10, "十、", "十、", null],
    ["十一、其他", 1, 11, "十一、", "十一、", null],
    ["二十一、其他", 1, 21, "二十一、", "二十一、", null],
    ["九十九、其他", 1, 99, "九十九、", "九十九、", null],
    ["一.主要工作", 1, 1, "一.", "一、", "wrong-mark-after"],
    ["一．主要工作", 1, 1, "一．", "一、", "wrong-mark-after"],
    ["二，主要工作", 1, 2, "二，", "二、", "wrong-mark-after"],
    ["三:主要工作", 1, 3, "三:", "三、", "wrong-mark-after"],
    ["三：主要工作", 1, 3, "三：", "三、", "wrong-mark-after"],
    ["（一）强化组织领导", 2, 1, "（一）", "（一）", null],
    ["（十二）强化组织领导", 2, 12, "（十二）", "（十二）", null],
    ["(一)强化组织领导", 2, 1, "(一)", "（一）", "halfwidth-parens"],
    ["（一)强化组织领导", 2, 1, "（一)", "（一）", "halfwidth-parens"],
    ["（一）、强化组织领导", 2, 1, "（一）、", "（一）", "extra-mark-after"],
    ["（一）.强化组织领导", 2, 1, "（一）.", "（一）", "extra-mark-after"],
    ["(二)、强化组织领导", 2, 2, "(二)、", "（二）", "halfwidth-parens"],
    ["1.执行政治纪律情况", 3, 1, "1.", "1.", null],
    ["12.执行政治纪律情况", 3, 12, "12.", "12.", null],
    ["１.执行政治纪律情况", 3, 1, "１.", "1.", null],
    ["1、执行政治纪律情况", 3, 1, "1、", "1.", "wrong-mark-after"],
    ["1，执行政治纪律情况", 3, 1, "1，", "1.", "wrong-mark-after"],
    ["1)执行政治纪律情况", 3, 1, "1)", "1.", "wrong-mark-after"],
    ["1）执行政治纪律情况", 3, 1, "1）", "1.", "wrong-mark-after"],
    ["1．执行政治纪律情况", 3, 1, "1．", "1.", "wrong-mark-after"],
    ["（1）加强学习", 4, 1, "（1）", "（1）", null],
    ["（10）加强学习", 4, 10, "（10）", "（10）", null],
    ["(1)加强学习", 4, 1, "(1)", "（1）", "halfwidth-parens"],
    ["（1）、加强学习", 4, 1, "（1）、", "（1）", "extra-mark-after"],
  ])("%s", (text, level, n, marker, canonical, problem) => {
    const m = matchMarker(text, 0);
    expect(m).toEqual({
      level,
      number: n,
      marker,
      canonicalMarker: canonical,
      problem,
      offset: 0,
      end: marker.length,
    });
  });

  it.each([
    "1.5亿元资金已拨付",
    "3.2%的增长",
    "10.1万元",
    "第1.2条规定",
    "2023年，我坚持以习近平新时代中国特色社会主义思想为指导",
    "2024年度述责述廉报告",
    "2024.12.20",
    "一是全面履行主体责任。",
    "一年来，我认真贯彻落实党风廉政建设责任制",
    "一把手要带头",
    "一岗双责落实到位",
    "一体推进不敢腐、不能腐、不想腐",
    "十九届中央纪委五次全会",
    "二〇二四年十二月二十日",
    "一、二季度经济运行平稳",
    "（2023）12号文件",
    "（一季度）",
    "100.其他",
    "1.x版本",
    "1、2月份",
    "（",
    "",
    "一",
  ])("is not a heading: %s", (text) => {
    expect(matchMarker(text, 0)).toBeNull();
    expect(parseHeading(text, 0)).toBeNull();
  });

  it("gives the standard marker of each level", () => {
    expect([1, 2, 3, 4].map((l) => canonicalMarker(l as HeadingLevel, 11))).toEqual([
      "十一、",
      "（十一）",
      "11.",
      "（11）",
    ]);
  });
});

describe("parseHeading: stand-alone and run-in, offsets in the untrimmed text", () => {
  it("takes the whole line of a stand-alone heading", () => {
    expect(parseHeading("一、主要工作情况", 3)).toMatchObject({
      paragraph: 3,
      level: 1,
      text: "主要工作情况",
      textOffset: 2,
      runIn: false,
      markerOffset: 0,
    });
  });

  it("takes the heading sentence with its 。 for a run-in heading", () => {
    const t = "（一）强化组织领导。一是强化学习。";
    expect(parseHeading(t, 0)).toMatchObject({ text: "强化组织领导。", textOffset: 3, runIn: true });
  });

  it("ignores a 。 inside quotation marks when it looks for the heading sentence", () => {
    const t = "（三）坚持“严以律己。”的要求，塑造新风正气。持续深化……";
    expect(parseHeading(t, 0)).toMatchObject({ text: "坚持“严以律己。”的要求，塑造新风正气。", runIn: true });
  });

  it("is not run-in when only spaces follow the final 。", () => {
    expect(parseHeading("（一）强化组织领导。 \u3000", 0)).toMatchObject({
      text: "强化组织领导。",
      runIn: false,
    });
  });

  it("keeps offsets of the untrimmed text (leading full-width spaces, trailing space)", () => {
    const t = "\u3000\u30001. 执行政治纪律情况 ";
    const h = parseHeading(t, 0)!;
    expect(h).toMatchObject({
      marker: "1.",
      markerOffset: 2,
      textOffset: 5,
      text: "执行政治纪律情况",
      runIn: false,
    });
    expect(t.slice(h.textOffset, h.textOffset + h.text.length)).toBe(h.text);
  });

  it("recognises a run-in heading introduced by a half-width variant", () => {
    expect(parseHeading("(1)加强学习。每月组织一次。", 0)).toMatchObject({
      level: 4,
      problem: "halfwidth-parens",
      text: "加强学习。",
      runIn: true,
    });
  });

  it("accepts a marker with nothing after it", () => {
    expect(parseHeading("三、", 0)).toMatchObject({
      level: 1,
      number: 3,
      text: "",
      textOffset: 2,
      runIn: false,
    });
  });
});

function outline(lines: string[]) {
  return buildOutline(modelFromLines(lines));
}
const shape = (s: ReturnType<typeof outline>) =>
  s.headings.map((h) => [h.paragraph, h.level, h.depth, h.number]);

describe("buildOutline: the tree", () => {
  it("nests by marker level", () => {
    const s = outline([
      "一、甲",
      "（一）乙",
      "1.丙",
      "（1）丁",
      "（2）戊",
      "2.己",
      "（二）庚",
      "二、辛",
      "（一）壬",
    ]);
    expect(shape(s)).toEqual([
      [0, 1, 1, 1],
      [1, 2, 2, 1],
      [2, 3, 3, 1],
      [3, 4, 4, 1],
      [4, 4, 4, 2],
      [5, 3, 3, 2],
      [6, 2, 2, 2],
      [7, 1, 1, 2],
      [8, 2, 2, 1],
    ]);
    expect(s.roots.map((r) => [r.start, r.end, r.children.length])).toEqual([
      [0, 7, 2],
      [7, 9, 1],
    ]);
    expect(s.roots[0].children[0].children.map((c) => [c.start, c.end])).toEqual([
      [2, 5],
      [5, 6],
    ]);
  });

  it("allows a skipped level (一、 then 1. is depth 2)", () => {
    expect(shape(outline(["一、甲", "1.乙", "正文。", "2.丙", "二、丁", "1.戊"]))).toEqual([
      [0, 1, 1, 1],
      [1, 3, 2, 1],
      [3, 3, 2, 2],
      [4, 1, 1, 2],
      [5, 3, 2, 1],
    ]);
  });

  it("still builds a tree when levels are reversed (（一） under 1.)", () => {
    const s = outline(["一、甲", "1.乙", "（一）丙", "（二）丁", "2.戊"]);
    expect(shape(s)).toEqual([
      [0, 1, 1, 1],
      [1, 3, 2, 1],
      [2, 2, 3, 1],
      [3, 2, 3, 2],
      [4, 3, 2, 2],
    ]);
    expect(s.roots[0].children[0].children.map((c) => c.heading.paragraph)).toEqual([2, 3]);
  });

  it("puts a level-1 heading at the root even after deeper headings without one", () => {
    expect(shape(outline(["1.甲", "2.乙", "一、丙", "1.丁"]))).toEqual([
      [0, 3, 1, 1],
      [1, 3, 1, 2],
      [2, 1, 1, 1],
      [3, 3, 2, 1],
    ]);
  });

  it("does not take table cells for headings", () => {
    const model: DocModel = {
      paragraphs: [{ text: "一、甲" }, { text: "1.表内", tableNestingLevel: 1 }, { text: "二、乙" }],
    };
    expect(buildOutline(model).headings.map((h) => h.paragraph)).toEqual([0, 2]);
  });

  it("finds the innermost section of a paragraph", () => {
    const s = outline(["导语。", "一、甲", "（一）乙", "正文。", "二、丙", "正文。"]);
    expect(sectionAt(s, 0)).toBeNull();
    expect(sectionAt(s, 3)?.heading.paragraph).toBe(2);
    expect(sectionAt(s, 5)?.heading.paragraph).toBe(4);
    expect(flattenOutline(s.roots).map((n) => n.heading.paragraph)).toEqual([1, 2, 4]);
  });
});

describe("buildOutline: title, 主送, 导语, 落款, 成文日期", () => {
  const report = [
    "关于2024年度党风廉政建设和反腐败工作情况的报告",
    "",
    "市纪委：",
    "2024年，我局坚持……。现将有关情况报告如下：",
    "一、主要工作情况",
    "正文。",
    "二、存在的问题",
    "正文。",
    "特此报告。",
    "",
    "中共某某市某某局党组",
    "2024年12月20日",
  ];

  it("finds every part of a unit report", () => {
    const s = outline(report);
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([0, 2, 3, 10, 11]);
    expect(s.signatureLines).toEqual([10]);
    expect(s.roots[1].end).toBe(10);
  });

  it("finds a report signed under its title: the reporter's line and the date (issue 10)", () => {
    const s = outline([
      "2024年度述责述廉报告",
      "市水务局党组书记、局长　林建华",
      "（2025年1月10日）",
      "",
      "根据安排，现将本人履行职责情况报告如下：",
      "一、主要工作情况",
      "正文。",
    ]);
    expect([s.title, s.byline, s.headDate, s.opening, s.signature, s.date]).toEqual([0, 1, 2, 4, null, null]);
    // a subtitle is neither; without a title nothing is under it
    const sub = outline([
      "2024年度述责述廉报告",
      "（在区纪委全会上的述责述廉）",
      "现将情况报告如下：",
      "一、工作",
    ]);
    expect([sub.byline, sub.headDate]).toEqual([null, null]);
  });

  it("takes two 落款 lines (unit and person) and the wrong date forms", () => {
    for (const d of ["2024.12.20", "2024-12-20", "二〇二四年十二月二十日", "2024年12月20日 "]) {
      const s = outline([
        "2024年度述责述廉报告",
        "导语如下：",
        "一、甲",
        "正文。",
        "某某局党组书记",
        "张三",
        d,
      ]);
      expect([s.title, s.opening, s.signature, s.date, s.signatureLines]).toEqual([0, 1, 4, 6, [4, 5]]);
    }
  });

  it("takes a unit line without a date as 落款", () => {
    const s = outline(["一、甲", "正文。", "中共某某县委员会"]);
    expect([s.signature, s.date]).toEqual([2, null]);
  });

  it("does not take a short closing sentence or a heading for 落款", () => {
    expect(outline(["一、甲", "正文。", "特此报告。"]).signature).toBeNull();
    expect(outline(["一、甲", "二、乙"]).signature).toBeNull();
  });

  it("finds no title when the first line is body text, and the opening is that line", () => {
    const s = outline(["一年来，我认真贯彻落实党风廉政建设责任制。", "一、主要工作情况"]);
    expect([s.title, s.opening]).toEqual([null, 0]);
  });

  it("uses the Title style or centring as evidence for a title", () => {
    const m: DocModel = {
      paragraphs: [{ text: "张三同志的个人小结", alignment: "centered" }, { text: "正文。" }],
    };
    expect(buildOutline(m).title).toBe(0);
    expect(outline(["张三同志的个人小结", "正文。"]).title).toBeNull();
  });

  it("joins a title broken over two lines", () => {
    const s = outline([
      "关于2024年度履行党风廉政建设",
      "主体责任情况的报告",
      "",
      "市纪委：",
      "2024年，……报告如下：",
      "一、甲",
    ]);
    expect([s.title, s.titleLines, s.addressee, s.opening]).toEqual([0, [0, 1], 3, 4]);
    expect(outline(["一年来工作", "继续努力", "一、甲"]).titleLines).toEqual([]);
  });

  it("recognises a 主送 line with a half-width colon and trailing spaces, not a 如下： line", () => {
    expect(outline(["县委、县纪委: \u3000", "导语。", "一、甲"]).addressee).toBe(0);
    expect(outline(["现将有关情况报告如下：", "一、甲"]).addressee).toBeNull();
  });

  it("skips a subtitle line (the reporter) when it looks for the opening", () => {
    const s = outline([
      "2024年度述责述廉报告",
      "某某局党组书记 张三",
      "2024年，本人……。现述责述廉如下：",
      "一、甲",
    ]);
    expect([s.title, s.opening]).toEqual([0, 2]);
  });

  it.each([
    ["2024年12月20日", true],
    ["2024年1月5日", true],
    ["２０２４年１２月２０日", true],
    ["2024 年 12 月 20 日", true],
    ["（2024年12月20日）", true],
    ["2024.12.20", true],
    ["2024-1-2", true],
    ["2024/12/20", true],
    ["二〇二四年十二月二十日", true],
    ["二〇二四年一月三十一日", true],
    ["2024年12月", false],
    ["2024年12月20日召开会议", false],
    ["12月20日", false],
    ["3.2%", false],
  ])("isDateLine(%s) = %s", (t, yes) => {
    expect(isDateLine(t)).toBe(yes);
  });
});

describe("enumerations", () => {
  const words = (t: string, from = 0) =>
    findEnumerations(t, 0, from).map((e) => [e.word, e.offset, e.ordinal, e.style]);

  it("finds 一是/二是 at sentence starts with exact offsets", () => {
    expect(words("一是强化学习。二是完善制度；三是严格考核。")).toEqual([
      ["一是", 0, 1, "shi"],
      ["二是", 7, 2, "shi"],
      ["三是", 14, 3, "shi"],
    ]);
  });

  it("counts beyond ten", () => {
    expect(words("十是甲。十一是乙。")).toEqual([
      ["十是", 0, 10, "shi"],
      ["十一是", 4, 11, "shi"],
    ]);
  });

  it("ignores words that are not at a sentence start", () => {
    expect(words("坚持统一是原则，二是没有句号在前。")).toEqual([]);
  });

  it("ignores enumerations inside quotation marks and book titles", () => {
    expect(words("他说：“一是学习。二是落实。”《一是二是》")).toEqual([]);
  });

  it("counts a sentence that ends inside a quotation", () => {
    expect(words("提出“要学习。”一是落实。")).toEqual([["一是", 8, 1, "shi"]]);
  });

  it("finds 首先/其次/再次/最后 and 第一，第二，", () => {
    expect(words("首先，学习。其次，落实。再次，考核。最后，总结。")).toEqual([
      ["首先", 0, 1, "shouxian"],
      ["其次", 6, 2, "shouxian"],
      ["再次", 12, 3, "shouxian"],
      ["最后", 18, 0, "shouxian"],
    ]);
    expect(words("第一，学习。第二，落实。第一次会议。")).toEqual([
      ["第一", 0, 1, "diyi"],
      ["第二", 6, 2, "diyi"],
    ]);
  });

  it("starts after a heading marker and sentence", () => {
    const t = "（一）强化组织领导。一是强化学习。";
    expect(words(t, 3)).toEqual([["一是", 10, 1, "shi"]]);
  });

  it("lists 一是/二是 after a comma separately (not an enumeration by the genre's rule)", () => {
    const mid: ReturnType<typeof findEnumerations> = [];
    expect(
      findEnumerations("一是学习，二是落实。三是考核，“四是”。", 0, 0, mid).map((e) => [e.word, e.offset]),
    ).toEqual([
      ["一是", 0],
      ["三是", 10],
    ]);
    expect(mid.map((e) => [e.word, e.offset, e.ordinal])).toEqual([["二是", 5, 2]]);
    const s = outline(["一、甲", "一是学习，二是落实，其次不算。"]);
    expect(s.enumerations.map((e) => e.word)).toEqual(["一是"]);
    expect(s.midSentenceEnumerations.map((e) => [e.paragraph, e.word, e.offset])).toEqual([[1, "二是", 5]]);
  });

  it("numbers 最后 after the series and drops a lone 最后/再次", () => {
    const s = outline([
      "一、甲",
      "首先，学习。其次，落实。最后，总结。",
      "二、乙",
      "最后，我表态。再次，强调。",
    ]);
    expect(s.enumerations.map((e) => [e.paragraph, e.word, e.ordinal])).toEqual([
      [1, "首先", 1],
      [1, "其次", 2],
      [1, "最后", 3],
    ]);
  });
});

describe("buildOutline on arbitrary input (fast-check)", () => {
  const genreChars = fc.constantFrom(
    ..."一二三十、（）()1２.．，,。：:；“”《》是第首先其次最后年月日 \u3000\t报告市纪委X",
  );
  const line = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: genreChars, maxLength: 30 }),
  );

  it("never throws, and every offset points at the text it names", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const s = outline(lines);
        for (const h of s.headings) {
          const t = lines[h.paragraph];
          expect(t.slice(h.textOffset, h.textOffset + h.text.length)).toBe(h.text);
          expect(t.slice(h.markerOffset, h.markerOffset + h.marker.length)).toBe(h.marker);
          expect(h.depth).toBeGreaterThanOrEqual(1);
          expect(h.number).toBeGreaterThanOrEqual(1);
        }
        for (const e of s.enumerations)
          expect(lines[e.paragraph].slice(e.offset, e.offset + e.length)).toBe(e.word);
        for (const n of flattenOutline(s.roots)) expect(n.end).toBeGreaterThan(n.start);
        expect(flattenOutline(s.roots)).toHaveLength(s.headings.length);
      }),
      { numRuns: 1000 },
    );
  });
});
