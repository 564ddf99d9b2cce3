/** The outline view in the preview: seed 003 opened as .txt; clicking a heading selects it in the document. */
import {
  docParagraphs,
  launch,
  openPreview,
  openSeed,
  paneLocator,
  runAxe,
  screenshot,
  selectedText,
  type Session,
} from "./helpers";

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

test("seed 003 as .txt: 一、二、三、 with 1.–5. under 一、; a click selects the heading in the document", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "outline" });
  const status = await openSeed(page, "003");
  expect(status).toMatch(/已打开“003_139e5e9c6414882d\.txt”，共 \d+ 段/);
  const paragraphs = await docParagraphs(page);
  expect(paragraphs[0]).toBe("2022年度述责述廉报告");
  expect(paragraphs[14]).toBe("二、存在问题和不足");

  const pane = paneLocator(page);
  await pane.getByRole("button", { name: "刷新" }).click();
  const tree = pane.getByRole("tree", { name: "标题层级" });
  await tree.waitFor();
  const level = (n: number) =>
    tree.locator(`[role=treeitem][aria-level="${n}"] > .fui-TreeItemLayout .fui-TreeItemLayout__main`);
  await page.waitForFunction(() => document.querySelectorAll('[role=treeitem][aria-level="1"]').length === 3);
  expect(await level(1).allTextContents()).toEqual([
    "一、廉政履责情况",
    "二、存在问题和不足",
    "三、下一阶段改进措施",
  ]);
  const first = tree.locator('[role=treeitem][data-paragraph="3"]');
  const underFirst = first.locator(
    '[role=treeitem][aria-level="2"] > .fui-TreeItemLayout .fui-TreeItemLayout__main',
  );
  expect(await underFirst.allTextContents()).toEqual([
    "1.执行政治纪律和政治规矩情况",
    "2.履行管党治党责任情况",
    "3.推进党风廉政建设和反腐败工作情况",
    "4.执行廉洁纪律情况",
    "5.落实意识形态工作情况",
  ]);

  // Click: the heading is highlighted in the document column at once.
  await tree.getByText("存在问题和不足").click();
  await page.getByTestId("doc-selection").waitFor();
  expect(await selectedText(page)).toBe("二、存在问题和不足");
  expect(await page.getByTestId("doc-selection").getAttribute("data-paragraph")).toBe("14");
  expect(await page.getByTestId("doc-selection").isVisible()).toBe(true);

  // Keyboard: Enter on a sub-heading selects it too.
  await tree.locator('[role=treeitem][data-paragraph="8"]').focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=doc-selection]")?.getAttribute("data-paragraph") === "8",
  );
  expect(await selectedText(page)).toBe("3.推进党风廉政建设和反腐败工作情况");

  await screenshot(page, "outline-seed-003");
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  s.requests.assertLocalOnly();
  await page.close();
});

test("a file that cannot be read gives a clear message and keeps the document", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "outline" });
  await openSeed(page, "003");
  const before = await docParagraphs(page);
  await page.getByTestId("open-file-input").setInputFiles({
    name: "broken.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from("this is not a zip file"),
  });
  await page.waitForFunction(() =>
    document.querySelector("[data-testid=open-status]")?.textContent?.includes("broken.docx"),
  );
  const message = (await page.getByTestId("open-status").textContent()) ?? "";
  expect(message).toContain("无法打开“broken.docx”");
  expect(await docParagraphs(page)).toEqual(before);
  expect(s.pageErrors).toEqual([]);
  await page.close();
});
