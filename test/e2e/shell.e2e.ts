/**
 * The task pane in the preview: it loads, every tab opens, the page has a CSP that really blocks an
 * inline script, no request leaves localhost, axe-core finds no serious or critical violation.
 */
import {
  baseUrl,
  launch,
  openPreview,
  paneLocator,
  runAxe,
  screenshot,
  shellTabs,
  type Session,
} from "./helpers";

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const TABS = ["模板", "短语", "检查", "排版", "大纲"];

test("the task pane loads in the preview and every tab opens", async () => {
  const page = await s.newPage();
  await openPreview(page);
  const pane = paneLocator(page);
  // The shell's own tab list (a tab may hold a tab list of its own, e.g. 模板 / 章节框架).
  const names = await shellTabs(page)
    .getByRole("tab")
    .evaluateAll((els) => els.map((e) => e.getAttribute("value") ?? ""));
  expect(names).toEqual(["templates", "phrases", "check", "layout", "outline"]);
  for (const name of TABS) {
    const tab = shellTabs(page).getByRole("tab", { name });
    await tab.click();
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    const panel = pane.locator(`#${(await tab.getAttribute("aria-controls")) ?? ""}`);
    await panel.waitFor({ state: "visible" });
    // The lazily loaded chunk arrived: no spinner left, no error boundary.
    await page.waitForFunction(
      (id) => {
        const el = document.getElementById(id);
        return !!el && !el.hidden && !el.textContent?.includes("正在加载…");
      },
      (await panel.getAttribute("id")) ?? "",
    );
    expect(await pane.getByText("此部分出现错误").count()).toBe(0);
  }
  // Only the visible tab's panel is exposed; the others stay mounted, hidden.
  expect(await pane.locator("[role=tabpanel][id^=lz-panel-]:not([hidden])").count()).toBe(1);
  expect(await pane.locator("[role=tabpanel][id^=lz-panel-]").count()).toBe(5);
  await screenshot(page, "shell-preview");
  expect(s.pageErrors).toEqual([]);
  s.requests.assertLocalOnly();
  await page.close();
});

test("?tab= opens that tab; the language switch changes the pane", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "outline" });
  expect(await shellTabs(page).getByRole("tab", { name: "大纲" }).getAttribute("aria-selected")).toBe("true");
  await page.getByTestId("language").selectOption("en-US");
  await shellTabs(page).getByRole("tab", { name: "Outline" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
  // All five tabs fit the 350 px pane in both languages (nothing hidden behind a scroll).
  const fits = () =>
    page.evaluate(() => {
      const list = document.querySelector("[data-lz-shell]") as HTMLElement;
      return list.scrollWidth <= list.clientWidth && list.clientWidth <= 350;
    });
  expect(await fits()).toBe(true);
  await page.getByTestId("language").selectOption("zh-CN");
  await shellTabs(page).getByRole("tab", { name: "大纲" }).waitFor();
  expect(await fits()).toBe(true);
  await page.getByTestId("language").selectOption("en-US");
  await shellTabs(page).getByRole("tab", { name: "Outline" }).waitFor();
  expect(await shellTabs(page).getByRole("tab", { name: "Outline" }).getAttribute("aria-selected")).toBe(
    "true",
  );
  await page.close();
});

test("the page has a Content-Security-Policy and it blocks an inline script", async () => {
  const page = await s.newPage();
  await openPreview(page);
  const csp = await page.evaluate(
    () =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null,
  );
  expect(csp).not.toBeNull();
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/unsafe-eval/);
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    let violation = "";
    document.addEventListener("securitypolicyviolation", (e) => (violation = e.violatedDirective), {
      once: true,
    });
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true;";
    document.head.appendChild(script);
    await new Promise((r) => setTimeout(r, 50));
    let evalRan = false;
    try {
      // eslint-disable-next-line no-eval -- proving that the page's CSP forbids eval
      evalRan = (0, eval)("true") === true;
    } catch {
      evalRan = false;
    }
    return { ran: w.__inlineRan === true, violation, evalRan };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.violation).toMatch(/^script-src/);
  expect(outcome.evalRan).toBe(false);
  await page.close();
});

test("no request leaves localhost (a stray one would be caught)", async () => {
  const page = await s.newPage();
  await openPreview(page);
  for (const name of TABS) await shellTabs(page).getByRole("tab", { name }).click();
  await page.waitForLoadState("networkidle");
  expect(s.requests.all.length).toBeGreaterThan(2);
  s.requests.assertLocalOnly();
  // The recorder itself works: a request to another host is reported.
  const other = await launch();
  try {
    const p = await other.newPage();
    await openPreview(p);
    // (fetch and <img> are stopped by the page's CSP before any request; a navigation is not.)
    await p.goto("http://example.invalid/x").catch(() => undefined);
    expect(other.requests.offending).toEqual(["http://example.invalid/x"]);
    expect(() => other.requests.assertLocalOnly()).toThrow(/example\.invalid/);
  } finally {
    await other.close();
  }
  await page.close();
});

test("axe-core finds no serious or critical violation in the task pane, on any tab", async () => {
  const page = await s.newPage();
  await openPreview(page, { tab: "outline" });
  for (const name of TABS) {
    await shellTabs(page).getByRole("tab", { name }).click();
    await page.waitForFunction(() => !document.body.textContent?.includes("正在加载…"));
    const violations = await runAxe(page, "[data-testid=pane-column]");
    expect({ tab: name, violations }).toEqual({ tab: name, violations: [] });
  }
  // The preview page as a whole too.
  expect(await runAxe(page)).toEqual([]);
  await page.close();
});

test("taskpane.html outside Word says clearly where it runs, without leaving localhost", async () => {
  const page = await s.newPage();
  await page.goto(`${baseUrl()}/taskpane.html`);
  const problem = page.getByTestId("boot-problem");
  await problem.waitFor({ timeout: 20000 });
  expect(await problem.textContent()).toContain("请在 Word 中使用");
  expect(await page.getByRole("tab").count()).toBe(0);
  expect(await runAxe(page)).toEqual([]);
  s.requests.assertLocalOnly();
  await page.close();
});
