import { YEAR_TOKENS } from "../../src/core/year-items";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { TEMPLATES, findTemplate } from "../../src/genre/templates";
import { SCAFFOLDS } from "../../src/genre/scaffolds";
import {
  THEMES,
  makePack,
  packSchema,
  scaffoldSchema,
  templateSchema,
  validatePack,
  type ScaffoldData,
  type SectionData,
} from "../../src/genre/template-schema";
import {
  fieldTokens,
  findFields,
  normalizeDate,
  normalizeYear,
  defaultFieldValues,
  renderFields,
} from "../../src/core/fields";
import { chineseNumeral, markerFor } from "../../src/core/numbering";
import {
  renderSection,
  renderTemplate,
  planScaffold,
  planSection,
  planEdits,
  type InsertionPlan,
} from "../../src/core/scaffold";
import { applyEditsToModel } from "../../src/core/edits";
import { buildOutline } from "../../src/core/outline";
import { modelFromLines, type DocModel } from "../../src/core/model";
import type { HeadingLevel } from "../../src/core/outline-types";

const KINDS = [
  "personal-shuzeshulian",
  "first-responsible",
  "main-responsibility",
  "personal-responsibility-system",
  "unit-annual",
  "periodic-main-responsibility",
  "shuzhi-shulian",
  "inspection-rectification",
  "democratic-life-review",
];

function allTexts(s: SectionData): string[] {
  return [s.heading, ...(s.body ?? []), ...(s.children ?? []).flatMap(allTexts)];
}

describe("built-in data", () => {
  test("one template per kind of GENRE.md section 2, each valid", () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([...KINDS].sort());
    for (const t of TEMPLATES) expect(templateSchema.safeParse(t).success).toBe(true);
  });

  test("at least 40 valid scaffolds with unique ids, every theme covered, several problems and next steps", () => {
    expect(SCAFFOLDS.length).toBeGreaterThanOrEqual(40);
    for (const s of SCAFFOLDS) {
      const r = scaffoldSchema.safeParse(s);
      if (!r.success) throw new Error(`${s.id}: ${r.error.message}`);
    }
    expect(new Set(SCAFFOLDS.map((s) => s.id)).size).toBe(SCAFFOLDS.length);
    for (const theme of THEMES)
      expect(SCAFFOLDS.filter((s) => s.theme === theme).length).toBeGreaterThanOrEqual(2);
    expect(SCAFFOLDS.filter((s) => s.theme === "problems").length).toBeGreaterThanOrEqual(3);
    expect(SCAFFOLDS.filter((s) => s.theme === "next-steps").length).toBeGreaterThanOrEqual(3);
    // Sub-structures of every kind are represented: (一)…, 1.…, and 一是/二是 run-in paragraphs.
    expect(SCAFFOLDS.some((s) => s.section.children?.length && s.section.childStyle !== "skip")).toBe(true);
    expect(SCAFFOLDS.some((s) => s.section.childStyle === "skip")).toBe(true);
    expect(
      SCAFFOLDS.some((s) => !s.section.children && s.section.body?.some((b) => b.includes("二是"))),
    ).toBe(true);
  });

  test("every template's and scaffold's text uses only known field tokens and no stray braces", () => {
    const texts = [
      ...TEMPLATES.flatMap((t) => [
        t.title,
        t.addressee ?? "",
        ...t.opening,
        ...t.sections.flatMap(allTexts),
        ...t.signature,
      ]),
      ...SCAFFOLDS.flatMap((s) => allTexts(s.section)),
    ];
    for (const text of texts) {
      const rendered = renderFields(text, {}).text;
      expect(rendered).not.toMatch(/[{}]/);
      for (const tok of fieldTokens(text))
        expect(["year", "period", "unit", "name", "post", "to", "date", "?", "#", ...YEAR_TOKENS]).toContain(
          tok,
        );
    }
  });

  test("each template's 导语 ends with its transition 如下：; unit reports close with 特此报告。", () => {
    for (const t of TEMPLATES) expect(t.opening[t.opening.length - 1]).toMatch(/如下：$/);
    expect(findTemplate("unit-annual")?.closing).toBe("特此报告。");
    expect(findTemplate("unit-annual")?.addressee).toBe("{to}：");
    expect(findTemplate("personal-shuzeshulian")?.addressee).toBeUndefined();
  });

  test("every template has a problems part and a next-steps part", () => {
    for (const t of TEMPLATES) {
      const heads = t.sections.map((s) => s.heading);
      expect(heads.some((h) => /问题|不足/.test(h))).toBe(true);
      expect(heads.some((h) => /下一步|下一阶段|打算/.test(h))).toBe(true);
    }
  });
});

