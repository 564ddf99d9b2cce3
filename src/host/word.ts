/**
 * The Word adapter: the ONLY module that calls Word.run / context.sync / Office.context.
 *
 * Round-trip budgets (DESIGN.md section 3, asserted in test/host/word*.test.ts with a fake Word that counts
 * syncs): readModel 1; select ≤ 2; getCursor 1; readContext (model and cursor) 1; one fix ≤ 2; any number
 * of replacements ≤ 3; insert paragraphs (a template of any size, with fields) ≤ 2, ≤ 3 with the renumbering
 * that goes with it (every range resolved before any write: one guarded unit); insert at the cursor ≤ 2
 * (usually 1); format ≤ 3 (usually 2); nextField ≤ 3. No context.sync() inside a loop.
 *
 * Guard: every edit that touches existing text carries the paragraph text it was computed from; the first
 * sync reads the paragraph texts and edits whose paragraph changed are skipped and reported as stale.
 *
 * Spans are reached with paragraph.search (see word-span.ts), so replacing a span keeps the formatting of
 * the rest of the paragraph. Paragraphs are inserted as text (insertParagraph / insertText), never HTML.
 */
import { isEditCurrent, type ApplyResult, type Edit, type NewParagraph } from "../core/edits";
import { formatForRole } from "../core/layout";
import type { DocModel, Location, Paragraph } from "../core/model";
import type { CursorInfo } from "../terms";
import {
  HostError,
  type CommentResult,
  type DocumentContext,
  type DocumentHost,
  type HostCapabilities,
  type KeyValueStore,
  type ReviewComment,
} from "./host";
import { escapeSearch, isRobust, occurrenceIndex, planSpan, type SpanPlan } from "./word-span";
import { StorageStore, type StorageLike } from "./word-storage";
import { mapOfficeError } from "./word-errors";
import {
  FIELD_TAG,
  FIELD_TEXT,
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
import { READ_PROPS, cursorOf, modelOf, queueCursor, queueModel } from "./word-read";
import { DocumentSettingsStore, defaultUserStorage } from "./word-settings";
import { insertComments, removeComments, withTracking } from "./word-comments";
import type { LayoutPlan } from "../core/layout-plan";
import type { LayoutResult, UndoLayoutResult } from "./host";
import {
  LAYOUT_UNDO_KEY,
  applyLayoutIn,
  detectLayoutCapabilities,
  undoLayoutIn,
  type LayoutSnapshot,
} from "./word-layout";

export { FIELD_TAG, READ_PROPS };

/**
 * A cursor outside the main text (header, footnote, comment, text box): Word cannot relate it to the
 * body (expandTo throws ItemNotFound); the pane says where to put the cursor instead of "not found".
 */
async function cursorRead<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (!(e instanceof HostError && e.code === "notFound")) throw e;
    // One more round trip, on failure only: which story holds the selection (Range.parentBody, Body.type).
    let story = "MainDoc";
    try {
      story = await Word.run(async (context) => {
        const body = context.document.getSelection().parentBody;
        body.load("type");
        await context.sync();
        return String(body.type);
      });
    } catch {
      // Unknown: keep the original error.
    }
    if (story !== "MainDoc") throw new HostError("cursorOutside", `The cursor is in a ${story} story.`, e);
    throw e;
  }
}

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

// ---------------------------------------------------------------------------------------------
// The host

export interface WordHostOptions {
  /** Storage of the user's settings; default: the add-in origin's localStorage. */
  userStorage?: StorageLike;
}

interface ReplaceJob {
  index: number;
  paragraph: number;
  offset: number;
  length: number;
  text: string;
  excerpt: string;
  plan: SpanPlan | null;
  range?: Word.Range;
  found?: Found;
  results?: Word.RangeCollection;
}

export class WordHost implements DocumentHost {
  readonly name = "word" as const;
  readonly capabilities: HostCapabilities;
  readonly documentSettings: KeyValueStore;
  readonly userSettings: KeyValueStore;
  onParagraphsChanged?: (listener: () => void) => () => void;

  constructor(options: WordHostOptions = {}) {
    const live = Office.context.requirements.isSetSupported("WordApi", "1.6");
    const review = Office.context.requirements.isSetSupported("WordApi", "1.4");
    this.capabilities = {
      liveChanges: live,
      contentControls: true,
      save: true,
      review,
      layout: detectLayoutCapabilities(),
    };
    this.documentSettings = new DocumentSettingsStore();
    this.userSettings = new StorageStore(options.userStorage ?? defaultUserStorage(), "lianzheng:");
    if (live) this.onParagraphsChanged = (listener) => this.subscribe(listener);
  }

  /** 批注模式 (word-comments.ts): ≤ 3 syncs for any number of comments. */
  insertComments(comments: readonly ReviewComment[]): Promise<CommentResult> {
    return this.run((context) => insertComments(context, comments));
  }

