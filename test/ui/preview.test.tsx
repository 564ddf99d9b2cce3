/** The browser preview: the document column over a MemoryHost beside the real task pane. */
import * as React from "react";
import { readFileSync } from "fs";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelFromLines } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { PreviewApp, paneSizeFromSearch } from "../../src/preview/PreviewApp";
import { memoryDoc, reuseParagraphs } from "../../src/preview/memory-doc";
import { openFile, readerReason } from "../../src/preview/open-file";

const SEED = "/work/shared/seeds/003_139e5e9c6414882d.txt";

// jsdom's Blob has no arrayBuffer(); the browser's has.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

beforeEach(() => setLocale("zh-CN"));

function setup(lines: string[] = ["一、总体情况", "正文第一段。", "二、存在问题"], tab?: "outline") {
  const host = new MemoryHost({ model: modelFromLines(lines) });
  const doc = memoryDoc(host);
  const utils = render(<PreviewApp host={host} doc={doc} initialLocale="zh-CN" initialTab={tab} />);
  const areas = () =>
    screen.getAllByRole("textbox").filter((e) => e.tagName === "TEXTAREA" && e.dataset.testid);
  return { host, doc, areas, ...utils };
}

const texts = (host: MemoryHost) => host.getModel().paragraphs.map((p) => p.text);

test("one textarea per paragraph; typing changes the in-memory document", async () => {
  const user = userEvent.setup();
  const { host, areas } = setup();
  expect(areas().map((a) => (a as HTMLTextAreaElement).value)).toEqual([
    "一、总体情况",
    "正文第一段。",
    "二、存在问题",
  ]);
  expect(screen.getByRole("heading", { name: "文档（3 段）" })).toBeTruthy();
  await user.click(areas()[1]);
  await user.keyboard("{End}补充");
  expect(texts(host)[1]).toBe("正文第一段。补充");
});

test("Enter splits a paragraph at the caret; Backspace at its start joins it back", async () => {
  const user = userEvent.setup();
  const { host, areas } = setup();
  const area = areas()[1] as HTMLTextAreaElement;
  area.focus();
  area.setSelectionRange(3, 3);
  await user.keyboard("{Enter}");
  expect(texts(host)).toEqual(["一、总体情况", "正文第", "一段。", "二、存在问题"]);
  await waitFor(() => expect(document.activeElement).toBe(areas()[2]));
  expect((areas()[2] as HTMLTextAreaElement).selectionStart).toBe(0);
  await user.keyboard("{Backspace}");
  expect(texts(host)).toEqual(["一、总体情况", "正文第一段。", "二、存在问题"]);
  await waitFor(() => expect(document.activeElement).toBe(areas()[1]));
  expect((areas()[1] as HTMLTextAreaElement).selectionStart).toBe(3);
});

test("pasted lines become paragraphs; add and remove buttons", async () => {
  const user = userEvent.setup();
  const { host, areas } = setup(["甲"]);
  await user.click(areas()[0]);
  await user.paste("乙\n丙");
  expect(texts(host)).toEqual(["甲乙", "丙"]);
  await user.click(screen.getByRole("button", { name: "添加段落" }));
  expect(texts(host)).toEqual(["甲乙", "丙", ""]);
  await user.click(screen.getByRole("button", { name: "删除第 1 段" }));
  expect(texts(host)).toEqual(["丙", ""]);
});

test("the caret and the selection in a paragraph set the host's cursor", async () => {
  const { host, areas } = setup();
  const area = areas()[1] as HTMLTextAreaElement;
  area.focus();
  area.setSelectionRange(2, 5);
  fireEvent.select(area);
  expect(host.getCursorSync()).toEqual({ paragraph: 1, offset: 2, length: 3 });
  expect((await host.getCursor()).selectedText).toBe("第一段");
  // An insertion at the cursor from the pane replaces that selection, visible at once.
  await act(() => host.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "【数字】" }]));
  expect((areas()[1] as HTMLTextAreaElement).value).toBe("正文【数字】。");
});

