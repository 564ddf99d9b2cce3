/** The 排版 tab against the in-memory host: what it shows, applying, stale paragraphs, fallback fonts, errors. */
import * as React from "react";
import { readFileSync } from "fs";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { DocModel, Paragraph } from "../../src/core/model";
import { modelFromLines } from "../../src/core/model";
import { HostError } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory";
import { mapStorage } from "../../src/host/word-storage";
import { setLocale } from "../../src/i18n";
import { FALLBACK_FONTS_KEY, LayoutTab } from "../../src/taskpane/layout/LayoutTab";
import { describeFormat, summarize } from "../../src/taskpane/layout/summary";
import { buildOutline } from "../../src/core/outline";

/** A report with every part, an empty paragraph and a table cell. */
const LINES = [
  "关于2024年度落实全面从严治党主体责任情况的报告",
  "县纪委监委：",
  "2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真履行主体责任。",
  "一、主要工作",
  "（一）加强政治建设",
  "1.强化理论学习",
  "（1）中心组学习",
  "全年开展中心组学习12次，专题研讨4次。",
  "",
  "学习次数",
  "二、存在的问题",
  "对新形势下廉政风险的认识还不够深入。",
  "特此报告。",
  "某某县审计局",
  "2024年12月20日",
];
const CELL = LINES.indexOf("学习次数");
const BODY = 2;

function reportModel(): DocModel {
  return {
    paragraphs: LINES.map((text, i): Paragraph => (i === CELL ? { text, tableNestingLevel: 1 } : { text })),
  };
}

