/** The 短语 tab against the in-memory host: search, keyboard, insert, own phrases, favourites, packs. */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PhrasesTab } from "../../src/taskpane/phrases/PhrasesTab";
import { MemoryHost } from "../../src/host/memory";
import { mapStorage, type StorageLike } from "../../src/host/word-storage";
import { modelFromLines } from "../../src/core/model";
import { setLocale } from "../../src/i18n";
import { FAVOURITES_KEY, OWN_KEY, RECENT_KEY } from "../../src/taskpane/phrases/store";

const DOC = [
  "2024年度述责述廉报告",
  "现将本人履职情况报告如下：",
  "一、履行主体责任情况",
  "（一）强化组织领导。一是压实责任。二是健全机制。",
  "二、存在的问题",
  "一是学习不够深入。",
];

function setup(lines: string[] = DOC, opts: { userStorage?: StorageLike; storageLimit?: number } = {}) {
  const host = new MemoryHost({ model: modelFromLines(lines), ...opts });
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesTab host={host} active />
    </FluentProvider>,
  );
  return { host, ...utils };
}

const texts = (host: MemoryHost) => host.getModel().paragraphs.map((p) => p.text);
const options = () => within(screen.getByTestId("phrase-list")).queryAllByRole("option");
const optionTitles = () => options().map((o) => o.querySelector("span")?.textContent);
const search = () => screen.getByTestId("phrase-search") as HTMLInputElement;

beforeEach(() => setLocale("zh-CN"));

describe("search", () => {
  test("initials find 两个维护 first; the box is a combobox pointing at the active option", async () => {
    setup();
    const user = userEvent.setup();
    await user.type(search(), "lgwh");
    expect(optionTitles()[0]).toBe("两个维护");
    expect(search().getAttribute("role")).toBe("combobox");
    const listId = screen.getByRole("listbox").id;
    expect(search().getAttribute("aria-controls")).toBe(listId);
    expect(search().getAttribute("aria-activedescendant")).toBe(options()[0].id);
    expect(options()[0].getAttribute("aria-selected")).toBe("true");
  });

  test("arrows move the active option, Esc clears the query", async () => {
    setup();
    const user = userEvent.setup();
    await user.type(search(), "liangge");
    expect(optionTitles().slice(0, 3)).toEqual(expect.arrayContaining(["两个确立", "两个维护"]));
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}");
    expect(search().getAttribute("aria-activedescendant")).toBe(options()[1].id);
    expect(options()[1].getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{Escape}");
    expect(search().value).toBe("");
  });

  test("says when nothing matches", async () => {
    setup();
    await userEvent.setup().type(search(), "qqqqqqqq");
    expect(screen.getByTestId("phrase-count").textContent).toBe(
      "没有找到相符的短语。可换用首字母或全拼再试。",
    );
    expect(options()).toHaveLength(0);
  });

  test("Ctrl+Shift+F and / focus the search box", async () => {
    setup();
    const user = userEvent.setup();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).not.toBe(search());
    await user.keyboard("/");
    expect(document.activeElement).toBe(search());
    expect(search().value).toBe("");
    screen.getByTestId("phrase-export").focus();
    await user.keyboard("{Control>}{Shift>}F{/Shift}{/Control}");
    expect(document.activeElement).toBe(search());
  });

  test("the category filter browses a category with an empty query", async () => {
    setup();
    fireEvent.change(screen.getByTestId("phrase-category"), { target: { value: "closing" } });
    expect(options().length).toBeGreaterThanOrEqual(20);
    expect(optionTitles()[0]).toBe("特此报告");
  });

  test("the section filter keeps phrases that suit the section at the cursor", async () => {
    const { host } = setup();
    host.setCursor(5, 9);
    fireEvent.click(screen.getByTestId("phrase-section-filter"));
    await waitFor(() =>
      expect(screen.getByTestId("phrase-section").textContent).toBe("光标所在部分：存在问题（述责述廉报告）"),
    );
    await userEvent.setup().type(search(), "zeren");
    expect(options().length).toBeGreaterThan(0);
    expect(optionTitles()).not.toContain("压实主体责任"); // a work-section phrase
    expect(optionTitles()).toContain("主体责任压力传导不够"); // a problems phrase
    await userEvent.setup().clear(search());
    // Browsing with an empty query: the problems section of a personal report, so no unit-only phrase.
    expect(optionTitles()).toContain("理论学习不够深入");
    expect(options().length).toBeGreaterThan(20);
  });
});

