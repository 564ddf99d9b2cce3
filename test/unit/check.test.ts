import { check, fixesToEdits, ruleMetas } from "../../src/core/check";
import { compareFindings } from "../../src/core/check-run";
import { createCheckSession } from "../../src/core/check-session";
import { applyEditsToModel } from "../../src/core/edits";
import type { Finding } from "../../src/core/findings";
import { modelFromLines } from "../../src/core/model";
import { rules } from "../../src/core/rules";

const DOC = [
  "关于2023年度履行党风廉政建设主体责任情况的报告",
  "一年来，我认真履行主体责任，现将有关情况报告如下：",
  "一、主要工作情况",
  "（一）强化组织领导。召开会议X次,落实“一岗两责”。",
  "三、存在的问题",
  "学习不够深入。",
  "四、下一步打算",
  "持续加强学习。 ",
];

describe("check", () => {
  it("registers every rule once with complete metadata", () => {
    const ids = ruleMetas().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(rules.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "heading-sequence",
        "heading-marker-form",
        "placeholder",
        "unfilled-field",
        "halfwidth-punctuation",
        "paired-marks",
        "formulation",
        "dated-reference",
        "required-sections",
        "no-request",
      ]),
    );
    for (const m of ruleMetas()) {
      expect([
        "structure",
        "numbering",
        "placeholder",
        "punctuation",
        "wording",
        "genre",
        "layout",
      ]).toContain(m.category);
      expect(["error", "warning", "info"]).toContain(m.severity);
      expect(["paragraph", "document"]).toContain(m.scope);
    }
  });

  it("returns findings sorted by paragraph and offset with kind, year and structure", () => {
    const r = check(modelFromLines(DOC));
    expect(r.kind).toBe("main-responsibility");
    expect(r.year).toBe(2023);
    expect(r.structure.headings.map((h) => h.paragraph)).toEqual([2, 3, 4, 6]);
    const sorted = [...r.findings].sort(compareFindings);
    expect(r.findings).toEqual(sorted);
    const rows = r.findings.map((f) => [f.paragraph, f.offset, f.length, f.rule, f.severity]);
    expect(rows).toEqual([
      [null, 0, 0, "signature-date", "info"],
      [null, 0, 0, "signature-date", "info"],
      [3, 14, 1, "placeholder", "error"],
      [3, 16, 1, "halfwidth-punctuation", "error"],
      [3, 20, 4, "formulation", "error"],
      [4, 0, 2, "heading-sequence", "error"],
      [7, 7, 1, "trailing-space", "info"],
    ]);
    const f = r.findings[2];
    expect(f.excerpt).toBe("织领导。召开会议X次,落实“一岗两");
    expect(f.expected).toBe(DOC[3]);
    expect(f.message["zh-CN"]).toContain("X");
    expect(f.message["en-US"]).toContain("placeholder");
  });

  it("applies severities from the config, removes rules set to off and reports standard rules switched off", () => {
    const r = check(modelFromLines(DOC), {
      rules: {
        placeholder: "warning",
        "heading-sequence": "off",
        "trailing-space": "off",
        "signature-date": "off",
      },
    });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["placeholder", "warning"],
      ["halfwidth-punctuation", "error"],
      ["formulation", "error"],
    ]);
    expect(r.disabledStandardRules.sort()).toEqual(["heading-sequence", "signature-date"]);
  });

  it("takes kind and year from the config over detection", () => {
    const model = modelFromLines(["学习党的二十大精神。"]);
    expect(check(model).findings.filter((f) => f.rule === "dated-reference")).toEqual([]);
    const r = check(model, { kind: "unit-annual", year: 2021 });
    expect(r.kind).toBe("unit-annual");
    expect(r.year).toBe(2021);
    expect(r.findings.filter((f) => f.rule === "dated-reference").map((f) => f.offset)).toEqual([2]);
  });

  it("keeps the other rules' findings when one rule throws", () => {
    const boom = {
      ...rules[0],
      meta: { ...rules[0].meta, id: "boom" },
      check: () => {
        throw new Error("x");
      },
    };
    const r = check(modelFromLines(DOC), {}, { rules: [boom, ...rules] });
    expect(r.findings.length).toBe(check(modelFromLines(DOC)).findings.length);
  });
});