function seed003(): DocModel {
  const lines = readFileSync("/work/shared/seeds/003_139e5e9c6414882d.txt", "utf8").split(/\r\n|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return modelFromLines(lines);
}

function setup(model: DocModel = reportModel(), options: ConstructorParameters<typeof MemoryHost>[0] = {}) {
  const host = new MemoryHost({ model, ...options });
  const view = render(<LayoutTab host={host} active />);
  return { host, view };
}

const differOf = (role: string) => Number(screen.getByTestId(`layout-differ-${role}`).dataset.differ);
const countOf = (role: string) => Number(screen.getByTestId(`layout-row-${role}`).dataset.count);
const fallbackBox = () => screen.getByTestId("layout-fallback") as HTMLInputElement;
const applyButton = () => screen.getByTestId("layout-apply") as HTMLButtonElement;
const p = (host: MemoryHost, i: number) => host.getModel().paragraphs[i];

beforeEach(() => setLocale("zh-CN"));

describe("reading", () => {
  test("every part with its count, its GB/T 9704 format and how many differ", async () => {
    setup();
    await screen.findByTestId("layout-table");
    expect(screen.getByTestId("layout-summary").textContent).toBe(
      "共 15 段，识别出 13 段，其中 13 段与公文格式不同。空段和表格中的 2 段保持不变。",
    );
    const counts = Object.fromEntries(
      ["title", "addressee", "body", "heading1", "heading2", "heading3", "heading4", "signature", "date"].map(
        (r) => [r, countOf(r)],
      ),
    );
    expect(counts).toEqual({
      title: 1,
      addressee: 1,
      body: 4,
      heading1: 2,
      heading2: 1,
      heading3: 1,
      heading4: 1,
      signature: 1,
      date: 1,
    });
    // No closing role is recognised: no row for it.
    expect(screen.queryByTestId("layout-row-closing")).toBeNull();
    expect(screen.getByTestId("layout-format-title").textContent).toBe(
      "方正小标宋简体，二号（22磅），居中，不缩进，行距固定值28.95磅",
    );
    expect(screen.getByTestId("layout-format-body").textContent).toBe(
      "仿宋_GB2312，三号（16磅），两端对齐，首行缩进2字，行距固定值28.95磅",
    );
    expect(screen.getByTestId("layout-format-heading1").textContent).toMatch(/^黑体，三号/);
    expect(screen.getByTestId("layout-format-heading2").textContent).toMatch(/^楷体_GB2312，三号/);
    expect(screen.getByTestId("layout-format-date").textContent).toBe(
      "仿宋_GB2312，三号（16磅），右对齐，不缩进，行距固定值28.95磅",
    );
    expect(differOf("body")).toBe(4);
    expect(applyButton().disabled).toBe(false);
  });

  test("seed 003: title, three 一、 headings, five 1. headings", async () => {
    setup(seed003());
    await screen.findByTestId("layout-table");
    expect(countOf("title")).toBe(1);
    expect(countOf("heading1")).toBe(3);
    expect(countOf("heading3")).toBe(5);
    expect(countOf("addressee")).toBe(0);
    expect(screen.getByTestId("layout-differ-addressee").textContent).toBe("—");
  });

  test("paragraphs that already have the format are not counted", async () => {
    const model = reportModel();
    const { formatForRole } = await import("../../src/core/layout");
    Object.assign(model.paragraphs[0], formatForRole("title"));
    Object.assign(model.paragraphs[BODY], formatForRole("body"));
    setup(model);
    await screen.findByTestId("layout-table");
    expect(differOf("title")).toBe(0);
    expect(screen.getByTestId("layout-differ-title").textContent).toBe("已符合");
    expect(differOf("body")).toBe(3);
  });

  test("an empty document says so", async () => {
    setup({ paragraphs: [{ text: "" }] });
    expect(await screen.findByText("文档是空的，没有可排版的段落。")).toBeTruthy();
    expect(applyButton().disabled).toBe(true);
  });

  test("读取文档 reads the document again", async () => {
    const { host } = setup();
    await screen.findByTestId("layout-table");
    host.insertParagraph(13, "三、下一步打算");
    fireEvent.click(screen.getByTestId("layout-read"));
    await waitFor(() => expect(countOf("heading1")).toBe(3));
  });
});

describe("applying", () => {
  test("one batch formats every recognised paragraph; tables and empty paragraphs are left alone", async () => {
    const { host } = setup();
    await screen.findByTestId("layout-table");
    const batches: number[] = [];
    const apply = host.applyEdits.bind(host);
    host.applyEdits = (edits) => {
      batches.push(edits.length);
      return apply(edits);
    };
    fireEvent.click(screen.getByTestId("layout-apply"));
    const result = await screen.findByTestId("layout-result");
    expect(result.textContent).toBe("已按公文格式调整 13 段。");
    expect(batches).toEqual([13]);
    expect(p(host, 0)).toMatchObject({
      styleBuiltIn: "Title",
      fontName: "方正小标宋简体",
      fontSize: 22,
      alignment: "centered",
      firstLineIndent: 0,
      lineSpacing: 28.95,
    });
    expect(p(host, 1)).toMatchObject({ fontName: "仿宋_GB2312", alignment: "left", firstLineIndent: 0 });
    expect(p(host, BODY)).toMatchObject({
      styleBuiltIn: "Normal",
      fontName: "仿宋_GB2312",
      fontSize: 16,
      alignment: "justified",
      firstLineIndent: 32,
    });
    expect(p(host, 3)).toMatchObject({ styleBuiltIn: "Heading1", outlineLevel: 1, fontName: "黑体" });
    expect(p(host, 4)).toMatchObject({ styleBuiltIn: "Heading2", fontName: "楷体_GB2312" });
    expect(p(host, 14)).toMatchObject({ alignment: "right", fontName: "仿宋_GB2312" });
    // Untouched: the empty paragraph and the table cell.
    expect(p(host, 8)).toEqual({ text: "" });
    expect(p(host, CELL)).toEqual({ text: "学习次数", tableNestingLevel: 1 });
    // The texts did not change.
    expect(host.getModel().paragraphs.map((x) => x.text)).toEqual(LINES);
    // The tab read again: nothing left to change.
    await waitFor(() => expect(differOf("body")).toBe(0));
    expect(screen.getByTestId("layout-summary").textContent).toMatch(/其中 0 段与公文格式不同/);
    expect(applyButton().disabled).toBe(true);
  });

  test("a paragraph changed after reading is skipped, said, and formatted on the next apply", async () => {
    const { host } = setup();
    await screen.findByTestId("layout-table");
    host.setParagraphText(BODY, "2024年，我局认真履行主体责任。");
    fireEvent.click(screen.getByTestId("layout-apply"));
    const result = await screen.findByTestId("layout-result");
    expect(result.textContent).toBe(
      "已按公文格式调整 12 段。1 段在读取后被修改，已跳过，未改动。已重新读取文档，可再次点击“应用公文格式”处理这些段落。",
    );
    expect(p(host, BODY)).toEqual({ text: "2024年，我局认真履行主体责任。" });
    expect(p(host, 0).fontName).toBe("方正小标宋简体");
    await waitFor(() => expect(differOf("body")).toBe(1));
    fireEvent.click(screen.getByTestId("layout-apply"));
    await waitFor(() =>
      expect(screen.getByTestId("layout-result").textContent).toBe("已按公文格式调整 1 段。"),
    );
    expect(p(host, BODY)).toMatchObject({ fontName: "仿宋_GB2312", firstLineIndent: 32 });
  });

  test("fallback fonts only when asked; the choice is kept in the user's settings", async () => {
    const userStorage = mapStorage();
    const { host, view } = setup(reportModel(), { userStorage });
    await screen.findByTestId("layout-table");
    const box = fallbackBox();
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(host.userSettings.get(FALLBACK_FONTS_KEY)).toBe(true));
    expect(screen.getByTestId("layout-format-body").textContent).toMatch(/^仿宋，三号/);
    expect(screen.getByTestId("layout-format-title").textContent).toMatch(/^宋体，二号/);
    expect(screen.getByTestId("layout-format-heading2").textContent).toMatch(/^楷体，三号/);
    expect(screen.getByTestId("layout-format-heading1").textContent).toMatch(/^黑体，三号/);
    fireEvent.click(screen.getByTestId("layout-apply"));
    expect((await screen.findByTestId("layout-result")).textContent).toBe(
      "已按公文格式调整 13 段。使用了替代字体。",
    );
    expect(p(host, 0).fontName).toBe("宋体");
    expect(p(host, BODY).fontName).toBe("仿宋");
    expect(p(host, 4).fontName).toBe("楷体");
    expect(p(host, 3).fontName).toBe("黑体");
    view.unmount();

    // A new pane on the same user settings starts with the option ticked.
    render(<LayoutTab host={new MemoryHost({ model: reportModel(), userStorage })} active />);
    await screen.findByTestId("layout-table");
    expect(fallbackBox().checked).toBe(true);
  });

  test("with the standard fonts, switching the option back makes the fallback-font paragraphs differ", async () => {
    const { host } = setup();
    await screen.findByTestId("layout-table");
    const box = fallbackBox();
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId("layout-apply"));
    await screen.findByTestId("layout-result");
    await waitFor(() => expect(differOf("body")).toBe(0));
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    // 黑体 is the same in both sets; every other part changes font.
    expect(differOf("body")).toBe(4);
    expect(differOf("heading1")).toBe(0);
    expect(p(host, BODY).fontName).toBe("仿宋");
  });
});

