/**
 * Year-aware content (issue 14): {{plenum}}, {{campaign}} and {{plan}} take the report's year, walked over
 * 2021-2026; a year without data leaves a 【请填写…】 field.
 */
import { renderFields, findFields, fieldTokens } from "../../src/core/fields";
import { renderTemplate } from "../../src/core/scaffold";
import { planSnippetInsert } from "../../src/core/enumerator";
import {
  hasYearTokens,
  resolveYearTokens,
  yearItemsFor,
  yearTokenValue,
  YEAR_TOKENS,
} from "../../src/core/year-items";
import { YEAR_ITEMS } from "../../src/genre/year-items";
import { datedRefs } from "../../src/genre/dated-refs";
import { findTemplate } from "../../src/genre/templates";
import { librarySnippets } from "../../src/genre/snippets";
import { modelFromLines } from "../../src/core/model";

const PLENUMS: Record<number, string> = {
  2021: "十九届中央纪委五次全会",
  2022: "十九届中央纪委六次全会",
  2023: "二十届中央纪委二次全会",
  2024: "二十届中央纪委三次全会",
  2025: "二十届中央纪委四次全会",
  2026: "二十届中央纪委五次全会",
};

describe("year items data", () => {
  test("one row per year 2021-2026, in order, each pointing at a dated reference of its own year", () => {
    expect(YEAR_ITEMS.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of YEAR_ITEMS) {
      for (const item of [y.plenum, ...(y.campaign ? [y.campaign] : [])]) {
        const ref = datedRefs.find((r) => r.id === item.ref);
        expect(ref).toBeDefined();
        expect(Number(ref!.since.slice(0, 4))).toBe(y.year);
        expect(ref!.patterns.some((p) => item.name.includes(p))).toBe(true);
      }
      expect(y.plan).toBe(y.year <= 2025 ? "十四五" : "十五五");
    }
  });
});

describe.each(Object.entries(PLENUMS).map(([y, p]) => [Number(y), p] as const))(
  "report on %i",
  (year, plenum) => {
    test("tokens resolve to the year's plenum, campaign and plan period", () => {
      expect(yearTokenValue("plenum", year)).toBe(plenum);
      expect(resolveYearTokens("认真学习贯彻{{plenum}}精神。", year)).toBe(`认真学习贯彻${plenum}精神。`);
      expect(yearTokenValue("plan", year)).toBe(year <= 2025 ? "十四五" : "十五五");
      expect(yearTokenValue("campaign", year)).toBe(yearItemsFor(year)?.campaign?.name);
    });

    test("the first-responsible template names this year's plenum (no field left for it)", () => {
      const ps = renderTemplate(findTemplate("first-responsible")!, { year: String(year) });
      const texts = ps.map((p) => p.text).join("\n");
      expect(texts).toContain(`认真学习贯彻${plenum}精神`);
      for (const other of Object.values(PLENUMS)) if (other !== plenum) expect(texts).not.toContain(other);
      expect(texts).not.toMatch(/[{}]/);
    });

    test("a year-aware snippet inserted into a report on the year (year detected from the title)", () => {
      const model = modelFromLines([`关于${year}年度履行党风廉政建设主体责任情况的报告`, "一、主要工作", ""]);
      const snippet = librarySnippets.find((s) => s.text.includes("{{plenum}}"))!;
      const edit = planSnippetInsert(model, { paragraph: 2, offset: 0 }, snippet, "inline");
      expect(edit.text).toContain(plenum);
      expect(edit.text).not.toMatch(/[{}]/);
    });
  },
);

describe("without a year", () => {
  test("renderFields leaves a text field for each token, with exact spans", () => {
    const r = renderFields("学习{{plenum}}精神，开展{{campaign}}。", {});
    expect(r.text).toBe(
      "学习【请填写本年度学习贯彻的中央纪委全会】精神，开展【请填写本年度开展的学习教育】。",
    );
    expect(r.fields).toEqual([
      { offset: 2, length: 19, name: "text" },
      { offset: 26, length: 15, name: "text" },
    ]);
    expect(findFields(r.text)).toEqual(r.fields);
  });

  test("a year with no row (2027) or no campaign (2022) leaves the field; the tokens are known tokens", () => {
    expect(resolveYearTokens("{{plenum}}", 2027)).toBe("【请填写本年度学习贯彻的中央纪委全会】");
    expect(renderFields("{{campaign}}", { year: "2022" }).fields).toEqual([
      { offset: 0, length: 15, name: "text" },
    ]);
    expect(fieldTokens("{{plenum}}{{plan}}{year}")).toEqual(["plenum", "plan", "year"]);
    expect(hasYearTokens("{{plan}}")).toBe(true);
    expect(hasYearTokens("{plan}")).toBe(false);
    expect(YEAR_TOKENS).toEqual(["plenum", "campaign", "plan"]);
  });
});
