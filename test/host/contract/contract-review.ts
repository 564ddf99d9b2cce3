/**
 * The DocumentHost contract for the reviewer's tools and 排版 (issues 11, 13, 15), stated once and run over every
 * host that offers them (memory, the fake Word, the fake WPS): comments anchored on their spans and removed
 * (the add-in's only), fixes as tracked changes with the writer's mode put back, and 一键排版 that a second
 * reading finds done and 撤销排版 puts back. A host-specific file gives a ReviewHarness / LayoutHarness.
 */
import { layoutPlan } from "../../../src/core/layout-plan";
import type { DocModel, Paragraph } from "../../../src/core/model";
import { buildOutline } from "../../../src/core/outline";
import { STANDARD_PROFILE } from "../../../src/genre/layout-profile-data";
import type { DocumentHost } from "../../../src/host/host";
import { setLocale } from "../../../src/i18n";

export interface ReviewHarness {
  host: DocumentHost;
  texts(): string[];
  /** A comment the writer made (not the add-in's). */
  addUserComment(paragraph: number, offset: number, length: number, text: string): void;
  /** Every comment: the text it is anchored on and its own text. */
  comments(): { anchor: string; text: string }[];
  /** The writer's 修订 mode (absent: the host has no mode, e.g. memory). */
  tracking?: { get(): boolean; set(on: boolean): void };
  /** Edits recorded as tracked changes so far. */
  trackedEdits(): number;
  dispose?(): void;
}

export interface PageState {
  a4: boolean;
  /** top, bottom, left, right in points. */
  margins: [number, number, number, number];
  /** A page number (PAGE field) in the odd-page footer. */
  pageNumbers: boolean;
}

export interface LayoutHarness {
  host: DocumentHost;
  texts(): string[];
  page(): PageState;
  /**
   * Facts 撤销排版 does not put back on this host (a known gap, said in the host's own tests): the Word adapter
   * restores the style but not a direct line spacing the paragraph had (word-layout.ts undoLayoutIn).
   */
  undoKeeps?: (keyof Paragraph)[];
  dispose?(): void;
}

const R = [
  "关于2025年度落实党风廉政建设责任制情况的报告",
  "一、主要工作",
  "（一）压实责任链条。年初召开专题会议，逐级签订责任书。",
  "全年开展谈心谈话32人次，发现苗头性问题及时提醒。",
  "二、存在的不足",
  "个别同志对廉政风险点认识不够。",
];

/** The facts 排版 sets, as a host reads them back (what undo must give back). */
function facts(model: DocModel, skip: readonly (keyof Paragraph)[] = []): Partial<Paragraph>[] {
  return model.paragraphs.map((p) => {
    const out: Partial<Paragraph> = {
      text: p.text,
      fontName: p.fontName,
      fontSize: p.fontSize,
      bold: p.bold,
      alignment: p.alignment,
      firstLineIndent: p.firstLineIndent,
      lineSpacing: p.lineSpacing,
    };
    for (const k of skip) delete out[k];
    return out;
  });
}