describe("errors", () => {
  test("a read-only document: the error in the user's language, nothing changed", async () => {
    const { host } = setup(reportModel(), { readOnly: true });
    await screen.findByTestId("layout-table");
    fireEvent.click(screen.getByTestId("layout-apply"));
    expect((await screen.findByTestId("error-bar")).textContent).toMatch(
      "文档为只读，无法修改。请另存为可编辑的副本后再试。",
    );
    expect(screen.queryByTestId("layout-result")).toBeNull();
    expect(host.getModel()).toEqual(reportModel());
  });

  test("a failed reading is shown and the next reading works", async () => {
    const host = new MemoryHost({ model: reportModel() });
    host.failNextCall(new HostError("api", "连接中断"));
    render(<LayoutTab host={host} active />);
    expect((await screen.findByTestId("error-bar")).textContent).toMatch("Word 返回错误：连接中断");
    expect(screen.queryByTestId("layout-table")).toBeNull();
    fireEvent.click(screen.getByTestId("layout-read"));
    await screen.findByTestId("layout-table");
    expect(screen.queryByTestId("error-bar")).toBeNull();
  });

  test("settings that cannot be saved: the option still applies, and the user is told", async () => {
    const { host } = setup(reportModel(), { storageLimit: 5 });
    await screen.findByTestId("layout-table");
    fireEvent.click(fallbackBox());
    expect(await screen.findByText("这一选项本次有效，但未能保存。")).toBeTruthy();
    expect(host.userSettings.get(FALLBACK_FONTS_KEY)).toBeUndefined();
    expect(screen.getByTestId("layout-format-body").textContent).toMatch(/^仿宋，/);
  });
});

describe("English", () => {
  test("the table and the result in en-US", async () => {
    setLocale("en-US");
    setup();
    await screen.findByTestId("layout-table");
    expect(screen.getByTestId("layout-summary").textContent).toBe(
      "15 paragraphs, 13 recognised, 13 of them differ from the official format." +
        "2 empty or table paragraphs are left as they are.",
    );
    expect(screen.getByTestId("layout-format-title").textContent).toBe(
      "方正小标宋简体, 22 pt (二号), centred, no indent, exact line spacing 28.95 pt",
    );
    expect(screen.getByRole("columnheader", { name: "Official format" })).toBeTruthy();
    fireEvent.click(screen.getByTestId("layout-apply"));
    expect((await screen.findByTestId("layout-result")).textContent).toBe(
      "Formatted 13 paragraphs as the official format prescribes.",
    );
  });
});

describe("summarize and describeFormat", () => {
  test("the counts match core/layout's edits", () => {
    const model = reportModel();
    const s = summarize(model, buildOutline(model));
    expect(s.edits).toHaveLength(13);
    expect(s.rows.reduce((n, r) => n + r.count, 0)).toBe(s.recognised);
    expect(s.rows.reduce((n, r) => n + r.differ, 0)).toBe(s.edits.length);
    expect(s.skipped).toBe(2);
  });

  test("the fallback option changes only the font names", () => {
    expect(describeFormat("heading2", { fallbackFonts: true }, "zh-CN")).toBe(
      "楷体，三号（16磅），两端对齐，首行缩进2字，行距固定值28.95磅",
    );
  });
});
