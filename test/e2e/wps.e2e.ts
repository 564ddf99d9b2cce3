/**
 * The pane inside WPS文字, end to end: the WPS加载项 of `npm run build:wps` (dist-wps/lianzheng_<version>/
 * taskpane.html, served by global-setup) in chromium, booted on its WPS host over the fake WPS object model
 * (test/host/fake-wps.ts, injected as window.Application before the pane loads; see wps-helpers.ts).
 * The four jobs of the pane, each asserting the document as window.Application reports it:
 *   1. insert a whole template (fields as content controls, formats by role) and a section scaffold;
 *   2. look up a phrase and insert it at the cursor;
 *   3. check, click a finding to select it in the document, fix one, fix all, ignore;
 *   4. 一键排版 (paragraph formats, fonts, page setup, page numbers) and 撤销排版.
 * Also: 批注模式 and 以修订方式修正 (comments, TrackRevisions), a WPS build without content controls, a fix
 * refused because the paragraph changed in WPS, and the ribbon's main page (index.html) opening the pane.
 * No page error and no console error in any flow; a screenshot per flow in test-results/e2e/wps-*.png.
 */
import type { Locator, Page } from "playwright-core";
import { mmToPt } from "../../src/core/layout";
import { PAGE } from "../../src/genre/layout";
import { launch, runAxe, screenshot, type Session } from "./helpers";
import {
  openWpsPane,
  readWps,
  seedParagraphs,
  until,
  wpsBaseUrl,
  wpsTexts,
  type WpsState,
} from "./wps-helpers";

let s: Session;
beforeAll(async () => {
  // About the width of a docked WPS task pane.
  s = await launch({ viewport: { width: 420, height: 900 } });
});
afterAll(async () => {
  await s?.close();
});
afterEach(async () => {
  // Taken per test, so that one test's errors do not fail the next ones.
  const pageErrors = s.pageErrors.splice(0);
  const consoleErrors = s.consoleErrors.splice(0);
  for (const page of s.context.pages()) await page.close();
  s.requests.assertLocalOnly();
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

const paneOf = (page: Page): Locator => page.getByTestId("taskpane");

/** Story start of each paragraph (every paragraph ends with its mark "\r"). */
function starts(state: WpsState): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of state.paragraphs) {
    out.push(at);
    at += p.text.length + 1;
  }
  return out;
}

/** Where a story span lies: the paragraph and the offset in it. */
function locate(state: WpsState, start: number): { paragraph: number; offset: number } {
  const st = starts(state);
  let paragraph = 0;
  while (paragraph + 1 < st.length && st[paragraph + 1] <= start) paragraph++;
  return { paragraph, offset: start - st[paragraph] };
}

/** The 【…】 placeholders of the document's texts, in order. */
function placeholders(state: WpsState): { paragraph: number; offset: number; text: string }[] {
  return state.paragraphs.flatMap((p, paragraph) =>
    [...p.text.matchAll(/【[^】]*】/g)].map((m) => ({ paragraph, offset: m.index, text: m[0] })),
  );
}

/** Write a paragraph's text in the fake document, as the writer typing in WPS would. */
async function typeInto(page: Page, paragraph: number, text: string): Promise<void> {
  await page.evaluate(
    ([i, t]) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake object model is untyped here
      const doc = (window as any).Application.ActiveDocument;
      const range = doc.Paragraphs.Item(i + 1).Range;
      doc.Range(range.Start, range.End - 1).Text = t;
    },
    [paragraph, text] as const,
  );
}