export function describeReviewContract(name: string, make: (paragraphs: string[]) => ReviewHarness): void {
  describe(`DocumentHost contract, review: ${name}`, () => {
    let h: ReviewHarness;
    beforeEach(() => setLocale("zh-CN"));
    afterEach(() => h?.dispose?.());

    test("comments are anchored on their exact spans; a changed paragraph's comment is stale", async () => {
      h = make(R);
      expect(h.host.capabilities.review).toBe(true);
      const r = await h.host.insertComments!([
        { location: { paragraph: 3, offset: 8, length: 2, expected: R[3] }, text: "数字请核实。" },
        { location: { paragraph: 5, offset: 0, length: 4, expected: R[5] }, text: "表述笼统。" },
        { location: { paragraph: 1, offset: 0, length: 1, expected: "已改动的段落" }, text: "过期" },
      ]);
      expect(r).toEqual({ inserted: 2, stale: [2] });
      const own = h.comments();
      expect(own.map((c) => c.anchor).sort()).toEqual(["32", "个别同志"].sort());
      expect(own.find((c) => c.anchor === "32")?.text).toContain("数字请核实。");
      expect(h.texts()).toEqual(R);
    });

    test("removing the add-in's comments leaves the writer's", async () => {
      h = make(R);
      h.addUserComment(2, 3, 4, "这里再具体一些");
      await h.host.insertComments!([
        { location: { paragraph: 3, offset: 0, length: 2, expected: R[3] }, text: "甲" },
        { location: { paragraph: 4, offset: 2, length: 5, expected: R[4] }, text: "乙" },
      ]);
      expect(h.comments()).toHaveLength(3);
      expect(await h.host.removeComments!()).toBe(2);
      expect(h.comments()).toEqual([{ anchor: "压实责任", text: "这里再具体一些" }]);
      expect(await h.host.removeComments!()).toBe(0);
    });

    test("a fix as a tracked change; the writer's mode is put back (off stays off, on stays on)", async () => {
      h = make(R);
      const fix = (expected: string) => [
        { kind: "replace" as const, paragraph: 5, offset: 0, length: 2, text: "少数", expected },
      ];
      h.tracking?.set(false);
      expect(await h.host.applyEditsTracked!(fix(R[5]))).toEqual({ applied: 1, stale: [] });
      expect(h.texts()[5]).toBe("少数同志对廉政风险点认识不够。");
      expect(h.trackedEdits()).toBeGreaterThanOrEqual(1);
      if (h.tracking) {
        expect(h.tracking.get()).toBe(false);
        h.tracking.set(true);
        await h.host.applyEditsTracked!([
          { kind: "replace", paragraph: 3, offset: 0, length: 2, text: "本年", expected: R[3] },
        ]);
        expect(h.tracking.get()).toBe(true);
      }
      // a stale fix is skipped, tracked or not
      expect(await h.host.applyEditsTracked!(fix(R[5]))).toEqual({ applied: 0, stale: [0] });
    });
  });
}

export function describeLayoutContract(name: string, make: (paragraphs: string[]) => LayoutHarness): void {
  describe(`DocumentHost contract, 排版: ${name}`, () => {
    let h: LayoutHarness;
    afterEach(() => h?.dispose?.());
    const plan = async () => {
      const model = await h.host.readModel();
      return layoutPlan(model, buildOutline(model), STANDARD_PROFILE);
    };

    test("一键排版 sets the profile: a second reading finds nothing left to do; the page is A4 with numbers", async () => {
      h = make(R);
      const first = await plan();
      expect(first.paragraphs.length).toBeGreaterThan(0);
      const r = await h.host.applyLayout!(first);
      expect(r.stale).toEqual([]);
      expect(r.applied).toBe(first.paragraphs.length);
      expect(r.notSet).toEqual([]);
      expect(h.texts()).toEqual(R);
      expect((await plan()).paragraphs).toEqual([]);
      const page = h.page();
      expect(page.a4).toBe(true);
      const [top, bottom, left, right] = page.margins;
      expect([top, bottom, left, right].map((v) => Math.round((v * 25.4) / 72))).toEqual([37, 35, 28, 26]);
      expect(page.pageNumbers).toBe(true);
    });

    test("撤销排版 puts back every format 排版 changed, and the page", async () => {
      h = make(R);
      const before = facts(await h.host.readModel(), h.undoKeeps);
      const pageBefore = h.page();
      await h.host.applyLayout!(await plan());
      expect(facts(await h.host.readModel(), h.undoKeeps)).not.toEqual(before);
      const undone = await h.host.undoLayout!();
      expect(undone?.skipped).toBe(0);
      expect(undone?.restored).toBeGreaterThan(0);
      expect(facts(await h.host.readModel(), h.undoKeeps)).toEqual(before);
      expect(h.page()).toEqual(pageBefore);
      expect(await h.host.undoLayout!()).toBeNull();
    });
  });
}
