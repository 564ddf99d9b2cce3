/**
 * A compact way to write the library's data: one row per snippet, [title, text, tags, sections?, kinds?].
 * Empty kinds or sections mean "suits every kind" / "any section".
 * Ids are `<prefix>-<nn>` in row order: append new rows at the end so existing ids stay stable.
 */
import type { KindId } from "../../terms";
import type { ReportSection, Snippet, SnippetCategory } from "../snippet-schema";

/**
 * [title, text, space-separated tags, sections (default: the category's), kinds (default: the category's),
 * source of a set wording the text uses (document, date), since: the first month the text suits ("YYYY-MM",
 * when it cites something that began then)]
 */
export type Row = readonly [
  string,
  string,
  string?,
  (readonly ReportSection[])?,
  (readonly KindId[])?,
  string?,
  string?,
];

export interface CategoryDefaults {
  category: SnippetCategory;
  prefix: string;
  sections: readonly ReportSection[];
  kinds?: readonly KindId[];
}

export function defineSnippets(d: CategoryDefaults, rows: readonly Row[]): Snippet[] {
  return rows.map(([title, text, tags, sections, kinds, source, since], i) => ({
    id: `${d.prefix}-${String(i + 1).padStart(2, "0")}`,
    title,
    text,
    category: d.category,
    tags: tags ? tags.split(" ").filter(Boolean) : [],
    kinds: [...(kinds ?? d.kinds ?? [])],
    sections: [...(sections ?? d.sections)],
    ...(source ? { source } : {}),
    ...(since ? { since } : {}),
  }));
}
