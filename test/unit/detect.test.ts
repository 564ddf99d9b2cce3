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

  it("reads a title broken over two paragraphs whole (the unit, then 关于……的报告)", () => {
    expect(
      detectLines([
        "中共东岭县委员会",
        "关于2023年度落实全面从严治党主体责任情况的报告",
        "",
        "一、主要工作情况",
      ]),
    ).toEqual({ kind: "main-responsibility", year: 2023, yearFrom: "title" });
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

describe("kind and year from the body when there is no title line (issue 10)", () => {
  it("reads the kind from a level-1 heading when the opening names none", () => {
    expect(
      detectLines([
        "今年以来，在区委的领导下，我认真履行职责，现将有关情况报告如下：",
        "一、履行党风廉政建设第一责任人职责情况",
        "带头抓班子、带队伍。",
        "二、存在的问题",
        "抓落实的力度还不均衡。",
      ]).kind,
    ).toBe("first-responsible");
  });

  it("reads the kind whose cues occur in two or more paragraphs of the body", () => {
    expect(
      detectLines([
        "按照要求，现将本人有关情况报告如下：",
        "一、主要做法",
        "我始终把落实个人廉洁从政各项规定放在心上。",
        "严格执行个人廉洁从政有关规定，按时报告个人有关事项。",
        "二、下一步打算",
        "继续加强学习。",
      ]).kind,
    ).toBe("personal-responsibility-system");
  });

  it("does not guess from one mention, nor for a text that does not present itself as a report", () => {
    expect(
      detectLines([
        "按照要求，现将有关情况报告如下：",
        "一、主要做法",
        "组织党员干部学习个人廉洁从政有关规定。",
        "二、下一步打算",
        "继续加强学习。",
      ]).kind,
    ).toBeNull();
    expect(
      detectLines([
        "同志们，今天我们召开会议，部署今年的工作。",
        "一、认清形势",
        "各级要严格执行个人廉洁从政有关规定。",
        "领导干部要带头遵守个人廉洁从政各项要求。",
      ]).kind,
    ).toBeNull();
  });

  // (The kind is the 巡视巡察整改 kind's: its profile came with issue 14.)
  it("takes the report's year, not the date of an event in the opening", () => {
    expect(
      detectLines([
        "2024年10月8日至11月20日，市委巡察组对我局进行了巡察。现将2025年整改进展情况报告如下：",
        "一、整改工作开展情况",
      ]),
    ).toEqual({ kind: "inspection-rectification", year: 2025, yearFrom: "opening" });
    expect(
      detectLines([
        "2023年9月5日至10月30日，区委第二巡察组对我局开展了常规巡察，现将整改情况报告如下：",
        "一、整改工作开展情况",
        "逐条制定整改措施。",
        "某某局党组",
        "2024年3月12日",
      ]),
    ).toEqual({ kind: "inspection-rectification", year: 2024, yearFrom: "date" });
  });
});

describe("no kind for documents of other kinds (issue 10)", () => {
  it("a speech or a government work report that names 主体责任 gets no kind", () => {
    expect(
      detectLines([
        "在全市全面从严治党工作会议上的讲话",
        "同志们：",
        "今天召开会议，主要任务是总结去年工作，压实今年的主体责任。",
        "一、认清形势",
        "各级党组织要扛起主体责任。",
      ]).kind,
    ).toBeNull();
    expect(
      detectLines([
        "政府工作报告",
        "各位代表：",
        "现在，我代表区人民政府向大会报告工作，请予审议。全年落实全面从严治党主体责任。",
        "一、过去一年的工作",
      ]).kind,
    ).toBeNull();
  });

  it("a first line that the outline does not take for a title still names the kind", () => {
    expect(
      detectLines([
        "某局党组2025年第二季度履行全面从严治党主体责任情况报告和下一步打算",
        "一、主要做法",
        "局党组召开专题会议研究部署。",
      ]).kind,
    ).toBe("periodic-main-responsibility");
    expect(
      detectLines([
        "某局党组2025年第二季度履行全面从严治党主体责任情况报告和下一步打算",
        "2024年12月，局党组制定了全年计划。今年以来，我们认真落实计划。",
        "一、主要做法",
      ]),
    ).toEqual({ kind: "periodic-main-responsibility", year: 2025, yearFrom: "opening" });
  });
});
