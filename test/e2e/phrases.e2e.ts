/**
 * The 短语 tab in the preview: type initials and insert with Enter (the term appears at the cursor);
 * save a selection as a phrase and find it again after a reload; import a broken pack and see the
 * error with nothing imported.
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
  type Session,
} from "./helpers";

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

test("type initials, Enter inserts the phrase at the cursor", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "phrases" });
  await openSeed(page, "003");
  const before = await docParagraphs(page);
  const target = before.findIndex((p, i) => i > 0 && p.trim().length > 10);
  await placeCaret(page, target, 0);
  const pane = paneLocator(page);
  const search = pane.getByTestId("phrase-search");
  await search.click();
  await search.fill("sgys");
  await pane.getByTestId("phrase-option").first().waitFor();
  expect(await pane.getByTestId("phrase-option").first().locator("span").first().textContent()).toBe(
    "四个意识",
  );
  await search.press("Enter");
  await pane.getByTestId("phrase-notice").waitFor();
  const after = await docParagraphs(page);
  // A term inserts the term itself (issue 12); its explanation is Shift+Enter or 插入释义.
  expect(after[target]).toBe(`四个意识${before[target]}`);
  expect(after).toHaveLength(before.length);
  await screenshot(page, "phrases-inserted");
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});

test("save a selection as a phrase and find it again after a reload", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "phrases" });
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByTestId("taskpane").waitFor();
  await page.getByTestId("doc-text-0").fill("开展廉政家访活动【次数】次，覆盖全体中层干部家庭。");
  // Select the first 13 characters as a person would (Shift+→), so the preview reports the selection.
  await placeCaret(page, 0, 0);
  for (let i = 0; i < 13; i++) await page.keyboard.press("Shift+ArrowRight");
  const pane = paneLocator(page);
  await pane.getByTestId("phrase-save-selection").click();
  const title = pane.getByTestId("own-title");
  await title.waitFor();
  expect(await pane.getByTestId("own-text").inputValue()).toBe("开展廉政家访活动【次数】次");
  await title.fill("廉政家访测试");
  await screenshot(page, "phrases-own-editor");
  await pane.getByTestId("own-save").click();
  await pane.getByText("已保存短语“廉政家访测试”。").waitFor();

  await page.reload();
  await openPreview(page, { tab: "phrases" });
  const search = paneLocator(page).getByTestId("phrase-search");
  await search.fill("lzjfcs");
  const first = paneLocator(page).getByTestId("phrase-option").first();
  await first.waitFor();
  expect(await first.locator("span").first().textContent()).toBe("廉政家访测试");
  expect(s.pageErrors).toEqual([]);
});

test("a broken pack shows the error and imports nothing", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "phrases" });
  const before = await page.evaluate(() => window.localStorage.getItem("lianzheng:phrases.own"));
  const pack = {
    format: "lianzheng-snippets",
    version: 1,
    snippets: [
      { id: "ok-1", title: "好的短语", text: "好的。", category: "own" },
      { id: "bad-2", title: "", text: "缺标题。", category: "own" },
    ],
  };
  await paneLocator(page)
    .getByTestId("phrase-pack-file")
    .setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(pack)),
    });
  const errors = paneLocator(page).getByTestId("phrase-pack-errors");
  await errors.waitFor();
  const text = (await errors.textContent()) ?? "";
  expect(text).toContain("短语包无效，未导入任何短语");
  expect(text).toContain("第 2 条（bad-2）字段“title”：不能为空");
  expect(await page.evaluate(() => window.localStorage.getItem("lianzheng:phrases.own"))).toBe(before);
  await paneLocator(page).getByTestId("phrase-search").fill("hddy");
  expect(await paneLocator(page).getByTestId("phrase-count").textContent()).toBe(
    "没有找到相符的短语。可换用首字母或全拼再试。",
  );
  await screenshot(page, "phrases-broken-pack");
  expect(s.pageErrors).toEqual([]);
});
