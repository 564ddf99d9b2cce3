import { MemoryHost } from "../../src/host/memory";
import { HostError } from "../../src/host/host";
import { mapStorage, StorageStore } from "../../src/host/word-storage";
import { modelFromLines } from "../../src/core/model";
import type { Edit } from "../../src/core/edits";

const lines = [
  "关于2024年度落实党风廉政建设主体责任情况的报告",
  "县纪委监委：",
  "一、主要工作",
  "我们坚持以XX为指导。",
];

function host(extra: ConstructorParameters<typeof MemoryHost>[0] = {}) {
  return new MemoryHost({ model: modelFromLines(lines), ...extra });
}

describe("MemoryHost: reading and selecting", () => {
  test("readModel returns a copy", async () => {
    const h = host();
    const m = await h.readModel();
    expect(m.paragraphs.map((p) => p.text)).toEqual(lines);
    m.paragraphs[0].text = "changed";
    expect((await h.readModel()).paragraphs[0].text).toBe(lines[0]);
  });

  test("an empty model still has one empty paragraph", async () => {
    const h = new MemoryHost({ model: { paragraphs: [] } });
    expect((await h.readModel()).paragraphs).toEqual([{ text: "" }]);
  });

  test("select records the selection and moves the cursor; notifies subscribers", async () => {
    const h = host();
    const seen: string[] = [];
    const off = h.subscribe((c) => seen.push(c.kind));
    await h.select({ paragraph: 3, offset: 5, length: 2 });
    expect(h.getSelection()).toEqual({ paragraph: 3, offset: 5, length: 2 });
    const cur = await h.getCursor();
    expect(cur).toEqual({ paragraph: 3, offset: 5, length: 2, selectedText: "XX", inTable: false });
    off();
    await h.select({ paragraph: 0, offset: 0, length: 1 });
    expect(seen).toEqual(["selection"]);
  });

  test("select outside the text is a notFound HostError", async () => {
    const h = host();
    await expect(h.select({ paragraph: 9, offset: 0, length: 1 })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(h.select({ paragraph: 1, offset: 5, length: 10 })).rejects.toBeInstanceOf(HostError);
  });

  test("getCursor reports a table cell", async () => {
    const h = new MemoryHost({
      model: { paragraphs: [{ text: "a" }, { text: "单元格", tableNestingLevel: 1 }] },
    });
    h.setCursor(1, 1);
    expect(await h.getCursor()).toMatchObject({ paragraph: 1, offset: 1, length: 0, inTable: true });
  });

  test("readContext: a copy of the model and the cursor together; a pending error rejects it once", async () => {
    const h = new MemoryHost({
      model: { paragraphs: [{ text: "a" }, { text: "单元格XX", tableNestingLevel: 1 }] },
    });
    h.setCursor(1, 3, 2);
    const ctx = await h.readContext();
    expect(ctx.model.paragraphs.map((p) => p.text)).toEqual(["a", "单元格XX"]);
    expect(ctx.cursor).toEqual({ paragraph: 1, offset: 3, length: 2, selectedText: "XX", inTable: true });
    ctx.model.paragraphs[0].text = "changed";
    expect(h.getModel().paragraphs[0].text).toBe("a");
    h.failNextCall(new HostError("api", "boom"));
    await expect(h.readContext()).rejects.toMatchObject({ code: "api" });
    expect((await h.readContext()).cursor.paragraph).toBe(1);
  });
});

describe("MemoryHost: edits", () => {
  test("replace applies when current and is stale after the user typed", async () => {
    const h = host();
    const fix: Edit = {
      kind: "replace",
      paragraph: 3,
      offset: 5,
      length: 2,
      text: "习近平新时代中国特色社会主义思想",
      expected: lines[3],
    };
    const stale: Edit = {
      kind: "replace",
      paragraph: 1,
      offset: 5,
      length: 1,
      text: ":",
      expected: "县纪委：",
    };
    const r = await h.applyEdits([stale, fix]);
    expect(r).toEqual({ applied: 1, stale: [0] });
    expect((await h.readModel()).paragraphs[3].text).toBe(
      "我们坚持以习近平新时代中国特色社会主义思想为指导。",
    );
    expect((await h.readModel()).paragraphs[1].text).toBe("县纪委监委：");
  });

  test("user typing between check and fix keeps the user's text", async () => {
    const h = host();
    h.setParagraphText(3, "我们坚持以XX为指导，用户刚刚改过。");
    const r = await h.applyEdits([
      { kind: "replace", paragraph: 3, offset: 5, length: 2, text: "Y", expected: lines[3] },
    ]);
    expect(r).toEqual({ applied: 0, stale: [0] });
    expect((await h.readModel()).paragraphs[3].text).toBe("我们坚持以XX为指导，用户刚刚改过。");
  });

  test("insertParagraphs formats by role (Heading1 / body) and keeps order", async () => {
    const h = host();
    const r = await h.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 3,
        position: "after",
        expected: lines[3],
        paragraphs: [
          { text: "二、存在的问题", role: "heading1" },
          { text: "【请填写问题】", role: "body", fields: [{ offset: 0, length: 7, name: "problem" }] },
        ],
      },
    ]);
    expect(r).toEqual({ applied: 1, stale: [] });
    const m = await h.readModel();
    expect(m.paragraphs.map((p) => p.text).slice(3)).toEqual([lines[3], "二、存在的问题", "【请填写问题】"]);
    expect(m.paragraphs[4]).toMatchObject({ styleBuiltIn: "Heading1", fontName: "黑体", fontSize: 16 });
    expect(m.paragraphs[5]).toMatchObject({
      styleBuiltIn: "Normal",
      fontName: "仿宋_GB2312",
      firstLineIndent: 32,
    });
  });

  test("insertParagraphs into an empty document replaces its empty paragraph", async () => {
    const h = new MemoryHost();
    await h.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: -1,
        position: "before",
        expected: "",
        paragraphs: [{ text: "标题", role: "title" }],
      },
    ]);
    expect((await h.readModel()).paragraphs).toHaveLength(1);
    expect((await h.readModel()).paragraphs[0]).toMatchObject({
      text: "标题",
      styleBuiltIn: "Title",
      alignment: "centered",
    });
  });

  test("mixed batch: a renumbering replace and an insertion before it, both against the pre-batch indexes", async () => {
    const h = new MemoryHost({ model: modelFromLines(["一、甲", "正文。", "二、乙", "正文。"]) });
    const r = await h.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "正文。",
        paragraphs: [{ text: "二、新", role: "heading1" }],
      },
      { kind: "replace", paragraph: 2, offset: 0, length: 1, text: "三", expected: "二、乙" },
    ]);
    expect(r).toEqual({ applied: 2, stale: [] });
    expect((await h.readModel()).paragraphs.map((p) => p.text)).toEqual([
      "一、甲",
      "正文。",
      "二、新",
      "三、乙",
      "正文。",
    ]);
  });

  test("format edits set facts", async () => {
    const h = host();
    await h.applyEdits([
      { kind: "format", paragraph: 0, expected: lines[0], format: { alignment: "centered", fontSize: 22 } },
    ]);
    expect((await h.readModel()).paragraphs[0]).toMatchObject({ alignment: "centered", fontSize: 22 });
  });

  test("insertAtCursor inline replaces the selection and moves the caret after it", async () => {
    const h = host();
    h.setCursor(3, 5, 2);
    await h.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "党的二十大精神" }]);
    expect((await h.readModel()).paragraphs[3].text).toBe("我们坚持以党的二十大精神为指导。");
    expect(await h.getCursor()).toMatchObject({ paragraph: 3, offset: 12, length: 0 });
  });

  test("insertAtCursor inline with two lines splits the paragraph", async () => {
    const h = host();
    h.setCursor(3, 2);
    await h.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "甲\n乙" }]);
    const texts = (await h.readModel()).paragraphs.map((p) => p.text);
    expect(texts.slice(3)).toEqual(["我们甲", "乙坚持以XX为指导。"]);
    expect(await h.getCursor()).toMatchObject({ paragraph: 4, offset: 1 });
  });

  test("insertAtCursor paragraphAfter keeps the paragraph's format", async () => {
    const h = new MemoryHost({
      model: {
        paragraphs: [{ text: "正文。", fontName: "仿宋_GB2312", firstLineIndent: 32 }, { text: "尾" }],
      },
    });
    h.setCursor(0, 1);
    await h.applyEdits([{ kind: "insertAtCursor", mode: "paragraphAfter", text: "一是加强学习。" }]);
    const m = await h.readModel();
    expect(m.paragraphs.map((p) => p.text)).toEqual(["正文。", "一是加强学习。", "尾"]);
    expect(m.paragraphs[1]).toMatchObject({ fontName: "仿宋_GB2312", firstLineIndent: 32 });
    expect(await h.getCursor()).toMatchObject({ paragraph: 1, offset: 7 });
  });

  test("read-only rejects edits and save with HostError readOnly, and loses nothing", async () => {
    const h = host({ readOnly: true });
    await expect(h.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "x" }])).rejects.toMatchObject(
      { code: "readOnly" },
    );
    await expect(h.save()).rejects.toMatchObject({ code: "readOnly" });
    expect((await h.readModel()).paragraphs.map((p) => p.text)).toEqual(lines);
  });

  test("failNextCall makes exactly the next call reject", async () => {
    const h = host();
    h.failNextCall(new HostError("api", "boom"));
    await expect(h.readModel()).rejects.toMatchObject({ code: "api" });
    await expect(h.readModel()).resolves.toBeTruthy();
  });
});

