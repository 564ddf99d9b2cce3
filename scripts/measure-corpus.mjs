// `node scripts/measure-corpus.mjs <corpus folder> [--json] [--findings <check.json>]`
//
// Measures the checker on a corpus you annotated yourself: every <name>.txt of the folder that has a
// <name>.gold.json beside it is checked with the built command line (`node bin/lianzheng.js check
// --format json …`, DESIGN.md section 5), and the findings are matched against the gold defects.
// Prints, per severity (error, warning) and per rule: findings, true positives, precision; and recall
// per defect class. With --findings, the JSON of a former `lianzheng check` run is read instead of
// running the command line (the unit test uses this). Plain node ESM, no dependency.
//
// <name>.gold.json:
//   { "defects": [ { "paragraph": 3, "offset": 12, "length": 4, "class": "typo", "text": "截止目前",
//                    "correction": "截至目前", "note": "…" } ],
//     "ignore":  [ { "paragraph": 1, "offset": 0, "length": 2, "reason": "excerpt starts at 四、" } ] }
//   class: typo | formulation | outdated-ref | doubled | punctuation | numbering | structure |
//   placeholder | other. "paragraph": null marks a document-level defect (a missing section).
//   "text", when given, must be the text at the span: a mismatch is reported (it catches bad offsets).
//   A finding overlapping an "ignore" span is not judged (excerpt artefacts, doubtful cases).
// index.tsv (optional, in the folder; tab-separated, first line the header): columns "file",
//   "punctuation" (yes/no: can its punctuation be trusted?) and "complete" (yes/no: whole report or
//   an excerpt?). Findings of mark- and spacing-rules on untrusted texts, and document-level findings
//   (paragraph null) on excerpts, are not judged either. Other columns (url, kind, year) are notes.
//
// Matching: a judged finding is a true positive when it overlaps a gold span of the same paragraph
// (any class; a zero-length finding counts as covering one character); a document-level finding is
// a true positive when the gold has a document-level defect. A gold defect counts as found when an
// error or warning finding overlaps it (info findings are counted apart).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Rules whose findings depend on the form of the marks or of the spacing: not judged on texts whose
 * source normalised its punctuation (full-width marks turned half-width) or its spaces. Deliberately
 * absent: reversed-marks (“” and 《》 survive such sources unchanged) and halfwidth-period (an ASCII
 * "." between Han characters is as written; the sources turn ，：；（）？！ half-width, never 。). */
export const MARK_RULES = new Set([
  "halfwidth-punctuation",
  "paired-marks",
  "repeated-marks",
  "quote-enumeration-comma",
  "paragraph-end",
  "dash-ellipsis",
  "heading-marker-form",
  "heading-punctuation",
  "ordinal-comma",
  "space-in-chinese",
  "trailing-space",
]);
export const CLASSES = [
  "typo",
  "formulation",
  "outdated-ref",
  "doubled",
  "punctuation",
  "numbering",
  "structure",
  "placeholder",
  "other",
];
const MEASURED = ["error", "warning"];

const overlaps = (a, b) => {
  const aEnd = a.offset + Math.max(a.length, 1);
  const bEnd = b.offset + Math.max(b.length, 1);
  return a.offset < bEnd && b.offset < aEnd;
};
const sameSpan = (f, g) =>
  g.paragraph === null || g.paragraph === undefined
    ? f.paragraph === null || f.paragraph === undefined
    : f.paragraph === g.paragraph && overlaps(f, g);

/**
 * Judges the findings of one text against its gold.
 * @param findings the `findings` of one file of `lianzheng check --format json`
 * @param gold { defects, ignore }
 * @param meta { trustedPunctuation: boolean, complete: boolean }
 * @returns { judged: [{finding, tp}], notJudged: [{finding, reason}], defects: [{defect, found, foundByInfo}] }
 */
export function judgeText(findings, gold, meta = {}) {
  const defects = gold.defects ?? [];
  const ignore = gold.ignore ?? [];
  const trusted = meta.trustedPunctuation !== false;
  const complete = meta.complete !== false;
  const judged = [];
  const notJudged = [];
  for (const f of findings) {
    const docLevel = f.paragraph === null || f.paragraph === undefined;
    if (!trusted && MARK_RULES.has(f.rule)) notJudged.push({ finding: f, reason: "untrusted-punctuation" });
    else if (docLevel && !complete) notJudged.push({ finding: f, reason: "excerpt" });
    else if (!docLevel && ignore.some((g) => sameSpan(f, g)))
      notJudged.push({ finding: f, reason: "ignored" });
    else judged.push({ finding: f, tp: defects.some((g) => sameSpan(f, g)) });
  }
  const result = defects.map((g) => ({
    defect: g,
    found: findings.some((f) => MEASURED.includes(f.severity) && sameSpan(f, g)),
    foundByInfo: findings.some((f) => f.severity === "info" && sameSpan(f, g)),
  }));
  return { judged, notJudged, defects: result };
}