describe("fixesToEdits", () => {
  it("turns fixes into guarded replace edits and applying them fixes the text", () => {
    const model = modelFromLines(DOC);
    const r = check(model);
    const edits = fixesToEdits(r.findings, model);
    expect(
      edits.every((e) => e.kind === "replace" && e.expected === model.paragraphs[e.paragraph].text),
    ).toBe(true);
    const { model: fixed } = applyEditsToModel(model, edits);
    expect(fixed.paragraphs[3].text).toBe("（一）强化组织领导。召开会议X次，落实“一岗双责”。");
    expect(fixed.paragraphs[7].text).toBe("持续加强学习。");
  });

  it("drops a fix that overlaps one already taken in the same paragraph", () => {
    const base: Omit<Finding, "offset" | "length" | "fix"> = {
      rule: "r",
      severity: "error",
      category: "punctuation",
      message: { "zh-CN": "", "en-US": "" },
      paragraph: 0,
      excerpt: "",
      expected: "abcdef",
    };
    const model = modelFromLines(["abcdef"]);
    const edits = fixesToEdits(
      [
        { ...base, offset: 1, length: 2, fix: { replacement: "X" } },
        { ...base, offset: 2, length: 2, fix: { replacement: "Y" } },
        { ...base, offset: 4, length: 0, fix: { replacement: "Z" } },
        { ...base, offset: 4, length: 0, fix: { replacement: "W" } },
        { ...base, offset: 5, length: 1, fix: null },
      ],
      model,
    );
    expect(edits.map((e) => [e.offset, e.length, e.text])).toEqual([
      [1, 2, "X"],
      [4, 0, "Z"],
    ]);
    expect(applyEditsToModel(model, edits).model.paragraphs[0].text).toBe("aXdZef");
  });

  it("ignores findings computed from another text", () => {
    const model = modelFromLines(["新的文字"]);
    const stale: Finding = {
      rule: "r",
      severity: "error",
      category: "punctuation",
      message: { "zh-CN": "", "en-US": "" },
      paragraph: 0,
      offset: 0,
      length: 1,
      excerpt: "",
      fix: { replacement: "X" },
      expected: "旧的文字",
    };
    expect(fixesToEdits([stale], model)).toEqual([]);
  });
});

describe("CheckSession (live mode)", () => {
  const strip = (fs: Finding[]) =>
    fs.map((f) => [f.paragraph, f.offset, f.length, f.rule, f.severity, f.expected]);

  it("re-checks one changed paragraph and matches a full check", () => {
    const model = modelFromLines(DOC);
    const session = createCheckSession(model);
    expect(strip(session.result.findings)).toEqual(strip(check(model).findings));
    const r = session.updateParagraph(5, "学习不够深入，xx同志带头,成效不明显");
    const full = check(
      modelFromLines([...DOC.slice(0, 5), "学习不够深入，xx同志带头,成效不明显", ...DOC.slice(6)]),
    );
    expect(strip(r.findings)).toEqual(strip(full.findings));
    expect(r.findings.filter((f) => f.paragraph === 5).map((f) => f.rule)).toEqual([
      "placeholder",
      "halfwidth-punctuation",
    ]);
  });

  it("falls back to a full check when the structure changes", () => {
    const model = modelFromLines(DOC);
    const session = createCheckSession(model);
    const lines = [...DOC];
    lines[4] = "二、存在的问题";
    const r = session.updateParagraph(4, lines[4]);
    expect(strip(r.findings)).toEqual(strip(check(modelFromLines(lines)).findings));
    expect(r.findings.filter((f) => f.rule === "heading-sequence").map((f) => f.paragraph)).toEqual([6]);
  });

  it("handles inserted paragraphs and unchanged updates", () => {
    const session = createCheckSession(modelFromLines(DOC));
    const before = session.result;
    expect(session.update(modelFromLines(DOC))).toBe(before);
    const lines = [
      ...DOC.slice(0, 6),
      "新增段落没有句号但很长很长很长很长很长很长很长，真的很长很长很长很长",
      ...DOC.slice(6),
    ];
    expect(strip(session.update(modelFromLines(lines)).findings)).toEqual(
      strip(check(modelFromLines(lines)).findings),
    );
  });
});
