/**
 * The Word adapter: the ONLY module that calls Word.run / context.sync / Office.context.
 *
 * Round-trip budgets (DESIGN.md section 3, asserted in test/host/word*.test.ts with a fake Word that counts
 * syncs): readModel 1; select ≤ 2; getCursor 1; readContext (model and cursor) 1; one fix ≤ 2; any number
 * of replacements ≤ 3; insert paragraphs (a template of any size, with fields) ≤ 2, ≤ 3 with the renumbering
 * that goes with it (every range resolved before any write: one guarded unit); insert at the cursor ≤ 2
 * (usually 1); format ≤ 3 (usually 2); nextField ≤ 3; readParagraphs (after a fix) ≤ 2. In a document
 * holding fields, content controls, footnotes, comments or tracked changes, replacements take one more
 * sync (word-guard.ts): each span is reached and checked, or the batch is refused ("spanUnsafe").
 * On Word on the web, text deleted under track changes is in paragraph.text (office-js #1267): a read
 * that finds such deletions takes one more sync to locate them (word-texts.ts). fingerprint 1.
 * No context.sync() inside a loop.
 *
 * Guard: every edit that touches existing text carries the paragraph text it was computed from; the first
 * sync reads the paragraph texts and edits whose paragraph changed are skipped and reported as stale.
 *
 * Spans are reached with paragraph.search (see word-span.ts), so replacing a span keeps the formatting of
 * the rest of the paragraph. Paragraphs are inserted as text (insertParagraph / insertText), never HTML.
 */
import { type ApplyResult, type Edit } from "../core/edits";
import type { DocModel, Location } from "../core/model";
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
import { escapeSearch, occurrenceIndex, planSpan } from "./word-span";
import { StorageStore, type StorageLike } from "./word-storage";
import { mapOfficeError } from "./word-errors";
import { applyEditsIn } from "./word-apply";
import { FIELD_TAG, FIELD_TEXT, SEARCH, planRange } from "./word-write";
import { READ_PROPS, cursorOf, modelOf, paragraphOf, queueCursor, queueModel } from "./word-read";
import { DocumentSettingsStore, defaultUserStorage } from "./word-settings";
import { queueTexts, textsOf } from "./word-texts";
import { toSearchSpan } from "./word-text";
import { fingerprintTexts } from "../core/fingerprint";
import { insertComments, removeComments, withTracking } from "./word-comments";
import type { LayoutPlan } from "../core/layout-plan";
import { LAYOUT_UNDO_KEY, type LayoutResult, type UndoLayoutResult } from "./host";
import type { LayoutSnapshot } from "./word-layout-parts";
import { detectLayoutCapabilities } from "./word-layout-caps";

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

// ---------------------------------------------------------------------------------------------
// The host

export interface WordHostOptions {
  /** Storage of the user's settings; default: the add-in origin's localStorage. */
  userStorage?: StorageLike;
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

  /**
   * The whole document in exactly one sync, whatever its size (one more on Word on the web when text
   * deleted under track changes has to be located, word-texts.ts).
   */
  readModel(): Promise<DocModel> {
    return this.run(async (context) => {
      const paragraphs = queueModel(context);
      const pending = queueTexts(context);
      await context.sync();
      return modelOf(paragraphs, await textsOf(context, paragraphs.items, pending));
    });
  }

