/**
 * Helpers for the e2e tests (playwright-core + Debian's /usr/bin/chromium against the built preview).
 *
 * How to write a feature's e2e test (test/e2e/<feature>.e2e.ts, run by `npm run test:e2e`):
 *
 *   import { launch, openPreview, openSeed, recordRequests, runAxe, screenshot, type Session } from "./helpers";
 *   let s: Session;
 *   beforeAll(async () => { s = await launch(); });
 *   afterAll(async () => { await s.close(); });
 *   test("…", async () => {
 *     const page = await s.newPage();                 // a fresh page; requests leaving 127.0.0.1 are blocked
 *     await openPreview(page, { tab: "check" });       // preview.html?tab=check, waits for the task pane
 *     await openSeed(page, "003");                     // a seed (../shared/seeds/003_*.txt) through the file input
 *     const pane = paneLocator(page);                  // the task pane column; docLocator(page): the document
 *     await openTab(page, "大纲");                      // a tab of the pane's own tab list (shellTabs(page))
 *     expect(await docParagraphs(page)).toContain("…"); // the document's paragraphs, as text
 *     expect(await selectedText(page)).toBe("…");       // what host.select highlighted in the document
 *     s.requests.assertLocalOnly();                     // every request stayed on 127.0.0.1/localhost
 *     expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]); // serious/critical violations
 *     await screenshot(page, "name");                   // test-results/e2e/name.png
 *   });
 *
 * Every Session records page errors (uncaught exceptions) in `s.pageErrors`: assert it is empty at the
 * end of a test. (The pane turns a stray promise rejection into an error bar, data-testid=error-bar.)
 *
 * The server: global-setup serves dist/ (build it first: `npm run build:offline`; when dist/preview.html
 * is missing it builds it; LIANZHENG_E2E_BUILD=1 forces a fresh build; LIANZHENG_E2E_DIST=<dir> serves
 * another build). The base URL reaches the tests as LIANZHENG_E2E_URL (see baseUrl()).
 * Screenshots and the server file go to test-results/ (git-ignored); CHROMIUM_PATH overrides
 * /usr/bin/chromium.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const SEEDS = path.resolve(ROOT, "../shared/seeds");
export const RESULTS = path.join(ROOT, "test-results", "e2e");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The URL of the static server started by global-setup. */
export function baseUrl(): string {
  if (process.env.LIANZHENG_E2E_URL) return process.env.LIANZHENG_E2E_URL;
  const file = path.join(RESULTS, "server.json");
  if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { url: string }).url;
  throw new Error(
    "No e2e server: run the e2e tests with `npm run test:e2e` (jest.e2e.config.js sets up the server)",
  );
}

/** True for URLs that stay on this machine (and for data:/blob:/about: URLs the page makes itself). */
export function isLocalUrl(url: string): boolean {
  if (/^(data|blob|about|chrome-error|chrome):/i.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]" || host === "::1";
  } catch {
    return false;
  }
}

export interface RequestRecorder {
  /** Every URL the pages of the context requested. */
  readonly all: string[];
  /** The URLs that tried to leave the machine, once each (they were aborted). */
  readonly offending: string[];
  /** Throws (failing the test) when any request tried to leave localhost. */
  assertLocalOnly(): void;
}

