/**
 * The paragraph texts as the writer reads them, however Word returns them (word-text.ts): without the
 * U+0005 comment marks of Word on Mac (office-js #2258) and, on the web, without the text deleted under
 * track changes (#1267). Part of the Word adapter.
 *
 * On the web with WordApi 1.6 the body's tracked changes are loaded in the same sync as the paragraphs
 * (one collection; usually empty). Only when it holds deletions, one more sync locates each of them: its
 * paragraph (uniqueLocalId, 1.6) and its offset (the text from the paragraph's start to the deletion).
 * On the web without WordApi 1.6 deleted text cannot be told from the rest: the texts are `unverified`,
 * and replacements are refused there (spanUnsafe) rather than risk landing on deleted text.
 */
import { onTheWeb } from "./word-write";
import { wordText, type DeletedSpan, type WordText } from "./word-text";

/** What queueTexts queued with the paragraphs (read with textsOf after the sync). */
export interface PendingTexts {
  changes: Word.TrackedChangeCollection | null;
  /** Word on the web without getTrackedChanges: deleted text may hide in any paragraph. */
  unverified: boolean;
}

/** Queue (no sync) what tells deleted text apart, where the host needs it (Word on the web). */
export function queueTexts(context: Word.RequestContext): PendingTexts {
  if (!onTheWeb()) return { changes: null, unverified: false };
  if (!Office.context.requirements.isSetSupported("WordApi", "1.6"))
    return { changes: null, unverified: true };
  const changes = context.document.body.getTrackedChanges();
  changes.load("type,text");
  return { changes, unverified: false };
}

/** The texts of the paragraphs (their `text` loaded and synced); at most one more sync, on deletions only. */
export async function textsOf(
  context: Word.RequestContext,
  items: readonly Word.Paragraph[],
  pending: PendingTexts,
): Promise<WordText[]> {
  const deleted = pending.changes ? await locateDeletions(context, items, pending.changes) : null;
  return items.map((p, i) => {
    const spans = deleted?.get(i);
    // A deletion whose text Word does not give (empty, as on Mac, office-js #5178) cannot be taken out.
    const unknown = spans?.some((d) => d.length === 0) ?? false;
    return wordText(p.text, spans, pending.unverified || unknown);
  });
}

/** Paragraph index → deleted spans (raw offsets); null when there is no deletion. */
async function locateDeletions(
  context: Word.RequestContext,
  items: readonly Word.Paragraph[],
  changes: Word.TrackedChangeCollection,
): Promise<Map<number, DeletedSpan[]> | null> {
  const deletions = changes.items.filter((c) => String(c.type) === "Deleted");
  if (deletions.length === 0) return null;
  for (const p of items) p.load("uniqueLocalId");
  const located = deletions.map((c) => {
    const range = c.getRange("Whole");
    const paragraph = range.paragraphs.getFirst();
    // eslint-disable-next-line office-addins/no-navigational-load -- uniqueLocalId is a scalar (WordApi 1.6)
    paragraph.load("uniqueLocalId");
    const head = paragraph.getRange("Start").expandTo(range.getRange("Start"));
    head.load("text");
    return { length: c.text.length, paragraph, head };
  });
  await context.sync(); // where each deletion is
  const index = new Map(items.map((p, i) => [p.uniqueLocalId, i]));
  const out = new Map<number, DeletedSpan[]>();
  for (const d of located) {
    const i = index.get(d.paragraph.uniqueLocalId);
    if (i === undefined) continue;
    const list = out.get(i) ?? [];
    list.push({ offset: d.head.text.length, length: d.length });
    out.set(i, list);
  }
  return out;
}
