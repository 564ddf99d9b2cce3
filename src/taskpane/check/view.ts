/** Pure helpers of the 检查 tab: grouping, counting and filtering findings. No React, no host. */
import type { Finding, RuleCategory, Severity } from "../../core/findings";
import { documentFindingId } from "../../core/ignores";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The order in which categories are listed (the worst embarrassments first). */
export const CATEGORY_ORDER: readonly RuleCategory[] = [
  "placeholder",
  "structure",
  "numbering",
  "punctuation",
  "wording",
  "genre",
  "layout",
  "previous",
];

export type SeverityFilter = "all" | Severity;

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export interface CategoryGroup {
  category: RuleCategory;
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in document order (whole-document findings first), then by offset, then by severity. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.paragraph ?? -1;
  const pb = b.paragraph ?? -1;
  return pa - pb || a.offset - b.offset || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** Group by category (in CATEGORY_ORDER, unknown categories last), each group in document order. */
export function groupByCategory(
  findings: readonly Finding[],
  filter: SeverityFilter = "all",
): CategoryGroup[] {
  const groups = new Map<RuleCategory, Finding[]>();
  for (const f of findings) {
    if (filter !== "all" && f.severity !== filter) continue;
    const list = groups.get(f.category);
    if (list) list.push(f);
    else groups.set(f.category, [f]);
  }
  const rank = (c: RuleCategory): number => {
    const i = CATEGORY_ORDER.indexOf(c);
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  return [...groups.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([category, list]) => ({ category, findings: [...list].sort(compareFindings) }));
}

/** Fixable findings per rule (in the given list), for 全部修正. Only rules with at least `min`. */
export function fixableByRule(findings: readonly Finding[], min = 2): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix || f.paragraph === null) continue;
    const list = out.get(f.rule);
    if (list) list.push(f);
    else out.set(f.rule, [f]);
  }
  for (const [rule, list] of out) if (list.length < min) out.delete(rule);
  return out;
}

/**
 * A stable key of a finding within one check result (for React lists and test ids). Whole-document
 * findings of one rule (未识别到落款, 未识别到成文日期) are told apart by their message.
 */
export function findingKey(f: Finding): string {
  if (f.paragraph === null) return `${f.rule}:doc:${documentFindingId(f)}`;
  return `${f.rule}:${f.paragraph}:${f.offset}:${f.length}`;
}

/** Findings of one rule, in the given list, for 全部忽略. Only rules with at least `min`. */
export function findingsByRule(findings: readonly Finding[], min = 2): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.rule);
    if (list) list.push(f);
    else out.set(f.rule, [f]);
  }
  for (const [rule, list] of out) if (list.length < min) out.delete(rule);
  return out;
}

/** A rule with this many findings in one category is shown as one bundle until it is expanded. */
const BUNDLE_MIN = 5;

export type ListEntry =
  | { kind: "finding"; finding: Finding; key: string }
  | { kind: "bundle"; rule: string; findings: Finding[]; key: string };

/**
 * The rows of one category's list, in document order: a rule with BUNDLE_MIN findings or more and
 * not in `expanded` becomes one bundle row where its first finding is (seed 001's 31 placeholders are
 * one row, not 31 cards). Keys are unique even when two findings share a place.
 */
export function listEntries(
  findings: readonly Finding[],
  expanded: ReadonlySet<string>,
  min = BUNDLE_MIN,
): ListEntry[] {
  const bundled = new Map<string, Finding[]>();
  for (const [rule, list] of findingsByRule(findings, min)) if (!expanded.has(rule)) bundled.set(rule, list);
  const out: ListEntry[] = [];
  const seen = new Map<string, number>();
  for (const f of findings) {
    const bundle = bundled.get(f.rule);
    if (bundle) {
      if (bundle[0] === f)
        out.push({ kind: "bundle", rule: f.rule, findings: bundle, key: `bundle:${f.rule}` });
      continue;
    }
    const base = findingKey(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ kind: "finding", finding: f, key: n === 0 ? base : `${base}#${n}` });
  }
  return out;
}

/** A message of the 检查 tab's status bar. */
export interface StatusMessage {
  intent: "success" | "info" | "warning" | "error";
  /** Translated when shown, so that the message follows a change of language. */
  text: () => string;
}
