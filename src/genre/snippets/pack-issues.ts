/** Pack problems in the user's language, naming the entry and the field (the pane and the CLI). */
import type { PackIssue } from "../snippet-schema";
import { phrasesText } from "../../i18n/messages/phrases";

export function describePackIssue(i: PackIssue): string {
  return i.entry === null
    ? phrasesText("pack.issuePack", { field: i.field, message: i.message })
    : phrasesText("pack.issueEntry", { entry: i.entry, id: i.id ?? "?", field: i.field, message: i.message });
}

/** At most `max` issues, one per line item, joined with "; ". */
export function describePackIssues(issues: readonly PackIssue[], max = 10): string {
  return issues.slice(0, max).map(describePackIssue).join("; ");
}
