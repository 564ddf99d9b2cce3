/**
 * RuleTester (like ESLint's): valid texts raise nothing from the rule; invalid texts raise exactly
 * the expected findings (paragraph, offset, length, and severity when given) and applying every fix
 * gives the expected output. A text is one paragraph (a string) or a document (an array of lines).
 */
import { check, fixesToEdits } from "../../../src/core/check";
import { applyEditsToModel } from "../../../src/core/edits";
import type { Severity } from "../../../src/core/findings";
import { modelFromLines } from "../../../src/core/model";
import type { Rule } from "../../../src/core/rules/types";

export type Text = string | string[];

export interface ValidCase {
  text: Text;
  kind?: string;
  year?: number;
  name?: string;
}

export interface ExpectedFinding {
  /** Defaults to 0 for a one-paragraph text; null for a document-level finding. */
  paragraph?: number | null;
  offset?: number;
  length?: number;
  severity?: Severity;
  /** The fix's replacement; null when there must be no fix; omitted: not checked. */
  fix?: string | null;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** Text after applying every fix (omitted: not checked). */
  output?: Text;
}

function lines(t: Text): string[] {
  return typeof t === "string" ? [t] : t;
}

function label(c: ValidCase): string {
  return c.name ?? JSON.stringify(c.text).slice(0, 80);
}

export function run(rule: Rule, c: ValidCase) {
  const model = modelFromLines(lines(c.text));
  const config = { kind: c.kind, year: c.year };
  const all = check(model, config, { rules: [rule] });
  return { model, findings: all.findings.filter((f) => f.rule === rule.meta.id) };
}

export function ruleTester(
  rule: Rule,
  cases: { valid: (string | string[] | ValidCase)[]; invalid: InvalidCase[] },
): void {
  const norm = (v: string | string[] | ValidCase): ValidCase =>
    typeof v === "string" || Array.isArray(v) ? { text: v } : v;
  describe(`rule ${rule.meta.id}`, () => {
    it("has complete metadata", () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const t of [rule.meta.description, rule.meta.source]) {
        expect(t["zh-CN"].length).toBeGreaterThan(0);
        expect(t["en-US"].length).toBeGreaterThan(0);
      }
    });
    for (const v of cases.valid.map(norm)) {
      it(`valid: ${label(v)}`, () => {
        const { findings } = run(rule, v);
        expect(
          findings.map((f) => ({ p: f.paragraph, o: f.offset, l: f.length, m: f.message["zh-CN"] })),
        ).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => {
        const { model, findings } = run(rule, c);
        const oneParagraph = typeof c.text === "string";
        const got = findings.map((f, i) => {
          const e = c.errors[i] ?? {};
          const row: Record<string, unknown> = { paragraph: f.paragraph, offset: f.offset, length: f.length };
          if (e.severity !== undefined) row.severity = f.severity;
          if (e.fix !== undefined) row.fix = f.fix ? f.fix.replacement : null;
          return row;
        });
        const want = c.errors.map((e) => {
          const row: Record<string, unknown> = {
            paragraph: e.paragraph === undefined ? (oneParagraph ? 0 : null) : e.paragraph,
            offset: e.offset ?? 0,
            length: e.length ?? 0,
          };
          if (e.severity !== undefined) row.severity = e.severity;
          if (e.fix !== undefined) row.fix = e.fix;
          return row;
        });
        expect(got).toEqual(want);
        for (const f of findings) {
          expect(f.message["zh-CN"]).not.toMatch(/\{\w+\}/);
          expect(f.message["en-US"]).not.toMatch(/\{\w+\}/);
          expect(f.category).toBe(rule.meta.category);
        }
        if (c.output !== undefined) {
          const edits = fixesToEdits(findings, model);
          const { model: fixed } = applyEditsToModel(model, edits);
          expect(fixed.paragraphs.map((p) => p.text)).toEqual(lines(c.output));
        }
      });
    }
  });
}
