/**
 * Property tests (fast-check): over generated reports, applying any subset of the fixes changes
 * nothing outside the fixed spans; the rules never throw on arbitrary Unicode (surrogate pairs,
 * control characters) nor on a 1 MB paragraph, and every finding lies inside its paragraph.
 */
import fc from "fast-check";
import { check, fixesToEdits, ruleMetas } from "../../src/core/check";
import { createCheckSession } from "../../src/core/check-session";
import type { Finding } from "../../src/core/findings";
import { applyEditsToModel } from "../../src/core/edits";
import type { DocModel } from "../../src/core/model";
import { modelFromLines } from "../../src/core/model";

beforeAll(() => {
  // Surface a throwing rule instead of dropping its findings.
  process.env.LIANZHENG_DEBUG = "1";
});
afterAll(() => {
  delete process.env.LIANZHENG_DEBUG;
});

const FRAGMENTS = [
  "一年来，我认真履行党风廉政建设主体责任",
  "召开会议X次",
  "xx市xx局",
  "*名同志",
  "时,开",
  "因;既",
  "“新时代",
  "”",
  "（市民）",
  "《县县本级规定》",
  "2023以来年",
  "黑除恶专项斗争",
  "成大道—党史",
  "...",
  "。。",
  "，，",
  "以习近平总书记为核心的党中央",
  "一岗两责",
  "八项规定精神",
  "党的二十大",
  "妥否，请批示",
  "【请填写单位】",
  " ",
  "　",
  "一是加强学习。",
  "三是强化督查。",
  "2024.12.20",
  "增长3.5%",
  "1:1000",
  "Excel",
  "。",
  "，",
  "(",
  ")",
  '"',
  "、、",
  "——",
  "……",
];
const HEADINGS = [
  "一、主要工作情况",
  "二、存在的问题",
  "三、下一步打算",
  "（一）强化组织领导。",
  "（二）",
  "1.",
  "1、",
  "(1)",
  "一.",
  "（一）、",
  "四、",
];

const paragraph = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 12 }).map((a) => a.join("")),
  fc
    .tuple(fc.constantFrom(...HEADINGS), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }))
    .map(([h, a]) => h + a.join("")),
);
const report = fc.array(paragraph, { minLength: 1, maxLength: 14 });

/** The text outside the edited spans must be unchanged: rebuild the expected text from the edits. */
function expectedAfter(model: DocModel, edits: ReturnType<typeof fixesToEdits>): string[] {
  return model.paragraphs.map((p, i) => {
    const mine = edits.filter((e) => e.paragraph === i).sort((a, b) => a.offset - b.offset);
    let out = "";
    let at = 0;
    for (const e of mine) {
      expect(e.offset).toBeGreaterThanOrEqual(at); // no overlap
      out += p.text.slice(at, e.offset) + e.text;
      at = e.offset + e.length;
    }
    return out + p.text.slice(at);
  });
}

describe("properties", () => {
  it("applying any subset of fixes changes nothing outside the fixed spans", () => {
    fc.assert(
      fc.property(
        report,
        fc.array(fc.boolean(), { maxLength: 200 }),
        fc.integer({ min: 2000, max: 2026 }),
        (lines, pick, year) => {
          const model = modelFromLines(lines);
          const { findings } = check(model, { year });
          const fixable = findings.filter((f) => f.fix !== null);
          const chosen = fixable.filter((_, i) => pick[i] ?? true);
          const edits = fixesToEdits(chosen, model);
          for (const e of edits) {
            expect(e.expected).toBe(model.paragraphs[e.paragraph].text);
            expect(e.offset + e.length).toBeLessThanOrEqual(e.expected.length);
          }
          const { model: fixed, result } = applyEditsToModel(model, edits);
          expect(result.stale).toEqual([]);
          expect(fixed.paragraphs.map((p) => p.text)).toEqual(expectedAfter(model, edits));
          expect(fixed.paragraphs.length).toBe(model.paragraphs.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary Unicode and keeps every finding inside its paragraph", () => {
    const weird = fc.oneof(
      fc.string({ unit: "binary", maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            "\u0000",
            "\u0007",
            "\t",
            "\r",
            "\u200b",
            "\ufeff",
            "\ud83d\ude00",
            "\ud800",
            "\udfff",
            "一",
            "（",
            "“",
            "X",
            "*",
            "《",
          ),
          { maxLength: 60 },
        )
        .map((a) => a.join("")),
      paragraph,
    );
    fc.assert(
      fc.property(fc.array(weird, { minLength: 0, maxLength: 8 }), (lines) => {
        const model = modelFromLines(lines);
        const r = check(model);
        for (const f of r.findings) {
          if (f.paragraph === null) continue;
          const text = model.paragraphs[f.paragraph].text;
          expect(f.offset).toBeGreaterThanOrEqual(0);
          expect(f.offset + f.length).toBeLessThanOrEqual(text.length);
          expect(f.expected).toBe(text);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("checks a 1 MB paragraph without throwing, in reasonable time", () => {
    const unit = "一年来，我认真履行职责,召开会议X次，“学习（市民）《县县本级》2023以来年黑除恶——";
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const t0 = Date.now();
    const r = check(modelFromLines(["一、主要工作情况", big, "\ud800".repeat(1000) + "\u0000".repeat(1000)]));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.findings.length).toBeGreaterThan(1000);
    const edits = fixesToEdits(
      r.findings,
      modelFromLines(["一、主要工作情况", big, "\ud800".repeat(1000) + "\u0000".repeat(1000)]),
    );
    expect(edits.length).toBeGreaterThan(0);
  });
});

describe("live mode (CheckSession) properties", () => {
  it("after any one-paragraph edit, paragraph-scope findings equal a full check's, and refresh() equals check()", () => {
    const paragraphScope = new Set(
      ruleMetas()
        .filter((m) => m.scope === "paragraph")
        .map((m) => m.id),
    );
    const key = (f: Finding) => `${f.paragraph}:${f.offset}:${f.length}:${f.rule}:${f.severity}`;
    fc.assert(
      fc.property(report, fc.nat(), paragraph, (lines, at, text) => {
        const session = createCheckSession(modelFromLines(lines));
        const i = at % lines.length;
        const next = [...lines];
        next[i] = text;
        const live = session.updateParagraph(i, text);
        const full = check(modelFromLines(next));
        const local = (fs: Finding[]) =>
          fs
            .filter((f) => paragraphScope.has(f.rule))
            .map(key)
            .sort();
        expect(local(live.findings)).toEqual(local(full.findings));
        expect(session.refresh().findings.map(key)).toEqual(full.findings.map(key));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("no quadratic blow-up on pathological paragraphs", () => {
  it.each([
    ["many ( without )", "中(".repeat(100_000)],
    ["many 【 before one 】", "【".repeat(100_000) + "】"],
    ["many spaces between Chinese", "中 ".repeat(100_000)],
    ["many unclosed “", "“中".repeat(100_000)],
    ["many 《 without 》", "《县县".repeat(50_000)],
    ["many 一是", "一是学习。".repeat(40_000)],
  ])("%s", (_name, text) => {
    const t0 = Date.now();
    check(modelFromLines(["一、主要工作情况", text]));
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
