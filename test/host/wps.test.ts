/**
 * The WPS host against the fake WPS object model: what the shared contract does not state (formats, fields as
 * content controls, document variables, call counts) and the fake's own strictness.
 */
import { WpsHost } from "../../src/host/wps/host";
import { FIELD_TAG } from "../../src/host/wps/write";
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { VARIABLE_LIMIT } from "../../src/host/wps/settings";
import { mapStorage } from "../../src/host/word-storage";
import { FakeWpsDocument, FakeWpsError, type FakeWpsParagraphInput } from "./fake-wps";

function setup(paragraphs: (string | FakeWpsParagraphInput)[], contentControls = true) {
  const doc = new FakeWpsDocument(paragraphs);
  doc.contentControls = contentControls;
  const app = doc.application() as WpsApplicationApi;
  const host = new WpsHost(app, { userStorage: mapStorage() });
  return { doc, app, host };
}

describe("fake WPS: the object model as documented", () => {
  test("a member the typings do not have throws; read-only members refuse writes", () => {
    const { app } = setup(["甲"]);
    const doc = app.ActiveDocument as unknown as Record<string, unknown>;
    expect(() => doc.Body).toThrow(FakeWpsError);
    expect(() => (doc.ReadOnly = true)).toThrow(/read-only/);
    const range = app.ActiveDocument!.Range(0, 1) as unknown as Record<string, unknown>;
    expect(() => range.insertText).toThrow(/not in the WPS object model/);
  });

  test("collections are 1-based; ranges outside the story throw; the final mark stays", () => {
    const { app } = setup(["甲", "乙"]);
    const d = app.ActiveDocument!;
    expect(() => d.Paragraphs.Item(0)).toThrow(/1-based/);
    expect(() => d.Paragraphs.Item(3)).toThrow(/1-based/);
    expect(d.Paragraphs.Item(2).Range.Text).toBe("乙\r");
    expect(() => d.Range(0, 9)).toThrow(/outside/);
    expect(() => (d.Range(2, 4).Text = "")).toThrow(/final paragraph mark/);
  });

  test("inserting \\r splits a paragraph; the new one takes its facts", () => {
    const { doc, app } = setup([{ text: "甲乙", style: "标题 1", outlineLevel: 1 }]);
    app.ActiveDocument!.Range(1, 1).Text = "\r";
    expect(doc.texts()).toEqual(["甲", "乙"]);
    expect(doc.facts[1]).toMatchObject({ style: "标题 1", outlineLevel: 1 });
  });
});

