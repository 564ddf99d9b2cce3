/**
 * The production build of webpack.config.js, restricted to the commands page (small and quick to
 * build; the task pane and preview pages use the same page and copy settings): dist/manifest.xml
 * rewritten to the base URL and still valid, office.js copied for the intranet build or taken from
 * the CDN otherwise, each page's Content-Security-Policy.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";

const root = resolve(__dirname, "..", "..");
const schema = resolve(root, "..", "shared", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as ((
  env: Record<string, string>,
  argv: Record<string, string>,
) => webpack.Configuration) & { OFFICE_JS_FILES: string[]; contentSecurityPolicy(o: object): string };

interface HtmlPlugin {
  userOptions?: { filename?: string };
}

function build(env: Record<string, string>, mode = "production"): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "lz-build-"));
  const config = makeConfig(env, { mode });
  config.context = root;
  config.entry = { commands: "./src/commands/commands.ts" };
  config.plugins = (config.plugins ?? []).filter((p) => {
    const file = (p as HtmlPlugin).userOptions?.filename;
    return file === undefined || file === "commands.html";
  });
  config.output = { ...config.output, path: out };
  config.devtool = false;
  return new Promise((done, fail) => {
    webpack(config, (err, stats) => {
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      done(out);
    });
  });
}

function csp(html: string): string {
  const m = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  if (!m) throw new Error("no CSP meta in the page");
  return m[1];
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("intranet build: --env officeJs=local baseUrl=…", () => {
  let out = "";
  beforeAll(async () => {
    out = await build({ officeJs: "local", baseUrl: "https://intranet.example/lianzheng/" });
    dirs.push(out);
  }, 120000);

  test("dist/manifest.xml points at the base URL only, and validates", () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://intranet.example/lianzheng/taskpane.html" />',
    );
    expect(xml).toContain('DefaultValue="https://intranet.example/lianzheng/commands.html"');
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, join(out, "manifest.xml")], {
      encoding: "utf8",
    });
    if (r.error) throw new Error("xmllint not found: install the Debian package libxml2-utils");
    expect(r.status).toBe(0);
  });

  test("office.js and the files it loads for Word are copied from @microsoft/office-js", () => {
    for (const f of makeConfig.OFFICE_JS_FILES) {
      const copied = join(out, "office-js", f);
      expect([f, existsSync(copied)]).toEqual([f, true]);
      const original = require.resolve(`@microsoft/office-js/dist/${f}`);
      expect(statSync(copied).size).toBe(statSync(original).size);
    }
    // The Word host file of every platform in office.js's own version map is there.
    const officeJs = readFileSync(require.resolve("@microsoft/office-js/dist/office.js"), "utf8");
    const word = /\bword:\{((?:\w+:"[\d.]+",?)+)\}/.exec(officeJs);
    expect(word).not.toBeNull();
    const platforms = [...word![1].matchAll(/(\w+):"([\d.]+)"/g)];
    expect(platforms.map((m) => m[1])).toEqual(expect.arrayContaining(["win32", "mac", "web"]));
    for (const [, platform, version] of platforms) {
      if (platform === "winrt") continue; // Windows RT: no Word host file is shipped
      expect(existsSync(join(out, "office-js", `word-${platform}-${version}.js`))).toBe(true);
    }
  });

  test("commands.html loads office.js from its own origin; the CSP allows nothing else", () => {
    const html = readFileSync(join(out, "commands.html"), "utf8");
    expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    const policy = csp(html);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toContain("unsafe-eval");
    // The bundle is a file of the page's origin, after office.js.
    const scripts = [...html.matchAll(/<script\b[^>]*?src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("office-js/office.js");
    expect(scripts.some((s) => /^commands\.[0-9a-f]{8}\.js$/.test(s))).toBe(true);
  });

  test("assets and unsupported.js are copied", () => {
    for (const f of [
      "assets/icon-16.png",
      "assets/icon-80.png",
      "assets/btn-check-32.png",
      "unsupported.js",
    ]) {
      expect([f, existsSync(join(out, f))]).toEqual([f, true]);
    }
  });
});

describe("store build (default): office.js from Microsoft's CDN", () => {
  let out = "";
  beforeAll(async () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      out = await build({});
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
    dirs.push(out);
  }, 120000);

  test("commands.html references the CDN and its CSP allows exactly that origin", () => {
    const html = readFileSync(join(out, "commands.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(csp(html)).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(existsSync(join(out, "office-js"))).toBe(false);
  });

  test("without a base URL the manifest keeps the dev server's URLs", () => {
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe(
      readFileSync(join(root, "manifest.xml"), "utf8"),
    );
  });
});

describe("configuration", () => {
  test("no eval-based source maps in either mode (the CSP has no 'unsafe-eval')", () => {
    for (const mode of ["production", "development"]) {
      const devtool = makeConfig({}, { mode }).devtool;
      expect(String(devtool)).not.toMatch(/eval/);
    }
  });

  test("the preview page gets no office.js origin in its CSP", () => {
    const preview = makeConfig.contentSecurityPolicy({ officeJsOrigin: null, dev: false });
    expect(preview).toContain("script-src 'self';");
  });

  test("a bad option fails the build with a clear message", () => {
    expect(() => makeConfig({ officeJs: "remote" }, { mode: "production" })).toThrow(/cdn or local/);
    expect(() => makeConfig({ baseUrl: "http://intranet.example" }, { mode: "production" })).toThrow(/https/);
  });
});
