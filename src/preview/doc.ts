/**
 * What the preview's document column needs from the in-memory host: a snapshot to render, change
 * notifications, and the edits a person makes paragraph by paragraph. memory-doc.ts implements it on
 * MemoryHost; tests may implement it on anything.
 */
import type { Location, Paragraph, DocModel } from "../core/model";

export interface DocSnapshot {
  readonly paragraphs: readonly Paragraph[];
  /** The last selection made by the task pane through host.select (highlighted), or null. */
  readonly selection: Location | null;
  /** What made this snapshot: the first one, a text/format change, a whole new document, a selection. */
  readonly change: "init" | "text" | "load" | "selection";
}

export interface PreviewDoc {
  /** The same object until something changes (for useSyncExternalStore). */
  getSnapshot(): DocSnapshot;
  subscribe(listener: () => void): () => void;
  setText(paragraph: number, text: string): void;
  /** Insert a paragraph after `paragraph` (-1: at the start). */
  insertAfter(paragraph: number, text: string): void;
  remove(paragraph: number): void;
  /** The person's caret or selection in a paragraph (the host's cursor). */
  setCursor(location: Location): void;
  /** Replace the whole document (a file was opened). */
  load(model: DocModel): void;
}