describe("ribbon", () => {
  test("index.html: the ribbon callbacks open one docked pane on each button's tab", async () => {
    const page = await s.newPage();
    // The part of WPS's Application the main page uses: task panes and PluginStorage, recorded.
    await page.addInitScript(() => {
      const store = new Map<string, unknown>();
      const panes: {
        ID: number;
        url: string;
        navigated: string[];
        Visible: boolean;
        DockPosition: number;
        Width: number;
      }[] = [];
      (window as unknown as Record<string, unknown>).__panes = panes;
      (window as unknown as Record<string, unknown>).Application = {
        CreateTaskPane(url: string) {
          const pane = {
            ID: panes.length + 1,
            url,
            navigated: [] as string[],
            Visible: false,
            DockPosition: 0,
            Width: 0,
            Navigate(to: string) {
              this.navigated.push(to);
            },
          };
          panes.push(pane);
          return pane;
        },
        GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
        PluginStorage: {
          getItem: (key: string) => store.get(key) ?? null,
          setItem: (key: string, value: unknown) => void store.set(key, value),
        },
      };
    });
    const base = wpsBaseUrl();
    await page.goto(`${base}/index.html`);
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        OnAddinLoad(ui: unknown): boolean;
        OnAction(c: { Id: string }): void;
        GetImage(c: { Id: string }): string;
        __panes: unknown[];
      };
      const loaded = w.OnAddinLoad({});
      w.OnAction({ Id: "lzCheck" });
      w.OnAction({ Id: "lzLayout" });
      return { loaded, image: w.GetImage({ Id: "lzPhrases" }), panes: JSON.parse(JSON.stringify(w.__panes)) };
    });
    expect(result.loaded).toBe(true);
    // One pane, created on the first click, docked right (2) with a width before it is shown; reused after.
    expect(result.panes).toEqual([
      {
        ID: 1,
        url: `${base}/taskpane.html?tab=check`,
        navigated: [`${base}/taskpane.html?tab=layout`],
        Visible: true,
        DockPosition: 2,
        Width: 360,
      },
    ]);
    expect((await page.request.get(`${base}/${result.image}`)).status()).toBe(200);

    // The URL a button opens is the pane on that tab, over the document.
    const pane = await s.newPage();
    await openWpsPane(pane, { paragraphs: [""] }, { tab: "layout" });
    expect(await pane.getByRole("tab", { name: "排版", exact: true }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await pane.getByTestId("layout-tab").waitFor({ state: "visible" });
  });
});

