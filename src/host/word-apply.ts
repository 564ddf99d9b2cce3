import { isEditCurrent, type ApplyResult, type Edit, type NewParagraph } from "../core/edits";
import { formatForRole } from "../core/layout";
import type { Paragraph } from "../core/model";
import { guardSpans, queueProbe } from "./word-guard";
import { escapeSearch, isRobust, occurrenceIndex, planSpan, type SpanPlan } from "./word-span";
import { HostError } from "./host";
import { toSearchSpan, type WordText } from "./word-text";
import { queueTexts, textsOf } from "./word-texts";
import {
  SEARCH,
  type Found,
  addFields,
  applyFormat,
  findPlan,
  foundAsPlanned,
  planRange,
  rangeOf,
  splitLines,
} from "./word-write";

type ObjectLoads = { count(): number }[];

/** Queue the counts of what is not text in the body (pictures, controls, tables, fields where WordApi 1.4). */
function queueObjects(body: Word.Body): ObjectLoads {
  const collections: { items: unknown[] }[] = [body.inlinePictures, body.contentControls, body.tables];
  if (Office.context.requirements.isSetSupported("WordApi", "1.4")) collections.push(body.fields);
  for (const c of collections) (c as unknown as { load(p: string): void }).load("$none");
  return collections.map((c) => ({ count: () => c.items.length }));
}

function objectCount(loads: ObjectLoads): number {
  return loads.reduce((n, l) => n + l.count(), 0);
}

interface ReplaceJob {
  index: number;
  paragraph: number;
  /** The span in the writer's text (the model's offsets). */
  from: number;
  to: number;
  /** offset, length, excerpt, plan: in the text Word's search sees (word-text.ts). */
  offset: number;
  length: number;
  text: string;
  excerpt: string;
  plan: SpanPlan | null;
  range?: Word.Range;
  ownComments?: Word.Comment[];
  found?: Found;
  results?: Word.RangeCollection;
}

/**
 * Applies edits in one batch (the Word adapter's applyEdits, run inside WordHost.run): the first sync reads
 * the paragraph texts (and what guards an insert), edits whose paragraph changed are skipped as stale,
 * every range is resolved before anything is written, the last sync writes. Part of the Word adapter.
 */