test("text committed by an input method moves the host's cursor (no key events, no select event)", async () => {
  const { host, areas } = setup();
  const area = areas()[1] as HTMLTextAreaElement;
  area.focus();
  area.setSelectionRange(0, 0);
  fireEvent.select(area);
  expect(host.getCursorSync()).toEqual({ paragraph: 1, offset: 0, length: 0 });
  // What an IME does: a composition, then the committed text lands with the caret after it.
  fireEvent.compositionStart(area);
  // (jsdom, as a browser, leaves the caret after the committed text.)
  fireEvent.change(area, { target: { value: "正文第一段。廉洁" } });
  fireEvent.compositionEnd(area, { data: "廉洁" });
  expect(texts(host)[1]).toBe("正文第一段。廉洁");
  expect(host.getCursorSync()).toEqual({ paragraph: 1, offset: 8, length: 0 });
  // The next insertion from the pane goes after the committed text, not to the start of the paragraph.
  await act(() => host.applyEdits([{ kind: "insertAtCursor", mode: "inline", text: "自律" }]));
  expect(texts(host)[1]).toBe("正文第一段。廉洁自律");
});

test("compositionend alone reports the caret", () => {
  const { host, areas } = setup();
  const area = areas()[0] as HTMLTextAreaElement;
  area.focus();
  area.setSelectionRange(3, 3);
  fireEvent.compositionEnd(area, { data: "况" });
  expect(host.getCursorSync()).toEqual({ paragraph: 0, offset: 3, length: 0 });
});

test("coming back to the pane from the document re-reads it, as the pane's own frame does in Word", async () => {
  const { host, areas } = setup(undefined, "outline");
  const pane = screen.getByTestId("pane-column");
  await within(pane).findByRole("tree");
  const reads = jest.spyOn(host, "readModel");
  host.setParagraphText(2, "二、存在的主要问题");
  fireEvent.focusIn(within(pane).getByTestId("outline-refresh"), { relatedTarget: areas()[0] });
  await waitFor(() => expect(reads).toHaveBeenCalled());
  await waitFor(() => expect(within(pane).getByText("存在的主要问题", { exact: false })).toBeTruthy());
  // Moving inside the pane is not coming back.
  reads.mockClear();
  fireEvent.focusIn(within(pane).getByTestId("outline-refresh"), {
    relatedTarget: within(pane).getAllByRole("tab")[0],
  });
  expect(reads).not.toHaveBeenCalled();
});

test("?pane=WIDTHxHEIGHT sizes the pane column", () => {
  expect(paneSizeFromSearch("?pane=320x500")).toEqual({ width: 320, height: 500 });
  expect(paneSizeFromSearch("?lang=en-US&pane=500x800")).toEqual({ width: 500, height: 800 });
  expect(paneSizeFromSearch("?pane=wide")).toBeNull();
  expect(paneSizeFromSearch("?pane=50x50")).toBeNull();
  expect(paneSizeFromSearch("")).toBeNull();
  const host = new MemoryHost({ model: modelFromLines(["一、总体情况"]) });
  render(
    <PreviewApp
      host={host}
      doc={memoryDoc(host)}
      initialLocale="zh-CN"
      paneSize={{ width: 320, height: 500 }}
    />,
  );
  const pane = screen.getByTestId("pane-column");
  expect(pane.style.width).toBe("320px");
  expect(pane.style.height).toBe("500px");
});

test("host.select is highlighted in the document; typing clears it", async () => {
  const user = userEvent.setup();
  const { host, areas } = setup();
  await act(() => host.select({ paragraph: 2, offset: 2, length: 4 }));
  const mark = screen.getByTestId("doc-selection");
  expect(mark.textContent).toBe("存在问题");
  expect(mark.dataset.paragraph).toBe("2");
  expect(screen.getByText("任务窗格选中了第 3 段中的“存在问题”")).toBeTruthy();
  await user.click(areas()[0]);
  await user.keyboard("X");
  expect(screen.queryByTestId("doc-selection")).toBeNull();
});

test("edits from the pane show at once and are flashed; the person's own typing is not", async () => {
  const user = userEvent.setup();
  const { host } = setup();
  await act(() =>
    host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "正文第一段。",
        paragraphs: [{ text: "（一）新增小节", role: "heading2" }],
      },
    ]),
  );
  const rows = screen.getAllByTestId("doc-paragraph");
  expect(rows.map((r) => (r.querySelector("textarea") as HTMLTextAreaElement).value)).toEqual([
    "一、总体情况",
    "正文第一段。",
    "（一）新增小节",
    "二、存在问题",
  ]);
  const flashed = (i: number) => rows[i].className !== screen.getAllByTestId("doc-paragraph")[0].className;
  expect(flashed(2)).toBe(true);
  expect(flashed(1)).toBe(false);
  await user.type(within(rows[3]).getByRole("textbox"), "A");
  expect(screen.getAllByTestId("doc-paragraph")[3].className).toBe(
    screen.getAllByTestId("doc-paragraph")[0].className,
  );
});