describe("MemoryHost: fields, editing, live changes, settings", () => {
  test("nextField walks 【…】 after the cursor and wraps", async () => {
    const h = new MemoryHost({
      model: modelFromLines(["【单位】关于【年度】的报告", "正文", "落款【报告人】"]),
    });
    h.setCursor(0, 1);
    expect(await h.nextField()).toBe(true);
    expect(h.getSelection()).toEqual({ paragraph: 0, offset: 6, length: 4 });
    expect(await h.nextField()).toBe(true);
    expect(h.getSelection()).toEqual({ paragraph: 2, offset: 2, length: 5 });
    expect(await h.nextField()).toBe(true);
    expect(h.getSelection()).toEqual({ paragraph: 0, offset: 0, length: 4 });
  });

  test("nextField is false without fields", async () => {
    expect(await host().nextField()).toBe(false);
  });

  test("editing methods notify and keep the cursor inside", async () => {
    const h = host();
    const kinds: string[] = [];
    h.subscribe((c) => kinds.push(c.kind));
    h.setCursor(3, 9);
    h.setParagraphText(3, "短");
    expect(h.getCursorSync()).toEqual({ paragraph: 3, offset: 1, length: 0 });
    expect(h.insertParagraph(99, "末尾")).toBe(4);
    h.removeParagraph(0);
    h.load(modelFromLines(["新文档"]));
    expect(kinds).toEqual(["cursor", "text", "text", "text", "load"]);
    expect((await h.readModel()).paragraphs.map((p) => p.text)).toEqual(["新文档"]);
    expect(() => h.setParagraphText(5, "x")).toThrow(HostError);
  });

  test("live changes only when asked", async () => {
    expect(host().capabilities.liveChanges).toBe(false);
    expect(host().onParagraphsChanged).toBeUndefined();
    const h = host({ liveChanges: true });
    let n = 0;
    const off = h.onParagraphsChanged!(() => n++);
    h.setParagraphText(0, "改");
    await h.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "x" }]);
    off();
    h.setParagraphText(0, "再改");
    expect(n).toBe(2);
  });

  test("settings are JSON in the given storage, separate per store", async () => {
    const user = mapStorage();
    const doc = mapStorage();
    const h = host({ userStorage: user, documentStorage: doc });
    await h.userSettings.set("favourites", ["a", "b"]);
    await h.documentSettings.set("ignores", [{ rule: "x" }]);
    expect(h.userSettings.get("favourites")).toEqual(["a", "b"]);
    expect(h.userSettings.get("ignores")).toBeUndefined();
    // Another host over the same storage (a reload of the preview) sees the values.
    expect(host({ userStorage: user }).userSettings.get<string[]>("favourites")).toEqual(["a", "b"]);
    await h.userSettings.remove("favourites");
    expect(h.userSettings.get("favourites")).toBeUndefined();
  });

  test("store limit → storageFull, old value kept", async () => {
    const h = host({ storageLimit: 100 });
    await h.userSettings.set("k", "short");
    await expect(h.userSettings.set("k", "x".repeat(200))).rejects.toMatchObject({ code: "storageFull" });
    expect(h.userSettings.get("k")).toBe("short");
  });

  test("a browser QuotaExceededError becomes storageFull", async () => {
    const store = new StorageStore(mapStorage(50));
    await expect(store.set("big", "y".repeat(100))).rejects.toMatchObject({ code: "storageFull" });
    expect(store.get("big")).toBeUndefined();
  });

  test("corrupt JSON reads as undefined", () => {
    const s = mapStorage();
    s.setItem("lianzheng:bad", "{not json");
    expect(new StorageStore(s).get("bad")).toBeUndefined();
  });
});
