/**
 * The reviewer's tools in WPS文字 (issue 13 on the WPS host): findings as comments (批注模式) and fixes as
 * tracked changes (以修订方式修正). Part of the WPS host (src/host/wps); synchronous object-model calls.
 *
 * - insertComments: Document.Comments.Add(Range(start, end), text) on the exact span of each finding, guarded by
 *   the paragraph text it was computed from (a changed paragraph: the comment is skipped as stale). Each comment
 *   is the add-in's twice over: Author = 廉政报告助手 (the name WPS shows) and its text opens with the same mark
 *   as in Word (〔廉政报告助手〕), so a comment inserted in Word and opened in WPS is known too.
 * - removeComments: deletes the comments with the add-in's author or mark, last first; the others stay.
 * - withTracking: Document.TrackRevisions on for the batch, the writer's own value put back afterwards, also
 *   when the batch fails.
 */
import type { ApplyResult } from "../../core/edits";
import { ownCommentText } from "../../i18n/messages/own-comments";
import type { CommentResult, ReviewComment } from "../host";
import type { WpsDocumentApi } from "./api";
import { stripMark } from "./read";

/** The add-in's names as comment author, in both languages (either is removed). */
export const COMMENT_AUTHORS: readonly string[] = [
  ownCommentText("comment.author", {}, "zh-CN"),
  ownCommentText("comment.author", {}, "en-US"),
];

/** The marks that open the add-in's comments (the same as in Word). */
export const COMMENT_MARKS: readonly string[] = [
  ownCommentText("comment.mark", {}, "zh-CN"),
  ownCommentText("comment.mark", {}, "en-US"),
];

export function isOwnComment(author: string, text: string): boolean {
  return COMMENT_AUTHORS.includes(author) || COMMENT_MARKS.some((m) => text.startsWith(m));
}

/** Insert the comments; one paragraph read per distinct paragraph, one Comments.Add each. */
export function insertComments(doc: WpsDocumentApi, comments: readonly ReviewComment[]): CommentResult {
  if (comments.length === 0) return { inserted: 0, stale: [] };
  const paragraphs = doc.Paragraphs;
  const count = paragraphs.Count;
  const read = new Map<number, { start: number; text: string } | null>();
  const paragraphAt = (i: number) => {
    if (!read.has(i)) {
      if (!Number.isInteger(i) || i < 0 || i >= count) read.set(i, null);
      else {
        const range = paragraphs.Item(i + 1).Range;
        read.set(i, { start: range.Start, text: stripMark(range.Text) });
      }
    }
    return read.get(i) ?? null;
  };
  const author = ownCommentText("comment.author");
  const mark = ownCommentText("comment.mark");
  const list = doc.Comments;
  const stale: number[] = [];
  let inserted = 0;
  comments.forEach((c, index) => {
    const { paragraph, expected } = c.location;
    const p = paragraphAt(paragraph);
    let { offset, length } = c.location;
    if (!p || (expected !== undefined && expected !== p.text)) return void stale.push(index);
    if (offset < 0 || length < 0 || offset + length > p.text.length) return void stale.push(index);
    // A comment is anchored on text: an insertion point becomes the character before it (as in Word).
    if (length === 0 && p.text.length > 0) {
      if (offset > 0) offset--;
      length = 1;
    }
    const start = p.start + offset;
    const comment = list.Add(doc.Range(start, start + length), `${mark} ${c.text}`);
    try {
      comment.Author = author;
    } catch {
      // A build where the author cannot be set: the mark still tells the add-in's comments apart.
    }
    inserted++;
  });
  return { inserted, stale };
}

/** Remove the add-in's comments (by author or mark), last first; resolves to how many. */
export function removeComments(doc: WpsDocumentApi): number {
  const list = doc.Comments;
  let removed = 0;
  for (let i = list.Count; i >= 1; i--) {
    const comment = list.Item(i);
    if (!isOwnComment(comment.Author, comment.Range.Text)) continue;
    comment.Delete();
    removed++;
  }
  return removed;
}

/** Run `apply` with 修订 on and the writer's own TrackRevisions put back afterwards, whatever happens. */
export async function withTracking(
  doc: WpsDocumentApi,
  apply: () => Promise<ApplyResult>,
): Promise<ApplyResult> {
  const mode = doc.TrackRevisions as unknown;
  const before = mode === true || mode === -1;
  if (!before) doc.TrackRevisions = true;
  try {
    return await apply();
  } finally {
    if (!before) doc.TrackRevisions = false;
  }
}