describe("1. templates", () => {
  test("insert a whole template: the text, its fields as content controls, the formats; 下一个待填项", async () => {
    const page = await s.newPage();
    await openWpsPane(page, { paragraphs: [""] }, { tab: "templates" });
    const pane = paneOf(page);
    // The pane says what WPS cannot do (no paragraph change events).
    expect(await pane.getByTestId("host-limits").textContent()).toContain("WPS 不提供段落修改事件");
    await pane.getByTestId("template-unit-annual").click();
    await pane.getByTestId("template-outline").waitFor();
    await pane.getByTestId("field-year").fill("2024");
    await pane.getByTestId("field-unit").fill("江东市审计局");
    await pane.getByTestId("field-to").fill("市纪委");
    await pane.getByTestId("field-date").fill("2024年12月20日");
    await pane.getByTestId("insert-template").click();
    await pane.getByTestId("templates-notice").waitFor();
    expect(await pane.getByTestId("templates-notice").textContent()).toMatch(
      /已插入模板“党风廉政建设和反腐败工作情况报告”/,
    );

    const doc = await readWps(page);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe("关于2024年度党风廉政建设和反腐败工作情况的报告");
    expect(texts[1]).toBe("市纪委：");
    expect(texts).toContain("一、主要工作情况");
    expect(texts).toContain("特此报告。");
    expect(texts.slice(-2)).toEqual(["江东市审计局", "2024年12月20日"]);
    // The filled fields are plain text; every field left to fill is a content control tagged for the add-in
    // over exactly its 【请填写…】 text, one per placeholder.
    expect(texts.join("\n")).not.toContain("【年度】");
    const marks = placeholders(doc);
    expect(marks.length).toBeGreaterThanOrEqual(10);
    expect(doc.controls).not.toBeNull();
    const controls = [...(doc.controls ?? [])].sort((a, b) => a.start - b.start);
    expect(controls).toHaveLength(marks.length);
    controls.forEach((c, i) => {
      expect(c.tag).toBe("lianzheng-field");
      expect(c.text).toBe(marks[i].text);
      expect(c.title).toBe(marks[i].text.slice(1, -1));
      expect(locate(doc, c.start)).toEqual({ paragraph: marks[i].paragraph, offset: marks[i].offset });
      expect(c.end - c.start).toBe(marks[i].text.length);
    });
    // Formats by role (GB/T 9704): the title, a level-1 heading, the body.
    const heading = texts.indexOf("一、主要工作情况");
    expect(doc.paragraphs[0]).toMatchObject({
      style: "标题",
      alignment: 1,
      fontName: "方正小标宋简体",
      fontSize: 22,
      lineSpacing: 28.95,
      lineSpacingRule: 4,
    });
    expect(doc.paragraphs[heading]).toMatchObject({ style: "标题 1", fontName: "黑体", fontSize: 16 });
    expect(doc.paragraphs[2]).toMatchObject({
      alignment: 3,
      fontName: "仿宋_GB2312",
      fontSize: 16,
      firstLineIndent: 32,
    });

    // 下一个待填项 from the top selects the first placeholder, then the next one.
    await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake object model is untyped here
      (window as any).Application.ActiveDocument.Range(0, 0).Select();
    });
    await pane.getByTestId("next-field").click();
    const first = await until(
      async () => (await readWps(page)).selection,
      (sel) => sel.text === marks[0].text,
    );
    expect(first.text).toBe(marks[0].text);
    expect(first.start).toBe(controls[0].start);
    await pane.getByTestId("next-field").click();
    const second = await until(
      async () => (await readWps(page)).selection,
      (sel) => sel.start === controls[1].start,
    );
    expect(second).toEqual({ start: controls[1].start, end: controls[1].end, text: marks[1].text });
    await screenshot(page, "wps-templates", { fullPage: true });
    expect(await runAxe(page, "[data-testid=taskpane]")).toEqual([]);
  });

  test("insert a section scaffold after 一、: 二、存在的问题, and 二、工作打算 shifts to 三、", async () => {
    const page = await s.newPage();
    const before = seedParagraphs("004");
    expect(before[2].trim()).toBe("一、主要工作情况");
    expect(before[8].trim()).toBe("二、工作打算");
    // The caret at the end of the heading line 一、主要工作情况.
    await openWpsPane(
      page,
      { paragraphs: before, caret: { paragraph: 2, offset: before[2].length } },
      { tab: "templates" },
    );
    const pane = paneOf(page);
    await pane.getByTestId("view-scaffolds").click();
    await pane.getByTestId("scaffold-problems-general").click();
    const plan = pane.getByTestId("scaffold-plan");
    await plan.waitFor();
    expect(await plan.textContent()).toBe("将插入为 二、存在的问题");
    await pane.getByTestId("insert-scaffold").click();
    await pane.getByTestId("templates-notice").waitFor();
    expect(await pane.getByTestId("templates-notice").textContent()).toBe(
      "已插入“二、存在的问题”，后面 1 个标题已顺延编号。",
    );
    const doc = await readWps(page);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 8)).toEqual(before.slice(0, 8));
    expect(texts[8]).toBe("二、存在的问题");
    expect(doc.paragraphs[8]).toMatchObject({ style: "标题 1", fontName: "黑体" });
    expect(texts.map((t) => t.trim())).toContain("三、工作打算");
    expect(texts.map((t) => t.trim())).not.toContain("二、工作打算");
    expect(texts.length).toBeGreaterThan(before.length + 1);
    // The scaffold's placeholders are content controls, and only those (the seed had none).
    const marks = placeholders(doc);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.paragraph > 8)).toBe(true);
    expect((doc.controls ?? []).map((c) => c.text).sort()).toEqual(marks.map((m) => m.text).sort());
    await screenshot(page, "wps-scaffold", { fullPage: true });
  });
  test("a WPS build without content controls: the pane says so; fields stay 【…】 text and 下一个待填项 finds them", async () => {
    const page = await s.newPage();
    await openWpsPane(page, { paragraphs: [""], contentControls: false }, { tab: "templates" });
    const pane = paneOf(page);
    const limits = pane.getByTestId("host-limits");
    expect(await limits.textContent()).toContain("此版本的 WPS 没有内容控件");
    await pane.getByTestId("template-unit-annual").click();
    await pane.getByTestId("template-outline").waitFor();
    await pane.getByTestId("field-year").fill("2024");
    await pane.getByTestId("insert-template").click();
    await pane.getByTestId("templates-notice").waitFor();
    const doc = await readWps(page);
    expect(doc.controls).toBeNull();
    expect(doc.paragraphs[0].text).toBe("关于2024年度党风廉政建设和反腐败工作情况的报告");
    const marks = placeholders(doc);
    expect(marks.length).toBeGreaterThanOrEqual(10);
    await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake object model is untyped here
      (window as any).Application.ActiveDocument.Range(0, 0).Select();
    });
    await pane.getByTestId("next-field").click();
    const sel = await until(
      async () => (await readWps(page)).selection,
      (v) => v.text === marks[0].text,
    );
    expect(locate(doc, sel.start)).toEqual({ paragraph: marks[0].paragraph, offset: marks[0].offset });
    expect(sel.text).toBe(marks[0].text);
    await screenshot(page, "wps-templates-no-controls");
  });
});

