/** The pure parts of the 检查 tab: settings → config, grouping and counting findings. */
import type { Finding } from "../../src/core/findings";
import {
  DEFAULT_USER_SETTINGS,
  effectiveRules,
  parseYearInput,
  readDocSettings,
  readUserSettings,
  setRule,
  toConfig,
} from "../../src/taskpane/check/settings";
import {
  compareFindings,
  countSeverities,
  fixableByRule,
  groupByCategory,
} from "../../src/taskpane/check/view";

const msg = { "zh-CN": "问题", "en-US": "problem" };
function f(partial: Partial<Finding>): Finding {
  return {
    rule: "placeholder",
    severity: "error",
    category: "placeholder",
    message: msg,
    paragraph: 0,
    offset: 0,
    length: 1,
    excerpt: "X",
    fix: null,
    expected: "X",
    ...partial,
  };
}

describe("settings", () => {
  it("reads damaged user settings as defaults and keeps the valid parts", () => {
    expect(readUserSettings(undefined)).toEqual(DEFAULT_USER_SETTINGS);
    expect(readUserSettings("junk")).toEqual(DEFAULT_USER_SETTINGS);
    expect(
      readUserSettings({
        rules: { a: "off", b: "loud", c: 3 },
        pack: { name: 5, rules: { d: "info" } },
        live: "yes",
      }),
    ).toEqual({ rules: { a: "off" }, pack: { name: null, rules: { d: "info" } }, live: false });
  });
  it("reads document settings: kind and a year in range", () => {
    expect(readDocSettings({ kind: "unit-annual", year: 2024 })).toEqual({ kind: "unit-annual", year: 2024 });
    expect(readDocSettings({ kind: "", year: 24 })).toEqual({ kind: null, year: null });
    expect(readDocSettings(null)).toEqual({ kind: null, year: null });
  });
  it("the user's overrides apply over the pack's", () => {
    const s = {
      rules: { a: "warning" as const },
      pack: { name: "市纪委", rules: { a: "off" as const, b: "off" as const } },
      live: false,
    };
    expect(effectiveRules(s)).toEqual({ a: "warning", b: "off" });
    expect(toConfig(s, { kind: "unit-annual", year: 2021 })).toEqual({
      rules: { a: "warning", b: "off" },
      kind: "unit-annual",
      year: 2021,
    });
    expect(toConfig(s, { kind: null, year: null })).toEqual({ rules: { a: "warning", b: "off" } });
  });
  it("setting a rule back to its base value removes the personal override", () => {
    let s = setRule(DEFAULT_USER_SETTINGS, "a", "off", "error");
    expect(s.rules).toEqual({ a: "off" });
    s = setRule(s, "a", "error", "error");
    expect(s.rules).toEqual({});
    const withPack = { ...DEFAULT_USER_SETTINGS, pack: { name: null, rules: { a: "info" as const } } };
    expect(setRule(withPack, "a", "info", "error").rules).toEqual({});
    expect(setRule(withPack, "a", "error", "error").rules).toEqual({ a: "error" });
  });
  it("parses the year field", () => {
    expect(parseYearInput(" ")).toEqual({ ok: true, year: null });
    expect(parseYearInput("2024")).toEqual({ ok: true, year: 2024 });
    expect(parseYearInput("24")).toEqual({ ok: false });
    expect(parseYearInput("1900")).toEqual({ ok: false });
    expect(parseYearInput("２０２４")).toEqual({ ok: false });
  });
});

describe("view", () => {
  const list = [
    f({
      rule: "halfwidth-punctuation",
      category: "punctuation",
      severity: "warning",
      paragraph: 5,
      offset: 3,
      fix: { replacement: "，" },
    }),
    f({ paragraph: 9, offset: 2 }),
    f({ paragraph: 2, offset: 7, severity: "info" }),
    f({
      rule: "halfwidth-punctuation",
      category: "punctuation",
      severity: "warning",
      paragraph: 1,
      offset: 0,
      fix: { replacement: "；" },
    }),
    f({ rule: "required-sections", category: "structure", paragraph: null, severity: "error" }),
  ];
  it("counts severities", () => {
    expect(countSeverities(list)).toEqual({ error: 2, warning: 2, info: 1 });
  });
  it("groups by category in the fixed order, each in document order", () => {
    const g = groupByCategory(list);
    expect(g.map((x) => x.category)).toEqual(["placeholder", "structure", "punctuation"]);
    expect(g[0].findings.map((x) => x.paragraph)).toEqual([2, 9]);
    expect(g[2].findings.map((x) => x.paragraph)).toEqual([1, 5]);
  });
  it("filters by severity", () => {
    const g = groupByCategory(list, "warning");
    expect(g.map((x) => x.category)).toEqual(["punctuation"]);
    expect(groupByCategory(list, "info").flatMap((x) => x.findings)).toEqual([list[2]]);
  });
  it("whole-document findings sort first", () => {
    expect([list[1], list[4]].sort(compareFindings)[0].paragraph).toBeNull();
  });
  it("lists rules with at least two fixable findings for 全部修正", () => {
    const m = fixableByRule(list);
    expect([...m.keys()]).toEqual(["halfwidth-punctuation"]);
    expect(m.get("halfwidth-punctuation")).toHaveLength(2);
    expect(fixableByRule(list.slice(0, 1)).size).toBe(0);
    expect(fixableByRule(list.slice(0, 1), 1).size).toBe(1);
  });
});
