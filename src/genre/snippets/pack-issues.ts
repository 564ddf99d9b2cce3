/** Pack problems in the user's language, naming the entry and the field (the pane and the CLI). */
import type { PackIssue } from "../snippet-schema";
import { phrasesText } from "../../i18n/messages/phrases";

type ProblemKey = Parameters<typeof phrasesText>[0];

const PROBLEM_KEYS: Record<string, ProblemKey> = {
  json: "pack.problem.json",
  invalid_type: "pack.problem.invalid_type",
  too_small: "pack.problem.too_small",
  too_big: "pack.problem.too_big",
  invalid_value: "pack.problem.invalid_value",
  invalid_format: "pack.problem.invalid_format",
  unrecognized_keys: "pack.problem.unrecognized_keys",
  "duplicate-id": "pack.problem.duplicate-id",
  too_deep: "pack.problem.too_deep",
};

/** What is wrong, in the user's language. */
function describeProblem(i: PackIssue): string {
  const key = PROBLEM_KEYS[i.code];
  return key ? phrasesText(key, i.params) : phrasesText("pack.problem.other", { message: i.message });
}

export function describePackIssue(i: PackIssue): string {
  const problem = describeProblem(i);
  if (i.code === "json") return problem;
  return i.entry === null
    ? phrasesText("pack.issuePack", { field: i.field, message: problem })
    : phrasesText("pack.issueEntry", { entry: i.entry, id: i.id ?? "?", field: i.field, message: problem });
}

/** At most `max` issues, joined with "; ". */
export function describePackIssues(issues: readonly PackIssue[], max = 10): string {
  return issues.slice(0, max).map(describePackIssue).join("; ");
}