describe("2. phrases", () => {
  test("type initials, Enter inserts the phrase at the WPS cursor", async () => {
    const page = await s.newPage();
    const before = seedParagraphs("003");
    const target = before.findIndex((p, i) => i > 0 && p.trim().length > 10);
    await openWpsPane(
      page,
      { paragraphs: before, caret: { paragraph: target, offset: 0 } },
      { tab: "phrases" },
    );
    const pane = paneOf(page);
    const search = pane.getByTestId("phrase-search");
    await search.click();
    await search.fill("sgys");
    await pane.getByTestId("phrase-option").first().waitFor();
    expect(await pane.getByTestId("phrase-option").first().locator("span").first().textContent()).toBe(
      "四个意识",
    );
    await search.press("Enter");
    await pane.getByTestId("phrase-notice").waitFor();
    const doc = await readWps(page);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts[target]).toBe(`四个意识${before[target]}`);
    expect(texts).toHaveLength(before.length);
    expect(texts.filter((_, i) => i !== target)).toEqual(before.filter((_, i) => i !== target));
    // The caret is left after the inserted text.
    const at = starts(doc)[target] + "四个意识".length;
    expect(doc.selection).toEqual({ start: at, end: at, text: "" });
    await screenshot(page, "wps-phrases");
    expect(await runAxe(page, "[data-testid=taskpane]")).toEqual([]);
  });
});

