/**
 * Replacements next to what is not plain text: fields, content controls, footnote references, comment
 * anchors and tracked changes. In a document that holds any of them, each replacement is reached through
 * the shortest search window that identifies it (Word's search does not match across a footnote
 * reference, office-js #4401, or a tracked deletion, #5874), and the range found is checked in the same
 * round trip: it must hold exactly the text of the finding and touch none of those objects. Otherwise the
 * whole batch is refused with a HostError ("spanUnsafe") and nothing is written. Part of the Word adapter.
 */
import { HostError } from "./host";
import { planSpan } from "./word-span";
import { planRange } from "./word-write";
import { withoutAnchors } from "./word-text";
import { isOwnComment } from "./word-comments";

/** Counts of objects queued on a body or a range (read after the sync). */
export interface ObjectProbe {
  count(): number;
}

type Probed = Word.Body | Word.Range;

/**
 * Queue the counts (no sync) of the objects a replacement could damage, as far as the host's requirement
 * sets reach: content controls; fields and comments (WordApi 1.4); footnotes (1.5); tracked changes (1.6).
 */
export function queueProbe(target: Probed, comments = true): ObjectProbe {
  const isSet = (v: string) => Office.context.requirements.isSetSupported("WordApi", v);
  const collections: { items: unknown[] }[] = [target.contentControls];
  if (isSet("1.4")) collections.push(target.fields);
  if (isSet("1.4") && comments) collections.push(target.getComments());
  if (isSet("1.5")) collections.push(target.footnotes);
  if (isSet("1.6")) collections.push(target.getTrackedChanges());
  for (const c of collections) (c as unknown as { load(p: string): void }).load("$none");
  return { count: () => collections.reduce((n, c) => n + c.items.length, 0) };
}

/** A replacement as the guard needs it; `range` is set when the span is reached safely. */
export interface GuardedJob {
  paragraph: number;
  offset: number;
  length: number;
  excerpt: string;
  range?: Word.Range;
  /** The add-in's own comments (批注模式) on the span: the fix resolves them, they go in the same batch. */
  ownComments?: Word.Comment[];
}

/**
 * One round trip: reach every span by its shortest identifying window, read what each range holds and
 * which objects it touches; then either every job has its range or a HostError is thrown (nothing was
 * written: the writes come after this).
 */
export async function guardSpans(
  context: Word.RequestContext,
  items: readonly Word.Paragraph[],
  texts: readonly string[],
  jobs: readonly GuardedJob[],
): Promise<void> {
  const review = Office.context.requirements.isSetSupported("WordApi", "1.4");
  const refuse = (detail: string, cause?: unknown) =>
    new HostError("spanUnsafe", `The text to replace cannot be reached safely: ${detail}`, cause);
  const queued = jobs.map((job) => {
    const plan = planSpan(texts[job.paragraph], job.offset, job.length, true, true);
    if (!plan) throw refuse(`no search window identifies paragraph ${job.paragraph}, offset ${job.offset}`);
    const range = planRange(items[job.paragraph], plan);
    range.load("text");
    // Comments apart: a span may touch the add-in's own comments (a finding commented in 批注模式).
    const comments = review ? range.getComments() : null;
    comments?.load("content,id");
    return { job, range, probe: queueProbe(range, false), comments };
  });
  try {
    await context.sync(); // what each span holds, and what it touches
  } catch (e) {
    // A search that crosses a footnote reference or a tracked deletion finds nothing (ItemNotFound).
    if ((e as { code?: unknown } | null)?.code === "ItemNotFound")
      throw refuse("a search did not find its text", e);
    throw e;
  }
  for (const { job, range, probe, comments } of queued) {
    if (withoutAnchors(range.text) !== job.excerpt)
      throw refuse(`paragraph ${job.paragraph}: the range holds other text than the finding`);
    const others = comments?.items.filter((c) => !isOwnComment(c.content)).length ?? 0;
    if (probe.count() + others > 0)
      throw refuse(
        `paragraph ${job.paragraph}: the span touches a field, a content control, a footnote, a comment or a tracked change`,
      );
  }
  for (const { job, range, comments } of queued) {
    job.range = range;
    const own = comments?.items ?? [];
    if (own.length > 0) job.ownComments = own;
  }
}
