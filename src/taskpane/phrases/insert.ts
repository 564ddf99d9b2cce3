/**
 * What inserting a phrase puts in the document. A term (a snippet with `term`, e.g. 两个维护) inserts
 * the term itself by default (Enter, 插入) and its explanation (`text`) on request (Shift+Enter,
 * 插入释义); any other snippet inserts its text. An enumerator at the start of the inserted text
 * continues the series before the cursor (一是/二是…); placeholders become fields to fill.
 */
import type { InsertAtCursorEdit } from "../../core/edits";
import { leadingEnumeration, planSnippetInsert } from "../../core/enumerator";
import { findFields } from "../../core/fields";
import { hasYearTokens } from "../../core/year-items";
import type { Snippet } from "../../genre/snippet-schema";
import type { DocumentHost } from "../../host/host";
import { loadPaneKinds } from "../kinds";

/** Which part of a snippet to insert: the main one (the term, or the text) or the explanation. */
export type InsertPart = "main" | "explanation";

/** Whether a snippet is a term with an explanation to offer as the second choice. */
export function hasExplanation(s: Pick<Snippet, "term">): boolean {
  return Boolean(s.term);
}

/** The text that inserting `part` of a snippet puts in the document (before enumerators are continued). */
export function insertionText(s: Pick<Snippet, "term" | "text">, part: InsertPart = "main"): string {
  return part === "main" && s.term ? s.term : s.text;
}

/**
 * Insert a part of a snippet at the cursor: one batch of edits; the document is read first only when
 * the text starts with an enumerator (to continue 一是/二是) or holds a year token. Returns the edit applied.
 */
export async function insertPhrase(
  host: DocumentHost,
  s: Pick<Snippet, "term" | "text">,
  mode: InsertAtCursorEdit["mode"],
  part: InsertPart = "main",
): Promise<InsertAtCursorEdit> {
  const text = insertionText(s, part);
  let edit: InsertAtCursorEdit;
  if (leadingEnumeration(text) || hasYearTokens(text)) {
    // An enumerator (to continue 一是/二是) or a year token ({{plenum}}: the report's year) needs the document.
    const { model, cursor } = await host.readContext();
    // the organisation's year rows (its pack) resolve the tokens as the check reads them
    const kinds = await loadPaneKinds(host.userSettings);
    edit = planSnippetInsert(model, cursor, { text }, mode, undefined, kinds.yearData);
  } else {
    const fields = findFields(text);
    edit = { kind: "insertAtCursor", mode, text, ...(fields.length ? { fields } : {}) };
  }
  await host.applyEdits([edit]);
  return edit;
}