  /**
   * After a fix: ≤ 2 syncs, the texts, then every property of only the paragraphs the fix touched or
   * whose text differs from `previous` (a fix no longer reloads the whole model, office-js #3982).
   */
  readParagraphs(previous: DocModel, changed: readonly number[]): Promise<DocModel> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      const pending = queueTexts(context);
      await context.sync();
      const items = paragraphs.items;
      const texts = await textsOf(context, items, pending);
      if (items.length !== previous.paragraphs.length) {
        paragraphs.load(READ_PROPS);
        await context.sync();
        return modelOf(paragraphs, texts);
      }
      const wanted = new Set(changed.filter((i) => i >= 0 && i < items.length));
      texts.forEach((t, i) => {
        if (t.text !== previous.paragraphs[i].text) wanted.add(i);
      });
      for (const i of wanted) items[i].load(READ_PROPS);
      if (wanted.size > 0) await context.sync();
      return {
        paragraphs: previous.paragraphs.map((p, i) => (wanted.has(i) ? paragraphOf(items[i], texts[i]) : p)),
      };
    });
  }

  /**
   * One sync (two on the web with deleted text, word-texts.ts): the count and hash of the writer's
   * paragraph texts. The pane checks it where Word's change events may never come (office-js #5400:
   * onParagraphDeleted above ~250 pages; #3864: deletions under track changes).
   */
  fingerprint(): Promise<string> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      const pending = queueTexts(context);
      await context.sync();
      const texts = await textsOf(context, paragraphs.items, pending);
      return fingerprintTexts(texts.map((t) => t.text));
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
        const pending = queueTexts(context);
        await context.sync();
        const texts = await textsOf(context, paragraphs.items, pending);
        return { model: modelOf(paragraphs, texts), cursor: cursorOf(cursor, texts) };
      }),
    );
  }

  /**
   * ≤ 2 syncs: read the paragraph texts, then search the span and select it. The span is reached by the
   * shortest window that identifies it, as the fixes are (word-guard.ts): a longer one may cross a
   * footnote reference or a tracked deletion, which Word's search does not match across (#4401, #5874).
   * A span Word's search cannot be trusted to reach (it crosses deleted text) selects its paragraph.
   */
  select(location: Location): Promise<void> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      const pending = queueTexts(context);
      await context.sync();
      const para = paragraphs.items[location.paragraph];
      const notFound = () =>
        new HostError("notFound", `No text at paragraph ${location.paragraph}, offset ${location.offset}`);
      if (!para) throw notFound();
      const written = (await textsOf(context, [para], pending))[0];
      const text = written.text;
      if (location.expected !== undefined && location.expected !== text)
        throw new HostError("stale", `Paragraph ${location.paragraph} changed since the check`);
      if (location.offset < 0 || location.length < 0 || location.offset + location.length > text.length)
        throw notFound();
      const whole = location.offset === 0 && location.length === text.length && text.length > 0;
      const span = whole ? null : toSearchSpan(written, location.offset, location.length);
      const search = written.searchText;
      let range: Word.Range;
      const plan = span ? planSpan(search, span.offset, span.length, true, true) : null;
      if (whole || !span) {
        range = para.getRange("Content");
      } else if (plan) {
        range = planRange(para, plan);
      } else {
        // Pathological text (no identifying window of 255 characters): load the matches (one more sync).
        const excerpt = search.slice(span.offset, span.offset + span.length);
        if (escapeSearch(excerpt).length > 255) throw notFound();
        const results = para.search(escapeSearch(excerpt), SEARCH);
        results.load("text");
        await context.sync();
        const hit = results.items[occurrenceIndex(search, excerpt, span.offset)];
        if (!hit) throw notFound();
        range = hit;
      }
      range.select();
      await context.sync();
    });
  }

  applyEdits(edits: readonly Edit[]): Promise<ApplyResult> {
    if (edits.length === 0) return Promise.resolve({ applied: 0, stale: [] });
    return this.run((context) => applyEditsIn(context, edits));
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

  /**
   * 一键排版 (word-layout.ts, loaded on first use: the task pane starts without it): ≤ 3 syncs whatever
   * the size of the document.
   */
  async applyLayout(plan: LayoutPlan): Promise<LayoutResult> {
    const { applyLayoutIn } = await import(/* webpackChunkName: "word-layout" */ "./word-layout");
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
    const { undoLayoutIn } = await import(/* webpackChunkName: "word-layout" */ "./word-layout");
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
