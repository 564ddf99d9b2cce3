/**
 * False-positive guard: short, correct reports written for this test (test/fixtures/text/clean-*.txt, one
 * paragraph a line) raise no error and no warning. They carry the traps of GENRE.md section 9: run-in
 * （一） headings, decimals (1.5亿元, 3.2%, 第1.2条), Excel, 一是 inside “” and 《》, legitimate reduplications,
 * the variants of 三重一大 and 四种形态, and (first-responsible) a closing problems paragraph with no heading,
 * which gets info findings only.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/check";
import { modelFromLines, type DocModel } from "../../src/core/model";
import { readTextFile } from "../../src/formats/text";
import type { Finding } from "../../src/core/findings";

const DIR = join(__dirname, "../fixtures/text");

function load(name: string): DocModel {
  return readTextFile(new Uint8Array(readFileSync(join(DIR, name))));
}

const show = (fs: Finding[]) =>
  fs.map((f) => `${f.severity} ${f.rule}@${f.paragraph}:${f.offset} ${f.excerpt} ${f.message["zh-CN"]}`);

const FIXTURES = [
  {
    file: "clean-shuzeshulian.txt",
    kind: "personal-shuzeshulian",
    year: 2024,
    traps: [
      "（一）带头加强政治建设。",
      "1.5亿元",
      "第1.2条",
      "一级抓一级",
      "层层",
      "人人",
      "常抓不懈",
      "红红脸、出出汗",
      "大额度资金运作",
      "约谈函询",
    ],
  },
  {
    file: "clean-unit-annual.txt",
    kind: "unit-annual",
    year: 2024,
    traps: ["市纪委：", "特此报告。", "1.5亿元", "3.2%", "第1.2条", "Excel", "“一是一、二是二”", "层层"],
  },
  {
    file: "clean-periodic.txt",
    kind: "periodic-main-responsibility",
    year: 2025,
    traps: ["“一是严禁公款吃喝、二是严禁违规收送礼品”", "大额资金使用", "常抓不懈", "人人", "91.7%"],
  },
  {
    file: "clean-first-responsible.txt",
    kind: "first-responsible",
    year: 2024,
    traps: [
      "72.3%",
      "1.5亿元",
      "一级抓一级",
      "层层",
      "重大决策、重要人事任免",
      "《一是一二是二：求真务实案例选编》",
    ],
  },
  // The kinds added by issue 14: their own parts (述法, 尚未完成整改的问题, 原因分析), no 存在的问题 asked
  // of the last two, 材料 accepted as the 文种 of the 对照检查材料.
  {
    file: "clean-shuzhi-shulian.txt",
    kind: "shuzhi-shulian",
    year: 2024,
    traps: ["1.5亿元", "91.7%", "尊法学法守法用法", "述职人：李明", "请各位领导和同志们批评指正。"],
  },
  {
    file: "clean-inspection-rectification.txt",
    kind: "inspection-rectification",
    year: 2024,
    traps: ["1.5亿元", "91.7%", "市委巡察工作领导小组办公室：", "特此报告。", "整改措施：", "尚未完成整改"],
  },
  {
    file: "clean-democratic-life-review.txt",
    kind: "democratic-life-review",
    year: 2024,
    traps: ["1.5亿元", "对照检查材料", "产生问题的原因分析", "上年度民主生活会整改措施落实情况"],
  },
  // Forms met in probes of issue 10's last session: a 述责述廉 report signed under its title (post and
  // name, the date in brackets), a title broken over two paragraphs with the unit first, and an annual
  // report dated early the next year that cites that January's plenum in its plans.
  {
    file: "clean-byline-under-title.txt",
    kind: "personal-shuzeshulian",
    year: 2024,
    traps: ["市农业农村局党组书记、局长　陈立新", "（2025年1月10日）", "1.5亿元", "“一岗双责”"],
  },
  {
    file: "clean-two-line-title.txt",
    kind: "main-responsibility",
    year: 2023,
    traps: ["中共南山县委员会", "关于2023年度落实", "中共南屏市委：", "91.7%"],
  },
  {
    file: "clean-dated-next-year.txt",
    kind: "unit-annual",
    year: 2024,
    traps: ["二十届中央纪委四次全会", "2025年1月20日", "1.5亿元", "审计“八不准”"],
  },
] as const;

describe("clean report excerpts raise no error or warning", () => {
  test.each(FIXTURES.map((f) => [f.file, f] as const))("%s", (_file, fx) => {
    const model = load(fx.file);
    const text = model.paragraphs.map((p) => p.text).join("\n");
    for (const t of fx.traps) expect(text).toContain(t);
    expect(model.paragraphs.length).toBeGreaterThanOrEqual(10);
    const result = check(model);
    expect({ kind: result.kind, year: result.year }).toEqual({ kind: fx.kind, year: fx.year });
    expect(show(result.findings.filter((f) => f.severity !== "info"))).toEqual([]);
  });

  test("first-responsible: the closing problems paragraph is an info suggestion, not an error", () => {
    const model = load("clean-first-responsible.txt");
    const { findings } = check(model);
    const closing = model.paragraphs.findIndex((p) => p.text.startsWith("回顾一年来的工作"));
    expect(closing).toBeGreaterThan(0);
    const sections = findings.filter((f) => f.rule === "required-sections");
    expect(sections.map((f) => [f.severity, f.paragraph])).toEqual([
      ["info", closing],
      ["info", closing],
    ]);
  });

  test("the checker is live on the same text: a defect put in each fixture is found", () => {
    // The fixtures are clean, not invisible: one slip in each is reported at its place.
    for (const fx of FIXTURES) {
      const lines = load(fx.file).paragraphs.map((p) => p.text);
      const i = lines.findIndex((l) => l.includes("1.5亿元") || l.includes("91.7%"));
      expect(i).toBeGreaterThan(0);
      const broken = lines[i].replace(/1\.5亿元|91\.7%/, (m) => (m === "1.5亿元" ? "X亿元" : "XX%"));
      const at = broken.search(/XX?[亿%]/);
      lines[i] = broken;
      const { findings } = check(modelFromLines(lines));
      expect(findings.filter((f) => f.rule === "placeholder").map((f) => [f.paragraph, f.offset])).toEqual([
        [i, at],
      ]);
    }
  });
});