describe("fields", () => {
  test("render: filled form fields are values, the rest 【请填写…】 with exact spans", () => {
    const r = renderFields("{year}年{unit}召开会议{#会议次数}次，{?主要内容}。", { year: "2024" });
    expect(r.text).toBe("2024年【请填写单位名称】召开会议【请填写会议次数】次，【请填写主要内容】。");
    expect(r.fields).toEqual([
      { offset: 5, length: 9, name: "unit" },
      { offset: 18, length: 9, name: "figure" },
      { offset: 29, length: 9, name: "text" },
    ]);
  });
  test("findFields finds the same spans from text alone", () => {
    const text = "2024年【请填写单位名称】召开会议【请填写会议次数】次，【请填写主要内容】。";
    expect(findFields(text)).toEqual([
      { offset: 5, length: 9, name: "unit" },
      { offset: 18, length: 9, name: "figure" },
      { offset: 29, length: 9, name: "text" },
    ]);
    expect(findFields("【】 and 【unclosed")).toEqual([]);
  });
  test("dates and years", () => {
    expect(normalizeDate("2024-12-20")).toBe("2024年12月20日");
    expect(normalizeDate("2024.01.05")).toBe("2024年1月5日");
    expect(normalizeDate("2024年02月09日")).toBe("2024年2月9日");
    expect(normalizeDate("20241220")).toBe("2024年12月20日");
    expect(normalizeDate("2024-02-30")).toBeNull();
    expect(normalizeDate("明天")).toBeNull();
    expect(normalizeYear("2024年度")).toBe("2024");
    expect(normalizeYear("24")).toBeNull();
    expect(defaultFieldValues(new Date(2025, 0, 3))).toEqual({ year: "2024", date: "2025年1月3日" });
  });
  test("markers and Chinese numerals", () => {
    expect([1, 10, 11, 20, 21, 99, 100, 101, 110].map(chineseNumeral)).toEqual([
      "一",
      "十",
      "十一",
      "二十",
      "二十一",
      "九十九",
      "一百",
      "一百零一",
      "一百一十",
    ]);
    expect([markerFor(1, 12), markerFor(2, 3), markerFor(3, 4), markerFor(4, 5)]).toEqual([
      "十二、",
      "（三）",
      "4.",
      "（5）",
    ]);
  });
});

describe("packs", () => {
  test("export then import gives the same entries", () => {
    const pack = makePack(TEMPLATES.slice(0, 2), SCAFFOLDS.slice(0, 3), "某某局模板");
    const r = validatePack(JSON.stringify(pack));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.templates?.map((t) => t.id)).toEqual([TEMPLATES[0].id, TEMPLATES[1].id]);
      expect(r.pack.scaffolds).toEqual(SCAFFOLDS.slice(0, 3));
    }
    expect(packSchema.safeParse(pack).success).toBe(true);
  });

  test("an invalid pack names the entry and the field, and imports nothing", () => {
    const bad = makePack(
      [],
      [SCAFFOLDS[0], { ...SCAFFOLDS[1], section: { ...SCAFFOLDS[1].section, heading: "" } }],
    );
    const r = validatePack(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({
        list: "scaffolds",
        index: 1,
        id: SCAFFOLDS[1].id,
        field: "section.heading",
        code: "too_small",
      }),
    ]);
    expect("pack" in r).toBe(false);
  });

  test("a deep field, a wrong theme, a marker in a heading, a duplicate id and broken JSON are each reported", () => {
    const s: ScaffoldData = SCAFFOLDS.find((x) => x.section.children?.length)!;
    const deep = { ...s, section: { ...s.section, children: [{ heading: "（一）已带编号" }] } };
    const r1 = validatePack({
      format: "lianzheng-pack",
      version: 1,
      scaffolds: [deep, { ...SCAFFOLDS[0], theme: "sports" }],
    });
    expect(r1.ok).toBe(false);
    if (!r1.ok) {
      expect(r1.issues.map((i) => [i.index, i.field, i.code])).toEqual([
        [0, "section.children.0.heading", "custom"],
        [1, "theme", "invalid_value"],
      ]);
    }
    const r2 = validatePack(makePack([], [SCAFFOLDS[0], SCAFFOLDS[0]]));
    expect(!r2.ok && r2.issues.map((i) => [i.index, i.code])).toEqual([[1, "duplicate-id"]]);
    const r3 = validatePack("{not json");
    expect(!r3.ok && r3.issues[0].code).toBe("json");
    const r4 = validatePack({ format: "other", version: 1 });
    expect(!r4.ok && r4.issues[0]).toMatchObject({ list: "", index: -1, field: "format" });
  });
});

// ---------------------------------------------------------------------------------------------
// The outline of each seed can be produced from a template plus scaffolds.

