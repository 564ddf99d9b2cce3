/**
 * The DocumentHost port: everything the task pane needs from a document. Implemented by the Word
 * adapter (host/word.ts, the only Office.js code) and the in-memory host (host/memory.ts: tests and
 * the browser preview). File formats (src/formats: .docx and .txt) are not hosts: they read a DocModel directly.
 */
import type { ApplyResult, Edit } from "../core/edits";
import type { LayoutPlan } from "../core/layout-plan";
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
  | "readOnly"
  | "unsupported"
  | "stale"
  | "notFound"
  | "storageFull"
  | "inTable"
  | "api"
  | "unknown"
  | "notAllowed"
  | "searchDialogOpen"
  | "searchTooLong"
  | "cursorOutside"
  | "spanUnsafe";

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

/** What a 排版 could not set on this host (the pane says each with the way to do it by hand). */
export type LayoutGap =
  | "pageSetup"
  | "pageNumbers"
  | "oddEvenFooters"
  | "latinFont"
  | "exactLineSpacing"
  | "runInHeadings"
  /** The footer held the writer's own content: left as it was, no page number written (WPS). */
  | "footerKept";

/** What 排版 can set on this host (detected at run time from the requirement sets and the platform). */
export interface LayoutCapabilities {
  /** Margins and A4 (WordApiDesktop 1.3: desktop Word only). */
  pageSetup: boolean;
  /** — 1 — in the footer with a PAGE field (WordApi 1.5; not on the web, where fields are read-only). */
  pageNumbers: boolean;
  /** East Asian and Latin fonts apart (Font.nameFarEast / nameAscii, WordApiDesktop 1.3). */
  separateFonts: boolean;
  /** Fixed (固定值) line spacing through an imported paragraph style (WordApi 1.5 to find the style). */
  exactLineSpacing: boolean;
}

export interface LayoutResult {
  /** Paragraphs formatted (the run-in heading sentences in them are not counted apart). */
  applied: number;
  /** Indexes into plan.paragraphs of edits skipped because their paragraph changed since the reading. */
  stale: number[];
  /** Run-in heading sentences that could not be located (changed, or search cannot reach them). */
  spansSkipped: number;
  /** What was not set on this host. */
  notSet: LayoutGap[];
}

/** Where a host keeps the snapshot of the last 一键排版 in the document's settings (撤销排版 reads it). */
export const LAYOUT_UNDO_KEY = "layout.undo";

export interface UndoLayoutResult {
  /** Paragraphs (and spans) whose formats were put back. */
  restored: number;
  /** Paragraphs changed since the 排版 (left as they are). */
  skipped: number;
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
  /** What 排版 can set here (absent: paragraph formats only, through applyEdits). */
  layout?: LayoutCapabilities;
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
  /**
   * The model after edits that touched only `changed` paragraphs: `previous` with those paragraphs (and
   * any other whose text differs) read again, instead of the whole model. Optional; the whole model is
   * read when the paragraph count changed.
   */
  readParagraphs?(previous: DocModel, changed: readonly number[]): Promise<DocModel>;
  /**
   * A cheap fingerprint of the paragraph texts (core/fingerprint.ts: equal to fingerprintOf(readModel())
   * while nothing changed); Word: one sync. Optional: lets the pane notice edits no event announced.
   */
  fingerprint?(): Promise<string>;
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
  /** 一键排版: apply a layout plan in one batch and keep a snapshot of what it changed (for undoLayout). */
  applyLayout?(plan: LayoutPlan): Promise<LayoutResult>;
  /** 撤销排版: restore every format the last applyLayout changed, in one batch; null when there is none. */
  undoLayout?(): Promise<UndoLayoutResult | null>;
  /** Subscribe to paragraph changes (live mode); returns an unsubscribe function. */
  onParagraphsChanged?(listener: () => void): () => void;
}
