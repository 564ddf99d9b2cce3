import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { check } from "../../../src/core/check";
import { modelFromLines } from "../../../src/core/model";
import { typo, lexiconEntries, nearMissFile, parseTypoLine } from "../../../src/core/rules/typo";

const nearMiss = nearMissFile();
import { typoGroups } from "../../../src/genre/lexicon/typos";
import { setPhraseGroups } from "../../../src/genre/lexicon/set-phrases";
import { setPhraseGroupSchema, typoGroupSchema } from "../../../src/genre/lexicon/typos-schema";
import { librarySnippets } from "../../../src/genre/snippets";
import { TEMPLATES } from "../../../src/genre/templates";
import { SCAFFOLDS } from "../../../src/genre/scaffolds";
import { renderTemplate } from "../../../src/core/scaffold";
import { readTextFile } from "../../../src/formats/text";
import { ruleTester } from "./rule-tester";

ruleTester(typo, {
  valid: [
    "领导干部要以身作则，再接再厉，一如既往，坚持不懈。",
    "认真贯彻落实党中央决策部署，防微杜渐，警钟长鸣。",
    "截至2024年底，群众反映问题12件，用好手中的权力。",
    "党委作出部署，形成合理分工，形成合力。",
    "依法保障公民的权利，维护职工合法权利。",
    "报名截止到12月31日，逾期不再受理。",
    "化学反应速度，群众反应强烈。",
    "做出成绩，做出样子。",
    "确定单位名单，组成份额。",
    "上班白天，为了了解情况。",
    // a 规范表述 wrong form is the formulation rule's finding, not this rule's
    "坚决纠治享乐主义和奢糜之风。",
    "自觉做到驰而不息、久久为功。",
    // 宽 ending a word before 彻底: no 贯彻 there
    "适当放宽彻底整改的时限。",
    "纳入监督检查范围，坚持问题导向。",
  ],
  invalid: [
    {
      name: "宽彻 for 贯彻 (corpus: not generated, 贯彻 is no set phrase and 宽 neither near in pinyin nor in form)",
      text: "深入学习宽彻党的二十大精神。",
      errors: [{ offset: 4, length: 2, severity: "warning", fix: "贯彻" }],
      output: "深入学习贯彻党的二十大精神。",
    },
    {
      text: "纳入政治纪律和政治规矩监督坚持范围。",
      errors: [{ offset: 13, length: 2, severity: "warning", fix: "检查" }],
      output: "纳入政治纪律和政治规矩监督检查范围。",
    },
    {
      text: "领导干部要以身做则，再接再励。",
      errors: [
        { offset: 5, length: 4, severity: "error", fix: "以身作则" },
        { offset: 10, length: 4, severity: "error", fix: "再接再厉" },
      ],
      output: "领导干部要以身作则，再接再厉。",
    },
    {
      text: "一如继往地坚持不泄抓好作风建设。",
      errors: [
        { offset: 0, length: 4, fix: "一如既往" },
        { offset: 5, length: 4, fix: "坚持不懈" },
      ],
    },
    {
      text: "认真惯彻落实，周密布署。",
      errors: [
        { offset: 2, length: 4, severity: "error", fix: "贯彻落实" },
        { offset: 9, length: 2, severity: "error", fix: "部署" },
      ],
      output: "认真贯彻落实，周密部署。",
    },
    {
      text: "截止2024年底，共收到群众反应问题12件。",
      errors: [
        { offset: 0, length: 2, severity: "warning", fix: "截至" },
        { offset: 14, length: 2, severity: "warning", fix: "反映" },
      ],
      output: "截至2024年底，共收到群众反映问题12件。",
    },
    {
      text: "用好手中的权利，防止权利寻租。",
      errors: [
        { offset: 5, length: 2, severity: "warning", fix: "权力" },
        { offset: 10, length: 2, severity: "warning", fix: "权力" },
      ],
    },
    {
      text: "党委做出部署后，专门做出决定。",
      errors: [
        { offset: 2, length: 2, severity: "warning", fix: "作出" },
        { offset: 10, length: 2, severity: "warning", fix: "作出" },
      ],
    },
    {
      text: "严于律已，廉洁自率，警钟常鸣，令行禁至。",
      errors: [
        { offset: 0, length: 4, fix: "严于律己" },
        { offset: 5, length: 4, fix: "廉洁自律" },
        { offset: 10, length: 4, fix: "警钟长鸣" },
        { offset: 15, length: 4, fix: "令行禁止" },
      ],
    },
    {
      name: "near-miss by pinyin (generated)",
      text: "坚持求真务是。",
      errors: [{ offset: 2, length: 4, severity: "warning", fix: "求真务实" }],
      output: "坚持求真务实。",
    },
    {
      name: "near-miss inside a long formulation (generated)",
      text: "学习习近平新世代中国特色社会主义思想。",
      errors: [{ offset: 5, length: 13, severity: "warning", fix: "新时代中国特色社会主义思想" }],
      output: "学习习近平新时代中国特色社会主义思想。",
    },
    {
      name: "near-miss by shape (generated)",
      text: "始终做到克已奉公。",
      errors: [{ offset: 4, length: 4, severity: "error", fix: "克己奉公" }],
    },
    {
      name: "异形词 is a warning",
      text: "建立问题台帐，按语如下。",
      errors: [{ offset: 4, length: 2, severity: "warning", fix: "台账" }],
    },
    {
      name: "a context form replaces only its bracketed part",
      text: "对巡视巡察中巡查反馈的问题。",
      errors: [{ offset: 6, length: 2, severity: "warning", fix: "巡察" }],
    },
  ],
});

