/**
 * The check on the five sample reports (../shared/seeds): finds the defects seeds/README.md and
 * issue 3 describe, and raises no error on headings, numbering and formulations that are right
 * (the exact set of error-level rule ids per seed). Line numbers in the issue are 1-based;
 * paragraphs here are 0-based.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { readTextFile } from "../../src/formats/text";

const SEEDS = join(__dirname, "../../../shared/seeds");

function seed(prefix: string) {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
  const model = readTextFile(new Uint8Array(readFileSync(join(SEEDS, file))));
  return { model, result: check(model) };
}

const errorRules = (fs: Finding[]) =>
  [...new Set(fs.filter((f) => f.severity === "error").map((f) => f.rule))].sort();
const at = (fs: Finding[], rule: string) =>
  fs.filter((f) => f.rule === rule).map((f) => [f.paragraph, f.offset, f.length, f.excerpt.slice(0, 12)]);
const spans = (fs: Finding[], rule: string, model: { paragraphs: { text: string }[] }) =>
  fs
    .filter((f) => f.rule === rule)
    .map((f) => model.paragraphs[f.paragraph!].text.slice(f.offset, f.offset + f.length));

describe("seed 000 (personal-responsibility-system, 2021)", () => {
  const { model, result } = seed("000");
  it("detects kind and year", () =>
    expect([result.kind, result.year]).toEqual(["personal-responsibility-system", 2021]));
  it("raises errors only for the placeholders", () =>
    expect(errorRules(result.findings)).toEqual(["placeholder"]));
  it("finds X亿元, X万元 twice and X高质量", () => {
    expect(at(result.findings, "placeholder").map((r) => r.slice(0, 3))).toEqual([
      [4, 144, 1],
      [4, 250, 1],
      [4, 254, 1],
      [10, 150, 1],
    ]);
    expect(model.paragraphs[4].text.slice(144, 147)).toBe("X亿元");
    expect(model.paragraphs[10].text.slice(150, 154)).toBe("X高质量");
  });
  it("notes the 。 after 如下 as info only", () => {
    expect(
      result.findings.filter((f) => f.rule === "opening-transition").map((f) => [f.paragraph, f.severity]),
    ).toEqual([[0, "info"]]);
  });
});

describe("seed 001 (first-responsible, 2023)", () => {
  const { model, result } = seed("001");
  it("detects kind and year", () => expect([result.kind, result.year]).toEqual(["first-responsible", 2023]));
  it("raises exactly these error rules", () =>
    expect(errorRules(result.findings)).toEqual([
      "formulation",
      "paired-marks",
      "paragraph-end",
      "placeholder",
      "year-suffix",
    ]));
  it("finds the asterisk placeholders (*名, *余名, *件 …)", () => {
    const s = spans(result.findings, "placeholder", model);
    expect(s.length).toBe(31);
    expect(s.every((x) => x === "*")).toBe(true);
    const paragraphs = [
      ...new Set(result.findings.filter((f) => f.rule === "placeholder").map((f) => f.paragraph)),
    ];
    expect(paragraphs).toEqual([4, 5, 8, 10, 11, 14, 22]);
  });
  it("finds 2023以来年 (line 6), 黑除恶 (line 11), the missing final mark (line 11), the unclosed “ (line 15)", () => {
    expect(at(result.findings, "year-suffix")).toEqual([[5, 229, 7, "2023以来年"]]);
    expect(result.findings.find((f) => f.rule === "year-suffix")!.fix).toEqual({ replacement: "2023年以来" });
    expect(at(result.findings, "formulation")).toEqual([[10, 27, 3, "黑除恶"]]);
    expect(at(result.findings, "paragraph-end").map((r) => r.slice(0, 3))).toEqual([[10, 270, 0]]);
    expect(at(result.findings, "paired-marks").map((r) => r.slice(0, 3))).toEqual([[14, 57, 1]]);
    expect(model.paragraphs[14].text[57]).toBe("“");
  });
  it("suggests a heading for the closing paragraph (info, not error)", () => {
    expect(
      result.findings.filter((f) => f.rule === "required-sections").map((f) => [f.paragraph, f.severity]),
    ).toEqual([
      [22, "info"],
      [22, "info"],
    ]);
  });
});

describe("seed 002 (main-responsibility, 2023)", () => {
  const { model, result } = seed("002");
  it("detects kind and year", () =>
    expect([result.kind, result.year]).toEqual(["main-responsibility", 2023]));
  it("raises exactly these error rules", () =>
    expect(errorRules(result.findings)).toEqual(["doubled-char", "placeholder"]));
  it("finds 第X次, X次, X余起, X类X个, 法治X行", () => {
    const rows = result.findings
      .filter((f) => f.rule === "placeholder")
      .map((f) => model.paragraphs[f.paragraph!].text.slice(f.offset - 1, f.offset + f.length + 1));
    expect(rows).toEqual(["作X次", "第X次", "、X次", "例X余", "的X类", "类X个", "题X个", "治X行"]);
  });
  it("finds 县县本级 (line 11) with a fix", () => {
    expect(at(result.findings, "doubled-char")).toEqual([[10, 73, 2, "县县"]]);
    expect(result.findings.find((f) => f.rule === "doubled-char")!.fix).toEqual({ replacement: "县" });
  });
  it("accepts 三重一大 and the closing paragraph", () => {
    expect(result.findings.filter((f) => f.rule === "required-sections").map((f) => f.severity)).toEqual([
      "info",
      "info",
    ]);
  });
});

describe("seed 003 (personal-shuzeshulian, 2022)", () => {
  const { model, result } = seed("003");
  it("detects kind and year", () =>
    expect([result.kind, result.year]).toEqual(["personal-shuzeshulian", 2022]));
  it("raises exactly these error rules", () =>
    expect(errorRules(result.findings)).toEqual(["dash-ellipsis", "halfwidth-punctuation", "placeholder"]));
  it("finds **县**局 and ***领域", () => {
    expect(spans(result.findings, "placeholder", model)).toEqual(["**", "**", "***", "***", "***"]);
    expect(at(result.findings, "placeholder").map((r) => r[0])).toEqual([7, 7, 15, 21, 22]);
  });
  it("finds the half-width commas of lines 18 and 21", () => {
    expect(at(result.findings, "halfwidth-punctuation").map((r) => r.slice(0, 3))).toEqual([
      [17, 22, 1],
      [17, 66, 1],
      [20, 62, 1],
    ]);
  });
  it("finds 成大道—党史 and 物华新—习 (single dashes)", () => {
    expect(at(result.findings, "dash-ellipsis").map((r) => r.slice(0, 3))).toEqual([
      [5, 56, 1],
      [5, 85, 1],
    ]);
    expect(model.paragraphs[5].text.slice(53, 59)).toBe("成大道—党史");
  });
  it("accepts the skipped level (一、 then 1.) and the title", () => {
    expect(result.structure.title).toBe(0);
    expect(result.findings.filter((f) => f.rule.startsWith("heading-") || f.rule === "title-form")).toEqual(
      [],
    );
  });
});

describe("seed 004 (unit-annual, 2021)", () => {
  const { model, result } = seed("004");
  it("detects kind and year", () => expect([result.kind, result.year]).toEqual(["unit-annual", 2021]));
  it("raises exactly these error rules", () =>
    expect(errorRules(result.findings)).toEqual([
      "halfwidth-punctuation",
      "placeholder",
      "required-sections",
    ]));
  it("finds X次, xx市xx局, xx同志, XX余人", () => {
    const s = spans(result.findings, "placeholder", model);
    expect(s.filter((x) => x === "X").length).toBe(4);
    expect(s.filter((x) => x === "xx").length).toBe(13);
    expect(s.filter((x) => x === "XX").length).toBe(1);
    expect(model.paragraphs[3].text.slice(200, 206)).toBe("xx市xx局");
  });
  it("finds 因;既 (line 7) and the missing problems section", () => {
    expect(at(result.findings, "halfwidth-punctuation").map((r) => r.slice(0, 3))).toEqual([[6, 447, 1]]);
    expect(
      result.findings.filter((f) => f.rule === "required-sections").map((f) => [f.paragraph, f.severity]),
    ).toEqual([[null, "error"]]);
  });
  it("accepts the addressee line", () => {
    expect(result.structure.addressee).toBe(0);
    expect(result.findings.filter((f) => f.rule === "addressee-form")).toEqual([]);
  });
});
