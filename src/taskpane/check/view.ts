/** Pure helpers of the 检查 tab: grouping, counting and filtering findings. No React, no host. */
import type { Finding, RuleCategory, Severity } from "../../core/findings";

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

/** A stable key of a finding within one check result (for React lists and test ids). */
export function findingKey(f: Finding): string {
  return `${f.rule}:${f.paragraph ?? "doc"}:${f.offset}:${f.length}`;
}