/** Findings of the typo rule on paragraphs. */
function typoFindings(lines: string[]) {
  return check(modelFromLines(lines), {}, { rules: [typo] }).findings.filter((f) => f.rule === "typo");
}

const show = (lines: string[]) =>
  typoFindings(lines).map((f) => `${f.paragraph}:${f.offset} ${f.excerpt} ${f.message["zh-CN"]}`);

describe("typo lexicon data", () => {
  it("every group is valid and has a source", () => {
    for (const g of typoGroups) expect(typoGroupSchema.safeParse(g).error).toBeUndefined();
    for (const g of setPhraseGroups) expect(setPhraseGroupSchema.safeParse(g).error).toBeUndefined();
  });

  const entries = lexiconEntries();

  it("has at least 1,500 wrong forms, each listed once, with unique group ids", () => {
    expect(entries.length).toBeGreaterThanOrEqual(1500);
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const [text, e] of entries) {
      if (seen.has(text)) dups.push(`${text} (${seen.get(text)}, ${e.group})`);
      seen.set(text, e.group);
    }
    expect(dups).toEqual([]);
    const ids = typoGroups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("no wrong form equals or lies inside a right form or a set phrase", () => {
    const rights = new Set<string>();
    for (const g of typoGroups)
      for (const line of g.lines.split("\n")) {
        const p = parseTypoLine(line);
        if (p) rights.add(p.right);
      }
    for (const g of setPhraseGroups) for (const p of g.phrases.split(/\s+/)) if (p) rights.add(p);
    const bad: string[] = [];
    for (const [text] of entries) for (const r of rights) if (r.includes(text)) bad.push(`${text} in ${r}`);
    expect(bad).toEqual([]);
  });

  it("errors only for misspellings; context forms are warnings", () => {
    for (const g of typoGroups) {
      if (g.kind !== "misspelling") expect(g.severity).not.toBe("error");
      if (/\[/.test(g.lines) && g.kind === "misspelling")
        throw new Error(`${g.id}: context in a misspelling group`);
    }
  });

  it("has at least 200 set phrases", () => {
    const phrases = new Set(setPhraseGroups.flatMap((g) => g.phrases.split(/\s+/).filter((p) => p)));
    expect(phrases.size).toBeGreaterThanOrEqual(200);
    // the generated file is up to date with the phrase list
    expect(Object.keys((nearMiss as { phrases: Record<string, string[]> }).phrases).sort()).toEqual(
      [...phrases].sort(),
    );
  });
});

describe("typo: generated near-misses", () => {
  const phrases = (nearMiss as { phrases: Record<string, string[]> }).phrases;

  it("each differs from its phrase in exactly one Han character and is no right form", () => {
    const rights = new Set<string>(Object.keys(phrases));
    for (const g of typoGroups)
      for (const line of g.lines.split("\n")) {
        const p = parseTypoLine(line);
        if (p) rights.add(p.right);
      }
    const bad: string[] = [];
    let count = 0;
    for (const [phrase, slots] of Object.entries(phrases)) {
      expect(slots).toHaveLength(phrase.length);
      slots.forEach((chars, k) => {
        for (const c of chars) {
          count++;
          const v = phrase.slice(0, k) + c + phrase.slice(k + 1);
          if (c === phrase[k] || !/^[\u4e00-\u9fff]$/.test(c) || rights.has(v)) bad.push(v);
        }
      });
    }
    expect(bad).toEqual([]);
    expect(count).toBeGreaterThan(10_000);
  });
});

describe("typo: every pair both ways", () => {
  const entries = lexiconEntries();

  it("each wrong form is flagged at its exact offset with the fix (in a sentence)", () => {
    const prefix = "我们";
    const lines = entries.map(([text]) => `${prefix}${text}。`);
    const findings = typoFindings(lines);
    const byParagraph = new Map<number, typeof findings>();
    for (const f of findings) byParagraph.set(f.paragraph!, [...(byParagraph.get(f.paragraph!) ?? []), f]);
    const bad: string[] = [];
    entries.forEach(([text, e], i) => {
      const fs = byParagraph.get(i) ?? [];
      const f = fs[0];
      const want = `${prefix.length + e.at}/${e.length}/${e.right}/${e.severity}`;
      const got = f ? `${f.offset}/${f.length}/${f.fix?.replacement}/${f.severity}` : "none";
      if (fs.length !== 1 || got !== want) bad.push(`${text}: want ${want}, got ${got} (${fs.length})`);
    });
    expect(bad).toEqual([]);
  });

  it("no right form is flagged", () => {
    const rights = new Set<string>();
    for (const g of typoGroups)
      for (const line of g.lines.split("\n")) {
        const p = parseTypoLine(line);
        if (p) rights.add(p.right);
      }
    // a right form of a context pair is tested with its context
    for (const [text, e] of entries)
      if (e.kind === "context") rights.add(text.slice(0, e.at) + e.right + text.slice(e.at + e.length));
    expect(show([...rights].map((r) => `我们${r}。`))).toEqual([]);
  });

  it("a near-miss of every set phrase is flagged, the phrase itself never", () => {
    const phrases = (nearMiss as { phrases: Record<string, string[]> }).phrases;
    const lines: string[] = [];
    const want: string[] = [];
    for (const [phrase, slots] of Object.entries(phrases)) {
      const k = slots.findIndex((c) => c.length > 0);
      if (k < 0) continue;
      const variant = phrase.slice(0, k) + slots[k][0] + phrase.slice(k + 1);
      lines.push(`要${variant}。`);
      want.push(`${lines.length - 1}:1:${phrase.length}:${phrase}`);
    }
    expect(lines.length).toBeGreaterThanOrEqual(200);
    const got = typoFindings(lines).map(
      (f) => `${f.paragraph}:${f.offset}:${f.length}:${f.fix?.replacement}`,
    );
    // a lexicon entry may take the place of the generated one: same span and fix either way
    expect(got).toEqual(want);
    expect(show(Object.keys(phrases).map((p) => `要${p}。`))).toEqual([]);
  });
});

describe("typo: silent on the genre's own texts", () => {
  it("raises nothing on the clean fixtures", () => {
    const dir = join(__dirname, "../../fixtures/text");
    for (const f of readdirSync(dir).filter((f) => f.startsWith("clean-"))) {
      const model = readTextFile(new Uint8Array(readFileSync(join(dir, f))));
      expect([f, show(model.paragraphs.map((p) => p.text))]).toEqual([f, []]);
    }
  });

  it("raises nothing on the shipped snippets, templates and scaffolds", () => {
    const texts: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") texts.push(...v.split("\n"));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(librarySnippets);
    walk(SCAFFOLDS);
    for (const t of TEMPLATES) texts.push(...renderTemplate(t, {}).map((p) => p.text));
    expect(texts.length).toBeGreaterThan(1000);
    expect(show(texts)).toEqual([]);
  });

  it("raises nothing on the five seeds", () => {
    const dir = join(__dirname, "../../../../shared/seeds");
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const model = readTextFile(new Uint8Array(readFileSync(join(dir, f))));
      expect([f, show(model.paragraphs.map((p) => p.text))]).toEqual([f, []]);
    }
  });
});
