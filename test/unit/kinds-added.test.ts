/**
 * Adding a report kind is adding one profile: a kind defined in this test only is detected, checked
 * (required-sections names its own parts) and listed by the registry; an organisation's pack adds a kind
 * (巡察整改情况报告) the same way, validated whole (an invalid kind entry is named by entry and field and
 * nothing of the pack is taken).
 */
import { check } from "../../src/core/check";
import { detect } from "../../src/core/detect";
import { BUILTIN_KIND_REGISTRY, kindRegistry } from "../../src/core/kinds";
import { modelFromLines } from "../../src/core/model";
import { buildOutline } from "../../src/core/outline";
import { kindProfileSchema } from "../../src/genre/kinds";
import { describePackIssue } from "../../src/genre/template-pack-issues";
import { validatePack } from "../../src/genre/template-schema";
import { setLocale } from "../../src/i18n";
import { XUNCHA_KIND, XUNCHA_KIND_ID, XUNCHA_PACK, XUNCHA_REPORT } from "../fixtures/packs/org-xuncha";

beforeAll(() => setLocale("zh-CN"));

/** A kind that exists only here: a 派驻纪检监察组's report on its supervision work. */
const PAIZHU = kindProfileSchema.parse({
  id: "test-paizhu-jiandu",
  name: { "zh-CN": "派驻监督工作情况报告", "en-US": "Report of a stationed supervision team" },
  shortName: { "zh-CN": "派驻监督报告", "en-US": "stationed supervision report" },
  cues: ["派驻(?:纪检监察组)?监督工作情况"],
  parts: [
    { id: "done", name: { "zh-CN": "监督工作开展情况", "en-US": "supervision done" } },
    {
      id: "found",
      name: { "zh-CN": "发现的主要问题", "en-US": "problems found" },
      headings: "发现的.{0,4}问题|问题线索",
    },
    { id: "next", name: { "zh-CN": "下一步监督重点", "en-US": "next focus" }, headings: "下一步|今后" },
  ],
});

const PAIZHU_REPORT = [
  "驻县卫健局纪检监察组关于2025年度派驻监督工作情况的报告",
  "县纪委监委：",
  "2025年，驻局纪检监察组聚焦监督第一职责，现将派驻监督工作情况报告如下：",
  "一、监督工作开展情况",
  "全年列席驻在部门党组会议15次，开展专项监督检查4次。",
  "二、发现的主要问题",
  "个别科室执行采购制度不够严格，已督促整改。",
  "特此报告。",
  "驻县卫健局纪检监察组",
  "2025年12月15日",
];

function kindOf(lines: readonly string[], registry = BUILTIN_KIND_REGISTRY) {
  const model = modelFromLines(lines);
  return detect(model, buildOutline(model), registry).kind;
}

function sectionFindings(lines: readonly string[], registry = BUILTIN_KIND_REGISTRY) {
  const r = check(modelFromLines(lines), {}, { kinds: registry });
  return { kind: r.kind, findings: r.findings.filter((f) => f.rule === "required-sections") };
}

test("every built-in kind is a valid profile as it stands (the data loads without zod)", () => {
  for (const k of BUILTIN_KIND_REGISTRY.kinds) expect(kindProfileSchema.parse(k)).toEqual(k);
});

describe("a kind added in the test only (a profile passed to kindRegistry)", () => {
  const registry = kindRegistry([PAIZHU]);

  test("the registry offers it first, then every built-in kind", () => {
    expect(registry.kinds[0].id).toBe("test-paizhu-jiandu");
    expect(registry.kinds.map((k) => k.id).slice(1)).toEqual(BUILTIN_KIND_REGISTRY.kinds.map((k) => k.id));
    expect(registry.byId("test-paizhu-jiandu")?.name["zh-CN"]).toBe("派驻监督工作情况报告");
    expect(BUILTIN_KIND_REGISTRY.byId("test-paizhu-jiandu")).toBeNull();
  });

  test("detected from the title with the registry, not without it", () => {
    expect(kindOf(PAIZHU_REPORT, registry)).toBe("test-paizhu-jiandu");
    expect(kindOf(PAIZHU_REPORT)).not.toBe("test-paizhu-jiandu");
  });

  test("checked: required-sections names the kind's own missing part, and only that one", () => {
    const { kind, findings } = sectionFindings(PAIZHU_REPORT, registry);
    expect(kind).toBe("test-paizhu-jiandu");
    expect(findings.map((f) => [f.severity, f.paragraph, f.message["zh-CN"]])).toEqual([
      ["error", null, "缺少“下一步监督重点”部分（派驻监督报告通常包含此部分）。"],
    ]);
  });

  test("a report with all of its parts raises no required-sections finding", () => {
    const full = [
      ...PAIZHU_REPORT.slice(0, 7),
      "三、下一步监督重点",
      "紧盯关键岗位，做实日常监督。",
      ...PAIZHU_REPORT.slice(7),
    ];
    expect(sectionFindings(full, registry)).toEqual({ kind: "test-paizhu-jiandu", findings: [] });
  });

  test("the kind's parts out of order are flagged with its part names", () => {
    const swapped = [
      ...PAIZHU_REPORT.slice(0, 3),
      "一、发现的主要问题",
      PAIZHU_REPORT[6],
      "二、监督工作开展情况",
      PAIZHU_REPORT[4],
      "三、下一步监督重点",
      "紧盯关键岗位，做实日常监督。",
      ...PAIZHU_REPORT.slice(7),
    ];
    const { findings } = sectionFindings(swapped, registry);
    expect(findings.map((f) => [f.paragraph, f.offset, f.message["zh-CN"]])).toEqual([
      [5, 2, "“监督工作开展情况”部分应在“发现的主要问题”部分之前。"],
    ]);
  });
});

