import { check } from "../../src/core/check";
import { applyEditsToModel, type NewParagraph } from "../../src/core/edits";
import type { DocModel } from "../../src/core/model";
import { renderTemplate, planScaffold, planEdits, type InsertionPlan } from "../../src/core/scaffold";
import { TEMPLATES, findTemplate } from "../../src/genre/templates";
import { SCAFFOLDS } from "../../src/genre/scaffolds";
import type { Finding } from "../../src/core/findings";
import type { FieldValues } from "../../src/core/fields";

const FILLED: FieldValues = {
  year: "2024",
  period: "第一季度",
  unit: "江东市审计局",
  name: "李明",
  post: "局长",
  to: "市纪委",
  date: "2024年12月20日",
};

/** What a writer puts in each kind of field. */
const FILLERS: Record<string, string> = { figure: "12", text: "按照年度计划扎实推进了各项工作" };

/** Fill every field span of the paragraphs (right to left so the offsets stay valid). */
function fillAll(paragraphs: NewParagraph[]): DocModel {
  return {
    paragraphs: paragraphs.map((p) => {
      let text = p.text;
      for (const f of [...(p.fields ?? [])].sort((a, b) => b.offset - a.offset))
        text = text.slice(0, f.offset) + (FILLERS[f.name] ?? "江东市") + text.slice(f.offset + f.length);
      return { text };
    }),
  };
}

const asModel = (ps: NewParagraph[]): DocModel => ({ paragraphs: ps.map((p) => ({ text: p.text })) });
const show = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.paragraph}:${f.offset} ${f.excerpt}`);

describe("templates against the checker", () => {
  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s, fields filled: no error-level finding",
    (_id, t) => {
      const model = fillAll(renderTemplate(t, FILLED));
      const { findings } = check(model, { kind: t.kind, year: 2024 });
      expect(show(findings.filter((f) => f.severity === "error"))).toEqual([]);
      // Nothing is left for the unfilled-field rule either.
      expect(show(findings.filter((f) => f.rule === "unfilled-field"))).toEqual([]);
    },
  );

  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s, fields empty: only unfilled-field findings, one per field",
    (_id, t) => {
      const paragraphs = renderTemplate(t, {});
      const model = asModel(paragraphs);
      const { findings } = check(model, { kind: t.kind, year: 2024 });
      const others = findings.filter((f) => f.rule !== "unfilled-field" && f.severity !== "info");
      expect(show(others)).toEqual([]);
      const spans = paragraphs.flatMap((p, i) => (p.fields ?? []).map((f) => `${i}:${f.offset}:${f.length}`));
      const flagged = findings
        .filter((f) => f.rule === "unfilled-field")
        .map((f) => `${f.paragraph}:${f.offset}:${f.length}`);
      expect(flagged).toEqual(spans);
    },
  );
});

describe("scaffolds against the checker", () => {
  const base = findTemplate("main-responsibility")!;
  const cursor = (paragraph: number) => ({
    paragraph,
    offset: 0,
    length: 0,
    selectedText: "",
    inTable: false,
  });

  test.each(SCAFFOLDS.map((s) => [s.id, s] as const))(
    "%s inserted into a filled report: no error; empty: only unfilled fields",
    (_id, s) => {
      const doc = fillAll(renderTemplate(base, FILLED));
      // Cursor on 一、 (level-1 scaffolds) or on the run-in （一） (sub-section scaffolds).
      const at = doc.paragraphs.findIndex((p) => p.text.startsWith(s.level === 1 ? "一、" : "（一）"));
      const plan = planScaffold(doc, cursor(at), s) as InsertionPlan;
      expect(plan.ok).toBe(true);
      const { model, result } = applyEditsToModel(doc, planEdits(plan));
      expect(result.stale).toEqual([]);
      const start = plan.insert.position === "after" ? plan.insert.paragraph + 1 : plan.insert.paragraph;
      const end = start + plan.paragraphs.length;
      const inserted = (f: Finding) => f.paragraph !== null && f.paragraph >= start && f.paragraph < end;

      const { findings } = check(model, { kind: base.kind, year: 2024 });
      expect(show(findings.filter((f) => f.severity === "error" && f.rule !== "unfilled-field"))).toEqual([]);
      const unfilled = findings.filter((f) => f.rule === "unfilled-field");
      expect(unfilled.length).toBe(plan.paragraphs.reduce((n, p) => n + (p.fields?.length ?? 0), 0));
      expect(unfilled.every(inserted)).toBe(true);
      expect(
        show(findings.filter((f) => inserted(f) && f.rule !== "unfilled-field" && f.severity !== "info")),
      ).toEqual([]);

      // With the scaffold's fields filled: nothing in the inserted paragraphs at all but info.
      const filled = fillAll([
        ...doc.paragraphs.slice(0, start).map((p) => ({ text: p.text, role: "body" as const })),
        ...plan.paragraphs,
      ]);
      const full: DocModel = { paragraphs: [...filled.paragraphs, ...model.paragraphs.slice(end)] };
      const after = check(full, { kind: base.kind, year: 2024 }).findings;
      expect(show(after.filter((f) => f.severity === "error"))).toEqual([]);
      expect(show(after.filter((f) => inserted(f) && f.severity !== "info"))).toEqual([]);
    },
  );
});
