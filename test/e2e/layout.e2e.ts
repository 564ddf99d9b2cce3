/**
 * The 排版 tab in the preview: seed 003 opened as .txt, 读取文档 lists the parts, 应用公文格式 formats them
 * (the document column shows the formats: alignment, size, indent); a paragraph typed into after reading is
 * skipped and said.
 */
import type { Page } from "playwright-core";
import { launch, openPreview, openSeed, paneLocator, runAxe, screenshot, type Session } from "./helpers";

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** The inline format of a paragraph as the preview renders it. */
async function look(page: Page, paragraph: number) {
  return page.getByTestId(`doc-text-${paragraph}`).evaluate((el) => {
    const st = (el as HTMLElement).style;
    return { textAlign: st.textAlign, fontSize: st.fontSize, textIndent: st.textIndent };
  });
}

async function readSeed(page: Page): Promise<void> {
  await openPreview(page, { tab: "layout" });
  await openSeed(page, "003");
  const pane = paneLocator(page);
  await pane.getByTestId("layout-read").click();
  await page.waitForFunction(() =>
    document.querySelector("[data-testid=layout-summary]")?.textContent?.startsWith("共 24 段"),
  );
}

test("seed 003: the parts and their formats; 应用公文格式 formats the document", async () => {
  const page = await s.newPage();
  await readSeed(page);
  const pane = paneLocator(page);
  expect(await pane.getByTestId("layout-summary").textContent()).toBe(
    "共 24 段，识别出 23 段，其中 23 段与公文格式不同。空段和表格中的 1 段保持不变。",
  );
  expect(await pane.getByTestId("layout-row-heading1").getAttribute("data-count")).toBe("3");
  expect(await pane.getByTestId("layout-row-title").getAttribute("data-count")).toBe("1");
  expect(await pane.getByTestId("layout-format-title").textContent()).toBe(
    "方正小标宋简体，二号（22磅），居中，不缩进，行距固定值28.95磅",
  );
  expect(await look(page, 0)).toEqual({ textAlign: "", fontSize: "", textIndent: "" });
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

  await pane.getByTestId("layout-apply").click();
  const result = pane.getByTestId("layout-result");
  await result.waitFor();
  expect(await result.textContent()).toBe("已按公文格式调整 23 段。");
  // The document column shows the new formats.
  expect(await look(page, 0)).toEqual({ textAlign: "center", fontSize: "22px", textIndent: "" });
  expect(await look(page, 2)).toEqual({ textAlign: "justify", fontSize: "16px", textIndent: "32px" });
  expect(await look(page, 3)).toEqual({ textAlign: "justify", fontSize: "16px", textIndent: "32px" });
  // The tab read again: nothing left to change.
  await page.waitForFunction(() =>
    document.querySelector("[data-testid=layout-summary]")?.textContent?.includes("其中 0 段"),
  );
  expect(await pane.getByTestId("layout-apply").isDisabled()).toBe(true);
  await screenshot(page, "layout-applied");
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});

test("a paragraph typed into after reading is skipped and said; the next apply formats it", async () => {
  const page = await s.newPage();
  await readSeed(page);
  const pane = paneLocator(page);
  const area = page.getByTestId("doc-text-2");
  await area.fill("2022年，本人认真履行职责。");
  await pane.getByTestId("layout-apply").click();
  const result = pane.getByTestId("layout-result");
  await result.waitFor();
  expect(await result.textContent()).toBe(
    "已按公文格式调整 22 段。1 段在读取后被修改，已跳过，未改动。已重新读取文档，可再次点击“应用公文格式”处理这些段落。",
  );
  expect(await look(page, 2)).toEqual({ textAlign: "", fontSize: "", textIndent: "" });
  expect(await look(page, 0)).toMatchObject({ textAlign: "center" });
  await page.waitForFunction(() =>
    document.querySelector("[data-testid=layout-summary]")?.textContent?.includes("其中 1 段"),
  );
  await pane.getByTestId("layout-apply").click();
  await page.waitForFunction(
    () => document.querySelector("[data-testid=layout-result]")?.textContent === "已按公文格式调整 1 段。",
  );
  expect(await look(page, 2)).toEqual({ textAlign: "justify", fontSize: "16px", textIndent: "32px" });
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});

/** The font, line height and Latin font the preview shows for a paragraph after 一键排版. */
async function fonts(page: Page, paragraph: number) {
  return page.getByTestId(`doc-text-${paragraph}`).evaluate((el) => ({
    font: (el as HTMLElement).dataset.font ?? "",
    lineHeight: (el as HTMLElement).style.lineHeight,
  }));
}

test.each(["000", "002", "004"])(
  "seed %s: 一键排版 gives every part its GB/T 9704 format; 撤销排版 puts the old formats back",
  async (seed) => {
    const page = await s.newPage();
    await openPreview(page, { tab: "layout" });
    await openSeed(page, seed);
    const pane = paneLocator(page);
    await pane.getByTestId("layout-read").click();
    await pane.getByTestId("layout-summary").waitFor();
    const before = await fonts(page, 0);
    await pane.getByTestId("layout-apply").click();
    await pane.getByTestId("layout-result").waitFor();
    expect(await pane.getByTestId("layout-result").textContent()).toMatch(/^已按公文格式调整 \d+ 段。$/);
    expect(await pane.locator("[data-testid=layout-gaps]").count()).toBe(0);
    const lookBefore = { textAlign: "", fontSize: "", textIndent: "" };
    // Every paragraph: 28.95 pt fixed; the body 仿宋_GB2312 16 pt, headings 一、 黑体 (seeds 000/002/004 have no title).
    const count = await page.locator("[data-testid^=doc-text-]").count();
    let body = 0;
    let heading1 = 0;
    for (let i = 0; i < count; i++) {
      const f = await fonts(page, i);
      const text = await page.getByTestId(`doc-text-${i}`).inputValue();
      if (text.trim() === "") continue;
      expect(f.lineHeight).toBe("28.95px");
      if (/^[一二三四五六七八九十]+、/.test(text)) {
        expect(f.font).toBe("黑体");
        heading1++;
      } else if (f.font === "仿宋_GB2312") body++;
    }
    expect(heading1).toBeGreaterThan(0);
    expect(body).toBeGreaterThan(3);
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=layout-summary]")?.textContent?.includes("其中 0 段"),
    );
    await screenshot(page, `layout-seed-${seed}-applied`, { fullPage: true });
    await pane.getByTestId("layout-undo").click();
    await pane.getByTestId("layout-undo-result").waitFor();
    expect(await pane.getByTestId("layout-undo-result").textContent()).toMatch(
      /^已恢复排版前的格式（\d+ 处）。$/,
    );
    expect(await fonts(page, 0)).toEqual(before);
    expect(await look(page, 0)).toEqual(lookBefore);
    await screenshot(page, `layout-seed-${seed}-undone`);
    expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
    s.requests.assertLocalOnly();
    expect(s.pageErrors).toEqual([]);
  },
);
