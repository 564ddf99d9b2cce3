/**
 * The add-in manifest: valid against Microsoft's XSDs (offline, with xmllint), every string in zh-CN
 * with an en-US override, every resource reference resolved, every icon a real PNG of the declared
 * size in assets/, the ribbon buttons opening the pane on the right tabs; and the production
 * rewrite of the localhost URLs to a base URL.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";

const root = resolve(__dirname, "..", "..");
const schema = resolve(root, "..", "shared", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const manifestPath = join(root, "manifest.xml");
const manifestXml = readFileSync(manifestPath, "utf8");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  rewriteManifest(xml: string, baseUrl: string | null): string;
  resolveBaseUrl(raw: string | undefined): string | null;
  DEV_BASE_URL: string;
};

function xmllintAvailable(): boolean {
  return spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0;
}

/** Validate a file with xmllint; returns xmllint's output on failure. */
function validate(file: string): { ok: boolean; output: string } {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: false });
const doc = parser.parse(manifestXml) as { OfficeApp: Node };
const app = doc.OfficeApp;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const vo = app.VersionOverrides as Node;
const resources = vo.Resources as Node;
const images = asArray((resources["bt:Images"] as Node)["bt:Image"] as Node[]);
const urls = asArray((resources["bt:Urls"] as Node)["bt:Url"] as Node[]);
const shortStrings = asArray((resources["bt:ShortStrings"] as Node)["bt:String"] as Node[]);
const longStrings = asArray((resources["bt:LongStrings"] as Node)["bt:String"] as Node[]);
const host = (vo.Hosts as Node).Host as Node;
const formFactor = host.DesktopFormFactor as Node;
const officeTab = (formFactor.ExtensionPoint as Node).OfficeTab as Node;
const group = officeTab.Group as Node;
const controls = asArray(group.Control as Node[]);

const urlById = new Map(urls.map((u) => [u["@id"] as string, u["@DefaultValue"] as string]));
const imageById = new Map(images.map((u) => [u["@id"] as string, u["@DefaultValue"] as string]));
const stringById = new Map([...shortStrings, ...longStrings].map((s) => [s["@id"] as string, s]));

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** assets/… file behind a https://localhost:3000/assets/… URL. */
function assetFile(url: string): string {
  expect(url.startsWith(`${webpackConfig.DEV_BASE_URL}/assets/`)).toBe(true);
  return join(root, url.slice(webpackConfig.DEV_BASE_URL.length + 1));
}

