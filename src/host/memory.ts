/**
 * The in-memory DocumentHost: for tests and the browser preview. It holds a DocModel, a cursor and the last
 * selection made by select() (the preview highlights it), applies edits with the same guard as Word
 * (applyEditsToModel / isEditCurrent), formats inserted paragraphs by role (core/layout), walks 【…】 fields,
 * and tells subscribers about every change so the preview re-renders at once.
 */
import {
  applyEditsToModel,
  isEditCurrent,
  type ApplyResult,
  type Edit,
  type InsertAtCursorEdit,
  type InsertParagraphsEdit,
} from "../core/edits";
import { formatForRole } from "../core/layout";
import type { LayoutPlan } from "../core/layout-plan";
import type { DocModel, Location, Paragraph, ParagraphFacts } from "../core/model";
import {
  HostError,
  type DocumentContext,
  type DocumentHost,
  type HostCapabilities,
  type KeyValueStore,
  type LayoutResult,
  type UndoLayoutResult,
} from "./host";
import type { CursorInfo } from "../terms";
import { mapStorage, StorageStore, type StorageLike } from "./word-storage";
import { attachReview, type MemoryReview } from "./memory-review";
import { insertAtCursor } from "./memory-insert";
import { MemoryLayout, type MemoryLayoutState } from "./memory-layout";

export type { MemoryLayoutState };

export type MemoryChangeKind = "text" | "cursor" | "selection" | "load" | "save";

export interface MemoryChange {
  kind: MemoryChangeKind;
  /** Paragraphs whose text or format changed, when known (for "text"). */
  paragraphs?: number[];
}

export interface MemoryHostOptions {
  model?: DocModel;
  /** Backing store of documentSettings (default: a fresh in-memory storage). */
  documentStorage?: StorageLike;
  /** Backing store of userSettings (the preview passes window.localStorage). */
  userStorage?: StorageLike;
  /** Size limit of each settings store in UTF-16 code units (Word's document settings allow about 2 MB). */
  storageLimit?: number;
  /** Simulate WordApi 1.6 paragraph change events (capabilities.liveChanges). */
  liveChanges?: boolean;
  /** Simulate a read-only document: every edit and save rejects with HostError("readOnly"). */
  readOnly?: boolean;
  /** Simulate WordApi 1.4 comments and tracked changes (capabilities.review; memory-review.ts). */
  review?: boolean;
}

/** A 【…】 placeholder field: what nextField walks to. */
const FIELD_RE = /【[^】\n]*】/g;

function copyParagraph(p: Paragraph): Paragraph {
  return { ...p };
}

export class MemoryHost implements DocumentHost {
  readonly name = "memory" as const;
  readonly capabilities: HostCapabilities;
  readonly documentSettings: KeyValueStore;
  readonly userSettings: KeyValueStore;
  onParagraphsChanged?: (listener: () => void) => () => void;
  insertComments?: DocumentHost["insertComments"];
  removeComments?: DocumentHost["removeComments"];
  applyEditsTracked?: DocumentHost["applyEditsTracked"];
  /** Comments and tracked fixes, when `review` is on. */
  readonly review: MemoryReview | null;

  private paragraphs: Paragraph[];
  private cursor: Location = { paragraph: 0, offset: 0, length: 0 };
  private selection: Location | null = null;
  private readonly listeners = new Set<(change: MemoryChange) => void>();
  private readonly changeListeners = new Set<() => void>();
  private readOnly: boolean;
  private pendingError: HostError | null = null;
  /** How many times save() succeeded (tests, the preview's status line). */
  saveCount = 0;

  constructor(options: MemoryHostOptions = {}) {
    this.paragraphs = (options.model?.paragraphs ?? [{ text: "" }]).map(copyParagraph);
    if (this.paragraphs.length === 0) this.paragraphs.push({ text: "" });
    this.readOnly = options.readOnly ?? false;
    const live = options.liveChanges ?? false;
    this.capabilities = {
      liveChanges: live,
      contentControls: false,
      save: true,
      review: options.review ?? false,
      layout: { pageSetup: true, pageNumbers: true, separateFonts: true, exactLineSpacing: true },
    };
    this.review = options.review ? attachReview(this) : null;
    this.documentSettings = new StorageStore(
      options.documentStorage ?? mapStorage(),
      "lianzheng-doc:",
      options.storageLimit,
    );
    this.userSettings = new StorageStore(
      options.userStorage ?? mapStorage(),
      "lianzheng:",
      options.storageLimit,
    );
    if (live) {
      this.onParagraphsChanged = (listener) => {
        this.changeListeners.add(listener);
        return () => void this.changeListeners.delete(listener);
      };
    }
  }

  // ---- DocumentHost ----

  async readModel(): Promise<DocModel> {
    this.throwPending();
    return { paragraphs: this.paragraphs.map(copyParagraph) };
  }

  async getCursor(): Promise<CursorInfo> {
    this.throwPending();
    const { paragraph, offset, length } = this.cursor;
    const p = this.paragraphs[paragraph];
    if (!p) return { paragraph: -1, offset: -1, length: 0, selectedText: "", inTable: false };
    return {
      paragraph,
      offset,
      length,
      selectedText: p.text.slice(offset, offset + length),
      inTable: (p.tableNestingLevel ?? 0) > 0,
    };
  }