export async function applyEditsIn(
  context: Word.RequestContext,
  edits: readonly Edit[],
): Promise<ApplyResult> {
  const body = context.document.body;
  const needsTexts = edits.some((e) => e.kind !== "insertAtCursor");
  let items: Word.Paragraph[] = [];
  let current: Paragraph[] = [];
  let written: WordText[] = [];
  // A document is "empty" only without text AND without pictures, controls, tables or fields: a
  // template is never written over a paragraph holding a 红头 picture or a control.
  const atStart = edits.some((e) => e.kind === "insertParagraphs" && e.paragraph === -1);
  // A snippet replaces the selection only if it still holds what the pane read.
  const selectionGuard = edits.some(
    (e) => e.kind === "insertAtCursor" && e.mode === "inline" && e.expectedSelection !== undefined,
  )
    ? context.document.getSelection()
    : null;
  const objects = atStart ? queueObjects(body) : null;
  const hasInsert = edits.some((e) => e.kind === "insertParagraphs");
  // Fields, controls, footnotes, comments or tracked changes anywhere in the body: replacements take the
  // guarded path (word-guard.ts), one more round trip; a plain document keeps its budget.
  const probe = needsTexts && !hasInsert && edits.some((e) => e.kind === "replace") ? queueProbe(body) : null;
  if (needsTexts) {
    const paragraphs = body.paragraphs;
    // isListItem: a paragraph inserted next to a list item would continue its numbering.
    paragraphs.load(atStart || edits.some((e) => e.kind === "insertParagraphs") ? "text,isListItem" : "text");
    selectionGuard?.load("text");
    const pending = queueTexts(context);
    await context.sync(); // sync 1: the guard
    items = paragraphs.items;
    // The writer's texts (no Mac comment marks, no deleted text on the web: word-texts.ts).
    written = await textsOf(context, items, pending);
    current = written.map((t) => ({ text: t.text }));
  } else if (selectionGuard) {
    selectionGuard.load("text");
    await context.sync(); // sync 1: what the selection holds now
  }

  const stale: number[] = [];
  let applied = 0;
  const replaces: ReplaceJob[] = [];
  edits.forEach((edit, index) => {
    if (edit.kind === "insertAtCursor") return;
    if (!isEditCurrent(edit, current)) {
      stale.push(index);
      return;
    }
    if (edit.kind !== "replace") return;
    const text = current[edit.paragraph].text;
    const end = edit.offset + edit.length;
    const clash = replaces.some((r) => r.paragraph === edit.paragraph && r.from < end && edit.offset < r.to);
    if (edit.offset < 0 || edit.length < 0 || end > text.length || clash) {
      stale.push(index);
      return;
    }
    // Searches work on the text Word's search sees (deleted text in it on the web): the span moved there.
    const span = toSearchSpan(written[edit.paragraph], edit.offset, edit.length);
    if (!span)
      throw new HostError(
        "spanUnsafe",
        `The text to replace cannot be reached safely: paragraph ${edit.paragraph} holds deleted text there`,
      );
    const search = written[edit.paragraph].searchText;
    replaces.push({
      index,
      paragraph: edit.paragraph,
      from: edit.offset,
      to: end,
      offset: span.offset,
      length: span.length,
      text: edit.text,
      excerpt: search.slice(span.offset, span.offset + span.length),
      plan: planSpan(search, span.offset, span.length),
    });
  });

  // Ranges of the replacements. Plans starting at the paragraph's start cannot miss; the others are
  // verified in one extra sync when several replacements run together (fix all), so that one odd match
  // never aborts the batch half-way. Insert batches (template/scaffold renumbering) use robust plans.
  const careful = probe !== null && replaces.length > 0 && probe.count() > 0;
  if (careful)
    await guardSpans(
      context,
      items,
      written.map((t) => t.searchText),
      replaces,
    ); // sync 2: every span reached and checked, or the batch refused
  const fallback = replaces.filter((r) => r.plan === null);
  // An insert with its renumbering is one guarded unit: every range is resolved before anything is
  // written, and if one cannot be found nothing is written (a failed search at the final sync would
  // leave the insert without its renumbering: Office.js does not roll a batch back).
  const unit = hasInsert && replaces.length > 0;
  const verify =
    !careful &&
    (fallback.length > 0 ||
      unit ||
      (replaces.length > 1 && !hasInsert && replaces.some((r) => !isRobust(r.plan!))));
  for (const job of careful ? [] : replaces) {
    const para = items[job.paragraph];
    if (job.plan && !verify) {
      job.range = planRange(para, job.plan);
    } else if (job.plan) {
      job.found = findPlan(para, job.plan, true);
      job.found.p?.load("text");
      job.found.q?.load("text");
    } else if (escapeSearch(job.excerpt).length <= 255 && job.excerpt.length > 0) {
      job.results = para.search(escapeSearch(job.excerpt), SEARCH);
      job.results.load("text");
    }
  }
  if (verify) {
    await context.sync(); // sync 2 (fix all only): which searches found their text
    for (const job of replaces) {
      if (job.results) {
        const text = written[job.paragraph].searchText;
        job.range = job.results.items[occurrenceIndex(text, job.excerpt, job.offset)];
      } else if (job.plan && job.found && foundAsPlanned(job.plan, job.found)) {
        job.range = rangeOf(items[job.paragraph], job.plan, job.found);
      }
    }
  }

  if (unit && replaces.some((job) => !job.range)) {
    const all = edits.map((_, i) => i);
    return { applied: 0, stale: all };
  }

  // Queue every change, then one final sync. Replacements right to left so that earlier ranges stay put.
  const ordered = [...replaces].sort((a, b) => b.paragraph - a.paragraph || b.offset - a.offset);
  // The add-in's own comments on a fixed span (批注模式) go with the fix: it resolves them.
  const resolved = new Set<string>();
  for (const c of ordered.flatMap((job) => (job.range ? (job.ownComments ?? []) : []))) {
    if (resolved.has(c.id)) continue;
    resolved.add(c.id);
    c.delete();
  }
  for (const job of ordered) {
    if (!job.range) {
      stale.push(job.index);
      continue;
    }
    if (job.length === 0) job.range.insertText(job.text, "Start");
    else if (job.text === "") job.range.delete();
    else job.range.insertText(job.text, "Replace");
    applied++;
  }

  edits.forEach((edit, index) => {
    if (edit.kind !== "format" || stale.includes(index)) return;
    applyFormat(items[edit.paragraph], edit.format);
    applied++;
  });

  const inserts = edits
    .map((edit, index) => ({ edit, index }))
    .filter(
      (e): e is { edit: Extract<Edit, { kind: "insertParagraphs" }>; index: number } =>
        e.edit.kind === "insertParagraphs" && !stale.includes(e.index),
    )
    .sort((a, b) => b.edit.paragraph - a.edit.paragraph);
  for (const { edit } of inserts) {
    const hasObjects = objects !== null && objectCount(objects) > 0;
    // With objects in an otherwise empty document the template goes after them, at the end.
    const anchor =
      edit.paragraph === -1 ? (hasObjects ? items[items.length - 1] : null) : items[edit.paragraph];
    const reuse =
      edit.paragraph === -1 && !hasObjects && current.length === 1 && current[0].text === ""
        ? items[0]
        : null;
    insertNewParagraphs(
      body,
      anchor,
      hasObjects ? "after" : edit.position,
      edit.paragraphs,
      reuse,
      anchor?.isListItem === true,
    );
    applied++;
  }

  for (const edit of edits) {
    if (edit.kind !== "insertAtCursor") continue;
    const selection = context.document.getSelection();
    if (edit.mode === "inline") {
      const moved =
        selectionGuard !== null &&
        edit.expectedSelection !== undefined &&
        selectionGuard.text !== edit.expectedSelection;
      const range = (moved ? selection.getRange("End") : selection).insertText(edit.text, "Replace");
      addFields(range, edit.text, edit.fields);
      range.select("End");
    } else {
      let last = selection.paragraphs.getLast();
      for (const line of splitLines(edit.text, edit.fields)) {
        last = last.insertParagraph(line.text, "After");
        addFields(last, line.text, line.fields);
      }
      last.getRange("End").select();
    }
    applied++;
  }

  await context.sync(); // the changes
  stale.sort((a, b) => a - b);
  return { applied, stale };
}

function insertNewParagraphs(
  body: Word.Body,
  anchor: Word.Paragraph | null,
  position: "before" | "after",
  paragraphs: readonly NewParagraph[],
  reuse: Word.Paragraph | null,
  anchorInList = false,
): void {
  let last: Word.Paragraph | null = null;
  paragraphs.forEach((np, i) => {
    let p: Word.Paragraph;
    if (i === 0 && reuse) {
      reuse.insertText(np.text, "Replace");
      p = reuse;
    } else if (last) {
      p = last.insertParagraph(np.text, "After");
    } else if (anchor) {
      p = anchor.insertParagraph(np.text, position === "before" ? "Before" : "After");
      // Word continues the anchor's list in the new paragraph (WordApi 1.3 detachFromList); the ones
      // after it follow this one, outside the list.
      if (anchorInList) p.detachFromList();
    } else {
      p = body.insertParagraph(np.text, "Start");
    }
    applyFormat(p, formatForRole(np.role));
    addFields(p, np.text, np.fields);
    last = p;
  });
}