/** Sums the judgements of many texts: per severity, per rule (and severity), per defect class. */
export function summarise(texts) {
  const bySeverity = {};
  const byRule = {};
  const byClass = {};
  const notJudged = {};
  const falseFindings = [];
  const notJudgedFindings = [];
  const missed = [];
  for (const sev of MEASURED) bySeverity[sev] = { findings: 0, tp: 0 };
  for (const c of CLASSES) byClass[c] = { gold: 0, found: 0, foundByInfo: 0 };
  for (const t of texts) {
    for (const { finding: f, tp } of t.judged) {
      if (!MEASURED.includes(f.severity)) continue;
      bySeverity[f.severity].findings++;
      const key = `${f.rule}\t${f.severity}`;
      byRule[key] ??= { rule: f.rule, severity: f.severity, findings: 0, tp: 0 };
      byRule[key].findings++;
      if (tp) {
        bySeverity[f.severity].tp++;
        byRule[key].tp++;
      } else falseFindings.push({ file: t.file, ...f });
    }
    for (const { finding: f, reason } of t.notJudged) {
      if (!MEASURED.includes(f.severity)) continue;
      notJudged[reason] = (notJudged[reason] ?? 0) + 1;
      notJudgedFindings.push({ file: t.file, reason, ...f });
    }
    for (const d of t.defects) {
      const c = CLASSES.includes(d.defect.class) ? d.defect.class : "other";
      byClass[c].gold++;
      if (d.found) byClass[c].found++;
      if (d.found || d.foundByInfo) byClass[c].foundByInfo++;
      if (!d.found) missed.push({ file: t.file, ...d.defect, foundByInfo: d.foundByInfo });
    }
  }
  const rules = Object.values(byRule).sort(
    (a, b) => MEASURED.indexOf(a.severity) - MEASURED.indexOf(b.severity) || a.rule.localeCompare(b.rule),
  );
  return { bySeverity, rules, byClass, notJudged, falseFindings, notJudgedFindings, missed };
}

/** index.tsv → Map(file name → { trustedPunctuation, complete }). */
export function readIndex(folder) {
  const path = join(folder, "index.tsv");
  const map = new Map();
  if (!existsSync(path)) return map;
  const [head, ...rows] = readFileSync(path, "utf8").split(/\r?\n/).filter(Boolean);
  const cols = head.split("\t").map((c) => c.trim().toLowerCase());
  const at = (row, name) => row[cols.indexOf(name)]?.trim().toLowerCase();
  for (const line of rows) {
    const row = line.split("\t");
    const yes = (v) => v === undefined || !/^(no|n|false|0)$/.test(v);
    map.set(basename(at(row, "file") ?? ""), {
      trustedPunctuation: yes(at(row, "punctuation")),
      complete: yes(at(row, "complete")),
    });
  }
  return map;
}

/** Checks that each gold span holds its "text"; returns the mismatches. */
export function verifyGold(lines, gold) {
  const bad = [];
  for (const g of [...(gold.defects ?? []), ...(gold.ignore ?? [])]) {
    if (g.paragraph === null || g.paragraph === undefined || g.text === undefined) continue;
    const got = (lines[g.paragraph] ?? "").slice(g.offset, g.offset + g.length);
    if (got !== g.text) bad.push({ ...g, got });
  }
  return bad;
}

export function measure(folder, { findingsFile } = {}) {
  const dir = resolve(folder);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(join(dir, f.replace(/\.txt$/, ".gold.json"))))
    .sort();
  if (names.length === 0) throw new Error(`no .txt with a .gold.json beside it in ${dir}`);
  const files = names.map((n) => join(dir, n));
  let report;
  if (findingsFile) report = JSON.parse(readFileSync(findingsFile, "utf8"));
  else {
    const root = join(dirname(fileURLToPath(import.meta.url)), "..");
    const args = [join(root, "bin", "lianzheng.js"), "check", "--format", "json", ...files];
    let out;
    try {
      out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    } catch (e) {
      // exit code 1: at least one error-level finding; the JSON is on stdout all the same
      if (e.status !== 1 || !e.stdout) throw e;
      out = e.stdout;
    }
    report = JSON.parse(out);
  }
  const byName = new Map(report.files.map((f) => [basename(f.file), f]));
  const index = readIndex(dir);
  const texts = [];
  const goldErrors = [];
  for (const name of names) {
    const gold = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, ".gold.json")), "utf8"));
    const lines = readFileSync(join(dir, name), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
    for (const b of verifyGold(lines, gold)) goldErrors.push({ file: name, ...b });
    const checked = byName.get(name);
    if (!checked) throw new Error(`no findings for ${name}`);
    if (checked.error) throw new Error(`${name}: ${checked.error}`);
    const meta = index.get(name) ?? {};
    texts.push({
      file: name,
      kind: checked.kind,
      year: checked.year,
      ...judgeText(checked.findings, gold, meta),
    });
  }
  return { folder: dir, texts: texts.length, goldErrors, ...summarise(texts) };
}