  /** The add-in's comments removed, the writer's left (word-comments.ts). */
  removeComments(): Promise<number> {
    return this.run((context) => removeComments(context));
  }

  /** 以修订方式修正: applyEdits with change tracking on, the writer's mode restored afterwards. */
  applyEditsTracked(edits: readonly Edit[]): Promise<ApplyResult> {
    return withTracking(
      (batch) => this.run(batch),
      () => this.applyEdits(edits),
    );
  }

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Word.run(batch);
    } catch (e) {
      throw mapOfficeError(e);
    }
  }

  /** The whole document in exactly one sync, whatever its size. */
  readModel(): Promise<DocModel> {
    return this.run(async (context) => {
      const paragraphs = queueModel(context);
      await context.sync();
      return modelOf(paragraphs);
    });
  }

  /** One sync: the paragraphs up to the selection's first paragraph, and the text from its start to the caret. */
  getCursor(): Promise<CursorInfo> {
    return cursorRead(
      this.run(async (context) => {
        const cursor = queueCursor(context);
        await context.sync();
        return cursorOf(cursor);
      }),
    );
  }

  /** The whole document and the cursor in exactly one sync (the loads of readModel and getCursor together). */
  readContext(): Promise<DocumentContext> {
    return cursorRead(
      this.run(async (context) => {
        const paragraphs = queueModel(context);
        const cursor = queueCursor(context);
        await context.sync();
        return { model: modelOf(paragraphs), cursor: cursorOf(cursor) };
      }),
    );
  }

  /** ≤ 2 syncs: read the paragraph texts, then search the span and select it. */
  select(location: Location): Promise<void> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const para = paragraphs.items[location.paragraph];
      const notFound = () =>
        new HostError("notFound", `No text at paragraph ${location.paragraph}, offset ${location.offset}`);
      if (!para) throw notFound();
      const text = para.text;
      if (location.expected !== undefined && location.expected !== text)
        throw new HostError("stale", `Paragraph ${location.paragraph} changed since the check`);
      const { offset, length } = location;
      if (offset < 0 || length < 0 || offset + length > text.length) throw notFound();
      let range: Word.Range;
      const plan =
        offset === 0 && length === text.length && length > 0 ? null : planSpan(text, offset, length);
      if (offset === 0 && length === text.length && length > 0) {
        range = para.getRange("Content");
      } else if (plan) {
        range = planRange(para, plan);
      } else {
        // Pathological text (no identifying window of 255 characters): load the matches (one more sync).
        const excerpt = text.slice(offset, offset + length);
        if (escapeSearch(excerpt).length > 255) throw notFound();
        const results = para.search(escapeSearch(excerpt), SEARCH);
        results.load("text");
        await context.sync();
        const hit = results.items[occurrenceIndex(text, excerpt, offset)];
        if (!hit) throw notFound();
        range = hit;
      }
      range.select();
      await context.sync();
    });
  }

  applyEdits(edits: readonly Edit[]): Promise<ApplyResult> {
    if (edits.length === 0) return Promise.resolve({ applied: 0, stale: [] });
    return this.run(async (context) => {
      const body = context.document.body;
      const needsTexts = edits.some((e) => e.kind !== "insertAtCursor");
      let items: Word.Paragraph[] = [];
      let current: Paragraph[] = [];
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
      if (needsTexts) {
        const paragraphs = body.paragraphs;
        // isListItem: a paragraph inserted next to a list item would continue its numbering.
        paragraphs.load(
          atStart || edits.some((e) => e.kind === "insertParagraphs") ? "text,isListItem" : "text",
        );
        selectionGuard?.load("text");
        await context.sync(); // sync 1: the guard
        items = paragraphs.items;
        current = items.map((p) => ({ text: p.text }));
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
        const clash = replaces.some(
          (r) => r.paragraph === edit.paragraph && r.offset < end && edit.offset < r.offset + r.length,
        );
        if (edit.offset < 0 || edit.length < 0 || end > text.length || clash) {
          stale.push(index);
          return;
        }
        replaces.push({
          index,
          paragraph: edit.paragraph,
          offset: edit.offset,
          length: edit.length,
          text: edit.text,
          excerpt: text.slice(edit.offset, end),
          plan: planSpan(text, edit.offset, edit.length),
        });
      });

      // Ranges of the replacements. Plans starting at the paragraph's start cannot miss; the others are
      // verified in one extra sync when several replacements run together (fix all), so that one odd match
      // never aborts the batch half-way. Insert batches (template/scaffold renumbering) use robust plans.
      const hasInsert = edits.some((e) => e.kind === "insertParagraphs");
      const fallback = replaces.filter((r) => r.plan === null);
      // An insert with its renumbering is one guarded unit: every range is resolved before anything is
      // written, and if one cannot be found nothing is written (a failed search at the final sync would
      // leave the insert without its renumbering: Office.js does not roll a batch back).
      const unit = hasInsert && replaces.length > 0;
      const verify =
        fallback.length > 0 ||
        unit ||
        (replaces.length > 1 && !hasInsert && replaces.some((r) => !isRobust(r.plan!)));
      for (const job of replaces) {
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
            const text = current[job.paragraph].text;
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
        this.insertNewParagraphs(
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
    });
  }

  private insertNewParagraphs(
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

  /**
   * ≤ 3 syncs: the tagged content controls (and, failing those, 【…】 matches) with the selection; their
   * positions relative to the selection; select the first one after it, wrapping to the first.
   */
  nextField(): Promise<boolean> {
    return this.run(async (context) => {
      const body = context.document.body;
      const controls = body.contentControls.getByTag(FIELD_TAG);
      controls.load("text");
      const matches = body.search("【[!】]@】", { matchWildcards: true } as Word.SearchOptions);
      matches.load("text");
      const selection = context.document.getSelection();
      await context.sync();
      const unfilled = controls.items.filter((c) => c.text === "" || FIELD_TEXT.test(c.text));
      const candidates: Word.Range[] =
        unfilled.length > 0
          ? unfilled.map((c) => c.getRange("Whole"))
          : matches.items.filter((m) => FIELD_TEXT.test(m.text));
      if (candidates.length === 0) return false;
      const relations = candidates.map((r) => r.compareLocationWith(selection));
      await context.sync();
      const next = candidates.find(
        (_, i) => relations[i].value === "After" || relations[i].value === "AdjacentAfter",
      );
      (next ?? candidates[0]).select();
      await context.sync();
      return true;
    });
  }

  /**
   * Save. With WordApi 1.5 "Prompt": a document never saved gets Word's Save As dialog instead of being
   * saved silently under a default name in a default folder (Word.SaveBehavior); without it Word saves
   * as it would with Ctrl+S.
   */
  save(): Promise<void> {
    const prompt = Office.context.requirements.isSetSupported("WordApi", "1.5");
    return this.run(async (context) => {
      if (prompt) context.document.save("Prompt" as Word.SaveBehavior);
      else context.document.save();
      await context.sync();
    });
  }

  /** The snapshot of the last 排版 while the document is open (also in the document's settings). */
  private layoutSnapshot: LayoutSnapshot | null = null;

  /** 一键排版 (word-layout.ts): ≤ 3 syncs whatever the size of the document. */
  applyLayout(plan: LayoutPlan): Promise<LayoutResult> {
    const caps = this.capabilities.layout ?? detectLayoutCapabilities();
    const settings = this.documentSettings;
    const keep: typeof settings = {
      get: (k) => settings.get(k),
      remove: (k) => settings.remove(k),
      set: async (k, v) => {
        this.layoutSnapshot = v as LayoutSnapshot;
        await settings.set(k, v);
      },
    };
    return this.run((context) => applyLayoutIn(context, plan, caps, keep));
  }

  /** 撤销排版: ≤ 3 syncs; null when no 排版 was recorded for this document. */
  async undoLayout(): Promise<UndoLayoutResult | null> {
    const snapshot =
      this.layoutSnapshot ?? this.documentSettings.get<LayoutSnapshot>(LAYOUT_UNDO_KEY) ?? null;
    if (!snapshot || snapshot.version !== 1) return null;
    const caps = this.capabilities.layout ?? detectLayoutCapabilities();
    const result = await this.run((context) => undoLayoutIn(context, snapshot, caps));
    this.layoutSnapshot = null;
    try {
      await this.documentSettings.remove(LAYOUT_UNDO_KEY);
    } catch {
      // The snapshot is spent either way.
    }
    return result;
  }

  /** WordApi 1.6 paragraph events; the listener is called after any paragraph changed, was added or deleted. */
  private subscribe(listener: () => void): () => void {
    let active = true;
    let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
    let registered: Word.Document | null = null;
    const handler = async () => {
      if (active) listener();
    };
    const ready = this.run(async (context) => {
      const doc = context.document;
      registered = doc;
      handlers = [
        doc.onParagraphChanged.add(handler),
        doc.onParagraphAdded.add(handler),
        doc.onParagraphDeleted.add(handler),
      ] as OfficeExtension.EventHandlerResult<unknown>[];
      await context.sync();
    }).catch(() => {
      // Live mode is an extra: when the events cannot be registered, the pane re-checks on demand.
      active = false;
    });
    return () => {
      active = false;
      void ready.then(async () => {
        if (handlers.length === 0) return;
        try {
          // The registering Word.run has finished: its context can only be used again through Word.run
          // (a bare sync() on it fails and the handlers would stay registered).
          await Word.run(registered!, async (context) => {
            for (const h of handlers) h.remove();
            await context.sync();
          });
        } catch {
          // The document may be closing; nothing to clean up then.
        }
      });
    };
  }
}