/** Record every request of a context and abort those that would leave localhost. */
export async function recordRequests(context: BrowserContext): Promise<RequestRecorder> {
  const all: string[] = [];
  const offending: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    all.push(url);
    if (isLocalUrl(url)) return route.continue();
    if (!offending.includes(url)) offending.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (req) => {
    // Requests the router does not see (e.g. websockets, service workers) are still checked.
    const url = req.url();
    if (!isLocalUrl(url) && !offending.includes(url)) offending.push(url);
  });
  return {
    all,
    offending,
    assertLocalOnly() {
      if (offending.length > 0) {
        throw new Error(`Requests left localhost:\n  ${offending.join("\n  ")}`);
      }
    },
  };
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  requests: RequestRecorder;
  /** Uncaught exceptions and unhandled rejections of every page, as "message" strings. */
  pageErrors: string[];
  /** Console messages of type error. */
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launch Debian's chromium headless with a fresh context (nothing shared between sessions). */
export async function launch(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? "zh-CN",
    serviceWorkers: "block",
  });
  const requests = await recordRequests(context);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (page: Page): void => {
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
  };
  context.on("page", watch);
  return {
    browser,
    context,
    requests,
    pageErrors,
    consoleErrors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** Open preview.html (optionally ?tab=… &lang=…) and wait until the task pane is there. */
export async function openPreview(page: Page, query: { tab?: string; lang?: string } = {}): Promise<void> {
  const params = new URLSearchParams();
  if (query.tab) params.set("tab", query.tab);
  if (query.lang) params.set("lang", query.lang);
  const qs = params.toString();
  await page.goto(`${baseUrl()}/preview.html${qs ? `?${qs}` : ""}`);
  await page.getByTestId("taskpane").waitFor({ state: "visible" });
  await page.getByTestId("doc-column").waitFor({ state: "visible" });
}

/** The path of a seed by its number ("003") or its file name. */
export function seedPath(name: string): string {
  const file = readdirSync(SEEDS).find((f) => f === name || f.startsWith(`${name}_`));
  if (!file) throw new Error(`No seed ${name} in ${SEEDS}`);
  return path.join(SEEDS, file);
}

/** Open a file in the preview through its file input and wait for the result message. */
export async function openFile(page: Page, file: string): Promise<string> {
  await page.getByTestId("open-file-input").setInputFiles(file);
  const status = page.getByTestId("open-status");
  await status.waitFor({ state: "visible" });
  return (await status.textContent()) ?? "";
}

/** Open a seed ("003") as .txt in the preview; returns the status message (…共 N 段). */
export async function openSeed(page: Page, name: string): Promise<string> {
  return openFile(page, seedPath(name));
}

/** The task pane column and the document column of the preview. */
export const paneLocator = (page: Page): Locator => page.getByTestId("pane-column");
export const docLocator = (page: Page): Locator => page.getByTestId("doc-column");
/** The pane's own tab list (模板 / 短语 / 检查 / 排版 / 大纲); tabs inside a tab have their own lists. */
export const shellTabs = (page: Page): Locator =>
  page.locator("[data-testid=pane-column] [role=tablist][data-lz-shell]");
/** Switch the pane to a tab by its visible name (模板, 短语, 检查, 排版, 大纲 or the English names). */
export async function openTab(page: Page, name: string): Promise<void> {
  await shellTabs(page).getByRole("tab", { name, exact: true }).click();
}

/** The document's paragraphs as the preview shows them. */
export async function docParagraphs(page: Page): Promise<string[]> {
  return page
    .locator("[data-testid=doc-paragraph] textarea")
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
}

/** The text the task pane selected (host.select) as highlighted in the document, or null. */
export async function selectedText(page: Page): Promise<string | null> {
  const mark = page.getByTestId("doc-selection");
  if ((await mark.count()) === 0) return null;
  return (await mark.textContent())?.replace(/\u200b/g, "") ?? null;
}

/** Put the caret in a paragraph of the document (sets the in-memory host's cursor). */
export async function placeCaret(page: Page, paragraph: number, offset: number, length = 0): Promise<void> {
  const area = page.getByTestId(`doc-text-${paragraph}`);
  await area.focus();
  await area.evaluate(
    (el, [o, l]) => {
      const t = el as HTMLTextAreaElement;
      t.setSelectionRange(o, o + l);
      t.dispatchEvent(new Event("select", { bubbles: true }));
      // React reports a caret moved by script on the next key or mouse event (its onSelect does not listen
      // to the native select event): a key released, as after an arrow key.
      t.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true, key: "Shift" }));
    },
    [offset, length] as const,
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core in the page (the source is evaluated through the DevTools protocol, which the page's
 * CSP does not block) and return the violations of the given impacts (serious and critical by default).
 */
export async function runAxe(
  page: Page,
  selector = "body",
  impacts: readonly string[] = ["serious", "critical"],
): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  if (!hasAxe) {
    const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(source);
  }
  const violations = await page.evaluate(async (sel) => {
    type AxeNode = { target: unknown[]; html: string };
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: string,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(sel, { resultTypes: ["violations"] });
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        // Fluent UI's tabster inserts focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) that
        // hand focus on at once: a documented false positive of aria-hidden-focus (microsoft/tabster#288,
        // suppressed the same way by Accessibility Insights). Only those nodes are dropped.
        nodes: v.nodes
          .filter((n) => !(v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html)))
          .map((n) => JSON.stringify(n.target)),
      }))
      .filter((v) => v.nodes.length > 0);
  }, selector);
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

/** Save a screenshot as test-results/e2e/<name>.png and return its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
