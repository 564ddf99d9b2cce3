/**
 * Problems of an organisation's template pack (templates, scaffolds, report kinds) in the user's language,
 * naming the entry and the field: the 模板 tab and `lianzheng new|check --pack` show the same lines.
 */
import type { PackIssue } from "./template-schema";
import { templatesText as t } from "../i18n/messages/templates";

type ProblemKey =
  | "pack.problem.json"
  | "pack.problem.invalid_type"
  | "pack.problem.too_small"
  | "pack.problem.too_big"
  | "pack.problem.invalid_value"
  | "pack.problem.invalid_format"
  | "pack.problem.duplicate-id"
  | "pack.problem.unknown-ref"
  | "pack.problem.too_deep"
  | "pack.problem.other";

const KNOWN = new Set([
  "json",
  "invalid_type",
  "too_small",
  "too_big",
  "invalid_value",
  "invalid_format",
  "duplicate-id",
  "unknown-ref",
  "too_deep",
]);

/** One line per problem: 第 2 个章节框架（dual-duty）的字段“section.heading”：不能为空. */
export function describePackIssue(issue: PackIssue): string {
  const problem = t(
    (KNOWN.has(issue.code) ? `pack.problem.${issue.code}` : "pack.problem.other") as ProblemKey,
  );
  if (issue.code === "json") return problem;
  if (issue.index < 0) return t("pack.issue.pack", { field: issue.field || "—", problem });
  const entryKey =
    issue.list === "templates"
      ? "pack.entry.template"
      : issue.list === "kinds"
        ? "pack.entry.kind"
        : issue.list === "references"
          ? "pack.entry.reference"
          : issue.list === "yearItems"
            ? "pack.entry.yearItems"
            : "pack.entry.scaffold";
  const entry = t(entryKey, {
    n: issue.index + 1,
    id: issue.id ?? "—",
  });
  return t("pack.issue", { entry, field: issue.field || "—", problem });
}

/** At most `max` problems, joined. */
export function describePackIssues(issues: readonly PackIssue[], max = 10): string {
  const lines = issues.slice(0, max).map(describePackIssue);
  if (issues.length > max) lines.push(`… (+${issues.length - max})`);
  return lines.join("; ");
}