describe("3. check", () => {
  const findings = (pane: Locator, rule: string): Locator =>
    pane.locator(`[data-testid=finding][data-rule="${rule}"]`);

  async function check(page: Page): Promise<Locator> {
    const pane = paneOf(page);
    await pane.getByTestId("check-run").click();
    await pane
      .locator("[data-testid=check-summary] p")
      .filter({ hasText: /^共 \d+ 处/ })
      .waitFor();
    return pane;
  }

  test("seed 001: check, a click selects the text in WPS, fix one, fix all, ignore", async () => {
    const page = await s.newPage();
    const seed = seedParagraphs("001");
    await openWpsPane(page, { paragraphs: seed }, { tab: "check" });
    const pane = await check(page);

    // The unclosed “ in paragraph 15 (index 14): a click selects exactly it in the document.
    const quote = findings(pane, "paired-marks").filter({ hasText: "第 15 段" });
    expect(await quote.count()).toBe(1);
    expect(await quote.locator("mark").textContent()).toBe("“");
    await quote.locator("button").first().click();
    const selected = await until(
      async () => (await readWps(page)).selection,
      (sel) => sel.text === "“",
    );
    expect(selected.text).toBe("“");
    const doc0 = await readWps(page);
    const { paragraph, offset } = locate(doc0, selected.start);
    expect(paragraph).toBe(14);
    expect(seed[14][offset]).toBe("“");
    expect(selected.end).toBe(selected.start + 1);

    // Fix one: 2023以来年 → 2023年以来 in paragraph 6 (index 5).
    expect(seed[5]).toContain("2023以来年");
    await findings(pane, "year-suffix").first().getByRole("button", { name: /^修正/ }).click();
    expect(
      await until(
        async () => (await wpsTexts(page))[5],
        (v) => v.includes("。2023年以来全区纪检监察机关"),
      ),
    ).toBe(seed[5].replace("2023以来年", "2023年以来"));
    expect(
      await until(
        () => pane.getByTestId("check-status").textContent(),
        (v) => v === "已修正 1 处。",
      ),
    ).toBe("已修正 1 处。");
    expect(await findings(pane, "year-suffix").count()).toBe(0);

    // Fix all: the writer types a sentence with two half-width commas in WPS, checks again, fixes both.
    await typeInto(page, 2, "今年以来,我区持续深化作风建设,成效明显。");
    await pane.getByTestId("check-run").click();
    expect(
      await until(
        () => findings(pane, "halfwidth-punctuation").count(),
        (v) => v === 2,
      ),
    ).toBe(2);
    await pane.getByTestId("fix-all-halfwidth-punctuation").click();
    expect(
      await until(
        async () => (await wpsTexts(page))[2],
        (v) => v === "今年以来，我区持续深化作风建设，成效明显。",
      ),
    ).toBe("今年以来，我区持续深化作风建设，成效明显。");
    expect(
      await until(
        () => pane.getByTestId("check-status").textContent(),
        (v) => v === "已修正 2 处。",
      ),
    ).toBe("已修正 2 处。");
    // Nothing else in the document changed.
    const texts = await wpsTexts(page);
    expect(texts).toHaveLength(seed.length);
    texts.forEach((t, i) => {
      if (i !== 2 && i !== 5) expect(t).toBe(seed[i]);
    });

    // Ignore the unclosed quotation mark: gone from the list, kept in the document's variables.
    await quote.getByRole("button", { name: "忽略" }).click();
    expect(
      await until(
        () => findings(pane, "paired-marks").filter({ hasText: "第 15 段" }).count(),
        (v) => v === 0,
      ),
    ).toBe(0);
    const variables = await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake object model is untyped here
      const vars = (window as any).Application.ActiveDocument.Variables;
      const out: { name: string; value: string }[] = [];
      for (let i = 1; i <= (vars.Count as number); i++) {
        const v = vars.Item(i);
        out.push({ name: v.Name as string, value: v.Value as string });
      }
      return out;
    });
    const ignored = variables.filter(
      (v) => v.name.startsWith("lianzheng:") && v.value.includes("paired-marks"),
    );
    expect(ignored).toHaveLength(1);
    expect(await pane.getByTestId("check-summary").textContent()).toContain("另有 1 处已忽略");
    await screenshot(page, "wps-check");
    expect(await runAxe(page, "[data-testid=taskpane]")).toEqual([]);
  });
  test("a paragraph changed in WPS after the check: 修正 writes nothing and says so", async () => {
    const page = await s.newPage();
    const seed = seedParagraphs("001");
    await openWpsPane(page, { paragraphs: seed }, { tab: "check" });
    const pane = await check(page);
    const year = findings(pane, "year-suffix").first();
    expect(await year.count()).toBe(1);
    // The writer edits the same paragraph in WPS (the finding's text is still there, the paragraph is not).
    const edited = `${seed[5]}另起一句。`;
    await typeInto(page, 5, edited);
    await year.getByRole("button", { name: /^修正/ }).click();
    expect(
      await until(
        () => pane.getByTestId("check-status").textContent(),
        (v) => v === "该处文字在检查后已被修改，没有改动文档；已重新检查，请查看最新结果。",
      ),
    ).toBe("该处文字在检查后已被修改，没有改动文档；已重新检查，请查看最新结果。");
    const texts = await wpsTexts(page);
    expect(texts[5]).toBe(edited);
    expect(texts.filter((_, i) => i !== 5)).toEqual(seed.filter((_, i) => i !== 5));
  });
  test("批注模式: the findings as comments on their exact text, removed again; 以修订方式修正 as tracked changes", async () => {
    const page = await s.newPage();
    const seed = seedParagraphs("001");
    await openWpsPane(page, { paragraphs: seed }, { tab: "check" });
    // The writer's own comment, which the add-in must leave alone.
    await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake object model is untyped here
      const doc = (window as any).Application.ActiveDocument;
      const c = doc.Comments.Add(doc.Range(0, 4), "作者自己的批注");
      c.Author = "张三";
    });
    const pane = await check(page);
    await pane.getByTestId("review-header").getByRole("button").click();
    await pane.getByTestId("review-insert").click();
    const note = pane.getByTestId("review-note");
    await note.waitFor();
    const inserted = Number(/^已插入(\d+)条批注。$/.exec((await note.textContent()) ?? "")?.[1]);
    expect(inserted).toBeGreaterThanOrEqual(20);
    const doc = await readWps(page);
    const ours = doc.comments.filter((c) => c.author === "廉政报告助手");
    expect(ours).toHaveLength(inserted);
    for (const c of ours) expect(c.text.startsWith("〔廉政报告助手〕")).toBe(true);
    expect(doc.comments.filter((c) => c.author === "张三")).toHaveLength(1);
    // The unclosed “ of paragraph 15 carries its comment on exactly that character.
    const quote = ours.filter((c) => c.scope === "“" && locate(doc, c.start).paragraph === 14);
    expect(quote).toHaveLength(1);
    expect(seed[14][locate(doc, quote[0].start).offset]).toBe("“");
    // The text of the document is unchanged by comments.
    expect(doc.paragraphs.map((p) => p.text)).toEqual(seed);
    await screenshot(page, "wps-review-comments");

    await pane.getByTestId("review-remove").click();
    await until(
      () => note.textContent(),
      (v) => v === `已删除${inserted}条助手批注，其他批注保留。`,
    );
    expect((await readWps(page)).comments.map((c) => [c.author, c.scope, c.text])).toEqual([
      ["张三", seed[0].slice(0, 4), "作者自己的批注"],
    ]);

    // 以修订方式修正: the fix is written while TrackRevisions is on, which is off again afterwards.
    await pane.getByTestId("review-tracked").click();
    await findings(pane, "year-suffix").first().getByRole("button", { name: /^修正/ }).click();
    expect(
      await until(
        async () => (await wpsTexts(page))[5],
        (v) => v.includes("2023年以来"),
      ),
    ).toBe(seed[5].replace("2023以来年", "2023年以来"));
    expect((await readWps(page)).trackRevisions).toBe(false);
    // The fake records each change made while tracking was on (WPS shows them as 修订).
    const revisions = await page.evaluate(
      () =>
        (window as unknown as { __lianzhengFakeWps: { revisions: unknown[] } }).__lianzhengFakeWps.revisions,
    );
    const at = starts(doc)[5] + seed[5].indexOf("2023以来年");
    expect(revisions).toEqual([{ start: at, deleted: "2023以来年", inserted: "2023年以来" }]);
  });
});

