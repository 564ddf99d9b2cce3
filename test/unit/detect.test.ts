import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { detect } from "../../src/core/detect";
import { buildOutline } from "../../src/core/outline";
import { modelFromLines } from "../../src/core/model";

const SEEDS = join(__dirname, "../../../shared/seeds");

function detectLines(lines: string[]) {
  const model = modelFromLines(lines);
  return detect(model, buildOutline(model));
}

describe("detect kind and year", () => {
  it.each([
    ["000", "personal-responsibility-system", 2021],
    ["001", "first-responsible", 2023],
    ["002", "main-responsibility", 2023],
    ["003", "personal-shuzeshulian", 2022],
    ["004", "unit-annual", 2021],
  ])("seed %s → %s %d", (prefix, kind, year) => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
    const lines = readFileSync(join(SEEDS, file), "utf8").split(/\r?\n/);
    expect(detectLines(lines)).toMatchObject({ kind, year });
  });

  it.each([
    ["关于2024年度履行党风廉政建设第一责任人职责情况的报告", "first-responsible", 2024],
    ["关于2024年度履行党风廉政建设主体责任情况的报告", "main-responsibility", 2024],
    ["关于2024年度落实党风廉政建设责任制及个人廉洁从政情况的报告", "personal-responsibility-system", 2024],
    ["关于2024年度党风廉政建设和反腐败工作情况的报告", "unit-annual", 2024],
    ["关于2025年第一季度履行全面从严治党主体责任情况的报告", "periodic-main-responsibility", 2025],
    ["2024年度述责述廉报告", "personal-shuzeshulian", 2024],
  ])("title %s", (title, kind, year) => {
    expect(detectLines([title, "现将有关情况报告如下：", "一、主要工作情况"])).toEqual({
      kind,
      year,
      yearFrom: "title",
    });
  });

  it("falls back to the most frequent year and to null", () => {
    expect(
      detectLines(["今年以来，我们做了大量工作。", "2023年完成任务，2023年底验收，2022年启动。"]),
    ).toEqual({ kind: null, year: 2023, yearFrom: "text" });
    expect(detectLines([""])).toEqual({ kind: null, year: null, yearFrom: null });
  });

  it("takes an addressee line as the sign of a unit's report", () => {
    expect(
      detectLines(["市纪委：", "根据工作部署，现将今年工作情况报告如下：", "一、主要工作情况"]).kind,
    ).toBe("unit-annual");
  });
});