const SEEDS = join(__dirname, "../../../shared/seeds");
const VALUES = {
  year: "2023",
  unit: "某某县人民政府",
  name: "张某",
  post: "县长",
  to: "市纪委",
  date: "2023年12月20日",
};

type Shape = { level: HeadingLevel; depth: number; number: number; runIn: boolean }[];

function shape(model: DocModel): Shape {
  return buildOutline(model).headings.map((h) => ({
    level: h.level,
    depth: h.depth,
    number: h.number,
    runIn: h.runIn,
  }));
}

function seedModel(prefix: string): DocModel {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return modelFromLines(readFileSync(join(SEEDS, file), "utf8").replace(/\r/g, "").split("\n"));
}

function cursor(paragraph: number) {
  return { paragraph, offset: 0, length: 0, selectedText: "", inTable: false };
}

/** Insert a scaffold (by id) or a template section at a paragraph (default: the last paragraph, i.e. the end). */
function insert(
  model: DocModel,
  what: string | SectionData,
  at?: number | "lastHeading",
  level?: HeadingLevel,
): DocModel {
  const p =
    at === "lastHeading"
      ? buildOutline(model).headings.slice(-1)[0].paragraph
      : (at ?? model.paragraphs.length - 1);
  const plan =
    typeof what === "string"
      ? planScaffold(
          model,
          cursor(p),
          SCAFFOLDS.find((s) => s.id === what)!,
          { level, values: VALUES },
        )
      : planSection(model, cursor(p), what, { level, values: VALUES });
  if (!plan.ok) throw new Error(`refused: ${plan.reason}`);
  const { model: next, result } = applyEditsToModel(model, planEdits(plan as InsertionPlan));
  expect(result.stale).toEqual([]);
  return next;
}

function frame(kind: string): DocModel {
  const t = findTemplate(kind)!;
  return { paragraphs: renderTemplate(t, VALUES, { sections: false }).map((p) => ({ text: p.text })) };
}

describe("seed outlines from a template plus scaffolds", () => {
  test("000 (personal-responsibility-system): the template itself", () => {
    const doc = {
      paragraphs: renderTemplate(findTemplate("personal-responsibility-system")!, VALUES).map((p) => ({
        text: p.text,
      })),
    };
    expect(shape(doc)).toEqual(shape(seedModel("000_")));
  });

  test("001 (first-responsible): the frame and four themed level-1 scaffolds", () => {
    let doc = frame("first-responsible");
    for (const id of [
      "political-two-safeguards",
      "conduct-four-winds",
      "cadres-selection",
      "institutions-sanzhong",
    ])
      doc = insert(doc, id, undefined, 1);
    expect(shape(doc)).toEqual(shape(seedModel("001_")));
  });

  test("002 (main-responsibility): the frame and three level-1 scaffolds with run-in （一）（二）（三）", () => {
    let doc = frame("main-responsibility");
    doc = insert(doc, "political-decisions");
    doc = insert(doc, "main-resp-list", undefined, 1);
    doc = insert(doc, "cadres-team", undefined, 1);
    expect(shape(doc)).toEqual(shape(seedModel("002_")));
  });

  test("003 (personal-shuzeshulian): template sections, a fifth 1., problems and measures with a fourth 1. each", () => {
    const t = findTemplate("personal-shuzeshulian")!;
    let doc = frame("personal-shuzeshulian");
    doc = insert(doc, t.sections[0]);
    doc = insert(doc, "study-central-group", "lastHeading"); // cursor on 4. → 5.
    doc = insert(doc, "problems-numbered");
    doc = insert(doc, "conduct-formalism", "lastHeading"); // cursor on run-in 3. → 4.
    doc = insert(doc, "next-steps-improve");
    doc = insert(doc, "dual-duty", "lastHeading"); // cursor on run-in 3. → 4.
    expect(shape(doc)).toEqual(shape(seedModel("003_")));
  });

  test("004 (unit-annual): the template's first section and a short next-steps scaffold", () => {
    const t = findTemplate("unit-annual")!;
    let doc = frame("unit-annual");
    doc = insert(doc, t.sections[0]);
    doc = insert(doc, "next-steps-short");
    expect(shape(doc)).toEqual(shape(seedModel("004_")));
    expect(buildOutline(doc).addressee).toBe(1);
    expect(buildOutline(seedModel("004_")).addressee).toBe(0);
  });

  test("scaffolds render at every level without losing text", () => {
    for (const s of SCAFFOLDS)
      for (const level of [1, 2, 3, 4] as HeadingLevel[]) {
        const ps = renderSection(s.section, level, 1);
        expect(ps.length).toBeGreaterThan(0);
        expect(ps.map((p) => p.text).join("")).toContain(renderFields(s.section.heading).text);
      }
  });
});
