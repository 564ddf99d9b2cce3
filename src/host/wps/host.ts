/**
 * The WPS文字 host: a DocumentHost over the WPS JS API (window.Application; VBA-shaped, synchronous and in
 * process). src/host/wps is the only code that touches window.Application (boot.ts and ribbon.ts take it
 * from the window; everything else receives it).
 *
 * Every call is synchronous: the host reads per paragraph in a loop (measured: test/bench/wps-read.bench.ts)
 * and writes through story positions, from the last position to the first so that earlier positions stay
 * valid. Guard: every edit that touches existing text carries the paragraph text it was computed from; the
 * paragraph texts are read first and edits whose paragraph changed are skipped and reported as stale.
 *
 * What WPS cannot do here is in `capabilities` (no paragraph change events: no live re-check; content
 * controls only where the WPS build has them, else the 【…】 text marks a field). Comments and tracked changes
 * (review.ts) and the whole 一键排版 with page setup and page numbers (layout.ts) it does.
 */
import {
  isEditCurrent,
  type ApplyResult,
  type Edit,
  type FieldSpan,
  type NewParagraph,
} from "../../core/edits";
import { formatForRole } from "../../core/layout";
import type { LayoutPlan } from "../../core/layout-plan";
import type { DocModel, Location } from "../../core/model";
import type { CursorInfo } from "../../terms";
import {
  HostError,
  type DocumentContext,
  type DocumentHost,
  type CommentResult,
  type HostCapabilities,
  type KeyValueStore,
  type LayoutResult,
  type ReviewComment,
  type UndoLayoutResult,
} from "../host";
import { StorageStore, type StorageLike } from "../word-storage";
import { defaultUserStorage } from "../word-settings";
import type { WpsApplicationApi, WpsDocumentApi } from "./api";
import { readCursor, readParagraphs, readTexts, stripMark, paragraphAt } from "./read";
import { VariablesStore } from "./settings";
import { addFields, applyFormat, toStory } from "./write";
import { insertComments, removeComments, withTracking } from "./review";
import { applyLayout, undoLayout } from "./layout";
import { clearSnapshot, loadSnapshot, saveSnapshot, type WpsLayoutSnapshot } from "./layout-store";

export { FIELD_TAG } from "./write";

export interface WpsHostOptions {
  /** Storage of the user's settings; default: the add-in page's localStorage. */
  userStorage?: StorageLike;
}

/** A 【…】 placeholder field: what nextField walks to. */
const FIELD_RE = /【[^】\r\n]*】/g;

/** One change at a story position; applied from the last position to the first. */
interface Job {
  pos: number;
  /** At one position: inserts after a paragraph, then replacements, then inserts before a paragraph. */
  rank: number;
  run: () => void;
}

function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/read.?only|只读|protected|保护/i.test(message)) return new HostError("readOnly", message, e);
  return new HostError("api", message, e);
}

export class WpsHost implements DocumentHost {
  readonly name = "wps" as const;
  readonly capabilities: HostCapabilities;
  readonly documentSettings: KeyValueStore;
  readonly userSettings: KeyValueStore;

  constructor(
    private readonly app: WpsApplicationApi,
    options: WpsHostOptions = {},
  ) {
    let controls = false;
    try {
      controls = typeof app.ActiveDocument?.ContentControls?.Add === "function";
    } catch {
      controls = false;
    }
    this.capabilities = {
      liveChanges: false,
      contentControls: controls,
      save: true,
      review: true,
      limits: controls ? ["liveChanges"] : ["liveChanges", "contentControls"],
      layout: { pageSetup: true, pageNumbers: true, separateFonts: true, exactLineSpacing: true },
    };
    this.documentSettings = new VariablesStore(() => this.doc());
    this.userSettings = new StorageStore(options.userStorage ?? defaultUserStorage(), "lianzheng:");
  }

  private doc(): WpsDocumentApi {
    const doc = this.app.ActiveDocument;
    if (!doc) throw new HostError("notFound", "No document is open in WPS");
    return doc;
  }

  private run<T>(body: (doc: WpsDocumentApi) => T): Promise<T> {
    try {
      return Promise.resolve(body(this.doc()));
    } catch (e) {
      return Promise.reject(toHostError(e));
    }
  }

  readModel(): Promise<DocModel> {
    return this.run((doc) => ({ paragraphs: readParagraphs(doc).map((p) => p.paragraph) }));
  }

  getCursor(): Promise<CursorInfo> {
    return this.run((doc) => readCursor(this.app, doc));
  }

