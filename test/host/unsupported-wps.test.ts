/**
 * src/taskpane/unsupported.js inside the WPS pane (src/taskpane/wps.html): an engine the add-in cannot run in
 * gets the WPS wording (not "this version of Word"), a modern Chromium starts the pane; the Word page keeps the
 * Word wording unless WPS's window.Application is there.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";

const root = resolve(__dirname, "..", "..");
const script = readFileSync(join(root, "src/taskpane/unsupported.js"), "utf8");
const wpsTemplate = readFileSync(join(root, "src/taskpane/wps.html"), "utf8");
const wordTemplate = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8");

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E) like Gecko";
const CHROMIUM =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0.5112.102 Safari/537.36";

function page(
  template: string,
  userAgent: string,
  options: { fetch?: boolean; application?: boolean } = {},
): JSDOM {
  const bundle = `<script>if (!window.__lianzhengUnsupported) { window.__bundleRan = true; document.getElementById("root").textContent = "pane"; }</script>`;
  const html = template
    .replace(/<%= htmlWebpackPlugin\.options\.csp %>/, "default-src 'self'")
    .replace(/<script src="<%= htmlWebpackPlugin\.options\.officeJsUrl %>"><\/script>/, "")
    .replace('<script src="unsupported.js"></script>', () => `<script>${script}</script>`)
    .replace("</body>", `${bundle}</body>`);
  expect(html).toContain(script);
  return new JSDOM(html, {
    url: "https://localhost:3000/wps.html",
    runScripts: "dangerously",
    beforeParse(window) {
      Object.defineProperty(window.navigator, "userAgent", { get: () => userAgent });
      if (options.fetch !== false)
        Object.assign(window, { fetch: () => Promise.reject(new Error("offline")) });
      if (options.application)
        Object.assign(window, { Application: { ActiveDocument: null, Selection: null } });
    },
  });
}

function loaded(dom: JSDOM): Promise<void> {
  return new Promise((done) => {
    if (dom.window.document.readyState === "complete") done();
    else dom.window.addEventListener("load", () => done());
  });
}

function text(dom: JSDOM): string {
  const body = dom.window.document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll("script, noscript").forEach((s) => s.remove());
  return body.textContent ?? "";
}

type PaneWindow = Window & { __lianzhengUnsupported?: boolean; __bundleRan?: boolean };

describe("unsupported engines in WPS", () => {
  test.each([
    ["an Internet Explorer engine", IE11, true],
    ["an old engine without fetch", CHROMIUM, false],
  ])("%s: the WPS message in Chinese and English, the pane does not start", async (_name, ua, fetch) => {
    const dom = page(wpsTemplate, ua, { fetch });
    await loaded(dom);
    const w = dom.window as unknown as PaneWindow;
    expect(w.__lianzhengUnsupported).toBe(true);
    expect(w.__bundleRan).toBeUndefined();
    const body = text(dom);
    expect(body).toContain("此版本的 WPS 无法运行廉政报告助手");
    expect(body).toContain("较新版本的 WPS Office");
    expect(body).toContain("npx lianzheng check");
    expect(body).toContain("This version of WPS cannot run Lianzheng Writer");
    expect(body).not.toContain("此版本的 Word");
    expect(body).not.toContain("Office 2016");
    expect(dom.window.document.title).toBe("此版本的 WPS 无法运行廉政报告助手");
    dom.window.close();
  });

  test("a current Chromium in WPS: nothing shown, the pane starts", async () => {
    const dom = page(wpsTemplate, CHROMIUM);
    await loaded(dom);
    const w = dom.window as unknown as PaneWindow;
    expect(w.__lianzhengUnsupported).toBeUndefined();
    expect(w.__bundleRan).toBe(true);
    expect(text(dom).trim()).toBe("pane");
    dom.window.close();
  });

  test("the Word page keeps the Word wording; with WPS's window.Application it takes the WPS one", async () => {
    const word = page(wordTemplate, IE11);
    await loaded(word);
    expect(text(word)).toContain("此版本的 Word 无法运行廉政报告助手");
    word.window.close();
    const wps = page(wordTemplate, IE11, { application: true });
    await loaded(wps);
    expect(text(wps)).toContain("此版本的 WPS 无法运行廉政报告助手");
    wps.window.close();
  });
});
