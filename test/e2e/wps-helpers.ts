/**
 * Helpers for the WPS e2e (wps.e2e.ts): the pane of `npm run build:wps` (dist-wps/lianzheng_<version>/,
 * served by global-setup) in chromium, over the fake WPS object model of test/host/fake-wps.ts.
 *
 * - buildFakeWps(): compiles wps-fake-install.ts and what it imports (test/host/fake-wps.ts and its parts) with
 *   @swc/core into one browser script, test-results/e2e/fake-wps.js (built in the test run, never committed;
 *   a few milliseconds).
 * - openWpsPane(page, doc, query): injects that script with the starting document (page.addInitScript, so
 *   window.Application exists before the pane's bundle loads), opens taskpane.html?tab=… and waits for the pane.
 * - readWps(page): the document as the WPS object model reports it, read through window.Application in the
 *   page: paragraph texts and formats, content controls, the selection.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { transformFileSync } from "@swc/core";
import type { Page } from "playwright-core";
import { RESULTS, ROOT, seedPath } from "./helpers";
import type { FakeWpsInit } from "./wps-fake-install";

export type { FakeWpsInit };

/** The URL of the WPS加载项 folder served by global-setup. */
export function wpsBaseUrl(): string {
  if (process.env.LIANZHENG_E2E_WPS_URL) return process.env.LIANZHENG_E2E_WPS_URL;
  const state = JSON.parse(readFileSync(path.join(RESULTS, "server.json"), "utf8")) as { wpsUrl?: string };
  if (!state.wpsUrl)
    throw new Error("No WPS e2e server: run with jest.e2e.config.js (global-setup serves it)");
  return state.wpsUrl;
}

const ENTRY = path.join(ROOT, "test/e2e/wps-fake-install.ts");

let bundle: string | null = null;

/**
 * The fake WPS as one classic browser script: wps-fake-install.ts and the test modules it imports (relative
 * imports only: the fake needs no package at run time), each compiled to CommonJS, in a tiny loader.
 * Cached per test file.
 */
export function buildFakeWps(): string {
  if (bundle) return bundle;
  const defs: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const { code } = transformFileSync(file, {
      swcrc: false,
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
      module: { type: "commonjs" },
      sourceMaps: false,
    });
    const deps: Record<string, string> = {};
    for (const m of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
      const spec = m[1];
      if (!spec.startsWith(".")) throw new Error(`fake WPS bundle: ${file} requires a package (${spec})`);
      const dep = path.resolve(path.dirname(file), spec.endsWith(".ts") ? spec : `${spec}.ts`);
      deps[spec] = dep;
      visit(dep);
    }
    const id = JSON.stringify(path.relative(ROOT, file));
    const map = JSON.stringify(
      Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, path.relative(ROOT, v)])),
    );
    defs.push(`${id}: [${map}, function (module, exports, require) {\n${code}\n}]`);
  };
  visit(ENTRY);
  bundle = [
    "(function () {",
    `  var defs = {\n${defs.join(",\n")}\n  };`,
    "  var cache = {};",
    "  function load(id) {",
    "    if (cache[id]) return cache[id].exports;",
    "    var def = defs[id];",
    "    var module = (cache[id] = { exports: {} });",
    "    def[1](module, module.exports, function (spec) {",
    '      if (!(spec in def[0])) throw new Error("fake WPS bundle: " + id + " requires " + spec);',
    "      return load(def[0][spec]);",
    "    });",
    "    return module.exports;",
    "  }",
    `  load(${JSON.stringify(path.relative(ROOT, ENTRY))});`,
    "})();",
  ].join("\n");
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, "fake-wps.js"), bundle);
  return bundle;
}

