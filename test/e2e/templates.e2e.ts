/**
 * The 模板 tab in the preview: pick a kind, fill the form, insert; insert a scaffold between two sections and
 * see the later numbers shift; walk the unfilled fields.
 */
import {
  docParagraphs,
  launch,
  openPreview,
  openSeed,
  paneLocator,
  placeCaret,
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

test("pick a kind, fill the form, insert; then walk the unfilled fields", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "templates" });
  const pane = paneLocator(page);
  await pane.getByTestId("template-unit-annual").click();
  const outline = pane.getByTestId("template-outline");
  await outline.waitFor();
  expect(await outline.locator("li").allTextContents()).toContain("（五）健全制度机制");
  await pane.getByTestId("field-year").fill("2024");
  await pane.getByTestId("field-unit").fill("江东市审计局");
  await pane.getByTestId("field-to").fill("市纪委");
  await pane.getByTestId("field-date").fill("2024年12月20日");
  await pane.getByTestId("insert-template").click();
  // A preview that starts with text asks whether to insert at the cursor.
  const confirm = pane.getByTestId("confirm-at-cursor");
  const notice = pane.getByTestId("templates-notice");
  await Promise.race([confirm.waitFor(), notice.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/已插入模板“党风廉政建设和反腐败工作情况报告”/);
  const paragraphs = await docParagraphs(page);
  expect(paragraphs).toContain("关于2024年度党风廉政建设和反腐败工作情况的报告");
  expect(paragraphs).toContain("市纪委：");
  expect(paragraphs).toContain("一、主要工作情况");
  expect(paragraphs).toContain("特此报告。");
  expect(paragraphs.slice(-2)).toEqual(["江东市审计局", "2024年12月20日"]);

  // 下一个待填项: each click selects the next 【请填写…】 in the document.
  const title = paragraphs.indexOf("关于2024年度党风廉政建设和反腐败工作情况的报告");
  await placeCaret(page, title, 0);
  await pane.getByTestId("next-field").click();
  await page.getByTestId("doc-selection").waitFor();
  const first = await selectedText(page);
  expect(first).toMatch(/^【请填写[^】]+】$/);
  await pane.getByTestId("next-field").click();
  await page.waitForFunction(
    (prev) =>
      document.querySelector("[data-testid=doc-selection]")?.textContent?.replace(/\u200b/g, "") !== prev,
    first,
  );
  expect(await selectedText(page)).toMatch(/^【请填写[^】]+】$/);
  await screenshot(page, "templates-inserted");
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});

test("insert a scaffold between two sections: 将插入为 二、…, and 二、 shifts to 三、", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "templates" });
  await openSeed(page, "004");
  const before = await docParagraphs(page);
  expect(before[2].trim()).toBe("一、主要工作情况");
  expect(before[8].trim()).toBe("二、工作打算");
  const pane = paneLocator(page);
  await pane.getByTestId("view-scaffolds").click();
  // In the heading line (its very start would put the new section before 一、).
  await placeCaret(page, 2, before[2].length);
  await pane.getByTestId("scaffold-problems-general").click();
  const plan = pane.getByTestId("scaffold-plan");
  await plan.waitFor();
  expect(await plan.textContent()).toBe("将插入为 二、存在的问题");
  expect(await pane.getByTestId("scaffold-renumber").isChecked()).toBe(true);
  await pane.getByTestId("insert-scaffold").click();
  await pane.getByTestId("templates-notice").waitFor();
  expect(await pane.getByTestId("templates-notice").textContent()).toBe(
    "已插入“二、存在的问题”，后面 1 个标题已顺延编号。",
  );
  const after = await docParagraphs(page);
  expect(after[8]).toBe("二、存在的问题");
  expect(after.map((p) => p.trim())).toContain("三、工作打算");
  expect(after.map((p) => p.trim())).not.toContain("二、工作打算");

  // A level override: a level-2 scaffold inside 一、 as the next （n）.
  await placeCaret(page, 7, after[7].length);
  await pane.getByTestId("scaffold-warning-education").click();
  await page.waitForFunction(() =>
    document.querySelector("[data-testid=scaffold-plan]")?.textContent?.includes("（六）深入开展警示教育"),
  );
  await screenshot(page, "templates-scaffold");
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});
