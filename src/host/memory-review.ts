/**
 * 批注模式 and 以修订方式修正 in the memory host (tests and the browser preview; issue 13): comments are
 * kept in a list (they do not move with later edits), tracked fixes are counted.
 */
import type { ApplyResult, Edit } from "../core/edits";
import type { CommentResult, DocumentHost, ReviewComment } from "./host";

export interface MemoryComment {
  paragraph: number;
  offset: number;
  length: number;
  text: string;
  /** The add-in's (removeComments takes only these). */
  own: boolean;
}

export class MemoryReview {
  comments: MemoryComment[] = [];
  /** Edits applied as tracked changes. */
  trackedEdits = 0;
}

type Host = Pick<DocumentHost, "readModel" | "applyEdits"> & {
  insertComments?: DocumentHost["insertComments"];
  removeComments?: DocumentHost["removeComments"];
  applyEditsTracked?: DocumentHost["applyEditsTracked"];
};

/** Give a memory host the review methods; returns their state. */
export function attachReview(host: Host): MemoryReview {
  const state = new MemoryReview();
  host.insertComments = async (comments: readonly ReviewComment[]): Promise<CommentResult> => {
    const model = await host.readModel();
    const stale: number[] = [];
    comments.forEach((c, i) => {
      const { paragraph, offset, length, expected } = c.location;
      const p = model.paragraphs[paragraph];
      if (!p || (expected !== undefined && expected !== p.text) || offset + length > p.text.length) {
        stale.push(i);
        return;
      }
      state.comments.push({ paragraph, offset, length, text: c.text, own: true });
    });
    return { inserted: comments.length - stale.length, stale };
  };
  host.removeComments = async (): Promise<number> => {
    const before = state.comments.length;
    state.comments = state.comments.filter((c) => !c.own);
    return before - state.comments.length;
  };
  host.applyEditsTracked = async (edits: readonly Edit[]): Promise<ApplyResult> => {
    const r = await host.applyEdits(edits);
    state.trackedEdits += r.applied;
    return r;
  };
  return state;
}