  readContext(): Promise<DocumentContext> {
    return this.run((doc) => {
      const read = readParagraphs(doc);
      const starts = read.map((p) => p.start);
      const selection = this.app.Selection;
      const start = selection.Start;
      const end = selection.End;
      const index = paragraphAt(starts, start);
      const text = read[index].paragraph.text;
      const offset = Math.max(0, Math.min(start - starts[index], text.length));
      const cursor: CursorInfo = {
        paragraph: index,
        offset,
        length: Math.max(0, Math.min(end, starts[index] + text.length) - start),
        selectedText: (selection.Text ?? "").replace(/\r/g, "\n").replace(/\n$/, ""),
        inTable: (read[index].paragraph.tableNestingLevel ?? 0) > 0,
      };
      return { model: { paragraphs: read.map((p) => p.paragraph) }, cursor };
    });
  }

  select(location: Location): Promise<void> {
    return this.run((doc) => {
      const notFound = () =>
        new HostError("notFound", `No text at paragraph ${location.paragraph}, offset ${location.offset}`);
      const paragraphs = doc.Paragraphs;
      if (location.paragraph < 0 || location.paragraph >= paragraphs.Count) throw notFound();
      const range = paragraphs.Item(location.paragraph + 1).Range;
      const text = stripMark(range.Text);
      if (location.expected !== undefined && location.expected !== text)
        throw new HostError("stale", `Paragraph ${location.paragraph} changed since the check`);
      const { offset, length } = location;
      if (offset < 0 || length < 0 || offset + length > text.length) throw notFound();
      const start = range.Start + offset;
      doc.Range(start, start + length).Select();
    });
  }