describe("insert", () => {
  test("Enter inserts the active phrase inline at the cursor, replacing the selection (a term: the term)", async () => {
    const { host } = setup(["现将有关情况报告如下：", "要XX。"]);
    host.setCursor(1, 1, 2);
    const user = userEvent.setup();
    await user.type(search(), "sgys");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(texts(host)[1]).toBe("要四个意识。"));
    expect(screen.getByTestId("phrase-notice").textContent).toBe("已插入“四个意识”。");
  });

  test("lgwh + Enter inserts 两个维护, not its explanation", async () => {
    const { host } = setup(["坚决做到“”。"]);
    host.setCursor(0, 5);
    const user = userEvent.setup();
    await user.type(search(), "lgwh");
    expect(optionTitles()[0]).toBe("两个维护");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(texts(host)[0]).toBe("坚决做到“两个维护”。"));
  });

  test("Shift+Enter inserts a term's explanation", async () => {
    const { host } = setup(["增强：。"]);
    host.setCursor(0, 3);
    const user = userEvent.setup();
    await user.type(search(), "sgys");
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    await waitFor(() => expect(texts(host)[0]).toBe("增强：政治意识、大局意识、核心意识、看齐意识。"));
    expect(screen.getByTestId("phrase-notice").textContent).toBe("已插入“四个意识”的释义。");
  });

  test("a term's row shows its explanation and offers 插入释义; the detail has both buttons", async () => {
    const { host } = setup(["正文"]);
    host.setCursor(0, 2);
    const user = userEvent.setup();
    await user.type(search(), "lgwh");
    const row = options()[0];
    expect(within(row).getByTestId("phrase-option-text").textContent).toBe(
      "规范表述 · 释义：坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导",
    );
    expect(within(row).getByTestId("phrase-option-explanation").textContent).toBe("插入释义");
    expect(screen.getByTestId("phrase-detail-term").textContent).toContain("“两个维护”");
    expect(screen.getByTestId("phrase-insert-explanation").textContent).toBe("插入释义");
    // The row holds no focusable control (an option's content is presentational).
    expect(row.querySelectorAll("button, [tabindex]")).toHaveLength(0);

    await user.click(within(row).getByTestId("phrase-option-explanation"));
    await waitFor(() =>
      expect(texts(host)[0]).toBe(
        "正文坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导",
      ),
    );
    host.setCursor(0, 2);
    await user.click(screen.getByTestId("phrase-insert"));
    await waitFor(() => expect(texts(host)[0]).toMatch(/^正文两个维护坚决维护/));
  });

  test("Enter that commits an input method's composition inserts nothing", async () => {
    const { host } = setup(["正文"]);
    const user = userEvent.setup();
    await user.type(search(), "sgys");
    const apply = jest.spyOn(host, "applyEdits");
    fireEvent.keyDown(search(), { key: "Enter", isComposing: true });
    expect(apply).not.toHaveBeenCalled();
    fireEvent.keyDown(search(), { key: "Enter" });
    await waitFor(() => expect(texts(host)[0]).toBe("四个意识正文"));
  });

  test("a phrase that is not a term has no 插入释义 and inserts its text", async () => {
    const { host } = setup(["正文"]);
    host.setCursor(0, 2);
    const user = userEvent.setup();
    await user.type(search(), "一岗双责");
    expect(optionTitles()[0]).toBe("一岗双责");
    expect(within(options()[0]).queryByTestId("phrase-option-explanation")).toBeNull();
    expect(screen.queryByTestId("phrase-insert-explanation")).toBeNull();
    await user.type(search(), "{Shift>}{Enter}{/Shift}");
    await waitFor(() => expect(texts(host)[0]).toBe("正文一岗双责"));
  });

  test("as a new paragraph after the cursor's, an enumerator continues the series (三是)", async () => {
    const { host } = setup();
    host.setCursor(3, 5);
    const user = userEvent.setup();
    fireEvent.click(screen.getByLabelText("作为新段落"));
    await user.type(search(), "健全制度机制");
    expect(optionTitles()[0]).toBe("健全制度机制");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(texts(host)[4]).toMatch(/^三是健全制度机制。/));
    expect(texts(host)[3]).toBe(DOC[3]);
  });

  test("placeholders are reported as fields to fill", async () => {
    const { host } = setup(["正文"]);
    host.setCursor(0, 2);
    const user = userEvent.setup();
    await user.type(search(), "第一议题制度");
    await user.click(screen.getByTestId("phrase-insert"));
    await waitFor(() => expect(texts(host)[0]).toContain("【次数】次"));
    expect(screen.getByTestId("phrase-notice").textContent).toBe(
      "已插入“第一议题制度”，其中有 1 处待填项（【…】）。",
    );
  });

  test("an inserted phrase becomes recently used and shows on an empty query", async () => {
    const storage = mapStorage();
    const { host } = setup(["正文"], { userStorage: storage });
    const user = userEvent.setup();
    await user.type(search(), "scyd");
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(host.userSettings.get<string[]>(RECENT_KEY)).toEqual(["formulation-sanzhong-yida"]),
    );
    await user.keyboard("{Escape}");
    expect(optionTitles()).toEqual(["三重一大"]);
  });

  test("a host error is shown, not thrown", async () => {
    const { host } = setup(["正文"]);
    jest
      .spyOn(host, "applyEdits")
      .mockRejectedValue(new (jest.requireActual("../../src/host/host").HostError)("readOnly", "ro"));
    const user = userEvent.setup();
    await user.type(search(), "sgys");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByTestId("error-bar").textContent).toContain("文档为只读"));
  });
});