/** The paragraphs of a seed (../shared/seeds/<name>_*.txt), one per line, as the .txt reader splits them. */
export function seedParagraphs(name: string): string[] {
  const lines = readFileSync(seedPath(name), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Open the WPS pane (taskpane.html?tab=…) over a fake WPS document and wait until the pane is there. */
export async function openWpsPane(
  page: Page,
  doc: FakeWpsInit,
  query: { tab?: string; action?: string } = {},
): Promise<void> {
  await page.addInitScript({
    content: `window.__lianzhengFakeWpsInit = ${JSON.stringify(doc)};\n${buildFakeWps()}`,
  });
  const params = new URLSearchParams();
  if (query.tab) params.set("tab", query.tab);
  if (query.action) params.set("action", query.action);
  const qs = params.toString();
  await page.goto(`${wpsBaseUrl()}/taskpane.html${qs ? `?${qs}` : ""}`);
  await page.getByTestId("taskpane").waitFor({ state: "visible" });
}

export interface WpsParagraphState {
  text: string;
  style: string;
  alignment: number;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  lineSpacingRule: number;
  fontName: string;
  /** The font of digits and Latin letters. */
  fontNameAscii: string;
  fontSize: number;
  bold: number | boolean;
  charFirstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
}

export interface WpsFooterState {
  /** The footer's text (a PAGE field shows its result). */
  text: string;
  fields: number;
  alignment: number;
}

export interface WpsPageState {
  paperSize: number;
  margins: { top: number; bottom: number; left: number; right: number };
  oddAndEven: number;
  /** Footers.Item(1) (odd pages, or all) and Footers.Item(3) (even pages). */
  footers: { primary: WpsFooterState; even: WpsFooterState };
}

export interface WpsCommentState {
  author: string;
  /** The commented text and where it is in the story. */
  scope: string;
  start: number;
  end: number;
  text: string;
}

export interface WpsControlState {
  tag: string;
  title: string;
  text: string;
  start: number;
  end: number;
}

export interface WpsState {
  paragraphs: WpsParagraphState[];
  /** null: this WPS build has no content controls. */
  controls: WpsControlState[] | null;
  selection: { start: number; end: number; text: string };
  /** The first section's page setup and footers. */
  page: WpsPageState;
  comments: WpsCommentState[];
  trackRevisions: boolean;
}

/** The document as window.Application reports it (1-based collections, "\r" paragraph marks). */
export async function readWps(page: Page): Promise<WpsState> {
  return page.evaluate(() => {
    /* eslint-disable @typescript-eslint/no-explicit-any -- the fake object model is untyped here */
    const app = (window as any).Application;
    const doc = app.ActiveDocument;
    const paragraphs = [];
    const count: number = doc.Paragraphs.Count;
    for (let i = 1; i <= count; i++) {
      const p = doc.Paragraphs.Item(i);
      const range = p.Range;
      const format = range.ParagraphFormat;
      const font = range.Font;
      paragraphs.push({
        text: String(range.Text).replace(/\r$/, ""),
        style: p.Style.NameLocal as string,
        alignment: format.Alignment as number,
        firstLineIndent: format.FirstLineIndent as number,
        leftIndent: format.LeftIndent as number,
        lineSpacing: format.LineSpacing as number,
        lineSpacingRule: format.LineSpacingRule as number,
        fontName: font.NameFarEast as string,
        fontNameAscii: font.NameAscii as string,
        fontSize: font.Size as number,
        bold: font.Bold as number | boolean,
        charFirstLineIndent: format.CharacterUnitFirstLineIndent as number,
        spaceBefore: format.SpaceBefore as number,
        spaceAfter: format.SpaceAfter as number,
      });
    }
    const cc = doc.ContentControls;
    let controls = null;
    if (cc) {
      controls = [];
      for (let i = 1; i <= (cc.Count as number); i++) {
        const c = cc.Item(i);
        const r = c.Range;
        controls.push({ tag: c.Tag, title: c.Title, text: r.Text, start: r.Start, end: r.End });
      }
    }
    const sel = app.Selection;
    const setup = doc.Sections.Item(1).PageSetup;
    const footer = (index: number) => {
      const r = doc.Sections.Item(1).Footers.Item(index).Range;
      return {
        text: String(r.Text).replace(/\r$/, ""),
        fields: r.Fields.Count as number,
        alignment: r.ParagraphFormat.Alignment as number,
      };
    };
    const page = {
      paperSize: setup.PaperSize as number,
      margins: {
        top: setup.TopMargin as number,
        bottom: setup.BottomMargin as number,
        left: setup.LeftMargin as number,
        right: setup.RightMargin as number,
      },
      oddAndEven: setup.OddAndEvenPagesHeaderFooter as number,
      footers: { primary: footer(1), even: footer(3) },
    };
    const comments = [];
    for (let i = 1; i <= (doc.Comments.Count as number); i++) {
      const c = doc.Comments.Item(i);
      const scope = c.Scope;
      comments.push({
        author: c.Author as string,
        scope: scope.Text as string,
        start: scope.Start as number,
        end: scope.End as number,
        text: c.Range.Text as string,
      });
    }
    return {
      paragraphs,
      controls,
      selection: { start: sel.Start, end: sel.End, text: sel.Text },
      page,
      comments,
      trackRevisions: doc.TrackRevisions as boolean,
    };
    /* eslint-enable @typescript-eslint/no-explicit-any */
  });
}

/** The paragraph texts only. */
export async function wpsTexts(page: Page): Promise<string[]> {
  return (await readWps(page)).paragraphs.map((p) => p.text);
}

/** Poll `read` until it satisfies `ok` (Playwright's expect.poll is not in jest); returns the last value. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}