  applyEdits(edits: readonly Edit[]): Promise<ApplyResult> {
    if (edits.length === 0) return Promise.resolve({ applied: 0, stale: [] });
    return this.run((doc) => {
      if (doc.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      const texts = edits.some((e) => e.kind !== "insertAtCursor") ? readTexts(doc) : [];
      const current = texts.map((t) => ({ text: t.text }));
      const stale: number[] = [];
      const jobs: Job[] = [];
      const taken: { paragraph: number; offset: number; end: number }[] = [];
      let applied = 0;

      edits.forEach((edit, index) => {
        if (edit.kind === "insertAtCursor") return;
        if (!isEditCurrent(edit, current)) return void stale.push(index);
        if (edit.kind === "format") {
          const { start, text } = texts[edit.paragraph];
          applyFormat(doc, start, start + text.length, edit.format); // formats move no text
          applied++;
          return;
        }
        if (edit.kind === "insertParagraphs") {
          jobs.push(this.insertJob(doc, texts, edit.paragraph, edit.position, edit.paragraphs));
          applied++;
          return;
        }
        const { start, text } = texts[edit.paragraph];
        const end = edit.offset + edit.length;
        const clash = taken.some(
          (t) => t.paragraph === edit.paragraph && t.offset < end && edit.offset < t.end,
        );
        if (edit.offset < 0 || edit.length < 0 || end > text.length || clash) return void stale.push(index);
        taken.push({ paragraph: edit.paragraph, offset: edit.offset, end });
        const a = start + edit.offset;
        const replacement = toStory(edit.text);
        jobs.push({ pos: a, rank: 1, run: () => void (doc.Range(a, a + edit.length).Text = replacement) });
        applied++;
      });

      jobs.sort((x, y) => y.pos - x.pos || x.rank - y.rank);
      for (const job of jobs) job.run();

      for (const edit of edits) {
        if (edit.kind !== "insertAtCursor") continue;
        this.insertAtCursor(doc, edit.mode, toStory(edit.text), edit.fields);
        applied++;
      }
      stale.sort((a, b) => a - b);
      return { applied, stale };
    });
  }

  /** Paragraphs before or after an anchor (or into an empty document), formatted by role, with fields. */
  private insertJob(
    doc: WpsDocumentApi,
    texts: readonly { start: number; text: string }[],
    anchor: number,
    position: "before" | "after",
    paragraphs: readonly NewParagraph[],
  ): Job {
    const lines = paragraphs.map((p) => toStory(p.text).replace(/\r/g, " "));
    const reuse = anchor === -1 && texts.length === 1 && texts[0].text === "";
    let pos: number;
    let first: number; // where the first new paragraph's text starts after the insertion
    let story: string;
    let rank: number;
    if (anchor === -1) {
      pos = 0;
      first = 0;
      story = reuse ? lines.join("\r") : lines.join("\r") + "\r";
      rank = 2;
    } else if (position === "before") {
      pos = texts[anchor].start;
      first = pos;
      story = lines.join("\r") + "\r";
      rank = 2;
    } else {
      pos = texts[anchor].start + texts[anchor].text.length;
      first = pos + 1;
      story = "\r" + lines.join("\r");
      rank = 0;
    }
    return {
      pos,
      rank,
      run: () => {
        doc.Range(pos, pos).Text = story;
        // Format and mark the new paragraphs last first: a content control may take story positions.
        const starts: number[] = [];
        let at = first;
        for (const line of lines) {
          starts.push(at);
          at += line.length + 1;
        }
        for (let i = lines.length - 1; i >= 0; i--) {
          applyFormat(doc, starts[i], starts[i] + lines[i].length, formatForRole(paragraphs[i].role));
          addFields(doc, starts[i], lines[i], paragraphs[i].fields);
        }
      },
    };
  }

  private insertAtCursor(
    doc: WpsDocumentApi,
    mode: "inline" | "paragraphAfter",
    text: string,
    fields: readonly FieldSpan[] | undefined,
  ): void {
    const selection = this.app.Selection;
    let base: number;
    if (mode === "inline") {
      base = selection.Start;
      doc.Range(base, selection.End).Text = text;
    } else {
      const cursor = readCursor(this.app, doc);
      const range = doc.Paragraphs.Item(cursor.paragraph + 1).Range;
      const end = range.Start + stripMark(range.Text).length;
      doc.Range(end, end).Text = "\r" + text;
      base = end + 1;
    }
    addFields(doc, base, text, fields);
    const after = base + text.length;
    doc.Range(after, after).Select();
  }

  nextField(): Promise<boolean> {
    return this.run((doc) => {
      const fields: { start: number; end: number; paragraph: number; offset: number }[] = [];
      readTexts(doc).forEach(({ start, text }, paragraph) => {
        for (const m of text.matchAll(FIELD_RE)) {
          const offset = m.index ?? 0;
          fields.push({ start: start + offset, end: start + offset + m[0].length, paragraph, offset });
        }
      });
      if (fields.length === 0) return false;
      const selection = this.app.Selection;
      const s = selection.Start;
      const caret = selection.End === s;
      // A caret at a field's start selects that field; a selection moves on to the next one.
      const next = fields.find((f) => (caret ? f.start >= s : f.start > s)) ?? fields[0];
      doc.Range(next.start, next.end).Select();
      return true;
    });
  }

  /** 批注模式 (review.ts): each finding a comment on its exact span, author 廉政报告助手. */
  insertComments(comments: readonly ReviewComment[]): Promise<CommentResult> {
    return this.run((doc) => {
      if (doc.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      return insertComments(doc, comments);
    });
  }

  /** The add-in's comments removed, the writer's left. */
  removeComments(): Promise<number> {
    return this.run((doc) => {
      if (doc.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      return removeComments(doc);
    });
  }

  /** 以修订方式修正: applyEdits with 修订 on, the writer's own TrackRevisions put back afterwards. */
  async applyEditsTracked(edits: readonly Edit[]): Promise<ApplyResult> {
    const doc = await this.run((d) => {
      if (d.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      return d;
    });
    try {
      return await withTracking(doc, () => this.applyEdits(edits));
    } catch (e) {
      throw toHostError(e);
    }
  }

  /** The snapshot of the last 排版 while the document is open (also in the document's variables). */
  private layoutSnapshot: WpsLayoutSnapshot | null = null;

  /** 一键排版 (layout.ts): the plan's formats, run-in sentences and page; a snapshot kept for undo. */
  async applyLayout(plan: LayoutPlan): Promise<LayoutResult> {
    const doc = await this.run((d) => {
      if (d.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      return d;
    });
    const keep = async (snapshot: WpsLayoutSnapshot) => {
      this.layoutSnapshot = snapshot;
      try {
        await saveSnapshot(this.documentSettings, snapshot);
      } catch {
        // Kept in memory: undo still works while the pane is open.
      }
    };
    try {
      return await applyLayout(doc, plan, keep);
    } catch (e) {
      throw toHostError(e);
    }
  }

  /** 撤销排版: the formats the last 排版 changed put back; null when there is nothing to undo. */
  async undoLayout(): Promise<UndoLayoutResult | null> {
    const snapshot = this.layoutSnapshot ?? loadSnapshot(this.documentSettings);
    if (!snapshot) return null;
    const result = await this.run((doc) => {
      if (doc.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      return undoLayout(doc, snapshot);
    });
    this.layoutSnapshot = null;
    try {
      await clearSnapshot(this.documentSettings);
    } catch {
      // The snapshot is spent either way.
    }
    return result;
  }

  save(): Promise<void> {
    return this.run((doc) => {
      if (doc.ReadOnly) throw new HostError("readOnly", "The document is read-only");
      doc.Save();
    });
  }
}
