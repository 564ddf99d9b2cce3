/**
 * Writing to a Word document (queue only; never sync): reaching a planned span, formats by role, template
 * fields as content controls. Part of the Word adapter (word.ts).
 */
import type { FieldSpan } from "../core/edits";
import type { ParagraphFacts } from "../core/model";
import type { Alignment } from "../terms";
import { escapeSearch, planSpan, type SpanPlan } from "./word-span";
import { withoutAnchors } from "./word-text";

/** Tag of the content controls that hold template fields. */
export const FIELD_TAG = "lianzheng-field";

export const SEARCH: Word.SearchOptions = { matchCase: true, matchWildcards: false } as Word.SearchOptions;

/** Unfilled field text in the document: 【…】. */
export const FIELD_TEXT = /^【[^】]*】$/;

const ALIGN_OUT: Record<Alignment, string> = {
  left: "Left",
  centered: "Centered",
  right: "Right",
  justified: "Justified",
  distributed: "Justified",
};

// ---------------------------------------------------------------------------------------------
// Writing helpers (queue only; never sync)

export type Searchable = Word.Paragraph | Word.Range;

export interface Found {
  p?: Word.Range;
  q?: Word.Range;
}

/** Queue the searches of a plan (no sync). `orNull` makes missing matches null objects instead of errors. */
export function findPlan(target: Searchable, plan: SpanPlan, orNull = false): Found {
  const find = (s: string) => {
    const results = target.search(escapeSearch(s), SEARCH);
    return orNull ? results.getFirstOrNullObject() : results.getFirst();
  };
  switch (plan.kind) {
    case "start":
      return {};
    case "q":
      return { q: find(plan.q) };
    case "pEnd":
      return { p: find(plan.p) };
    case "pq":
      return { p: find(plan.p), q: find(plan.q) };
  }
}

/** The span from the found ranges (queued, no sync). */
export function rangeOf(target: Searchable, plan: SpanPlan, found: Found): Word.Range {
  switch (plan.kind) {
    case "start":
      return target.getRange("Start");
    case "q":
      return found.q!;
    case "pEnd":
      return found.p!.getRange("End");
    case "pq":
      return found.p!.getRange("End").expandTo(found.q!.getRange("End"));
  }
}

/** The range a plan describes, built from queued searches (no sync). */
export function planRange(target: Searchable, plan: SpanPlan): Word.Range {
  return rangeOf(target, plan, findPlan(target, plan));
}

/** After a sync: did every search of the plan find exactly the string it looked for? */
export function foundAsPlanned(plan: SpanPlan, found: Found): boolean {
  // A found range's text may hold Mac's U+0005 comment mark (office-js #2258): it is no text.
  const ok = (r: Word.Range | undefined, s: string) =>
    r !== undefined && !r.isNullObject && withoutAnchors(r.text) === s;
  switch (plan.kind) {
    case "start":
      return true;
    case "q":
      return ok(found.q, plan.q);
    case "pEnd":
      return ok(found.p, plan.p);
    case "pq":
      return ok(found.p, plan.p) && ok(found.q, plan.q);
  }
}

export function applyFormat(p: Word.Paragraph, f: ParagraphFacts): void {
  if (f.styleBuiltIn && f.styleBuiltIn !== "Other") {
    p.styleBuiltIn = f.styleBuiltIn as Word.BuiltInStyleName;
    // Word's Heading 1–4 and Title bring spacing before/after and a theme colour the standard does not have.
    if (f.styleBuiltIn !== "Normal") {
      p.spaceBefore = 0;
      p.spaceAfter = 0;
      p.font.color = "#000000";
    }
  } else if (f.style) p.style = f.style;
  if (f.alignment) p.alignment = ALIGN_OUT[f.alignment] as Word.Alignment;
  if (f.firstLineIndent !== undefined) p.firstLineIndent = f.firstLineIndent;
  if (f.leftIndent !== undefined) p.leftIndent = f.leftIndent;
  if (f.lineSpacing !== undefined) p.lineSpacing = f.lineSpacing;
  if (f.fontName !== undefined) p.font.name = f.fontName;
  if (f.fontSize !== undefined) p.font.size = f.fontSize;
  if (f.bold !== undefined) p.font.bold = f.bold;
}

/** Wrap a field's text in a content control tagged for the add-in. The text stays visible as 【…】. */
function addField(target: Searchable, text: string, field: FieldSpan): void {
  const plan = planSpan(text, field.offset, field.length);
  if (!plan || field.length === 0) return; // the 【…】 text stays; nextField finds it by text
  const fieldText = text.slice(field.offset, field.offset + field.length);
  const cc = planRange(target, plan).insertContentControl();
  cc.tag = FIELD_TAG;
  cc.title = fieldText.replace(/^【|】$/g, "") || field.name;
  // Word on the web refuses placeholderText (NotAllowed, office-js #53, #785, #1515) and would fail the
  // whole batch: the 【…】 text is visible in the control anyway.
  if (!onTheWeb()) cc.placeholderText = fieldText;
}

export function onTheWeb(): boolean {
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  return String(diagnostics?.platform ?? "") === "OfficeOnline";
}

export function addFields(target: Searchable, text: string, fields: readonly FieldSpan[] | undefined): void {
  for (const field of fields ?? []) addField(target, text, field);
}

/** Split text into lines and the fields that fall in each line (offsets made relative to the line). */
export function splitLines(
  text: string,
  fields: readonly FieldSpan[] = [],
): { text: string; fields: FieldSpan[] }[] {
  const out: { text: string; fields: FieldSpan[] }[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    out.push({
      text: text.slice(start, end),
      fields: fields
        .filter((f) => f.offset >= start && f.offset + f.length <= end)
        .map((f) => ({ ...f, offset: f.offset - start })),
    });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}