describe("manifest.xml against the XSD (xmllint, offline)", () => {
  test("xmllint is installed (Debian package libxml2-utils)", () => {
    if (!xmllintAvailable()) {
      throw new Error(
        "xmllint not found: install the Debian package libxml2-utils (apt-get install -y libxml2-utils); " +
          "scripts/ensure-system-deps.sh does it",
      );
    }
  });

  test("the schemas are beside the repository (../shared/schemas)", () => {
    expect(existsSync(schema)).toBe(true);
  });

  test("manifest.xml validates", () => {
    const r = validate(manifestPath);
    expect(r.output).toContain("validates");
    expect(r.ok).toBe(true);
  });

  test("the validation really checks VersionOverrides (a misspelt element fails)", () => {
    const dir = mkdtempSync(join(tmpdir(), "lz-manifest-"));
    try {
      const bad = join(dir, "bad.xml");
      writeFileSync(
        bad,
        manifestXml.replace('<Label resid="Lz.Group.Label" />', '<Lable resid="Lz.Group.Label" />'),
      );
      const r = validate(bad);
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/Lable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("manifest.xml content", () => {
  test("identity, host, requirement set, permissions", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toBe("b31fdd93-142e-46fa-a905-ac0f790ebb18");
    expect(app.DefaultLocale).toBe("zh-CN");
    expect((app.Hosts as Node).Host).toEqual({ "@Name": "Document" });
    const set = ((app.Requirements as Node).Sets as Node).Set as Node;
    expect(set["@Name"]).toBe("WordApi");
    expect(set["@MinVersion"]).toBe("1.3");
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect((app.DefaultSettings as Node).SourceLocation).toEqual({
      "@DefaultValue": "https://localhost:3000/taskpane.html",
    });
    expect(app.AppDomains).toBeUndefined();
  });

  test("SupportUrl: the help page shipped with the add-in", () => {
    expect(app.SupportUrl).toEqual({ "@DefaultValue": "https://localhost:3000/assets/support.html" });
    expect(existsSync("assets/support.html")).toBe(true);
  });

  test("DisplayName and Description are Chinese with an en-US override", () => {
    for (const key of ["DisplayName", "Description"]) {
      const el = app[key] as Node;
      expect(el["@DefaultValue"]).toMatch(/[\u4e00-\u9fff]/);
      const o = el.Override as Node;
      expect(o["@Locale"]).toBe("en-US");
      expect(o["@Value"]).toMatch(/^[\x20-\x7e]+$/);
    }
    expect((app.DisplayName as Node)["@DefaultValue"]).toBe("廉政报告助手");
  });

  test("every string resource is Chinese with an English en-US override", () => {
    expect(stringById.size).toBeGreaterThanOrEqual(12);
    for (const [id, s] of stringById) {
      expect([id, /[\u4e00-\u9fff]/.test(s["@DefaultValue"] as string)]).toEqual([id, true]);
      const overrides = asArray(s["bt:Override"] as Node[]);
      expect([id, overrides.map((o) => o["@Locale"])]).toEqual([id, ["en-US"]]);
      expect([id, /^[\x20-\x7e]+$/.test(overrides[0]["@Value"] as string)]).toEqual([id, true]);
    }
  });

  test("every resid in the manifest names a resource of the right kind", () => {
    const residRefs = [...manifestXml.matchAll(/<([\w:]+)[^>]*\sresid="([^"]+)"/g)].map((m) => ({
      tag: m[1],
      resid: m[2],
    }));
    expect(residRefs.length).toBeGreaterThan(30);
    for (const { tag, resid } of residRefs) {
      expect(resid.length).toBeLessThanOrEqual(32);
      const kind =
        tag === "bt:Image"
          ? imageById.has(resid)
          : tag === "SourceLocation" || tag === "FunctionFile" || tag === "LearnMoreUrl"
            ? urlById.has(resid)
            : stringById.has(resid);
      expect([tag, resid, kind]).toEqual([tag, resid, true]);
    }
  });

  test("the group is on the Home tab with the five buttons opening the pane on their tab", () => {
    expect(officeTab["@id"]).toBe("TabHome");
    const seen = controls.map((c) => {
      const action = c.Action as Node;
      expect(action["@xsi:type"]).toBe("ShowTaskpane");
      // One pane for all buttons: they reuse the same task pane container.
      expect(action.TaskpaneId).toBe("LianzhengPane");
      const url = urlById.get((action.SourceLocation as Node)["@resid"] as string) ?? "";
      const label = stringById.get((c.Label as Node)["@resid"] as string) as Node;
      const en = (label["bt:Override"] as Node)["@Value"];
      return [label["@DefaultValue"], en, url];
    });
    expect(seen).toEqual([
      ["模板", "Templates", "https://localhost:3000/taskpane.html?tab=templates"],
      ["短语", "Phrases", "https://localhost:3000/taskpane.html?tab=phrases"],
      ["检查", "Check", "https://localhost:3000/taskpane.html?tab=check"],
      ["排版", "Layout", "https://localhost:3000/taskpane.html?tab=layout"],
      ["检查并保存", "Check and save", "https://localhost:3000/taskpane.html?tab=check&action=checkAndSave"],
    ]);
    expect(urlById.get((formFactor.FunctionFile as Node)["@resid"] as string)).toBe(
      "https://localhost:3000/commands.html",
    );
  });

  test("the pages the manifest names are built from templates in the repository", () => {
    const pages = new Set([...urlById.values()].map((u) => new URL(u).pathname));
    expect([...pages].sort()).toEqual(["/commands.html", "/preview.html", "/taskpane.html"]);
    expect(existsSync(join(root, "src/taskpane/taskpane.html"))).toBe(true);
    expect(existsSync(join(root, "src/commands/commands.html"))).toBe(true);
    expect(existsSync(join(root, "src/preview/preview.html"))).toBe(true);
  });

  test("every icon is a PNG in assets/ of the size it is declared at", () => {
    const checked: string[] = [];
    for (const control of [group, ...controls]) {
      for (const img of asArray((control.Icon as Node)["bt:Image"] as Node[])) {
        const size = Number(img["@size"]);
        const file = assetFile(imageById.get(img["@resid"] as string) ?? "");
        expect(pngSize(file)).toEqual({ width: size, height: size });
        checked.push(file);
      }
      const sizes = asArray((control.Icon as Node)["bt:Image"] as Node[]).map((i) => i["@size"]);
      expect(sizes).toEqual(["16", "32", "80"]);
    }
    expect(checked.length).toBe(18);
    expect(pngSize(assetFile((app.IconUrl as Node)["@DefaultValue"] as string))).toEqual({
      width: 32,
      height: 32,
    });
    expect(pngSize(assetFile((app.HighResolutionIconUrl as Node)["@DefaultValue"] as string))).toEqual({
      width: 64,
      height: 64,
    });
  });

  test("the product icon exists at 16/32/64/80/128 px, with its SVG source", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(existsSync(join(root, "assets", "logo.svg"))).toBe(true);
    expect(pngSize(join(root, "assets", "logo-filled.png")).width).toBeGreaterThanOrEqual(128);
  });

  test("all URLs point at the dev server, over https", () => {
    const all = [...manifestXml.matchAll(/="(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(all.length).toBeGreaterThan(25);
    for (const u of all) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });
});

describe("production manifest: localhost URLs rewritten to a base URL", () => {
  test("rewrites every URL and stays valid", () => {
    const out = webpackConfig.rewriteManifest(manifestXml, "https://intranet.example/lianzheng");
    expect(out).not.toContain("localhost");
    expect(out).toContain(
      'DefaultValue="https://intranet.example/lianzheng/taskpane.html?tab=check&amp;action=checkAndSave"',
    );
    expect(out).toContain('<IconUrl DefaultValue="https://intranet.example/lianzheng/assets/icon-32.png" />');
    const count = (s: string, needle: string) => s.split(needle).length - 1;
    expect(count(out, "https://intranet.example/lianzheng/")).toBe(
      count(manifestXml, "https://localhost:3000/"),
    );
    if (!xmllintAvailable()) throw new Error("xmllint not found: install libxml2-utils");
    const dir = mkdtempSync(join(tmpdir(), "lz-manifest-"));
    try {
      writeFileSync(join(dir, "manifest.xml"), out);
      expect(validate(join(dir, "manifest.xml")).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("no base URL keeps the manifest as it is", () => {
    expect(webpackConfig.rewriteManifest(manifestXml, null)).toBe(manifestXml);
  });

  test("base URLs are checked and normalised", () => {
    expect(webpackConfig.resolveBaseUrl(undefined)).toBeNull();
    expect(webpackConfig.resolveBaseUrl("https://intranet.example/lianzheng/")).toBe(
      "https://intranet.example/lianzheng",
    );
    expect(webpackConfig.resolveBaseUrl("https://addin.example:8443")).toBe("https://addin.example:8443");
    expect(() => webpackConfig.resolveBaseUrl("http://intranet.example/lz")).toThrow(/https/);
    expect(() => webpackConfig.resolveBaseUrl("intranet.example")).toThrow(/not a URL/);
    expect(() => webpackConfig.resolveBaseUrl("https://intranet.example/lz?x=1")).toThrow(/query/);
  });

  test("a base URL with & is escaped for XML", () => {
    const out = webpackConfig.rewriteManifest(manifestXml, "https://intranet.example/a&b");
    expect(out).toContain("https://intranet.example/a&amp;b/taskpane.html");
    expect(() => new XMLParser().parse(out)).not.toThrow();
  });
});

describe("scripts/validate-manifest.sh", () => {
  test("validates manifest.xml and exits 0", () => {
    const out = execFileSync("bash", [join(root, "scripts/validate-manifest.sh"), "--source-only"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out).toMatch(/manifest\.xml validates/);
  });
});
