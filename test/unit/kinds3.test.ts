/**
 * The three kinds of issue 14: 述职述廉（述德述法）报告, 巡视巡察整改进展情况报告, 民主生活会个人对照检查材料.
 * Detected from the title and from the opening, templated, checked with their own parts (no 存在的问题 where
 * the kind has none), listed by `lianzheng new --list`.
 */
import { detect } from "../../src/core/detect";
import { buildOutline } from "../../src/core/outline";
import { modelFromLines } from "../../src/core/model";
import { check } from "../../src/core/check";
import { renderTemplate } from "../../src/core/scaffold";
import { findTemplate } from "../../src/genre/templates";
import { KINDS } from "../../src/genre/kinds";
import { kindProfileSchema } from "../../src/genre/kinds/schema";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { setLocale } from "../../src/i18n";
import type { Finding } from "../../src/core/findings";

beforeAll(() => setLocale("zh-CN"));

const NEW = ["shuzhi-shulian", "inspection-rectification", "democratic-life-review"] as const;

function detectLines(lines: string[]) {
  const model = modelFromLines(lines);
  return detect(model, buildOutline(model)).kind;
}

const sections = (fs: Finding[]) =>
  fs
    .filter((f) => f.rule === "required-sections" || f.rule === "title-form")
    .map((f) => `${f.rule}:${f.severity}:${f.paragraph}:${f.offset}:${f.length}:${f.message["zh-CN"]}`);

describe("profiles", () => {
  test.each(NEW)("%s: a valid profile with a template of its own", (id) => {
    const k = KINDS.find((x) => x.id === id)!;
    expect(kindProfileSchema.safeParse(k).success).toBe(true);
    expect(findTemplate(k.template!)?.kind).toBe(id);
  });
});

describe("detection", () => {
  test.each([
    ["2024年度述职述廉述德述法报告", "shuzhi-shulian"],
    ["2025年度述职述廉报告", "shuzhi-shulian"],
    ["述德述职述廉报告", "shuzhi-shulian"],
    ["2024年度述职述法报告", "shuzhi-shulian"],
    ["江东市审计局党组关于巡察整改进展情况的报告", "inspection-rectification"],
    ["中共江东市委关于省委第三巡视组反馈意见整改落实情况的报告", "inspection-rectification"],
    ["关于落实巡察整改主体责任情况的报告", "inspection-rectification"],
    ["2024年度民主生活会个人对照检查材料", "democratic-life-review"],
    ["李明同志专题民主生活会发言提纲", "democratic-life-review"],
    // the kinds before them keep their titles
    ["2024年度述责述廉报告", "personal-shuzeshulian"],
    ["关于2024年度履行党风廉政建设主体责任情况的报告", "main-responsibility"],
    ["关于2024年度党风廉政建设和反腐败工作情况的报告", "unit-annual"],
  ])("title %s → %s", (title, kind) => {
    expect(detectLines([title, "现将有关情况报告如下：", "一、主要工作情况", "正文。"])).toBe(kind);
  });

  test.each([
    ["按照年度考核安排，现将本人述职述廉情况报告如下：", "shuzhi-shulian"],
    ["按照市委巡察办要求，现将巡察反馈问题整改进展情况报告如下：", "inspection-rectification"],
    ["按照民主生活会通知要求，本人认真查摆问题，现将个人对照检查情况报告如下：", "democratic-life-review"],
  ])("opening %s → %s", (opening, kind) => {
    expect(detectLines(["报告", opening, "一、主要工作情况", "正文。"])).toBe(kind);
    expect(detectLines([opening, "一、主要工作情况", "正文。"])).toBe(kind);
  });

  test("an opening naming both the unit's annual report and 巡察整改 stays a unit report (kinds are tried in order)", () => {
    expect(
      detectLines([
        "现将我局党风廉政建设和反腐败工作情况及巡察整改情况报告如下：",
        "一、主要工作情况",
        "正文。",
      ]),
    ).toBe("unit-annual");
  });

  test("a body mention of 巡察整改 or 对照检查 does not change a report's kind", () => {
    expect(
      detectLines([
        "关于2024年度履行党风廉政建设主体责任情况的报告",
        "现将有关情况报告如下：",
        "一、主要工作情况",
        "扎实抓好巡察整改进展情况的跟踪，认真撰写对照检查材料。",
      ]),
    ).toBe("main-responsibility");
  });
});

describe("templates detected as their kind and checked clean", () => {
  test.each(NEW)("%s rendered: detected as itself; no required-sections or title-form finding", (id) => {
    const t = findTemplate(id)!;
    const model = { paragraphs: renderTemplate(t, { year: "2024" }).map((p) => ({ text: p.text })) };
    const r = check(model, {});
    expect(r.kind).toBe(id);
    expect(sections(r.findings)).toEqual([]);
  });
});

