/**
 * The check's engine room: a document prepared once for every rule (structure, roles, kind, year),
 * the rules that run, and their reports turned into findings (DESIGN.md sections 3-4). Used by
 * core/check.ts (one-shot check) and core/check-session.ts (live mode).
 */
import type { KindId, StructureRole } from "../terms";
import { BUILTIN_YEAR_DATA, type YearData } from "./year-data";
import type { CompiledKind, KindRegistry } from "./kinds";
import type { Finding, Severity } from "./findings";
import type { CheckConfig } from "../genre/rule-config-schema";
import type { DocModel } from "./model";
import type { DocStructure, Heading } from "./outline-types";
import { buildOutline, titleLinesOf } from "./outline";
import { detectEx, latestYear } from "./detect";
import { rules as allRules } from "./rules";
import { standardDate } from "./rules/document-parts";
import { paragraphContext, type Rule, type RuleContext, type RuleReport } from "./rules/types";

export interface CheckOptions {
  /** The rules to run (default: every registered rule). */
  rules?: readonly Rule[];
  /** The kinds known (default: the built-in ones; an organisation's pack may add more). */
  kinds?: KindRegistry;
}

const EXCERPT_MAX = 40;

function excerptOf(text: string, offset: number, length: number): string {
  if (length >= 2) {
    const span = text.slice(offset, offset + length);
    return span.length > EXCERPT_MAX ? span.slice(0, EXCERPT_MAX) + "…" : span;
  }
  const from = Math.max(0, offset - 8);
  const to = Math.min(text.length, offset + length + 8);
  return text.slice(from, to);
}

/** Roles of the paragraphs from the recognised structure and the host's facts. */
function paragraphRoles(model: DocModel, structure: DocStructure): StructureRole[] {
  const ps = model.paragraphs;
  const roles: StructureRole[] = new Array(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if ((p.tableNestingLevel ?? 0) > 0) roles[i] = "table";
    else if (p.text.trim() === "") roles[i] = "empty";
    else roles[i] = "body";
  }
  for (const h of structure.headings) roles[h.paragraph] = "heading";
  const set = (i: number | null, r: StructureRole) => {
    if (i !== null && i >= 0 && i < ps.length) roles[i] = r;
  };
  for (const t of titleLinesOf(structure)) set(t, "title");
  set(structure.addressee, "addressee");
  set(structure.opening, "opening");
  const sigLines = (structure as DocStructure & { signatureLines?: number[] }).signatureLines;
  for (const s of sigLines ?? (structure.signature !== null ? [structure.signature] : []))
    set(s, "signature");
  set(structure.date, "date");
  // Paragraphs styled as headings (outline level 1-9) without a marker are unnumbered headings.
  for (let i = 0; i < ps.length; i++) {
    if (roles[i] !== "body") continue;
    const p = ps[i];
    if (
      (p.outlineLevel !== undefined && p.outlineLevel < 10) ||
      (p.styleBuiltIn && /^Heading|^Title/.test(p.styleBuiltIn))
    )
      roles[i] = "heading";
  }
  return roles;
}

export /** A document made ready for the rules: structure, roles, kind and year. */
interface Prepared {
  model: DocModel;
  structure: DocStructure;
  roles: StructureRole[];
  headingByParagraph: Map<number, Heading>;
  kind: KindId | null;
  /** The kind was given (configuration, --kind) or read from the title, not guessed from the text. */
  kindCertain: boolean;
  profile: CompiledKind | null;
  year: number | null;
  citeYear: number | null;
  citeMonth: string | null;
  yearData: YearData;
}