const pct = (n, d) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

export function format(r) {
  const out = [];
  out.push(`Corpus ${r.folder}: ${r.texts} texts with gold`);
  for (const g of r.goldErrors)
    out.push(`  GOLD MISMATCH ${g.file}:${g.paragraph}:${g.offset} expected «${g.text}», found «${g.got}»`);
  const nj = Object.entries(r.notJudged).map(([k, v]) => `${k} ${v}`);
  out.push(`Not judged (error/warning): ${nj.length ? nj.join(", ") : "none"}`);
  out.push("", `${pad("severity", 10)}${lpad("findings", 9)}${lpad("TP", 6)}${lpad("FP", 6)}  precision`);
  for (const [sev, s] of Object.entries(r.bySeverity))
    out.push(
      `${pad(sev, 10)}${lpad(s.findings, 9)}${lpad(s.tp, 6)}${lpad(s.findings - s.tp, 6)}  ${pct(s.tp, s.findings)}`,
    );
  out.push("", `${pad("rule", 28)}${pad("severity", 9)}${lpad("findings", 9)}${lpad("TP", 6)}  precision`);
  for (const s of r.rules)
    out.push(
      `${pad(s.rule, 28)}${pad(s.severity, 9)}${lpad(s.findings, 9)}${lpad(s.tp, 6)}  ${pct(s.tp, s.findings)}`,
    );
  out.push("", `${pad("class", 14)}${lpad("gold", 6)}${lpad("found", 7)}  recall  (with info)`);
  for (const [c, s] of Object.entries(r.byClass)) {
    if (s.gold === 0) continue;
    out.push(
      `${pad(c, 14)}${lpad(s.gold, 6)}${lpad(s.found, 7)}  ${pad(pct(s.found, s.gold), 7)} ${pct(s.foundByInfo, s.gold)}`,
    );
  }
  const total = Object.values(r.byClass).reduce(
    (a, s) => ({ gold: a.gold + s.gold, found: a.found + s.found }),
    {
      gold: 0,
      found: 0,
    },
  );
  out.push(`${pad("all", 14)}${lpad(total.gold, 6)}${lpad(total.found, 7)}  ${pct(total.found, total.gold)}`);
  if (r.falseFindings.length) {
    out.push("", "False findings:");
    for (const f of r.falseFindings)
      out.push(
        `  ${f.severity} ${f.rule} ${f.file}:${f.paragraph ?? "-"}:${f.offset} «${(f.excerpt ?? "").slice(0, 30)}»`,
      );
  }
  if (r.notJudgedFindings.length) {
    out.push("", "Findings not judged (error/warning):");
    for (const f of r.notJudgedFindings)
      out.push(
        `  ${f.reason} ${f.severity} ${f.rule} ${f.file}:${f.paragraph ?? "-"}:${f.offset} «${(f.excerpt ?? "").slice(0, 30)}» ${f.paragraph === null || f.paragraph === undefined ? f.message : ""}`.trimEnd(),
      );
  }
  if (r.missed.length) {
    out.push("", "Missed defects:");
    for (const m of r.missed)
      out.push(
        `  ${m.class} ${m.file}:${m.paragraph ?? "-"}:${m.offset} «${m.text ?? ""}» → ${m.correction ?? ""}`,
      );
  }
  return out.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const fi = argv.indexOf("--findings");
  const findingsFile = fi >= 0 ? argv[fi + 1] : undefined;
  const folder = argv.find((a, i) => !a.startsWith("--") && (fi < 0 || i !== fi + 1));
  if (!folder) {
    process.stderr.write(
      "usage: node scripts/measure-corpus.mjs <corpus folder> [--json] [--findings <check.json>]\n",
    );
    process.exit(2);
  }
  const r = measure(folder, { findingsFile });
  process.stdout.write((json ? JSON.stringify(r, null, 2) : format(r)) + "\n");
}