describe("WPS host", () => {
  test("readModel reads the format facts: style, outline, alignment, indents, font, tables", async () => {
    const { host } = setup([
      { text: "标题", style: "标题", alignment: 1, fontName: "方正小标宋简体", fontSize: 22, bold: true },
      { text: "一、总体情况", style: "标题 1", outlineLevel: 1, fontName: "黑体", fontSize: 16 },
      {
        text: "正文。",
        firstLineIndent: 32,
        lineSpacing: 28,
        lineSpacingRule: 4,
        fontName: "仿宋_GB2312",
        fontSize: 16,
      },
      { text: "单元格", inTable: true },
    ]);
    const { paragraphs } = await host.readModel();
    expect(paragraphs[0]).toMatchObject({
      styleBuiltIn: "Title",
      alignment: "centered",
      fontSize: 22,
      bold: true,
    });
    expect(paragraphs[1]).toMatchObject({
      style: "标题 1",
      styleBuiltIn: "Heading1",
      outlineLevel: 1,
      fontName: "黑体",
    });
    expect(paragraphs[2]).toMatchObject({
      firstLineIndent: 32,
      lineSpacing: 28,
      alignment: "justified",
      bold: false,
    });
    expect(paragraphs[3]).toMatchObject({ tableNestingLevel: 1 });
    expect(paragraphs[2].lineSpacing).toBe(28);
    expect(paragraphs[1].lineSpacing).toBeUndefined(); // not exact: WPS's multiple spacing is no point value
  });

  test("template fields become content controls tagged for the add-in, around the 【…】 text", async () => {
    const { doc, host } = setup([""]);
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: -1,
        position: "after",
        expected: "",
        paragraphs: [
          { text: "【单位】述责述廉报告", role: "title", fields: [{ offset: 0, length: 4, name: "unit" }] },
          {
            text: "（一）【请填写】和【请填写】",
            role: "heading2",
            fields: [
              { offset: 3, length: 5, name: "a" },
              { offset: 9, length: 5, name: "b" },
            ],
          },
        ],
      },
    ]);
    expect(doc.texts()).toEqual(["【单位】述责述廉报告", "（一）【请填写】和【请填写】"]);
    const spans = doc.controls.map((c) => [c.tag, c.title, doc.story.slice(c.start, c.end)]).sort();
    expect(spans).toEqual([
      [FIELD_TAG, "单位", "【单位】"],
      [FIELD_TAG, "请填写", "【请填写】"],
      [FIELD_TAG, "请填写", "【请填写】"],
    ]);
    expect(doc.facts[0]).toMatchObject({ alignment: 1 });
    expect(host.capabilities.contentControls).toBe(true);
  });

  test("without content controls (older WPS) the 【…】 text marks the field and the capability says so", async () => {
    const { doc, host } = setup([""], false);
    expect(host.capabilities).toEqual({
      liveChanges: false,
      contentControls: false,
      save: true,
      review: true,
      limits: ["liveChanges", "contentControls"],
      layout: { pageSetup: true, pageNumbers: true, separateFonts: true, exactLineSpacing: true },
    });
    await host.applyEdits([
      {
        kind: "insertAtCursor",
        mode: "inline",
        text: "【单位】",
        fields: [{ offset: 0, length: 4, name: "unit" }],
      },
    ]);
    expect(doc.texts()).toEqual(["【单位】"]);
    expect(doc.controls).toEqual([]);
    doc.setSelection(0, 0);
    expect(await host.nextField()).toBe(true);
    expect(doc.selectionLocation()).toEqual({ paragraph: 0, offset: 0, length: 4 });
  });

  test("inline insert leaves the caret after the text; line breaks become paragraphs", async () => {
    const { doc, host } = setup(["甲乙"]);
    doc.setSelection(0, 1);
    await host.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "一\n二" }]);
    expect(doc.texts()).toEqual(["甲一", "二乙"]);
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 1, length: 0 });
  });

  test("format edits set the paragraph's format in WPS's units", async () => {
    const { doc, host } = setup(["标题", "正文"]);
    await host.applyEdits([
      {
        kind: "format",
        paragraph: 0,
        expected: "标题",
        format: {
          styleBuiltIn: "Heading1",
          alignment: "centered",
          fontName: "黑体",
          fontSize: 16,
          bold: true,
          lineSpacing: 28,
        },
      },
    ]);
    expect(doc.facts[0]).toMatchObject({
      style: "标题 1",
      alignment: 1,
      fontName: "黑体",
      fontSize: 16,
      bold: true,
      lineSpacing: 28,
      lineSpacingRule: 4,
    });
    expect(doc.facts[1]).toMatchObject({ style: "正文", bold: false });
  });

  test("document settings are document variables named lianzheng:<key>; too long is storageFull", async () => {
    const { doc, host } = setup(["甲"]);
    await host.documentSettings.set("ignored", ["x"]);
    expect(doc.variables).toEqual([{ name: "lianzheng:ignored", value: '["x"]' }]);
    await expect(host.documentSettings.set("big", "x".repeat(VARIABLE_LIMIT))).rejects.toMatchObject({
      code: "storageFull",
    });
    expect(doc.variables).toHaveLength(1);
  });

  test("no document open: notFound, not a crash", async () => {
    const host = new WpsHost({ ActiveDocument: null } as unknown as WpsApplicationApi, {
      userStorage: mapStorage(),
    });
    await expect(host.readModel()).rejects.toMatchObject({ code: "notFound" });
  });

  test("call counts: select touches one paragraph, getCursor O(log n) paragraphs, one fix no full read of facts", async () => {
    const lines = Array.from({ length: 1024 }, (_, i) => `第${i}段文字。`);
    const { doc, host } = setup(lines);
    doc.stats.gets = 0;
    await host.select({ paragraph: 700, offset: 1, length: 3, expected: lines[700] });
    expect(doc.stats.gets).toBeLessThanOrEqual(12);
    doc.setSelection(700, 2);
    doc.stats.gets = 0;
    expect(await host.getCursor()).toMatchObject({ paragraph: 700, offset: 2 });
    expect(doc.stats.gets).toBeLessThanOrEqual(12 + 4 * 11);
    doc.stats.gets = 0;
    await host.applyEdits([
      { kind: "replace", paragraph: 3, offset: 0, length: 1, text: "首", expected: lines[3] },
    ]);
    // the guard reads each paragraph's Range, Start and Text (plus Item): about 4 per paragraph
    expect(doc.stats.gets).toBeLessThanOrEqual(4 * 1024 + 20);
    expect(doc.texts()[3]).toBe("首0段文字。".replace("0", "3"));
  });
});

describe("WPS host: reading a 2,000-paragraph document (measured in test/bench/wps-read.bench.ts)", () => {
  test("≤ 200 ms in the fake (median of 5 reads), with a bounded number of object-model reads", async () => {
    const { wpsDocument } = await import("../bench/wps-read.bench");
    const doc = wpsDocument(2000);
    const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      doc.stats.gets = 0;
      const t0 = performance.now();
      const model = await host.readModel();
      times.push(performance.now() - t0);
      expect(model.paragraphs).toHaveLength(2000);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThanOrEqual(200);
    expect(doc.stats.gets).toBeLessThanOrEqual(2000 * 20);
  });
});

describe("WPS host: details of the object model", () => {
  test("a paragraph's text loses its mark, and a table cell's end mark too", async () => {
    const { stripMark, paragraphAt } = await import("../../src/host/wps/read");
    expect(stripMark("正文\r")).toBe("正文");
    expect(stripMark("单元格\r\x07")).toBe("单元格");
    expect(stripMark("最后一段")).toBe("最后一段");
    expect([0, 3, 4, 9].map((pos) => paragraphAt([0, 4, 9], pos))).toEqual([0, 0, 1, 2]);
  });

  test("readContext's cursor is getCursor's, in a selection that runs past its paragraph", async () => {
    const { doc, host } = setup(["甲乙丙", "丁戊"]);
    doc.selection = { start: 1, end: 6 };
    const alone = await host.getCursor();
    const { cursor } = await host.readContext();
    expect(cursor).toEqual(alone);
    expect(cursor).toMatchObject({ paragraph: 0, offset: 1, length: 2, selectedText: "乙丙\n丁戊" });
  });

  test("bootWps: a WpsHost when window.Application is WPS's, the pane's message otherwise", async () => {
    const { bootWps } = await import("../../src/host/wps/boot");
    const g = globalThis as { Application?: unknown };
    expect(await bootWps()).toMatchObject({ host: null, problem: "notWord" });
    const { app } = setup(["甲"]);
    g.Application = app;
    try {
      const result = await bootWps();
      expect(result.problem).toBeNull();
      expect(result.host?.name).toBe("wps");
      expect((await result.host!.readModel()).paragraphs[0].text).toBe("甲");
    } finally {
      delete g.Application;
    }
  });
});
