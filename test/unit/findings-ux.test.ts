/** Issue 10, findings UX in the pure engine: whole-document ignores, messages of the formulation rule. */
import { check } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { addIgnore, addIgnores, ignoreEntryFor, partitionFindings } from "../../src/core/ignores";
import { modelFromLines } from "../../src/core/model";
import { formulation, formulationMessage, noteInEnglish } from "../../src/core/rules/formulation";
import { findingKey, findingsByRule, listEntries } from "../../src/taskpane/check/view";

const NO_TAIL = ["关于2024年度党风廉政建设和反腐败工作情况的报告", "一、主要工作情况", "全年召开会议四次。"];

function tailFindings(): Finding[] {
  return check(modelFromLines(NO_TAIL)).findings.filter((f) => f.rule === "signature-date");
}

describe("whole-document findings of one rule", () => {
  it("are two, with distinct keys", () => {
    const [signature, date] = tailFindings();
    expect(signature.message["zh-CN"]).toContain("落款");
    expect(date.message["zh-CN"]).toContain("成文日期");
    expect(findingKey(signature)).not.toBe(findingKey(date));
  });

  it("ignoring 未识别到落款 keeps 未识别到成文日期", () => {
    const [signature, date] = tailFindings();
    const parts = partitionFindings([signature, date], addIgnore([], signature));
    expect(parts.ignored.map((x) => x.finding)).toEqual([signature]);
    expect(parts.active).toEqual([date]);
    expect(parts.orphans).toEqual([]);
  });

  it("an ignore stored before the change (no message hash) still ignores both", () => {
    const [signature, date] = tailFindings();
    const legacy = { ...ignoreEntryFor(signature), after: "" };
    const parts = partitionFindings([signature, date], [legacy]);
    expect(parts.active).toEqual([]);
  });
});

describe("全部忽略 and bundles", () => {
  const f = (offset: number, rule = "placeholder"): Finding => ({
    rule,
    severity: "error",
    category: "placeholder",
    message: { "zh-CN": "问题", "en-US": "problem" },
    paragraph: 3,
    offset,
    length: 2,
    excerpt: "XX",
    fix: null,
    expected: "共XX次XX人XX件XX元XX项",
  });

  it("addIgnores ignores every finding once", () => {
    const list = [f(1), f(4), f(7)];
    const entries = addIgnores(addIgnore([], list[0]), list);
    expect(entries).toHaveLength(3);
    expect(partitionFindings(list, entries).active).toEqual([]);
  });

  it("a rule with five findings is one bundle until expanded; keys are unique", () => {
    const list = [
      f(1),
      f(4),
      f(7),
      f(10),
      f(13),
      f(1, "halfwidth-punctuation"),
      f(1, "halfwidth-punctuation"),
    ];
    expect([...findingsByRule(list).keys()]).toEqual(["placeholder", "halfwidth-punctuation"]);
    const rows = listEntries(list, new Set());
    expect(rows.map((r) => r.kind)).toEqual(["bundle", "finding", "finding"]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
    const open = listEntries(list, new Set(["placeholder"]));
    expect(open.map((r) => r.kind)).toEqual(Array(7).fill("finding"));
    expect(new Set(open.map((r) => r.key)).size).toBe(7);
  });
});

describe("formulation messages", () => {
  const run = (text: string) =>
    check(modelFromLines([text]), {}, { rules: [formulation] }).findings.filter(
      (x) => x.rule === "formulation",
    );

  it("do not repeat the fix as the formulation's name", () => {
    const [f] = run("聚焦黑除恶专项斗争。");
    expect(f.message["zh-CN"]).toBe("“黑除恶”表述不规范（漏“扫”），应为“扫黑除恶”。");
    expect(f.message["zh-CN"]).not.toContain("（扫黑除恶）");
  });

  it("carry no Chinese note in en-US", () => {
    const [f] = run("聚焦黑除恶专项斗争。");
    expect(f.message["en-US"]).toBe(
      "“黑除恶” is not the standard wording (“扫” left out); write “扫黑除恶”.",
    );
    expect(f.message["en-US"]).not.toContain("漏");
  });

  it("name the formulation when the fix does not show it", () => {
    const m = formulationMessage("党中央权威和统一领导", "党中央权威和集中统一领导", "两个维护", "漏“集中”");
    expect(m["zh-CN"]).toBe(
      "“党中央权威和统一领导”表述不规范（漏“集中”），应为“党中央权威和集中统一领导”（两个维护）。",
    );
    expect(m["en-US"]).toContain("(“集中” left out)");
    expect(m["en-US"]).toContain("(两个维护)");
  });

  it("drop a note that has no English", () => {
    expect(noteInEnglish("防线用“筑牢”")).toBeNull();
    const m = formulationMessage("铸牢拒腐防变", "筑牢拒腐防变", "筑牢防线", "防线用“筑牢”");
    expect(m["en-US"]).toBe("“铸牢拒腐防变” is not the standard wording; write “筑牢拒腐防变” (筑牢防线).");
    expect(noteInEnglish("“靡”误作“糜”")).toBe("“靡” written as “糜”");
  });
});
