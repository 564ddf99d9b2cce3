/**
 * The 检查 tab end to end: seed 001 in the preview, 检查, the unclosed quotation mark and the
 * placeholders found, a click highlights that exact text in the document column, fix one, fix all,
 * ignore and reload (still ignored). No request leaves localhost; no serious accessibility violation.
 */
import type { Locator, Page } from "playwright-core";
import {
  docParagraphs,
  launch,
  openPreview,
  openSeed,
  paneLocator,
  RESULTS,
  runAxe,
  screenshot,
  selectedText,
  type Session,
} from "./helpers";

let s: Session;
beforeAll(async () => {
  s = await launch({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await s.close();
});

async function check(page: Page): Promise<Locator> {
  const pane = paneLocator(page);
  await pane.getByTestId("check-run").click();
  await pane
    .locator("[data-testid=check-summary] p")
    .filter({ hasText: /^共 \d+ 处/ })
    .waitFor();
  return pane;
}

/** Poll `read` until it satisfies `ok` (Playwright's expect.poll is not in jest); returns the last value. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/** The finding items of a rule. */
function findings(pane: Locator, rule: string): Locator {
  return pane.locator(`[data-testid=finding][data-rule="${rule}"]`);
}

test("seed 001: check, select, fix one, fix all, ignore across a reload", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "check" });
  const opened = await openSeed(page, "001");
  expect(opened).toMatch(/\d+/);
  const pane = await check(page);
  await pane.screenshot({ path: `${RESULTS}/check-pane-top.png` });
  // The outline with a badge on each section that has findings.
  const outline = pane.getByTestId("check-outline");
  await outline.scrollIntoViewIfNeeded();
  await outline.screenshot({ path: `${RESULTS}/check-outline.png` });
  expect(await outline.getByTestId("badge-errors-1").isVisible()).toBe(true);

  // The unclosed “ in paragraph 15 (index 14) and the * placeholders.
  const quote = findings(pane, "paired-marks").filter({ hasText: "第 15 段" });
  await expect(quote.count()).resolves.toBe(1);
  expect(await quote.locator("mark").textContent()).toBe("“");
  // The placeholders are one bundle row (one rule, many findings) until expanded.
  await pane.getByTestId("expand-placeholder").click();
  const placeholders = findings(pane, "placeholder");
  expect(await placeholders.count()).toBeGreaterThanOrEqual(20);

  // Click → the document column highlights exactly that text.
  await quote.locator("button").first().click();
  expect(
    await until(
      () => selectedText(page),
      (v) => v === "“",
    ),
  ).toBe("“");
  const star = placeholders.filter({ hasText: "第 15 段" }).first();
  await star.locator("button").first().click();
  expect(
    await until(
      () => selectedText(page),
      (v) => v === "*",
    ),
  ).toBe("*");
  await screenshot(page, "check-selected");

  // Fix one: 2023以来年 → 2023年以来 in paragraph 6 (index 5).
  const year = findings(pane, "year-suffix").first();
  await year.getByRole("button", { name: /^修正/ }).click();
  expect(
    await until(
      async () => (await docParagraphs(page))[5],
      (v) => typeof v === "string" && v.includes("。2023年以来全区纪检监察机关"),
    ),
  ).toContain("。2023年以来全区纪检监察机关");
  expect(
    await until(
      () => pane.getByTestId("check-status").textContent(),
      (v) => v === "已修正 1 处。",
    ),
  ).toBe("已修正 1 处。");
  await expect(findings(pane, "year-suffix").count()).resolves.toBe(0);

  // Fix all: the writer types a sentence with two half-width commas, checks again, fixes both at once.
  const typed = "今年以来,我区持续深化作风建设,成效明显。";
  await page.getByTestId("doc-text-2").fill(typed);
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
      async () => (await docParagraphs(page))[2],
      (v) => v === "今年以来，我区持续深化作风建设，成效明显。",
    ),
  ).toBe("今年以来，我区持续深化作风建设，成效明显。");
  expect(
    await until(
      () => pane.getByTestId("check-status").textContent(),
      (v) => v === "已修正 2 处。",
    ),
  ).toBe("已修正 2 处。");

  // Ignore the unclosed quotation mark.
  await findings(pane, "paired-marks")
    .filter({ hasText: "第 15 段" })
    .getByRole("button", { name: "忽略" })
    .click();
  expect(
    await until(
      () => findings(pane, "paired-marks").filter({ hasText: "第 15 段" }).count(),
      (v) => v === 0,
    ),
  ).toBe(0);
  await screenshot(page, "check-after-ignore", { fullPage: false });
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

  // Reload the page, open the same report again: the ignore is still there (kept with the document).
  await page.reload();
  await page.getByTestId("taskpane").waitFor({ state: "visible" });
  await openSeed(page, "001");
  const pane2 = await check(page);
  await expect(findings(pane2, "paired-marks").filter({ hasText: "第 15 段" }).count()).resolves.toBe(0);
  expect(await pane2.getByTestId("check-summary").textContent()).toContain("另有 1 处已忽略");
  await pane2.getByTestId("ignored-header").getByRole("button").click();
  const ignored = pane2.getByTestId("ignored");
  await expect(ignored.count()).resolves.toBe(1);
  expect(await ignored.textContent()).toContain("第 15 段");
  await screenshot(page, "check-ignored-after-reload");

  // 撤销忽略 brings it back.
  await ignored.getByRole("button").click();
  expect(
    await until(
      () => findings(pane2, "paired-marks").filter({ hasText: "第 15 段" }).count(),
      (v) => v === 1,
    ),
  ).toBe(1);

  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});

test("检查并保存 on a report with errors offers 仍然保存", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "check" });
  await openSeed(page, "003");
  const pane = paneLocator(page);
  await pane.getByTestId("check-save").click();
  const blocked = pane.getByTestId("save-blocked");
  await blocked.waitFor();
  expect(await blocked.textContent()).toMatch(/发现 \d+ 个错误，尚未保存/);
  await pane.getByTestId("save-anyway").click();
  expect(
    await until(
      () => pane.getByTestId("check-status").textContent(),
      (v) => typeof v === "string" && /^已保存文档（仍有 \d+ 个错误）。$/.test(v),
    ),
  ).toMatch(/^已保存文档（仍有 \d+ 个错误）。$/);
  await screenshot(page, "check-save-anyway");

  // Rule settings: every switch and severity box is labelled; no serious accessibility violation.
  await pane.getByTestId("rules-header").getByRole("button").click();
  const rules = pane.getByTestId("rule-settings");
  await rules.waitFor();
  expect(await rules.getByRole("switch", { name: /^启用“/ }).count()).toBeGreaterThanOrEqual(10);
  await rules.scrollIntoViewIfNeeded();
  await rules.screenshot({ path: `${RESULTS}/check-rule-settings.png` });
  expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);
  s.requests.assertLocalOnly();
  expect(s.pageErrors).toEqual([]);
});