test("the outline in the pane selects a heading in the document column", async () => {
  const user = userEvent.setup();
  setup(["一、总体情况", "正文第一段。", "二、存在问题"], "outline");
  const pane = screen.getByTestId("pane-column");
  await user.click(await within(pane).findByText("存在问题"));
  await waitFor(() => expect(screen.getByTestId("doc-selection").textContent).toBe("二、存在问题"));
});

test("opening seed 003 as .txt replaces the document and says how many paragraphs", async () => {
  const user = userEvent.setup();
  const { host } = setup();
  const bytes = readFileSync(SEED);
  const file = new File([bytes], "003_139e5e9c6414882d.txt", { type: "text/plain" });
  await user.upload(screen.getByTestId("open-file-input"), file);
  const status = await screen.findByTestId("open-status");
  const lines = bytes.toString("utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  expect(status.textContent).toContain(`已打开“003_139e5e9c6414882d.txt”，共 ${lines.length} 段。`);
  expect(texts(host)).toEqual(lines);
});

test("a file that cannot be read leaves the document as it was and names the file", async () => {
  const user = userEvent.setup({ applyAccept: false });
  const { host } = setup();
  const before = texts(host);
  await user.upload(
    screen.getByTestId("open-file-input"),
    new File([new Uint8Array([1, 2, 3, 4])], "报告.docx", { type: "application/octet-stream" }),
  );
  const status = await screen.findByTestId("open-status");
  expect(status.textContent).toMatch(/^无法打开“报告\.docx”：.+/);
  expect(texts(host)).toEqual(before);
  await user.upload(screen.getByTestId("open-file-input"), new File(["x"], "notes.pdf"));
  await waitFor(() =>
    expect(screen.getByTestId("open-status").textContent).toBe(
      "无法打开“notes.pdf”：只能打开 .txt 或 .docx 文件。",
    ),
  );
  expect(texts(host)).toEqual(before);
});

test("openFile and readerReason: localized reasons, a failing read never rejects", async () => {
  expect(readerReason({ text: { "zh-CN": "不是 zip 文件", "en-US": "not a zip file" } }, "en-US")).toBe(
    "not a zip file",
  );
  expect(readerReason(new Error("boom"))).toBe("boom");
  const result = await openFile({ name: "a.txt", arrayBuffer: () => Promise.reject(new Error("gone")) });
  expect(result).toEqual({ ok: false, message: "无法打开“a.txt”：浏览器未能读取该文件。" });
});

test("the language switch turns the page and the pane to English", async () => {
  const user = userEvent.setup();
  setup();
  await user.selectOptions(screen.getByLabelText("界面语言"), "en-US");
  expect(screen.getByRole("tab", { name: "Outline" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Document (3 paragraphs)" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en-US");
});

test("a save from the pane is reported in the page", async () => {
  const { host } = setup();
  await act(() => host.save());
  expect(screen.getByTestId("open-status").textContent).toBe(
    "文档已保存（第 1 次）。预览中的保存只是模拟，文档仍只在本页中。",
  );
});

test("unchanged paragraphs keep their objects (rows are not drawn again)", () => {
  const a = { text: "甲" };
  const b = { text: "乙", bold: true };
  const c = { text: "丙" };
  const prev = [a, b, c];
  expect(reuseParagraphs(prev, [{ text: "甲" }, { text: "乙", bold: true }, { text: "丙" }])).toBe(prev);
  const edited = reuseParagraphs(prev, [{ text: "甲" }, { text: "乙!", bold: true }, { text: "丙" }]);
  expect(edited[0]).toBe(a);
  expect(edited[1]).not.toBe(b);
  expect(edited[2]).toBe(c);
  const inserted = reuseParagraphs(prev, [
    { text: "甲" },
    { text: "新" },
    { text: "乙", bold: true },
    { text: "丙" },
  ]);
  expect(inserted[0]).toBe(a);
  expect(inserted[2]).toBe(b);
  expect(inserted[3]).toBe(c);
  const removed = reuseParagraphs(prev, [{ text: "甲" }, { text: "丙" }]);
  expect(removed[1]).toBe(c);
  // Same text, other format: a new object.
  expect(reuseParagraphs(prev, [{ text: "甲", bold: true }, b, c])[0]).not.toBe(a);
});