describe("favourites and own phrases", () => {
  test("a favourite is stored and comes first on an empty query", async () => {
    const { host } = setup();
    const user = userEvent.setup();
    await user.type(search(), "sgys");
    await user.click(screen.getByTestId("phrase-favourite"));
    await waitFor(() => expect(host.userSettings.get(FAVOURITES_KEY)).toEqual(["formulation-sige-yishi"]));
    await user.clear(search());
    expect(optionTitles()).toEqual(["四个意识"]);
  });

  test("save the selection as a phrase, find it by pinyin, edit and delete it", async () => {
    const storage = mapStorage();
    const { host } = setup(["开展廉政家访活动【次数】次，覆盖干部家庭。"], { userStorage: storage });
    host.setCursor(0, 0, 22);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("phrase-save-selection"));
    const title = (await screen.findByTestId("own-title")) as HTMLInputElement;
    expect(title.value).toBe("开展廉政家访活动【次数】次");
    await user.clear(title);
    await user.type(title, "廉政家访");
    await user.click(screen.getByTestId("own-save"));
    await waitFor(() =>
      expect(screen.getByTestId("phrase-notice").textContent).toBe("已保存短语“廉政家访”。"),
    );
    const stored =
      host.userSettings.get<{ snippet: { title: string; category: string }; tokens: { title: string[] } }[]>(
        OWN_KEY,
      )!;
    expect(stored).toHaveLength(1);
    expect(stored[0].snippet).toEqual(expect.objectContaining({ title: "廉政家访", category: "own" }));
    expect(stored[0].tokens.title).toEqual(["lian", "zheng", "jia", "fang"]);

    await user.type(search(), "lzjf");
    expect(optionTitles()[0]).toBe("廉政家访");
    await user.click(screen.getByTestId("phrase-edit"));
    const text = screen.getByTestId("own-text") as HTMLTextAreaElement;
    await user.clear(text);
    await user.type(text, "新的内容。");
    await user.click(screen.getByTestId("own-save"));
    await waitFor(() => expect(screen.getByTestId("phrase-detail-text").textContent).toBe("新的内容。"));

    await user.click(screen.getByTestId("phrase-delete"));
    await user.click(screen.getByTestId("phrase-confirm-delete-yes"));
    await waitFor(() => expect(host.userSettings.get(OWN_KEY)).toEqual([]));
    expect(optionTitles()).not.toContain("廉政家访");
  });

  test("saving with nothing selected says so", async () => {
    setup(["正文"]);
    await userEvent.setup().click(screen.getByTestId("phrase-save-selection"));
    await waitFor(() =>
      expect(screen.getByTestId("phrase-notice").textContent).toBe("请先在文档中选中要保存的文字。"),
    );
    expect(screen.queryByTestId("own-editor")).toBeNull();
  });

  test("a full store is said and loses nothing (the editor stays open)", async () => {
    const { host } = setup(["这是一段很长的文字，要存成短语。".repeat(3)], { storageLimit: 60 });
    host.setCursor(0, 0, 20);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("phrase-save-selection"));
    await user.click(await screen.findByTestId("own-save"));
    await waitFor(() => expect(screen.getByTestId("phrase-storage-full")).toBeTruthy());
    expect(screen.getByTestId("own-editor")).toBeTruthy();
    expect(host.userSettings.get(OWN_KEY)).toBeUndefined();
  });
});