  async readContext(): Promise<DocumentContext> {
    this.throwPending();
    const model = await this.readModel();
    const cursor = await this.getCursor();
    return { model, cursor };
  }

  async select(location: Location): Promise<void> {
    this.throwPending();
    const p = this.paragraphs[location.paragraph];
    if (p && location.expected !== undefined && location.expected !== p.text)
      throw new HostError("stale", `Paragraph ${location.paragraph} changed since the check`);
    if (
      !p ||
      location.offset < 0 ||
      location.length < 0 ||
      location.offset + location.length > p.text.length
    ) {
      throw new HostError(
        "notFound",
        `No text at paragraph ${location.paragraph}, offset ${location.offset}, length ${location.length}`,
      );
    }
    const { paragraph, offset, length } = location;
    this.selection = { paragraph, offset, length };
    this.cursor = { paragraph, offset, length };
    this.emit({ kind: "selection" });
  }

  private readonly layout = new MemoryLayout({
    paragraphs: () => this.paragraphs,
    applyEdits: (edits) => this.applyEdits(edits),
    changed: (indexes) => this.emitText(indexes),
    pending: () => this.throwPending(),
    writable: () => {
      if (this.readOnly) throw new HostError("readOnly", "The document is read-only");
    },
  });

  /** The page of the last 排版 and the run-in heading fonts (the preview shows them). */
  get layoutState(): MemoryLayoutState {
    return this.layout.state;
  }

  /** 一键排版: the paragraph formats through the shared engine; page and run-in fonts kept as state. */
  applyLayout(plan: LayoutPlan): Promise<LayoutResult> {
    return this.layout.apply(plan);
  }

  /** 撤销排版: the formats the last 排版 changed put back where the paragraph text is unchanged. */
  undoLayout(): Promise<UndoLayoutResult | null> {
    return this.layout.undo();
  }

  async applyEdits(edits: readonly Edit[]): Promise<ApplyResult> {
    this.throwPending();
    if (this.readOnly && edits.length > 0) throw new HostError("readOnly", "The document is read-only");
    const before = this.paragraphs;
    const modelEdits: { edit: Edit; index: number }[] = [];
    const inserts: { edit: InsertParagraphsEdit; index: number }[] = [];
    const atCursor: { edit: InsertAtCursorEdit; index: number }[] = [];
    // Like the Word and WPS hosts: a replacement overlapping an earlier one of the batch is stale.
    const clashes: number[] = [];
    const taken: { paragraph: number; start: number; end: number }[] = [];
    edits.forEach((edit, index) => {
      if (edit.kind === "insertAtCursor") atCursor.push({ edit, index });
      else if (edit.kind === "insertParagraphs") inserts.push({ edit, index });
      else if (edit.kind === "replace" && isEditCurrent(edit, before)) {
        const end = edit.offset + edit.length;
        if (taken.some((t) => t.paragraph === edit.paragraph && t.start < end && edit.offset < t.end)) {
          clashes.push(index);
          return;
        }
        taken.push({ paragraph: edit.paragraph, start: edit.offset, end });
        modelEdits.push({ edit, index });
      } else modelEdits.push({ edit, index });
    });

    // Replacements and formats: the shared engine (same guard as every host).
    const { model, result } = applyEditsToModel(
      { paragraphs: before },
      modelEdits.map((e) => e.edit),
    );
    const stale = [...clashes, ...result.stale.map((i) => modelEdits[i].index)];
    let applied = result.applied;
    let paragraphs = model.paragraphs;
    const changed = new Set<number>();
    modelEdits.forEach(({ edit }, i) => {
      if (!result.stale.includes(i) && "paragraph" in edit) changed.add(edit.paragraph);
    });

    // Paragraph insertions: from the last anchor to the first (indexes of the model before the batch),
    // each new paragraph formatted by its role.
    const ordered = [...inserts].sort((a, b) => b.edit.paragraph - a.edit.paragraph);
    for (const { edit, index } of ordered) {
      if (!isEditCurrent(edit, before)) {
        stale.push(index);
        continue;
      }
      const fresh = edit.paragraphs.map((np) => ({ text: np.text, ...formatForRole(np.role) }));
      if (edit.paragraph === -1) {
        if (paragraphs.length === 1 && paragraphs[0].text === "") paragraphs.splice(0, 1, ...fresh);
        else paragraphs.splice(0, 0, ...fresh);
      } else {
        const at = edit.position === "before" ? edit.paragraph : edit.paragraph + 1;
        paragraphs.splice(at, 0, ...fresh);
      }
      applied++;
      changed.add(Math.max(0, edit.paragraph));
    }
    if (paragraphs.length === 0) paragraphs = [{ text: "" }];
    this.paragraphs = paragraphs;

    for (const { edit } of atCursor) {
      this.insertAtCursorNow(edit);
      applied++;
      changed.add(this.cursor.paragraph);
    }
    // Keep the cursor inside the document after insertions before it.
    this.clampCursor();
    stale.sort((a, b) => a - b);
    if (applied > 0) this.emitText([...changed]);
    return { applied, stale };
  }

