/**
 * The WPS加载项 package (scripts/wps-package.cjs, npm run build:wps) and the ribbon's main page
 * (src/host/wps/ribbon.ts): the same five buttons as the Word manifest, ribbon.xml within the CustomUI
 * element/attribute set, the files the loader expects, and the task pane opened once, docked, reused.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  RIBBON_BUTTONS,
  openPane,
  paneUrl,
  ribbonCallbacks,
  type RibbonApp,
} from "../../src/host/wps/ribbon";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../scripts/wps-package.cjs") as {
  BUTTONS: { id: string; control: string }[];
  ribbonXml(manifest: string): string;
  readWordManifest(xml: string): { strings: Record<string, string>; controls: string[] };
  validateRibbon(xml: string): string[];
  validateFolder(files: string[], read: (f: string) => string): string[];
  publishXml(version: string): string;
  jspluginsXml(version: string, baseUrl: string): string;
  pluginManifestXml(version: string, description: string): string;
  validateRibbonSchema(xml: string): string[] | null;
  checkScript(name: string, code: string): string[];
  WPS_ECMA_VERSION: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require("../../webpack.wps.config.js") as {
  (
    env: object,
    argv: object,
  ): {
    entry: Record<string, string>;
    output: { path: string };
    target: string[];
    module: {
      rules: {
        include?: RegExp;
        exclude?: RegExp;
        use: { options: { jsc: { target: string } } };
      }[];
    };
  };
  WPS_TARGET: string;
  FOLDER: string;
};

const ROOT = join(__dirname, "../..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("ribbon.xml", () => {
  const xml = pkg.ribbonXml(manifest);

  test("a 廉政报告 group with the Word manifest's five buttons, labels and tips, in the same order", () => {
    const { strings, controls } = pkg.readWordManifest(manifest);
    expect(pkg.BUTTONS.map((b) => b.control)).toEqual(controls);
    expect(xml).toContain(`<group id="lzGroup" label="廉政报告">`);
    const ids = [...xml.matchAll(/<button id="([^"]+)" label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(ids).toEqual([
      ["lzTemplates", strings["Lz.Templates.Label"]],
      ["lzPhrases", "短语"],
      ["lzCheck", "检查"],
      ["lzLayout", "排版"],
      ["lzCheckSave", "检查并保存"],
    ]);
    expect(ids.map(([id]) => id)).toEqual(RIBBON_BUTTONS.map((b) => b.id));
  });

  test("validates: well-formed, CustomUI 2006 namespace, allowed elements and attributes, known callbacks", () => {
    expect(pkg.validateRibbon(xml)).toEqual([]);
    const callbacks = ribbonCallbacks(
      () => ({}) as RibbonApp,
      () => "",
    );
    for (const m of xml.matchAll(/(?:onLoad|onAction|getImage)="([^"]+)"/g))
      expect(callbacks).toHaveProperty(m[1]);
  });

  test("the validator catches what WPS would reject or ignore", () => {
    expect(pkg.validateRibbon("<customUI>")[0]).toMatch(/not well-formed/);
    expect(pkg.validateRibbon(xml.replace('size="large"', 'size="huge"'))).toContain("size huge");
    expect(pkg.validateRibbon(xml.replace('id="lzPhrases"', 'id="lzTemplates"'))).toContain(
      "duplicate id lzTemplates",
    );
    expect(pkg.validateRibbon(xml.replace('onAction="OnAction"', 'onAction="Missing"'))).toContain(
      "unknown callback Missing",
    );
    expect(pkg.validateRibbon(xml.replace("<tabs>", "<tabs><menu/>"))).toEqual(
      expect.arrayContaining(["<menu> inside <tabs>"]),
    );
    expect(pkg.validateRibbon(xml.replace('screentip="模板"', 'tooltip="模板"'))).toContain(
      "<button> has attribute tooltip",
    );
    expect(pkg.validateRibbon(xml.replace("2006/01/customui", "2009/07/customui"))[0]).toMatch(
      /namespace|customUI must/,
    );
  });
});

describe("the add-in folder and the lists", () => {
  const good = [
    "index.html",
    "taskpane.html",
    "ribbon.xml",
    "manifest.xml",
    "unsupported.js",
    "runtime.1234abcd.js",
    "main.1234abcd.js",
    "taskpane.1234abcd.js",
    ...["templates", "phrases", "check", "layout", "checksave"].map((b) => `assets/btn-${b}-32.png`),
  ];
  const pages: Record<string, string> = {
    "index.html": '<script src="runtime.1234abcd.js"></script><script src="main.1234abcd.js"></script>',
    "taskpane.html":
      '<script src="unsupported.js"></script><script defer src="taskpane.1234abcd.js"></script>',
    "ribbon.xml": pkg.ribbonXml(manifest),
  };
  const read = (f: string) => pages[f] ?? "";

  test("a complete folder validates; missing files and network scripts are errors", () => {
    expect(pkg.validateFolder(good, read)).toEqual([]);
    expect(
      pkg.validateFolder(
        good.filter((f) => f !== "ribbon.xml"),
        read,
      ),
    ).toContain("missing ribbon.xml");
    expect(
      pkg.validateFolder(
        good.filter((f) => f !== "main.1234abcd.js"),
        read,
      ),
    ).toContain("index.html names main.1234abcd.js, which is not in the folder");
    const online: Record<string, string> = {
      ...pages,
      "taskpane.html": '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    };
    expect(pkg.validateFolder(good, (f) => online[f] ?? "")).toContain(
      "taskpane.html loads https://appsforoffice.microsoft.com/lib/1/hosted/office.js from the network (offline install)",
    );
  });

  test("publish.xml names the folder next to it; jsplugins.xml the published folder; manifest.xml is a JsPlugin", () => {
    expect(pkg.publishXml("0.1.0")).toContain(
      '<jsplugin name="lianzheng" type="wps" url="lianzheng_0.1.0" version="0.1.0"',
    );
    expect(pkg.jspluginsXml("0.1.0", "http://10.0.0.8/wps/")).toContain(
      '<jspluginonline name="lianzheng" type="wps" url="http://10.0.0.8/wps/lianzheng_0.1.0/"',
    );
    expect(pkg.pluginManifestXml("0.1.0", "a & b")).toMatch(
      /<JsPlugin>[\s\S]*<Name>lianzheng<\/Name>[\s\S]*a &amp; b/,
    );
  });

  test("the WPS webpack build: pane and main page entries, no Office.js, ES2017 syntax, dist-wps/lianzheng_<version>", () => {
    const config = wpsConfig({}, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["main", "taskpane"]);
    expect(config.output.path).toBe(join(ROOT, "dist-wps", wpsConfig.FOLDER));
    expect(wpsConfig.WPS_TARGET).toBe("es2017");
    expect(readFileSync(join(ROOT, "src/taskpane/wps.html"), "utf8")).not.toMatch(/office\.js|officeJsUrl/);
  });
});

describe("ribbon.xml against the CustomUI schema (scripts/schemas/customui-2006-subset.xsd, xmllint)", () => {
  const xml = pkg.ribbonXml(manifest);

  test("starts with <customUI (WPS's publish page rejects an XML declaration) and validates", () => {
    expect(xml.startsWith("<customUI ")).toBe(true);
    expect(pkg.validateRibbonSchema(xml)).toEqual([]);
  });

  test("what the schema refuses: a size outside normal|large, a repeated id, an unknown element or attribute", () => {
    const bad = (x: string) => (pkg.validateRibbonSchema(x) ?? []).join("\n");
    expect(bad(xml.replace('size="large"', 'size="huge"'))).toMatch(/size.*huge/);
    expect(bad(xml.replace('id="lzPhrases"', 'id="lzTemplates"'))).toMatch(/lzTemplates/);
    expect(bad(xml.replace("<tabs>", "<tabs><menu/>"))).toMatch(/menu/);
    expect(bad(xml.replace('screentip="模板"', 'tooltip="模板"'))).toMatch(/tooltip/);
    expect(bad(xml.replace("2006/01/customui", "2009/07/customui"))).toMatch(/customUI/);
    expect(bad(xml.replace("<button ", '<button keytip="ABCD" '))).toMatch(/keytip|ABCD/);
  });

  test("the ribbon callbacks are plain functions (async callbacks hid the ribbon in WPS 12.1.0.23542)", () => {
    const callbacks = ribbonCallbacks(
      () => ({}) as RibbonApp,
      () => "",
    );
    for (const fn of Object.values(callbacks))
      expect((fn as () => unknown).constructor.name).toBe("Function");
  });
});

describe("the scripts WPS's Chromium runs (checkScript)", () => {
  test("ES2017 code and ES2018 regular expressions pass; ?? , ?. and ??= do not", () => {
    expect(pkg.WPS_ECMA_VERSION).toBe(2018);
    expect(
      pkg.checkScript(
        "a.js",
        "var f=async function(){const {a,...b}=await g();return /(?<!中央)纪委/.test(a)}",
      ),
    ).toEqual([]);
    expect(pkg.checkScript("b.js", "var x=a??b")[0]).toMatch(/^b\.js is not ES2018 at 1:/);
    expect(pkg.checkScript("c.js", "var x=a?.b")[0]).toMatch(/^c\.js is not ES2018/);
    expect(pkg.checkScript("d.js", "a.b??=1")[0]).toMatch(/^d\.js is not ES2018/);
  });

  test("runtime APIs newer than Chromium 87 are named with their version", () => {
    expect(pkg.checkScript("e.js", "Object.hasOwn(o,k)")).toEqual(["e.js uses Object.hasOwn (Chromium 93+)"]);
    expect(pkg.checkScript("f.js", "structuredClone(o)")).toEqual([
      "f.js uses structuredClone (Chromium 98+)",
    ]);
    expect(pkg.checkScript("g.js", "crypto.randomUUID()")).toEqual([
      "g.js uses crypto.randomUUID (Chromium 92+)",
    ]);
    expect(pkg.checkScript("h.js", "x.at(-1)")).toEqual(["h.js uses Array.prototype.at (Chromium 92+)"]);
    expect(pkg.checkScript("i.js", "Object.prototype.hasOwnProperty.call(o,k);x.at")).toEqual([]);
  });

  test("the WPS build compiles node_modules down too, and webpack's runtime targets the same level", () => {
    const config = wpsConfig({}, { mode: "production" });
    const vendor = config.module.rules.find((r) => r.include?.test("/x/node_modules/react/index.js"));
    expect(vendor?.use.options.jsc.target).toBe("es2017");
    expect(config.target).toEqual(["web", "es2017"]);
  });
});

describe("the ribbon's main page", () => {
  function fakeApp(restrict: "none" | "ok" | "throws" = "none") {
    const panes: {
      ID: number;
      Visible: boolean;
      DockPosition: number;
      Width: number;
      url: string;
      log: string[];
      Navigate(url: string): void;
    }[] = [];
    const store = new Map<string, unknown>();
    const app: RibbonApp = {
      CreateTaskPane(url) {
        const log: string[] = [];
        const pane = {
          ID: panes.length + 1,
          url,
          log,
          _visible: false,
          _dock: 0,
          Width: 0,
          get Visible() {
            return this._visible;
          },
          set Visible(v: boolean) {
            log.push(`Visible=${v} dock=${this._dock}`);
            this._visible = v;
          },
          get DockPosition() {
            return this._dock;
          },
          set DockPosition(v: number) {
            log.push(`Dock=${v}`);
            this._dock = v;
          },
          Navigate(u: string) {
            this.url = u;
          },
        };
        if (restrict !== "none")
          Object.defineProperty(pane, "DockPositionRestrict", {
            enumerable: true,
            set(v: number) {
              if (restrict === "throws") throw new Error("not supported");
              log.push(`Restrict=${v}`);
            },
          });
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id) => panes.find((p) => p.ID === id) ?? null,
      PluginStorage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    };
    return { app, panes };
  }

  test("the first click creates the pane docked right before it is shown; later clicks navigate the same pane", () => {
    const { app, panes } = fakeApp();
    const base = "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/lianzheng_0.1.0/index.html";
    expect(openPane(app, base, "lzCheck")).toBe(
      "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/lianzheng_0.1.0/taskpane.html?tab=check",
    );
    expect(panes).toHaveLength(1);
    expect(panes[0].log).toEqual(["Dock=2", "Visible=true dock=2"]);
    openPane(app, base, "lzCheckSave");
    expect(panes).toHaveLength(1);
    expect(panes[0].url).toMatch(/taskpane\.html\?tab=check&action=checkAndSave$/);
    expect(openPane(app, base, "nope")).toBeNull();
  });

  test("where the pane has DockPositionRestrict, it is kept off the top and bottom edges before docking", () => {
    const base = "file:///opt/x/lianzheng_0.1.0/index.html";
    const ok = fakeApp("ok");
    openPane(ok.app, base, "lzLayout");
    expect(ok.panes[0].log).toEqual(["Restrict=3", "Dock=2", "Visible=true dock=2"]);
    const throws = fakeApp("throws");
    openPane(throws.app, base, "lzLayout");
    expect(throws.panes[0].log).toEqual(["Dock=2", "Visible=true dock=2"]);
  });

  test("paneUrl keeps the folder and drops the page's own query", () => {
    expect(paneUrl("http://10.0.0.8/wps/lianzheng_0.1.0/index.html?x=1", "tab=phrases")).toBe(
      "http://10.0.0.8/wps/lianzheng_0.1.0/taskpane.html?tab=phrases",
    );
  });

  test("GetImage names an icon the package ships for each button", () => {
    const cb = ribbonCallbacks(
      () => ({}) as RibbonApp,
      () => "",
    );
    for (const b of RIBBON_BUTTONS)
      expect(readFileSync(join(ROOT, cb.GetImage({ Id: b.id }))).length).toBeGreaterThan(0);
  });
});