describe("4. 排版", () => {
  test("seed 003: 一键排版 sets paragraph formats, fonts, A4 and page numbers in WPS; 撤销排版 puts them back", async () => {
    const page = await s.newPage();
    const seed = seedParagraphs("003");
    await openWpsPane(page, { paragraphs: seed }, { tab: "layout" });
    const pane = paneOf(page);
    await pane.getByTestId("layout-read").click();
    await until(
      () => pane.getByTestId("layout-summary").textContent(),
      (v) => v?.startsWith("共 24 段") === true,
    );
    const before = await readWps(page);
    expect(before.paragraphs[0]).toMatchObject({ alignment: 3, fontName: "宋体", fontSize: 10.5 });
    expect(before.page.margins.top).not.toBe(mmToPt(PAGE.topMm));
    expect(before.page.footers.primary).toEqual({ text: "", fields: 0, alignment: expect.any(Number) });
    await pane.getByTestId("layout-apply").click();
    const result = pane.getByTestId("layout-result");
    await result.waitFor();
    // WPS sets everything 排版 does (no line of what was not set).
    expect(await result.textContent()).toBe("已按公文格式调整 23 段。");
    expect(await pane.getByTestId("layout-gaps").count()).toBe(0);

    const after = await readWps(page);
    // The texts are untouched; the formats are GB/T 9704's.
    expect(after.paragraphs.map((p) => p.text)).toEqual(seed);
    const exact = { lineSpacing: 28.95, lineSpacingRule: 4 };
    expect(after.paragraphs[0]).toMatchObject({
      alignment: 1,
      fontName: "方正小标宋简体",
      fontSize: 22,
      firstLineIndent: 0,
      ...exact,
    });
    for (const i of [2, 5, 7]) {
      expect(after.paragraphs[i]).toMatchObject({
        alignment: 3,
        fontName: "仿宋_GB2312",
        fontNameAscii: "Times New Roman",
        fontSize: 16,
        firstLineIndent: 32,
        ...exact,
      });
    }
    const headings = after.paragraphs.filter((p) => /^[一二三四五六七八九十]+、/.test(p.text.trim()));
    expect(headings).toHaveLength(3);
    for (const h of headings)
      expect(h).toMatchObject({ style: "标题 1", fontName: "黑体", fontSize: 16, ...exact });
    // The page: A4 with GB/T 9704's margins; — 1 — with a PAGE field, odd pages right and even pages left.
    expect(after.page.paperSize).toBe(7);
    expect(after.page.margins).toEqual({
      top: mmToPt(PAGE.topMm),
      bottom: mmToPt(PAGE.bottomMm),
      left: mmToPt(PAGE.leftMm),
      right: mmToPt(PAGE.rightMm),
    });
    expect(after.page.oddAndEven).toBe(-1);
    expect(after.page.footers).toEqual({
      primary: { text: "— 1 —", fields: 1, alignment: 2 },
      even: { text: "— 1 —", fields: 1, alignment: 0 },
    });
    // The tab read again: nothing left to change.
    await until(
      () => pane.getByTestId("layout-summary").textContent(),
      (v) => v?.includes("其中 0 段") === true,
    );
    expect(await pane.getByTestId("layout-apply").isDisabled()).toBe(true);
    await screenshot(page, "wps-layout", { fullPage: true });
    expect(await runAxe(page, "[data-testid=taskpane]")).toEqual([]);

    // 撤销排版: every paragraph format and the page as they were before.
    await pane.getByTestId("layout-undo").click();
    const undone = pane.getByTestId("layout-undo-result");
    await undone.waitFor();
    expect(await undone.textContent()).toMatch(/^已恢复排版前的格式（\d+ 处）。$/);
    const back = await readWps(page);
    expect(back.paragraphs).toEqual(before.paragraphs);
    // The page too: the margins, odd and even footers off, the footers empty again.
    expect(back.page).toEqual(before.page);
    await screenshot(page, "wps-layout-undone");
  });
});