describe("an organisation's pack adds 巡察整改情况报告", () => {
  test("the pack is valid and carries the kind with the schema's defaults filled in", () => {
    const r = validatePack(JSON.stringify(XUNCHA_PACK));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.pack.kinds?.map((k) => k.id)).toEqual([XUNCHA_KIND_ID]);
    const kind = r.pack.kinds![0];
    expect(kind.addressee).toBe("expected");
    expect(kind.parts.map((p) => [p.id, p.required])).toEqual([
      ["organisation", true],
      ["rectified", true],
      ["next", true],
    ]);
    expect(r.pack.templates?.[0].kind).toBe(XUNCHA_KIND_ID);
  });

  function packRegistry() {
    const r = validatePack(XUNCHA_PACK);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return kindRegistry(r.pack.kinds);
  }

  test("detected and checked: the full report raises no required-sections finding", () => {
    const registry = packRegistry();
    expect(kindOf(XUNCHA_REPORT, registry)).toBe(XUNCHA_KIND_ID);
    expect(kindOf(XUNCHA_REPORT)).not.toBe(XUNCHA_KIND_ID);
    expect(sectionFindings(XUNCHA_REPORT, registry)).toEqual({ kind: XUNCHA_KIND_ID, findings: [] });
  });

  test("a report without 下一步 is told which of the kind's parts is missing", () => {
    const short = [...XUNCHA_REPORT.slice(0, 7), ...XUNCHA_REPORT.slice(9)];
    const { kind, findings } = sectionFindings(short, packRegistry());
    expect(kind).toBe(XUNCHA_KIND_ID);
    expect(findings.map((f) => [f.severity, f.message["zh-CN"]])).toEqual([
      ["error", "缺少“下一步工作打算”部分（巡察整改报告通常包含此部分）。"],
    ]);
  });

  test("without an addressee the kind's addressee: expected is applied", () => {
    const noAddressee = XUNCHA_REPORT.filter((_, i) => i !== 1);
    const r = check(modelFromLines(noAddressee), {}, { kinds: packRegistry() });
    expect(r.kind).toBe(XUNCHA_KIND_ID);
    expect(r.findings.filter((f) => f.rule === "addressee-form").map((f) => f.severity)).toEqual(["info"]);
    // The same kind with addressee: optional is not asked for one.
    const optional = kindRegistry([kindProfileSchema.parse({ ...XUNCHA_KIND, addressee: "optional" })]);
    const o = check(modelFromLines(noAddressee), {}, { kinds: optional });
    expect(o.kind).toBe(XUNCHA_KIND_ID);
    expect(o.findings.filter((f) => f.rule === "addressee-form")).toEqual([]);
  });

  test("an invalid kind entry is named by entry and field, and nothing of the pack is taken", () => {
    const bad = {
      ...XUNCHA_PACK,
      kinds: [XUNCHA_KIND, { ...XUNCHA_KIND, id: "org-second", cues: [], parts: [{ id: "only" }] }],
    };
    const r = validatePack(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.list, i.index, i.id, i.field, i.code])).toEqual([
      ["kinds", 1, "org-second", "cues", "too_small"],
      ["kinds", 1, "org-second", "parts.0.name", "invalid_type"],
    ]);
    expect(describePackIssue(r.issues[0])).toContain("org-second");
    expect(describePackIssue(r.issues[0])).toContain("cues");
    expect("pack" in r).toBe(false);
  });

  test("a pattern that is not a valid regular expression is refused at import, not at check time", () => {
    const r = validatePack({ ...XUNCHA_PACK, kinds: [{ ...XUNCHA_KIND, cues: ["巡察(整改"] }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.list, i.index, i.field])).toEqual([["kinds", 0, "cues.0"]]);
  });

  test("two kinds with the same id are refused", () => {
    const r = validatePack({ ...XUNCHA_PACK, kinds: [XUNCHA_KIND, XUNCHA_KIND] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.list, i.index, i.field, i.code])).toEqual([
      ["kinds", 1, "id", "duplicate-id"],
    ]);
  });
});
