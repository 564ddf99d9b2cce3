// The matching logic of scripts/measure-corpus.mjs on a tiny corpus written for this test
// (test/fixtures/corpus: two texts, their gold, an index.tsv and the JSON of a check run, so that the
// figures do not depend on the rules of the day). The script is plain node ESM: it is run as a child.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const script = join(root, "scripts", "measure-corpus.mjs");
const folder = join(root, "test", "fixtures", "corpus");

interface Result {
  texts: number;
  goldErrors: unknown[];
  bySeverity: Record<string, { findings: number; tp: number }>;
  rules: { rule: string; severity: string; findings: number; tp: number }[];
  byClass: Record<string, { gold: number; found: number; foundByInfo: number }>;
  notJudged: Record<string, number>;
  falseFindings: { file: string; rule: string; paragraph: number | null; offset: number }[];
  missed: { file: string; class: string; text?: string }[];
}

function run(...extra: string[]): string {
  return execFileSync(
    process.execPath,
    [script, folder, "--findings", join(folder, "findings.json"), ...extra],
    { encoding: "utf8" },
  );
}

describe("scripts/measure-corpus.mjs", () => {
  const r = JSON.parse(run("--json")) as Result;

  it("reads every text that has a gold file, and every gold span holds its text", () => {
    expect(r.texts).toBe(2);
    expect(r.goldErrors).toEqual([]);
  });

  it("does not judge mark rules on untrusted texts, document findings on excerpts, or ignored spans", () => {
    // b.txt: space-in-chinese (untrusted punctuation), required-sections (excerpt), heading-sequence (ignored)
    expect(r.notJudged).toEqual({ "untrusted-punctuation": 1, excerpt: 1, ignored: 1 });
  });

  it("counts a finding overlapping a gold span of the same paragraph as a true positive", () => {
    expect(r.bySeverity).toEqual({ error: { findings: 4, tp: 3 }, warning: { findings: 2, tp: 1 } });
    const rule = (id: string) => r.rules.find((x) => x.rule === id);
    expect(rule("placeholder")).toMatchObject({ severity: "error", findings: 1, tp: 1 });
    expect(rule("halfwidth-punctuation")).toMatchObject({ findings: 1, tp: 1 }); // trusted text
    expect(rule("required-sections")).toMatchObject({ findings: 1, tp: 1 }); // document-level gold
    expect(rule("formulation")).toMatchObject({ severity: "warning", findings: 1, tp: 1 });
    expect(rule("doubled-char")).toMatchObject({ findings: 1, tp: 0 });
    expect(rule("opening-transition")).toMatchObject({ findings: 1, tp: 0 }); // zero length, no gold there
    // info findings are not in the precision table
    expect(r.rules.some((x) => x.severity === "info")).toBe(false);
  });

  it("lists the false findings with their place", () => {
    expect(r.falseFindings.map((f) => `${f.file}:${f.paragraph}:${f.offset} ${f.rule}`).sort()).toEqual([
      "a.txt:1:0 opening-transition",
      "b.txt:0:0 doubled-char",
    ]);
  });

  it("gives recall per class from error and warning findings, and apart with info findings", () => {
    expect(r.byClass.typo).toEqual({ gold: 3, found: 1, foundByInfo: 2 });
    expect(r.byClass.placeholder).toEqual({ gold: 1, found: 1, foundByInfo: 1 });
    expect(r.byClass.punctuation).toEqual({ gold: 1, found: 1, foundByInfo: 1 });
    expect(r.byClass.structure).toEqual({ gold: 1, found: 1, foundByInfo: 1 });
    expect(r.byClass.doubled).toEqual({ gold: 0, found: 0, foundByInfo: 0 });
    expect(r.missed.map((m) => m.text).sort()).toEqual(["以身做则", "截止"]);
  });

  it("prints the tables as text", () => {
    const text = run();
    expect(text).toMatch(/^error\s+4\s+3\s+1\s+75\.0%$/m);
    expect(text).toMatch(/^typo\s+3\s+1\s+33\.3%\s+66\.7%$/m);
    expect(text).toContain("error doubled-char b.txt:0:0 «党支部»");
  });
});
