/**
 * The reviewer's Word tools (issue 13), WordApi 1.4: findings as comments (批注模式) and fixes as
 * tracked changes (以修订方式修正). Called by WordHost (word.ts) inside its Word.run.
 *
 * - insertComments: ≤ 3 syncs for any number of comments: (1) the paragraph texts (the guard: a comment
 *   whose paragraph changed is skipped as stale); (2) only when a span's search plan is not robust, the
 *   searches are verified; (3) every Range.insertComment. Each comment's text starts with the add-in's
 *   mark 〔廉政报告助手〕 (COMMENT_MARKS), which is how its comments are told from the writer's.
 * - removeComments: 2 syncs: load the body's comments' content, delete those with the mark.
 * - tracked: read Document.changeTrackingMode, set TrackAll, apply, restore the writer's mode (also
 *   when applying fails).
 */
import type { ApplyResult } from "../core/edits";
import { ownCommentText } from "../i18n/messages/own-comments";
import type { CommentResult, ReviewComment } from "./host";
import { escapeSearch, isRobust, occurrenceIndex, planSpan, type SpanPlan } from "./word-span";
import { SEARCH, findPlan, foundAsPlanned, planRange, rangeOf, type Found } from "./word-write";
import { toSearchSpan } from "./word-text";
import { queueTexts, textsOf } from "./word-texts";

/** The marks that open the add-in's comments (both languages, so that either is removed). */
export const COMMENT_MARKS: readonly string[] = [
  ownCommentText("comment.mark", {}, "zh-CN"),
  ownCommentText("comment.mark", {}, "en-US"),
];

/** The comment text as inserted: the mark, then the text. */
export function markedComment(text: string): string {
  return `${ownCommentText("comment.mark")} ${text}`;
}

export function isOwnComment(content: string): boolean {
  return COMMENT_MARKS.some((m) => content.startsWith(m));
}

interface Job {
  index: number;
  paragraph: number;
  text: string;
  offset: number;
  length: number;
  plan: SpanPlan | null;
  whole: boolean;
  range?: Word.Range;
  found?: Found;
  results?: Word.RangeCollection;
}

/** Insert the comments (≤ 3 syncs). */
export async function insertComments(
  context: Word.RequestContext,
  comments: readonly ReviewComment[],
): Promise<CommentResult> {
  if (comments.length === 0) return { inserted: 0, stale: [] };
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("text");
  const pending = queueTexts(context);
  await context.sync(); // 1: the guard
  const items = paragraphs.items;
  // The writer's texts (word-texts.ts); spans are planned on the text Word's search sees.
  const written = await textsOf(context, items, pending);
  const stale: number[] = [];
  const jobs: Job[] = [];
  comments.forEach((c, index) => {
    const { paragraph, expected } = c.location;
    const own = written[paragraph];
    if (!own || (expected !== undefined && expected !== own.text)) {
      stale.push(index);
      return;
    }
    const text = own.text;
    let { offset, length } = c.location;
    if (offset < 0 || length < 0 || offset + length > text.length) {
      stale.push(index);
      return;
    }
    // Word anchors a comment on text: an insertion point becomes the character before it
    if (length === 0 && text.length > 0) {
      if (offset > 0) offset--;
      length = 1;
    }
    const whole = length === 0 || (offset === 0 && length === text.length);
    const span = whole ? { offset, length } : toSearchSpan(own, offset, length);
    if (!span) {
      stale.push(index);
      return;
    }
    jobs.push({
      index,
      paragraph,
      text: comments[index].text,
      offset: span.offset,
      length: span.length,
      whole,
      // The shortest identifying window, as for fixes: a longer one may cross a footnote reference or a
      // tracked deletion, which search does not match across (#4401, #5874); sync 2 verifies it.
      plan: whole ? null : planSpan(own.searchText, span.offset, span.length, true, true),
    });
  });
  const verify = jobs.some((j) => !j.whole && (j.plan === null || !isRobust(j.plan)));
  for (const job of jobs) {
    const para = items[job.paragraph];
    if (job.whole) job.range = para.getRange("Content");
    else if (job.plan && (!verify || isRobust(job.plan))) job.range = planRange(para, job.plan);
    else if (job.plan) {
      job.found = findPlan(para, job.plan, true);
      job.found.p?.load("text");
      job.found.q?.load("text");
    } else {
      const excerpt = written[job.paragraph].searchText.slice(job.offset, job.offset + job.length);
      if (escapeSearch(excerpt).length <= 255) {
        job.results = para.search(escapeSearch(excerpt), SEARCH);
        job.results.load("text");
      }
    }
  }
  if (verify) {
    await context.sync(); // 2: which searches found their text
    for (const job of jobs) {
      if (job.range) continue;
      const para = items[job.paragraph];
      if (job.results) {
        const search = written[job.paragraph].searchText;
        const excerpt = search.slice(job.offset, job.offset + job.length);
        job.range = job.results.items[occurrenceIndex(search, excerpt, job.offset)];
      } else if (job.plan && job.found && foundAsPlanned(job.plan, job.found))
        job.range = rangeOf(para, job.plan, job.found);
    }
  }
  let inserted = 0;
  for (const job of jobs) {
    if (!job.range) {
      stale.push(job.index);
      continue;
    }
    job.range.insertComment(markedComment(job.text));
    inserted++;
  }
  await context.sync(); // 3: the comments
  stale.sort((a, b) => a - b);
  return { inserted, stale };
}

/** Remove the add-in's comments (2 syncs); the writer's stay. */
export async function removeComments(context: Word.RequestContext): Promise<number> {
  const comments = context.document.body.getComments();
  comments.load("content");
  await context.sync();
  let removed = 0;
  for (const c of comments.items)
    if (isOwnComment(c.content)) {
      c.delete();
      removed++;
    }
  if (removed) await context.sync();
  return removed;
}

type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** Switch tracking on (2 syncs); resolves to the writer's mode, to give back to restoreTracking. */
export async function startTracking(context: Word.RequestContext): Promise<TrackingMode> {
  const doc = context.document;
  doc.load("changeTrackingMode");
  await context.sync();
  const mode = doc.changeTrackingMode as TrackingMode;
  if (mode !== "TrackAll") {
    doc.changeTrackingMode = "TrackAll" as Word.ChangeTrackingMode;
    await context.sync();
  }
  return mode;
}

/** Put the writer's tracking mode back (1 sync, none when it was already on). */
export async function restoreTracking(context: Word.RequestContext, mode: TrackingMode): Promise<void> {
  if (mode === "TrackAll") return;
  context.document.changeTrackingMode = mode as Word.ChangeTrackingMode;
  await context.sync();
}

/** Run `apply` with change tracking on and the writer's mode restored afterwards, whatever happens. */
export async function withTracking(
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>,
  apply: () => Promise<ApplyResult>,
): Promise<ApplyResult> {
  const mode = await run((context) => startTracking(context));
  try {
    return await apply();
  } finally {
    await run((context) => restoreTracking(context, mode));
  }
}