  async nextField(): Promise<boolean> {
    this.throwPending();
    const fields: Location[] = [];
    this.paragraphs.forEach((p, paragraph) => {
      for (const m of p.text.matchAll(FIELD_RE)) {
        fields.push({ paragraph, offset: m.index ?? 0, length: m[0].length });
      }
    });
    if (fields.length === 0) return false;
    const c = this.cursor;
    // A caret at a field's start selects that field; a selection moves on to the next one.
    const after = (f: Location) =>
      f.paragraph > c.paragraph ||
      (f.paragraph === c.paragraph && (c.length === 0 ? f.offset >= c.offset : f.offset > c.offset));
    const next = fields.find(after) ?? fields[0];
    await this.select(next);
    return true;
  }

  async save(): Promise<void> {
    this.throwPending();
    if (this.readOnly) throw new HostError("readOnly", "The document is read-only");
    this.saveCount++;
    this.emit({ kind: "save" });
  }

  // ---- for the preview and tests ----

  /** Listen to every change (text, cursor, selection, load, save); returns an unsubscribe function. */
  subscribe(listener: (change: MemoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** A snapshot of the document (cheap copy) for rendering. */
  getModel(): DocModel {
    return { paragraphs: this.paragraphs.map(copyParagraph) };
  }

  /** The last location selected by select() or nextField() (the preview highlights it); null after typing. */
  getSelection(): Location | null {
    return this.selection ? { ...this.selection } : null;
  }

  getCursorSync(): Location {
    return { ...this.cursor };
  }

  /** Replace the whole document (opening a file in the preview). */
  load(model: DocModel): void {
    this.paragraphs = model.paragraphs.map(copyParagraph);
    if (this.paragraphs.length === 0) this.paragraphs.push({ text: "" });
    this.cursor = { paragraph: 0, offset: 0, length: 0 };
    this.selection = null;
    this.emit({ kind: "load" });
    this.notifyParagraphsChanged();
  }

  /** The user typed in a paragraph. Formats are kept. */
  setParagraphText(index: number, text: string): void {
    const p = this.paragraphAt(index);
    if (p.text === text) return;
    p.text = text;
    this.selection = null;
    this.clampCursor();
    this.emitText([index]);
  }

  /** Insert a paragraph at `index` (0 … length); returns its index. */
  insertParagraph(index: number, text = "", facts: ParagraphFacts = {}): number {
    const at = Math.max(0, Math.min(index, this.paragraphs.length));
    this.paragraphs.splice(at, 0, { ...facts, text });
    this.selection = null;
    this.emitText([at]);
    return at;
  }

  /** Remove a paragraph; the document always keeps one (empty) paragraph. */
  removeParagraph(index: number): void {
    this.paragraphAt(index);
    this.paragraphs.splice(index, 1);
    if (this.paragraphs.length === 0) this.paragraphs.push({ text: "" });
    this.selection = null;
    this.clampCursor();
    this.emitText([Math.min(index, this.paragraphs.length - 1)]);
  }

  /** Where the caret or selection is (the preview sets it from the textarea's selection). */
  setCursor(paragraph: number, offset: number, length = 0): void {
    const p = this.paragraphAt(paragraph);
    const o = Math.max(0, Math.min(offset, p.text.length));
    const l = Math.max(0, Math.min(length, p.text.length - o));
    this.cursor = { paragraph, offset: o, length: l };
    this.emit({ kind: "cursor" });
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  /** Make the next host call reject with this error (to test how the pane shows errors). */
  failNextCall(error: HostError): void {
    this.pendingError = error;
  }

  // ---- internals ----

  private throwPending(): void {
    const e = this.pendingError;
    if (e) {
      this.pendingError = null;
      throw e;
    }
  }

  private paragraphAt(index: number): Paragraph {
    const p = this.paragraphs[index];
    if (!p) throw new HostError("notFound", `No paragraph ${index}`);
    return p;
  }

  private clampCursor(): void {
    const last = this.paragraphs.length - 1;
    const paragraph = Math.max(0, Math.min(this.cursor.paragraph, last));
    const len = this.paragraphs[paragraph].text.length;
    const offset = Math.min(this.cursor.offset, len);
    const length = Math.min(this.cursor.length, len - offset);
    this.cursor = { paragraph, offset, length };
  }

  private insertAtCursorNow(edit: InsertAtCursorEdit): void {
    this.clampCursor();
    this.cursor = insertAtCursor(this.paragraphs, this.cursor, edit);
    this.selection = null;
  }

  private emitText(paragraphs: number[]): void {
    this.emit({ kind: "text", paragraphs });
    this.notifyParagraphsChanged();
  }

  private notifyParagraphsChanged(): void {
    if (!this.capabilities.liveChanges) return;
    for (const l of [...this.changeListeners]) l();
  }

  private emit(change: MemoryChange): void {
    for (const l of [...this.listeners]) l(change);
  }
}
