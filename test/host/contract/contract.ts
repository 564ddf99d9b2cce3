/**
 * The DocumentHost contract, stated once and run over every host (memory, the fake Word, the fake WPS):
 * what the pane may rely on whatever the document lives in. A host-specific file builds a Harness and calls
 * describeHostContract; budgets (syncs, calls) stay in each host's own tests.
 */
import type { Edit } from "../../../src/core/edits";
import { HostError, type DocumentHost } from "../../../src/host/host";

export interface Harness {
  host: DocumentHost;
  /** The document's paragraph texts, read behind the host's back. */
  texts(): string[];
  /** Put the caret or selection somewhere (the user clicked). */
  setCursor(paragraph: number, offset: number, length?: number): void;
  /** Where the selection is now (paragraph, offset, length). */
  selection(): { paragraph: number; offset: number; length: number };
  /** The user typed: a paragraph's text changes. */
  userSetText(paragraph: number, text: string): void;
  setReadOnly(): void;
  /** How many times the document was saved. */
  saves(): number;
  dispose?(): void;
}

export type HarnessFactory = (paragraphs: string[]) => Harness;

const P = ["一、总体情况", "今年以来，我们认真履行主体责任。", "二、存在的问题", "个别同志学习不够深入。"];

export function describeHostContract(name: string, make: HarnessFactory): void {
  describe(`DocumentHost contract: ${name}`, () => {
    let h: Harness;
    const setup = (paragraphs: string[] = P) => {
      h = make(paragraphs);
      return h;
    };
    afterEach(() => h?.dispose?.());

    test("readModel returns every paragraph's text in order, without paragraph marks", async () => {
      const model = await setup().host.readModel();
      expect(model.paragraphs.map((p) => p.text)).toEqual(P);
    });

    test("getCursor reports the caret's paragraph and offset, and a selection's text", async () => {
      setup();
      h.setCursor(1, 4);
      expect(await h.host.getCursor()).toMatchObject({ paragraph: 1, offset: 4, length: 0, inTable: false });
      h.setCursor(3, 2, 2);
      expect(await h.host.getCursor()).toMatchObject({
        paragraph: 3,
        offset: 2,
        length: 2,
        selectedText: "同志",
      });
      h.setCursor(0, 0);
      expect(await h.host.getCursor()).toMatchObject({ paragraph: 0, offset: 0, length: 0 });
    });

    test("readContext is readModel and getCursor at the same moment", async () => {
      setup();
      h.setCursor(2, 1);
      const ctx = await h.host.readContext();
      expect(ctx.model.paragraphs.map((p) => p.text)).toEqual(P);
      expect(ctx.cursor).toMatchObject({ paragraph: 2, offset: 1, length: 0 });
    });

    test("select selects the exact span; a changed paragraph is stale; a missing span is notFound", async () => {
      setup();
      await h.host.select({ paragraph: 1, offset: 9, length: 4, expected: P[1] });
      expect(h.selection()).toEqual({ paragraph: 1, offset: 9, length: 4 });
      await expect(
        h.host.select({ paragraph: 1, offset: 0, length: 2, expected: "别的文字" }),
      ).rejects.toMatchObject({
        code: "stale",
      });
      await expect(h.host.select({ paragraph: 9, offset: 0, length: 1 })).rejects.toBeInstanceOf(HostError);
      await expect(h.host.select({ paragraph: 0, offset: 5, length: 9 })).rejects.toMatchObject({
        code: "notFound",
      });
    });

    test("one fix replaces exactly its span", async () => {
      setup();
      const r = await h.host.applyEdits([
        { kind: "replace", paragraph: 3, offset: 4, length: 4, text: "学深悟透", expected: P[3] },
      ]);
      expect(r).toEqual({ applied: 1, stale: [] });
      expect(h.texts()[3]).toBe("个别同志学深悟透深入。");
    });

    test("fix-all: several spans in one paragraph and across paragraphs, in one call", async () => {
      setup();
      const r = await h.host.applyEdits([
        { kind: "replace", paragraph: 1, offset: 0, length: 4, text: "本年度", expected: P[1] },
        { kind: "replace", paragraph: 1, offset: 7, length: 4, text: "切实履行", expected: P[1] },
        { kind: "replace", paragraph: 3, offset: 10, length: 1, text: "！", expected: P[3] },
      ]);
      expect(r).toEqual({ applied: 3, stale: [] });
      expect(h.texts()[1]).toBe("本年度，我们切实履行主体责任。");
      expect(h.texts()[3]).toBe("个别同志学习不够深入！");
      expect(h.texts()[0]).toBe(P[0]);
    });

    test("the guard: an edit computed on text the user has since changed is skipped as stale", async () => {
      setup();
      h.userSetText(1, "今年以来，我们认真落实主体责任。");
      const r = await h.host.applyEdits([
        { kind: "replace", paragraph: 1, offset: 0, length: 4, text: "本年度", expected: P[1] },
        { kind: "replace", paragraph: 3, offset: 0, length: 2, text: "少数", expected: P[3] },
      ]);
      expect(r).toEqual({ applied: 1, stale: [0] });
      expect(h.texts()[1]).toBe("今年以来，我们认真落实主体责任。");
      expect(h.texts()[3]).toBe("少数同志学习不够深入。");
    });

    test("overlapping replacements: the second is stale, the first applies", async () => {
      setup();
      const r = await h.host.applyEdits([
        { kind: "replace", paragraph: 1, offset: 0, length: 4, text: "本年度", expected: P[1] },
        { kind: "replace", paragraph: 1, offset: 2, length: 4, text: "X", expected: P[1] },
      ]);
      expect(r).toEqual({ applied: 1, stale: [1] });
      expect(h.texts()[1]).toBe("本年度，我们认真履行主体责任。");
    });

    test("insert paragraphs after and before anchors (a template or scaffold), with fields", async () => {
      setup();
      const edits: Edit[] = [
        {
          kind: "insertParagraphs",
          paragraph: 1,
          position: "after",
          expected: P[1],
          paragraphs: [
            {
              text: "（一）【请填写重点工作】",
              role: "heading2",
              fields: [{ offset: 3, length: 9, name: "work" }],
            },
            { text: "", role: "body" },
          ],
        },
        {
          kind: "insertParagraphs",
          paragraph: 0,
          position: "before",
          expected: P[0],
          paragraphs: [
            {
              text: "【单位】2026年度述责述廉报告",
              role: "title",
              fields: [{ offset: 0, length: 4, name: "unit" }],
            },
          ],
        },
      ];
      expect(await h.host.applyEdits(edits)).toEqual({ applied: 2, stale: [] });
      expect(h.texts()).toEqual([
        "【单位】2026年度述责述廉报告",
        P[0],
        P[1],
        "（一）【请填写重点工作】",
        "",
        P[2],
        P[3],
      ]);
    });

    test("an empty document takes the inserted paragraphs in place of its one empty paragraph", async () => {
      setup([""]);
      const r = await h.host.applyEdits([
        {
          kind: "insertParagraphs",
          paragraph: -1,
          position: "after",
          expected: "",
          paragraphs: [
            { text: "标题", role: "title" },
            { text: "正文", role: "body" },
          ],
        },
      ]);
      expect(r).toEqual({ applied: 1, stale: [] });
      expect(h.texts()).toEqual(["标题", "正文"]);
    });

    test("a stale insert anchor is skipped", async () => {
      setup();
      const r = await h.host.applyEdits([
        {
          kind: "insertParagraphs",
          paragraph: 2,
          position: "after",
          expected: "不是这段",
          paragraphs: [{ text: "x", role: "body" }],
        },
      ]);
      expect(r).toEqual({ applied: 0, stale: [0] });
      expect(h.texts()).toEqual(P);
    });

    test("insert at the cursor: inline replaces the selection; paragraphAfter adds a paragraph after the cursor's", async () => {
      setup();
      h.setCursor(3, 2, 2);
      expect(await h.host.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "党员" }])).toEqual({
        applied: 1,
        stale: [],
      });
      expect(h.texts()[3]).toBe("个别党员学习不够深入。");
      h.setCursor(0, 1);
      await h.host.applyEdits([{ kind: "insertAtCursor", mode: "paragraphAfter", text: "新增一段。" }]);
      expect(h.texts().slice(0, 3)).toEqual([P[0], "新增一段。", P[1]]);
    });

    test("format edits keep the text", async () => {
      setup();
      const r = await h.host.applyEdits([
        { kind: "format", paragraph: 0, expected: P[0], format: { alignment: "centered", bold: true } },
        { kind: "format", paragraph: 2, expected: "已改", format: { bold: true } },
      ]);
      expect(r).toEqual({ applied: 1, stale: [1] });
      expect(h.texts()).toEqual(P);
    });

    test("nextField walks the 【…】 fields after the cursor and wraps; false without fields", async () => {
      setup(["【单位】述责述廉报告", "一、【请填写】", "结束"]);
      h.setCursor(0, 5);
      expect(await h.host.nextField()).toBe(true);
      expect(h.selection()).toEqual({ paragraph: 1, offset: 2, length: 5 });
      expect(await h.host.nextField()).toBe(true);
      expect(h.selection()).toEqual({ paragraph: 0, offset: 0, length: 4 });
      h.dispose?.();
      setup(["没有占位符"]);
      expect(await h.host.nextField()).toBe(false);
    });

    test("save saves; a read-only document refuses edits and save with readOnly", async () => {
      setup();
      await h.host.save();
      expect(h.saves()).toBe(1);
      h.setReadOnly();
      await expect(
        h.host.applyEdits([
          { kind: "replace", paragraph: 0, offset: 0, length: 1, text: "x", expected: P[0] },
        ]),
      ).rejects.toMatchObject({ code: "readOnly" });
      await expect(h.host.save()).rejects.toMatchObject({ code: "readOnly" });
      expect(h.texts()).toEqual(P);
    });

    test("no edits: nothing applied, nothing read", async () => {
      setup();
      expect(await h.host.applyEdits([])).toEqual({ applied: 0, stale: [] });
    });

    test("document and user settings keep JSON values per key", async () => {
      setup();
      for (const store of [h.host.documentSettings, h.host.userSettings]) {
        expect(store.get("ignored")).toBeUndefined();
        await store.set("ignored", { ids: ["a", "b"], n: 2 });
        expect(store.get("ignored")).toEqual({ ids: ["a", "b"], n: 2 });
        await store.set("ignored", ["c"]);
        expect(store.get("ignored")).toEqual(["c"]);
        await store.remove("ignored");
        expect(store.get("ignored")).toBeUndefined();
      }
    });
  });
}