describe("checked with their own parts", () => {
  test("述职述廉: missing 存在的问题 is an error; both 述职 and 述廉 content are looked for", () => {
    const r = check(
      modelFromLines([
        "2024年度述职述廉报告",
        "现将本人情况报告如下：",
        "一、加强学习",
        "认真参加集中学习。",
        "二、下一步努力方向",
        "持续加强学习。",
      ]),
      {},
    );
    expect(r.kind).toBe("shuzhi-shulian");
    expect(sections(r.findings)).toEqual([
      "required-sections:error:null:0:0:缺少“存在的问题”部分（述职述廉报告通常包含此部分）。",
    ]);
    // The title says 述职述廉; a report given the kind without it is asked for both contents.
    const plain = check(
      modelFromLines([
        "2024年度个人报告",
        "现将本人情况报告如下：",
        "一、加强学习",
        "认真参加集中学习。",
        "二、存在的不足",
        "学习不够深入。",
        "三、下一步努力方向",
        "持续加强学习。",
      ]),
      { kind: "shuzhi-shulian" },
    );
    expect(sections(plain.findings)).toEqual([
      "required-sections:warning:null:0:0:述职述廉报告应包含“述职（履行岗位职责、工作实绩）”的内容（未找到相关表述）。",
      "required-sections:warning:null:0:0:述职述廉报告应包含“述廉（个人廉洁自律、执行中央八项规定精神）”的内容（未找到相关表述）。",
    ]);
  });

  test("整改进展: no 存在的问题 asked for; a missing 下一步 is an error; an open-items heading is in its place", () => {
    const base = [
      "江东市审计局党组关于巡察整改进展情况的报告",
      "市委巡察办：",
      "市委第二巡察组反馈问题5个，现将整改进展情况报告如下：",
      "一、加强整改工作的组织领导",
      "建立整改台账，逐项销号。",
      "二、反馈问题整改落实情况",
      "已完成整改4个。",
      "三、尚未完成整改的问题",
      "1个问题需长期坚持。",
    ];
    const missing = check(modelFromLines([...base, "特此报告。"]), {});
    expect(missing.kind).toBe("inspection-rectification");
    expect(sections(missing.findings)).toEqual([
      "required-sections:error:null:0:0:缺少“下一步工作打算”部分（整改进展情况报告通常包含此部分）。",
    ]);
    const whole = check(modelFromLines([...base, "四、下一步工作打算", "持续跟踪问效。", "特此报告。"]), {});
    expect(sections(whole.findings)).toEqual([]);
  });

  test("整改进展: open items after the next steps are out of order (warning at the heading)", () => {
    const r = check(
      modelFromLines([
        "江东市审计局党组关于巡察整改进展情况的报告",
        "市委巡察办：",
        "现将巡察反馈问题整改进展情况报告如下：",
        "一、反馈问题整改落实情况",
        "已完成整改4个。",
        "二、下一步工作打算",
        "持续跟踪问效。",
        "三、尚未完成整改的问题",
        "1个问题需长期坚持。",
      ]),
      {},
    );
    expect(sections(r.findings)).toEqual([
      "required-sections:warning:7:2:9:“尚未完成的整改事项”部分应在“下一步工作打算”部分之前。",
    ]);
  });

  test("对照检查材料: causes missing is an error, no 主要工作 or 存在的问题 asked for; 材料 is its 文种", () => {
    const lines = [
      "2024年度民主生活会个人对照检查材料",
      "现将个人对照检查情况报告如下：",
      "一、上年度民主生活会整改措施落实情况",
      "已整改到位。",
      "二、对照检查查摆的问题",
      "学习不够深入。",
      "三、下一步整改措施",
      "深化理论武装。",
    ];
    const r = check(modelFromLines(lines), {});
    expect(r.kind).toBe("democratic-life-review");
    expect(sections(r.findings)).toEqual([
      "required-sections:error:null:0:0:缺少“产生问题的原因”部分（对照检查材料通常包含此部分）。",
    ]);
    const whole = [
      ...lines.slice(0, 6),
      "三、产生问题的原因",
      "党性锻炼有所放松。",
      "四、下一步整改措施",
      "深化理论武装。",
    ];
    expect(sections(check(modelFromLines(whole), {}).findings)).toEqual([]);
  });

  test("材料 stays a wrong 文种 for a report kind", () => {
    const r = check(
      modelFromLines(["2024年度述责述廉汇报材料", "现将情况报告如下：", "一、主要工作情况", "正文。"]),
      {},
    );
    expect(sections(r.findings).filter((f) => f.startsWith("title-form"))).toEqual([
      "title-form:error:0:10:4:标题的文种应为“报告”，不宜用“汇报材料”。",
    ]);
  });
});

describe("lianzheng new --list", () => {
  test("offers the three kinds", async () => {
    const io = memoryIo(process.cwd());
    expect(await main(["new", "--list"], io)).toBe(0);
    for (const id of NEW) expect(io.out).toContain(id);
    expect(io.out).toContain("民主生活会个人对照检查材料");
    expect(io.out).toContain("巡视巡察整改进展情况报告");
  });
});
