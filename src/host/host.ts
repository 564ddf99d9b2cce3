/**
 * The DocumentHost port: everything the task pane needs from a document. Implemented by the Word
 * adapter (host/word.ts, the only Office.js code) and the in-memory host (host/memory.ts: tests and
 * the browser preview). File formats (src/formats: .docx and .txt) are not hosts: they read a DocModel directly.
 */
import type { ApplyResult, Edit } from "../core/edits";
import type { DocModel, Location } from "../core/model";
import type { CursorInfo } from "../terms";

/** The document and the cursor as read at the same moment. */
export interface DocumentContext {
  model: DocModel;
  cursor: CursorInfo;
}

/** A small persistent key-value store (JSON values). */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  /** Persists; rejects with a HostError of code "storageFull" when the store's limit is reached. */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export type HostErrorCode =
  "readOnly" | "unsupported" | "stale" | "notFound" | "storageFull" | "inTable" | "api" | "unknown";

/** An error a host reports; the pane turns `code` into a message in the user's language. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export interface HostCapabilities {
  /** Paragraph change events and uniqueLocalId (WordApi 1.6): live re-check. */
  liveChanges: boolean;
  /** Content controls for template fields. */
  contentControls: boolean;
  /** Document.save(). */
  save: boolean;
  /** Comments and tracked changes (WordApi 1.4): 批注模式 and 以修订方式修正 (issue 13). */
  review?: boolean;
  /** What this host cannot do that the pane would otherwise offer; the pane says so (WPS). */
  limits?: readonly HostLimit[];
}

/** A comment to anchor on a span (issue 13, 批注模式). */
export interface ReviewComment {
  location: Location;
  text: string;
}

export interface CommentResult {
  inserted: number;
  /** Indexes of the comments whose paragraph changed since the check (not inserted). */
  stale: number[];
}

/** A feature the host lacks: paragraph change events (live check), content controls (template fields). */
export type HostLimit = "liveChanges" | "contentControls";

export interface DocumentHost {
  readonly name: "word" | "wps" | "memory";
  readonly capabilities: HostCapabilities;
  /** The whole document in one read (Word: exactly one context.sync). */
  readModel(): Promise<DocModel>;
  /** Where the cursor or selection is. */
  getCursor(): Promise<CursorInfo>;
  /** The whole document and the cursor read together (Word: exactly one context.sync). */
  readContext(): Promise<DocumentContext>;
  /** Select the exact text of a location (scrolls it into view). */
  select(location: Location): Promise<void>;
  /** Apply edits in one batch; edits whose expected text no longer matches are skipped (`stale`). */
  applyEdits(edits: readonly Edit[]): Promise<ApplyResult>;
  /** Select the next unfilled template field after the cursor (wrapping); false when there is none. */
  nextField(): Promise<boolean>;
  /** Save the document. */
  save(): Promise<void>;
  /** Settings stored in the document (ignored findings). */
  readonly documentSettings: KeyValueStore;
  /** Settings stored per user (rules, own snippets, favourites). */
  readonly userSettings: KeyValueStore;
  /** Insert comments marked as the add-in's (when capabilities.review). */
  insertComments?(comments: readonly ReviewComment[]): Promise<CommentResult>;
  /** Remove the add-in's comments, leaving the others; resolves to the number removed. */
  removeComments?(): Promise<number>;
  /** applyEdits as tracked changes, restoring the writer's tracking mode afterwards. */
  applyEditsTracked?(edits: readonly Edit[]): Promise<ApplyResult>;
  /** Subscribe to paragraph changes (live mode); returns an unsubscribe function. */
  onParagraphsChanged?(listener: () => void): () => void;
}
