import { comparePrevious, matchParagraphs, similarity, NEAR_THRESHOLD } from "../../src/core/previous";
import { modelFromLines } from "../../src/core/model";
import { pick } from "../../src/i18n";

const LAST = modelFromLines([
  "关于2022年度履行全面从严治党主体责任情况的报告",
  "一、主要工作情况",
  "2022年以来，局党组坚持把党风廉政建设摆在突出位置，全年召开专题会议12次，开展警示教育4场。",
  "扎实开展党史学习教育，组织党员干部赴红色教育基地开展现场教学，巩固拓展学习成果。",
  "督促班子成员落实“一岗双责”，逐级签订责任书，层层传导压力，推动责任落地见效。",
  "二、存在的问题",
]);

const THIS = modelFromLines([
  "关于2023年度履行全面从严治党主体责任情况的报告",
  "一、主要工作情况",
  // copied, year and figures not changed
  "2022年以来，局党组坚持把党风廉政建设摆在突出位置，全年召开专题会议12次，开展警示教育4场。",
  // copied with one word changed, campaign of 2021 left in
  "扎实开展党史学习教育，组织党员干部赴红色教育基地开展现场教学，持续巩固学习成果。",
  // rewritten: a new paragraph about this year's work
  "围绕主题教育检视整改，建立问题清单和整改台账，逐项销号，确保整改到位。",
  "二、存在的问题",
]);

describe("similarity (bigram Dice, digits masked)", () => {
  it("is 1 for texts that differ only in digits and white space", () => {
    expect(similarity("2022年召开会议12次", "2023年 召开会议8次")).toBe(1);
  });
  it("is low for unrelated texts", () => {
    expect(similarity("坚持把纪律挺在前面", "持续改进会风文风")).toBeLessThan(0.2);
  });
  it("is exact on a small case: one changed character of eleven", () => {
    // 甲乙丙丁戊己庚辛壬癸子 vs 甲乙丙丁戊己庚辛壬癸丑: 10 bigrams each, 9 shared
    expect(similarity("甲乙丙丁戊己庚辛壬癸子", "甲乙丙丁戊己庚辛壬癸丑")).toBeCloseTo(0.9, 10);
  });
});

describe("matchParagraphs", () => {
  it("pairs the copied and nearly copied paragraphs, not the new or short ones", () => {
    const m = matchParagraphs(THIS, LAST);
    expect(m.map((x) => [x.paragraph, x.previous])).toEqual([
      [2, 2],
      [3, 3],
    ]);
    expect(m[0].similarity).toBe(1);
    expect(m[1].similarity).toBeGreaterThanOrEqual(NEAR_THRESHOLD);
    expect(m[1].similarity).toBeLessThan(1);
  });
  it("finds a paragraph that moved", () => {
    const moved = modelFromLines(["二、存在的问题", LAST.paragraphs[4].text]);
    expect(matchParagraphs(moved, LAST)).toEqual([{ paragraph: 1, previous: 4, similarity: 1 }]);
  });
});

describe("comparePrevious", () => {
  const findings = comparePrevious(THIS, LAST, { year: 2023 });
  const at = (rule: string) =>
    findings.filter((f) => f.rule === rule).map((f) => [f.paragraph, f.offset, f.length, f.excerpt]);

  it("reports the same and the nearly same paragraphs, warning level, with last year's paragraph", () => {
    const p2 = THIS.paragraphs[2].text;
    const p3 = THIS.paragraphs[3].text;
    expect(at("previous-same-paragraph")).toEqual([[2, 0, p2.length, p2]]);
    expect(at("previous-near-paragraph")).toEqual([[3, 0, p3.length, p3]]);
    for (const f of findings) {
      expect(f.severity).toBe("warning");
      expect(f.category).toBe("previous");
      expect(f.rule.startsWith("previous-")).toBe(true);
    }
    const near = findings.find((f) => f.rule === "previous-near-paragraph")!;
    expect(near.match).toMatchObject({ paragraph: 3, text: LAST.paragraphs[3].text });
    expect(pick(near.message, "zh-CN")).toContain("上年报告第4段");
  });

  it("reports last year's year left in a copied paragraph", () => {
    expect(at("previous-year")).toEqual([[2, 0, 4, "2022"]]);
  });

  it("reports figures the same as last year's", () => {
    const p2 = THIS.paragraphs[2].text;
    expect(at("previous-figure")).toEqual([
      [2, p2.indexOf("12次"), 3, "12次"],
      [2, p2.indexOf("4场"), 2, "4场"],
    ]);
  });

  it("reports a campaign of an earlier year kept from last year", () => {
    expect(at("previous-campaign")).toEqual([[3, 4, 6, "党史学习教育"]]);
  });

  it("says nothing about updated years and figures, nor about a year older than last year's report", () => {
    const updated = modelFromLines([
      "2023年以来，局党组坚持把党风廉政建设摆在突出位置，全年召开专题会议15次，开展警示教育6场。",
      "2012年党的十八大以来，局党组坚持把党风廉政建设摆在突出位置，持续推进作风建设走深走实。",
    ]);
    const last = modelFromLines([
      "2022年以来，局党组坚持把党风廉政建设摆在突出位置，全年召开专题会议12次，开展警示教育4场。",
      "2012年党的十八大以来，局党组坚持把党风廉政建设摆在突出位置，持续推进作风建设走深走实。",
    ]);
    const f = comparePrevious(updated, last, { year: 2023 });
    expect(f.map((x) => [x.rule, x.paragraph])).toEqual([
      ["previous-near-paragraph", 0],
      ["previous-same-paragraph", 1],
    ]);
  });

  it("needs no years to find copied paragraphs, and skips the year checks without them", () => {
    const f = comparePrevious(THIS, LAST);
    expect(f.some((x) => x.rule === "previous-year" || x.rule === "previous-campaign")).toBe(false);
    expect(f.filter((x) => x.rule === "previous-same-paragraph")).toHaveLength(1);
  });

  it("compares two 100-page reports in at most 100 ms", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // 600 words of two to four characters drawn from 800 common CJK characters (a Zipf-like draw)
    const chars = Array.from({ length: 800 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 37) % 20000)));
    const words = Array.from({ length: 600 }, () =>
      Array.from({ length: 2 + rand(3) }, () => chars[Math.floor(800 * Math.pow(rand(1000) / 1000, 2))]).join(
        "",
      ),
    );
    const para = () => {
      let s = "";
      while (s.length < 150)
        s += words[Math.floor(600 * Math.pow(rand(1000) / 1000, 2))] + (rand(4) === 0 ? "，" : "");
      return `${s}，共${rand(50)}次。`;
    };
    // about 650 characters a page, 100 pages: 430 paragraphs of 150 characters
    const last = Array.from({ length: 430 }, para);
    const now = last.map((p, i) => (i % 3 === 0 ? para() : i % 3 === 1 ? p.replace(/坚持/, "持续") : p));
    const a = modelFromLines(now);
    const b = modelFromLines(last);
    comparePrevious(a, b, { year: 2024 }); // warm up
    // CPU time (the machine is shared by many processes: wall time measures the queue), best of three
    let ms = Infinity;
    let f = comparePrevious(a, b, { year: 2024 });
    for (let run = 0; run < 3; run++) {
      const t0 = process.cpuUsage();
      f = comparePrevious(a, b, { year: 2024 });
      const d = process.cpuUsage(t0);
      ms = Math.min(ms, (d.user + d.system) / 1000);
    }
    expect(f.filter((x) => x.rule.endsWith("-paragraph")).length).toBeGreaterThanOrEqual(280);
    console.log(`previous: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThanOrEqual(100);
  });
});