/** "YYYY-MM" of a 成文日期 line (2025年1月20日, 二〇二五年一月二十日, 2025.1.20), or null. */
function dateMonth(text: string | null): string | null {
  const d = text === null ? null : standardDate(text.trim().replace(/^[（(]|[）)]$/g, ""));
  const m = d === null ? null : /^(\d{4})年(\d{1,2})月/.exec(d);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}` : null;
}

/** Recognise the structure, the roles, the kind and the year once for every rule. */
export function prepare(model: DocModel, config: CheckConfig, kinds: KindRegistry): Prepared {
  const structure = buildOutline(model);
  const roles = paragraphRoles(model, structure);
  const headingByParagraph = new Map<number, Heading>();
  for (const h of structure.headings) headingByParagraph.set(h.paragraph, h);
  const detected = detectEx(model, structure, kinds);
  const configuredKind = kinds.byId(config.kind) !== null;
  const kind = configuredKind ? config.kind! : detected.kind;
  const kindCertain =
    kind !== null && (configuredKind || detected.kindFrom === "title" || detected.kindFrom === "transition");
  const configured = typeof config.year === "number" && Number.isFinite(config.year);
  const year = configured ? (config.year as number) : detected.year;
  let citeYear = year;
  if (!configured && detected.yearFrom !== "title" && year !== null) {
    const latest = latestYear(model);
    if (latest !== null && latest > year) citeYear = latest;
  }
  // A report on a year is often dated early the next (2024年度, 2025年1月20日): it may cite up to its date.
  // (the 成文日期 at the end, or the date under the title of a report signed there)
  const dateLine = structure.date ?? structure.headDate ?? null;
  const citeMonth = dateMonth(dateLine !== null ? model.paragraphs[dateLine].text : null);
  if (citeMonth !== null && citeYear !== null && year !== null) {
    const y = Number(citeMonth.slice(0, 4));
    // a date before the year, or years after it, is a slip of its own (date-form), not a licence
    if (y > citeYear && y <= year + 1) citeYear = y;
  }
  const profile = kind !== null ? kinds.compiled(kind) : null;
  return {
    model,
    structure,
    roles,
    headingByParagraph,
    kind,
    kindCertain,
    profile,
    year,
    citeYear,
    citeMonth,
    yearData: kinds.yearData ?? BUILTIN_YEAR_DATA,
  };
}

/** The rules the configuration leaves on, and the standard ones it switched off. */
export function activeRules(
  config: CheckConfig,
  options: CheckOptions,
): { rules: Rule[]; disabledStandardRules: string[] } {
  const list = options.rules ?? allRules;
  const rules: Rule[] = [];
  const disabledStandardRules: string[] = [];
  for (const r of list) {
    if (config.rules?.[r.meta.id] === "off") {
      if (r.meta.sourceKind !== "practice") disabledStandardRules.push(r.meta.id);
      continue;
    }
    rules.push(r);
  }
  return { rules, disabledStandardRules };
}

/** A rule's report as a finding: severity from the config, offsets clamped, excerpt and guard text. */
function makeFinding(rule: Rule, r: RuleReport, prep: Prepared, config: CheckConfig): Finding {
  const severity: Severity =
    (config.rules?.[rule.meta.id] as Severity | undefined) ?? r.severity ?? rule.meta.severity;
  const text = r.paragraph !== null ? (prep.model.paragraphs[r.paragraph]?.text ?? "") : "";
  const offset = r.paragraph !== null ? Math.max(0, Math.min(r.offset ?? 0, text.length)) : 0;
  const length = r.paragraph !== null ? Math.max(0, Math.min(r.length ?? 0, text.length - offset)) : 0;
  return {
    rule: rule.meta.id,
    severity,
    category: rule.meta.category,
    message: r.message,
    paragraph: r.paragraph,
    offset,
    length,
    excerpt: r.paragraph !== null ? excerptOf(text, offset, length) : "",
    fix: r.fix !== undefined && r.fix !== null && r.paragraph !== null ? { replacement: r.fix } : null,
    expected: r.paragraph !== null ? text : null,
  };
}

function context(prep: Prepared, sink: (r: RuleReport) => void): RuleContext {
  return {
    model: prep.model,
    structure: prep.structure,
    roles: prep.roles,
    kind: prep.kind,
    kindCertain: prep.kindCertain,
    profile: prep.profile,
    year: prep.year,
    citeYear: prep.citeYear,
    citeMonth: prep.citeMonth,
    yearData: prep.yearData,
    headingAt: (i) => prep.headingByParagraph.get(i),
    report: sink,
  };
}

/** Run one rule defensively: a rule that throws loses its own findings, never the others'. */
function runRule(rule: Rule, run: () => void): void {
  try {
    run();
  } catch (e) {
    // A bug in one rule must not stop the check; surface it in development.
    if (typeof process !== "undefined" && process.env?.LIANZHENG_DEBUG) throw e;
  }
}

/** Run the paragraph-scope rules on one paragraph with one shared context (one literal scan). */
export function runParagraphRules(
  prep: Prepared,
  paragraphRules: readonly Rule[],
  config: CheckConfig,
  index: number,
  sink: (f: Finding) => void,
): void {
  let current: Rule = paragraphRules[0];
  const ctx = context(prep, (r) => sink(makeFinding(current, r, prep, config)));
  const pc = paragraphContext(ctx, index);
  for (const rule of paragraphRules) {
    current = rule;
    runRule(rule, () => rule.checkParagraph!(pc));
  }
}

/**
 * Run every rule: paragraph-scope rules paragraph by paragraph (sharing one context and one literal
 * scan per paragraph), document-scope rules once.
 */
export function runAll(
  prep: Prepared,
  rules: readonly Rule[],
  config: CheckConfig,
  paragraphSink: (f: Finding) => void,
  documentSink: (f: Finding) => void,
): void {
  const paragraphRules = rules.filter((r) => r.checkParagraph);
  const documentRules = rules.filter((r) => !r.checkParagraph);
  if (paragraphRules.length) {
    for (let i = 0; i < prep.model.paragraphs.length; i++)
      runParagraphRules(prep, paragraphRules, config, i, paragraphSink);
  }
  for (const rule of documentRules) {
    const ctx = context(prep, (r) => documentSink(makeFinding(rule, r, prep, config)));
    runRule(rule, () => rule.check(ctx));
  }
}

/** Document order: paragraph (document-level first), offset, length, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.paragraph ?? -1;
  const pb = b.paragraph ?? -1;
  return (
    pa - pb || a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
