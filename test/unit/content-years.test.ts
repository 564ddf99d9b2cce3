/**
 * Issue 14: every shipped snippet, template (filled) and scaffold, checked by the formulation and
 * dated-reference rules as part of a report on each year 2021-2026, raises nothing at all. A snippet that
 * cites something dated carries its `since` and is checked from that year on; its since is not too early
 * (checked in the year before, the dated-reference rule flags it, unless the date is unconfirmed).
 */
import { check } from "../../src/core/check";
import type { DocModel } from "../../src/core/model";
import type { NewParagraph } from "../../src/core/edits";
import { renderTemplate, renderSection } from "../../src/core/scaffold";
import type { Finding } from "../../src/core/findings";
import { formulation } from "../../src/core/rules/formulation";
import { datedReference } from "../../src/core/rules/dated-reference";
import { TEMPLATES } from "../../src/genre/templates";
import { SCAFFOLDS } from "../../src/genre/scaffolds";
import { librarySnippets } from "../../src/genre/snippets";
import { resolveYearTokens } from "../../src/core/year-items";

const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const RULES = [formulation, datedReference];

const show = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.paragraph}:${f.offset} ${f.excerpt}`);

function checkAt(paragraphs: string[], year: number, kind?: string): string[] {
  const model: DocModel = { paragraphs: paragraphs.map((text) => ({ text })) };
  return show(check(model, { kind, year }, { rules: RULES }).findings);
}

/** Fill every field span (right to left) with a neutral value. */
function filled(paragraphs: NewParagraph[]): string[] {
  return paragraphs.map((p) => {
    let text = p.text;
    for (const f of [...(p.fields ?? [])].sort((a, b) => b.offset - a.offset))
      text =
        text.slice(0, f.offset) + (f.name === "figure" ? "12" : "江东市") + text.slice(f.offset + f.length);
    return text;
  });
}

/** The first report year a snippet suits (its since, set where it cites something dated). */
const firstYear = (since: string | undefined) => (since ? Number(since.slice(0, 4)) : 0);

describe.each(YEARS)("shipped content in a report on %i", (year) => {
  const values = {
    year: String(year),
    unit: "江东市审计局",
    name: "李明",
    post: "党组书记、局长",
    to: "市纪委",
  };

  test("templates, filled: no formulation or dated-reference finding", () => {
    for (const t of TEMPLATES) {
      const out = checkAt(
        filled(renderTemplate(t, { ...values, date: `${year + 1}年1月10日` })),
        year,
        t.kind,
      );
      expect([t.id, ...out]).toEqual([t.id]);
    }
  });

  test("scaffolds: none", () => {
    for (const s of SCAFFOLDS) {
      const out = checkAt(filled(renderSection(s.section, s.level, 1)), year);
      expect([s.id, ...out]).toEqual([s.id]);
    }
  });

  test("snippets (handwritten and set formulations): none", () => {
    let checked = 0;
    for (const s of librarySnippets) {
      if (firstYear(s.since) > year) continue;
      checked++;
      expect([s.id, ...checkAt([resolveYearTokens(s.text, year)], year)]).toEqual([s.id]);
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe("snippet since", () => {
  test("a snippet with since is flagged in the year before (the since is not too early)", () => {
    const dated = librarySnippets.filter((s) => s.since !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(10);
    let flagged = 0;
    for (const s of dated) {
      const out = checkAt([s.text], firstYear(s.since) - 1);
      // Formulations without a dated pattern (十五五, 正确政绩观) raise nothing: their since is informative.
      expect(out.every((f) => f.startsWith("dated-reference"))).toBe(true);
      if (out.length > 0) flagged++;
    }
    expect(flagged).toBeGreaterThanOrEqual(10);
  });
});
