/**
 * src/taskpane/unsupported.js in the real taskpane.html template, run by jsdom with the user agents
 * of the webviews perpetual Office 2016/2019 may use (IE11, EdgeHTML) and of supported ones.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";

const root = resolve(__dirname, "..", "..");
const script = readFileSync(join(root, "src/taskpane/unsupported.js"), "utf8");
const template = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8");

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  macWord: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

interface PaneWindow extends Window {
  __lianzhengUnsupported?: boolean;
  __bundleRan?: boolean;
}

/**
 * The built page: the template with its placeholders filled, unsupported.js inlined where the
 * template loads it (jsdom fetches nothing), office.js left out, and a stand-in for the bundle that
 * behaves like src/taskpane/index.tsx (starts only when the flag is not set).
 */
function page(userAgent: string, options: { removeFetch?: boolean } = {}): JSDOM {
  const bundle = `<script>if (!window.__lianzhengUnsupported) { window.__bundleRan = true; document.getElementById("root").textContent = "pane"; }</script>`;
  const html = template
    .replace(/<%= htmlWebpackPlugin\.options\.csp %>/, "default-src 'self'")
    .replace(/<script src="<%= htmlWebpackPlugin\.options\.officeJsUrl %>"><\/script>/, "")
    .replace('<script src="unsupported.js"></script>', () => `<script>${script}</script>`)
    .replace("</body>", `${bundle}</body>`);
  expect(html).toContain(script);
  return new JSDOM(html, {
    url: "https://localhost:3000/taskpane.html?tab=check",
    runScripts: "dangerously",
    beforeParse(window) {
      Object.defineProperty(window.navigator, "userAgent", { get: () => userAgent });
      // jsdom has no fetch; the real WebView2 and WKWebView have it.
      if (!options.removeFetch) Object.assign(window, { fetch: () => Promise.reject(new Error("offline")) });
    },
  });
}

/** Resolves when the page has loaded (DOMContentLoaded handlers have run). */
function loaded(dom: JSDOM): Promise<void> {
  return new Promise((done) => {
    if (dom.window.document.readyState === "complete") done();
    else dom.window.addEventListener("load", () => done());
  });
}

/** The visible text: the body without its scripts. */
function text(dom: JSDOM): string {
  const body = dom.window.document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll("script, noscript").forEach((s) => s.remove());
  return body.textContent ?? "";
}

describe("unsupported webviews", () => {
  test.each([
    ["Internet Explorer 11", UA.ie11],
    ["EdgeHTML", UA.edgeHtml],
  ])("%s: the page says so in Chinese and English and the bundle does not start", async (_name, ua) => {
    const dom = page(ua);
    await loaded(dom);
    const w = dom.window as unknown as PaneWindow;
    expect(w.__lianzhengUnsupported).toBe(true);
    expect(w.__bundleRan).toBeUndefined();
    const alert = dom.window.document.querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    const body = text(dom);
    expect(body).toContain("此版本的 Word 无法运行廉政报告助手");
    expect(body).toContain("Internet Explorer");
    expect(body).toContain("Office 2016");
    expect(body).toContain("Microsoft 365 或 Office 2021");
    expect(body).toContain("网页版 Word");
    expect(body).toContain("npx lianzheng check");
    expect(body).toContain("This version of Word cannot run Lianzheng Writer");
    // The pane's root is gone: nothing else is shown.
    expect(dom.window.document.getElementById("root")).toBeNull();
    expect(dom.window.document.title).toBe("此版本的 Word 无法运行廉政报告助手");
    dom.window.close();
  });

  test("an engine without fetch (an old webview with a modern user agent) is refused too", async () => {
    const dom = page(UA.webView2, { removeFetch: true });
    await loaded(dom);
    expect((dom.window as unknown as PaneWindow).__lianzhengUnsupported).toBe(true);
    expect(text(dom)).toContain("此版本的 Word 无法运行廉政报告助手");
    dom.window.close();
  });
});

describe("supported webviews", () => {
  test.each([
    ["WebView2 (Chromium Edge, 'Edg/')", UA.webView2],
    ["Word for Mac (WKWebView)", UA.macWord],
  ])("%s: nothing changes and the bundle starts", async (_name, ua) => {
    const dom = page(ua);
    await loaded(dom);
    const w = dom.window as unknown as PaneWindow;
    expect(w.__lianzhengUnsupported).toBeUndefined();
    expect(w.__bundleRan).toBe(true);
    expect(dom.window.document.getElementById("root")?.textContent).toBe("pane");
    expect(text(dom).trim()).toBe("pane");
    expect(dom.window.document.querySelector('[role="alert"]')).toBeNull();
    dom.window.close();
  });
});

describe("the script itself", () => {
  test("is ES5: no arrow functions, let/const, template literals or classes", () => {
    const code = script.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/=>|\blet\s|\bconst\s|`|\bclass\s/);
  });

  test("inserts text as text (no innerHTML)", () => {
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  test("is loaded before office.js and before the bundle in the template", () => {
    const u = template.indexOf('<script src="unsupported.js"></script>');
    const o = template.indexOf("htmlWebpackPlugin.options.officeJsUrl");
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(o);
  });
});