describe("packs", () => {
  const pack = (snippets: unknown[]) =>
    new File([JSON.stringify({ format: "lianzheng-snippets", version: 1, snippets })], "pack.json", {
      type: "application/json",
    });
  const upload = async (file: File) => {
    await act(async () => {
      fireEvent.change(screen.getByTestId("phrase-pack-file"), { target: { files: [file] } });
    });
  };

  test("an invalid pack imports nothing and names the entry and the field", async () => {
    const { host } = setup();
    await upload(
      pack([
        { id: "p-1", title: "好", text: "好的。", category: "own" },
        { id: "p-2", title: "坏", text: "坏的。", category: "nope" },
      ]),
    );
    const errors = await screen.findByTestId("phrase-pack-errors");
    expect(errors.textContent).toContain("短语包无效，未导入任何短语");
    expect(errors.textContent).toContain("第 2 条（p-2）字段“category”：不是允许的取值");
    expect(host.userSettings.get(OWN_KEY)).toBeUndefined();
  });

  test("a valid pack is imported and searchable by pinyin; duplicates by id are asked about", async () => {
    const { host } = setup();
    await upload(pack([{ id: "p-1", title: "廉洁家书", text: "写好廉洁家书。", category: "integrity" }]));
    await waitFor(() => expect(screen.getByTestId("phrase-notice").textContent).toBe("已导入 1 条短语。"));
    await userEvent.setup().type(search(), "ljjs");
    expect(optionTitles()[0]).toBe("廉洁家书");

    await upload(
      pack([
        { id: "p-1", title: "廉洁家书（新）", text: "新。", category: "integrity" },
        { id: "p-2", title: "清廉家风", text: "家风。", category: "integrity" },
      ]),
    );
    expect((await screen.findByTestId("phrase-import-duplicates")).textContent).toContain(
      "有 1 条短语的 id 已存在：p-1",
    );
    await userEvent.setup().click(screen.getByTestId("phrase-import-skip"));
    await waitFor(() =>
      expect(screen.getByTestId("phrase-notice").textContent).toBe("已导入 1 条短语，跳过 1 条。"),
    );
    const titles = host.userSettings
      .get<{ snippet: { title: string } }[]>(OWN_KEY)!
      .map((r) => r.snippet.title);
    expect(titles).toEqual(["廉洁家书", "清廉家风"]);

    await upload(pack([{ id: "p-1", title: "廉洁家书（新）", text: "新。", category: "integrity" }]));
    await userEvent.setup().click(await screen.findByTestId("phrase-import-replace"));
    await waitFor(() =>
      expect(
        host.userSettings.get<{ snippet: { title: string } }[]>(OWN_KEY)!.map((r) => r.snippet.title),
      ).toEqual(["廉洁家书（新）", "清廉家风"]),
    );

    await upload(pack([{ id: "p-2", title: "x", text: "y", category: "own" }]));
    await userEvent.setup().click(await screen.findByTestId("phrase-import-cancel"));
    expect(screen.getByTestId("phrase-notice").textContent).toBe("已取消导入，未做任何更改。");
  });

  test("a pack's term: Enter inserts it, and editing the phrase keeps it", async () => {
    const { host } = setup(["正文"]);
    host.setCursor(0, 2);
    await upload(
      pack([
        { id: "p-t", title: "三项测试", term: "三项测试", text: "测试甲、测试乙、测试丙", category: "own" },
      ]),
    );
    await waitFor(() => expect(screen.getByTestId("phrase-notice").textContent).toBe("已导入 1 条短语。"));
    const user = userEvent.setup();
    await user.type(search(), "sxcs");
    expect(optionTitles()[0]).toBe("三项测试");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(texts(host)[0]).toBe("正文三项测试"));

    await user.click(screen.getByTestId("phrase-edit"));
    await user.type(screen.getByTestId("own-tags"), "测试");
    await user.click(screen.getByTestId("own-save"));
    await waitFor(() =>
      expect(
        host.userSettings.get<{ snippet: { term?: string; tags: string[] } }[]>(OWN_KEY)![0].snippet,
      ).toEqual(expect.objectContaining({ term: "三项测试", tags: ["测试"] })),
    );
  });

  test("the language switch changes the tab's strings", async () => {
    setLocale("en-US");
    setup();
    expect(screen.getByTestId("phrase-save-selection").textContent).toBe("Save the selection as a phrase");
    await userEvent.setup().type(search(), "sgys");
    expect(screen.getByTestId("phrase-insert-explanation").textContent).toBe("Insert explanation");
  });
});

describe("active option", () => {
  test("stays on the same phrase when the list is re-ordered by 收藏", async () => {
    const { host } = setup();
    const user = userEvent.setup();
    await user.type(search(), "lgwh");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const chosen = optionTitles()[2];
    await user.click(screen.getByTestId("phrase-favourite"));
    await waitFor(() => expect(host.userSettings.get<string[]>(FAVOURITES_KEY)).toHaveLength(1));
    expect(optionTitles()[0]).toBe(chosen);
    const activeId = search().getAttribute("aria-activedescendant");
    expect(document.getElementById(activeId!)?.querySelector("span")?.textContent).toBe(chosen);
  });
});
