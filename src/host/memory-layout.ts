/**
 * 一键排版 and 撤销排版 in the memory host (tests and the browser preview): paragraph formats through the
 * host's own guarded edits, the page and the run-in heading fonts kept as state, and a snapshot of what the
 * last 排版 changed for undo.
 */
import type { ApplyResult, Edit } from "../core/edits";
import type { LayoutPlan, PageSpec, SpanFormatEdit } from "../core/layout-plan";
import type { Paragraph } from "../core/model";
import type { LayoutResult, UndoLayoutResult } from "./host";

export interface MemoryLayoutState {
  page: PageSpec | null;
  spans: SpanFormatEdit[];
}

/** What the layout needs of its host. */
export interface LayoutDoc {
  paragraphs(): Paragraph[];
  applyEdits(edits: readonly Edit[]): Promise<ApplyResult>;
  /** Tell the listeners that these paragraphs changed. */
  changed(indexes: number[]): void;
  /** Throws an error the host holds for its next call (tests). */
  pending(): void;
  /** Throws when the document is read-only. */
  writable(): void;
}

function copyParagraph(p: Paragraph): Paragraph {
  return { ...p };
}

export class MemoryLayout {
  constructor(private readonly doc: LayoutDoc) {}

  /** The page of the last 排版 and the run-in heading fonts (the preview shows them). */
  state: MemoryLayoutState = { page: null, spans: [] };
  private last: {
    paragraphs: { index: number; text: string; before: Paragraph }[];
    state: MemoryLayoutState;
  } | null = null;

  /** 一键排版: the paragraph formats through the shared engine; page and run-in fonts kept as state. */
  async apply(plan: LayoutPlan): Promise<LayoutResult> {
    const before = this.doc.paragraphs().map(copyParagraph);
    const state = { page: this.state.page, spans: [...this.state.spans] };
    const result = await this.doc.applyEdits(plan.paragraphs);
    const changed = plan.paragraphs
      .filter((_, i) => !result.stale.includes(i))
      .map((e) => ({ index: e.paragraph, text: before[e.paragraph].text, before: before[e.paragraph] }));
    const spans = plan.spans.filter((sp) => this.doc.paragraphs()[sp.paragraph]?.text === sp.expected);
    this.state = {
      page: plan.page,
      spans: [...state.spans.filter((s) => !spans.some((n) => n.paragraph === s.paragraph)), ...spans],
    };
    this.last = { paragraphs: changed, state };
    if (spans.length > 0) this.doc.changed(spans.map((sp) => sp.paragraph));
    return {
      applied: result.applied,
      stale: result.stale,
      spansSkipped: plan.spans.length - spans.length,
      notSet: [],
    };
  }

  async undo(): Promise<UndoLayoutResult | null> {
    this.doc.pending();
    const undo = this.last;
    if (!undo) return null;
    this.doc.writable();
    let restored = 0;
    let skipped = 0;
    for (const { index, text, before } of undo.paragraphs) {
      if (this.doc.paragraphs()[index]?.text !== text) {
        skipped++;
        continue;
      }
      this.doc.paragraphs()[index] = copyParagraph(before);
      restored++;
    }
    this.state = undo.state;
    this.last = null;
    this.doc.changed(undo.paragraphs.map((p) => p.index));
    return { restored, skipped };
  }
}
