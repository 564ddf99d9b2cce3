/**
 * The WPS加载项 package (npm run build:wps; used by scripts/build-wps.mjs and test/host/wps-package.test.ts):
 * ribbon.xml with the same five buttons as the Word manifest (labels and tips read from manifest.xml),
 * the add-in's manifest.xml (<JsPlugin>), the offline list publish.xml, a jsplugins.xml for an intranet
 * server, install scripts, and the checks of the folder WPS loads.
 *
 * Layout and list formats follow the wpsjs tooling (npm wpsjs 2.2.3: its templates' manifest.xml/ribbon.xml,
 * and the publish.xml/jsaddons folder its `wpsjs build` offline mode writes); its CLI is not used: it needs
 * a WPS installation and writes to the user's profile.
 */
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const NAME = "lianzheng";
const CUSTOMUI_NS = "http://schemas.microsoft.com/office/2006/01/customui";

/** Ribbon button id → the Word manifest's control and its string resources. */
const BUTTONS = [
  { id: "lzTemplates", control: "Lz.Btn.Templates", label: "Lz.Templates.Label", tip: "Lz.Templates.Tip" },
  { id: "lzPhrases", control: "Lz.Btn.Phrases", label: "Lz.Phrases.Label", tip: "Lz.Phrases.Tip" },
  { id: "lzCheck", control: "Lz.Btn.Check", label: "Lz.Check.Label", tip: "Lz.Check.Tip" },
  { id: "lzLayout", control: "Lz.Btn.Layout", label: "Lz.Layout.Label", tip: "Lz.Layout.Tip" },
  { id: "lzCheckSave", control: "Lz.Btn.CheckAndSave", label: "Lz.CheckSave.Label", tip: "Lz.CheckSave.Tip" },
];

/**
 * The CustomUI (2006/01) elements and attributes this ribbon may use, from the schema's definitions of
 * customUI, ribbon, tabs, tab, group and button (customui.xsd, Office 2007; WPS reads the same namespace).
 */
const ALLOWED = {
  customUI: ["xmlns", "onLoad"],
  ribbon: ["startFromScratch"],
  tabs: [],
  tab: ["id", "label", "insertAfterMso", "insertBeforeMso", "keytip", "visible", "getVisible"],
  group: ["id", "label", "insertAfterMso", "insertBeforeMso", "keytip", "visible", "getVisible"],
  button: [
    "id",
    "label",
    "getLabel",
    "screentip",
    "supertip",
    "size",
    "image",
    "getImage",
    "onAction",
    "enabled",
    "getEnabled",
    "visible",
    "getVisible",
    "showImage",
    "showLabel",
    "keytip",
  ],
};
const CHILDREN = {
  customUI: ["ribbon"],
  ribbon: ["tabs"],
  tabs: ["tab"],
  tab: ["group"],
  group: ["button"],
  button: [],
};
/** Callbacks the main page defines (src/host/wps/ribbon.ts). */
const CALLBACKS = ["OnAddinLoad", "OnAction", "GetImage"];

const xmlEscape = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The Word manifest's strings (bt:String/bt:Url id → DefaultValue) and control ids. */
function readWordManifest(xml) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
  const strings = {};
  for (const m of xml.matchAll(/<bt:(?:String|Url) id="([^"]+)" DefaultValue="([^"]*)"/g)) {
    strings[m[1]] = parser.parse(`<x v="${m[2]}"/>`).x.v;
  }
  const controls = [...xml.matchAll(/<Control xsi:type="Button" id="([^"]+)"/g)].map((m) => m[1]);
  return { strings, controls };
}

function ribbonXml(wordManifestXml) {
  const { strings } = readWordManifest(wordManifestXml);
  const group = strings["Lz.Group.Label"];
  const buttons = BUTTONS.map((b) => {
    const label = strings[b.label];
    const tip = strings[b.tip];
    if (!label || !tip) throw new Error(`manifest.xml has no strings for ${b.control}`);
    return (
      `          <button id="${b.id}" label="${xmlEscape(label)}" screentip="${xmlEscape(label)}" ` +
      `supertip="${xmlEscape(tip)}" size="large" getImage="GetImage" onAction="OnAction"/>`
    );
  });
  // No XML declaration: WPS's publish page rejects a ribbon.xml that does not start with <customUI
  // (reported from a real WPS 12.1 client in tmustier/pi-for-excel, docs/wps-support.md). UTF-8 is XML's default.
  return [
    `<customUI xmlns="${CUSTOMUI_NS}" onLoad="OnAddinLoad">`,
    `  <ribbon startFromScratch="false">`,
    `    <tabs>`,
    `      <tab id="lzTab" label="${xmlEscape(strings["Lz.Pane.Title"])}">`,
    `        <group id="lzGroup" label="${xmlEscape(group)}">`,
    ...buttons,
    `        </group>`,
    `      </tab>`,
    `    </tabs>`,
    `  </ribbon>`,
    `</customUI>`,
    ``,
  ].join("\n");
}

function pluginManifestXml(version, description) {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<JsPlugin>`,
    `  <ApiVersion>1.0.0</ApiVersion>`,
    `  <Name>${NAME}</Name>`,
    `  <Version>${xmlEscape(version)}</Version>`,
    `  <Description>${xmlEscape(description)}</Description>`,
    `</JsPlugin>`,
    ``,
  ].join("\n");
}

const folderName = (version) => `${NAME}_${version}`;

/** The offline list (jsaddons/publish.xml): the folder next to it, by name. */
function publishXml(version) {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<jsplugins>`,
    `  <jsplugin name="${NAME}" type="wps" url="${folderName(version)}" version="${xmlEscape(version)}" enable="enable_dev" install="null" customDomain=""/>`,
    `</jsplugins>`,
    ``,
  ].join("\n");
}

/** The server list (oem.ini JSPluginsServer points at it): the folder published under baseUrl. */
function jspluginsXml(version, baseUrl) {
  const url = `${baseUrl.replace(/\/+$/, "")}/${folderName(version)}/`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<jsplugins>`,
    `  <jspluginonline name="${NAME}" type="wps" url="${xmlEscape(url)}" version="${xmlEscape(version)}"/>`,
    `</jsplugins>`,
    ``,
  ].join("\n");
}

function installWindows(version) {
  return [
    `@echo off`,
    `rem 廉政报告助手 WPS加载项: copy the add-in and the offline list into this user's jsaddons folder.`,
    `set "DEST=%APPDATA%\\kingsoft\\wps\\jsaddons"`,
    `if not exist "%DEST%" mkdir "%DEST%"`,
    `xcopy /E /I /Y "%~dp0${folderName(version)}" "%DEST%\\${folderName(version)}"`,
    `copy /Y "%~dp0publish.xml" "%DEST%\\publish.xml"`,
    `echo Done. Restart WPS.`,
    ``,
  ].join("\r\n");
}

function installLinux(version) {
  return [
    `#!/bin/sh`,
    `# 廉政报告助手 WPS加载项: copy the add-in and the offline list into this user's jsaddons folder.`,
    `set -e`,
    `HERE="$(cd "$(dirname "$0")" && pwd)"`,
    `DEST="$HOME/.local/share/Kingsoft/wps/jsaddons"`,
    `mkdir -p "$DEST"`,
    `rm -rf "$DEST/${folderName(version)}"`,
    `cp -R "$HERE/${folderName(version)}" "$DEST/"`,
    `cp "$HERE/publish.xml" "$DEST/publish.xml"`,
    `echo "Done. Restart WPS."`,
    ``,
  ].join("\n");
}

/** Errors of a ribbon.xml: well-formedness, the CustomUI element/attribute set, ids, callbacks, buttons. */
function validateRibbon(xml) {
  const errors = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true });
  const tree = parser.parse(xml).filter((n) => !("?xml" in n));
  if (tree.length !== 1 || !("customUI" in tree[0])) return ["the root element must be customUI"];
  const ids = new Set();
  const buttons = [];
  const walk = (node, name) => {
    const attrs = node[":@"] ?? {};
    const allowed = ALLOWED[name];
    if (!allowed) return void errors.push(`element <${name}> is not allowed`);
    for (const a of Object.keys(attrs)) if (!allowed.includes(a)) errors.push(`<${name}> has attribute ${a}`);
    if (name === "customUI" && attrs.xmlns !== CUSTOMUI_NS) errors.push(`customUI must be in ${CUSTOMUI_NS}`);
    if (["tab", "group", "button"].includes(name)) {
      if (!attrs.id || !/^[A-Za-z_][\w.]*$/.test(attrs.id)) errors.push(`<${name}> needs a valid id`);
      else if (ids.has(attrs.id)) errors.push(`duplicate id ${attrs.id}`);
      else ids.add(attrs.id);
    }
    for (const cb of ["onLoad", "onAction", "getImage", "getLabel", "getEnabled", "getVisible"]) {
      if (attrs[cb] !== undefined && !CALLBACKS.includes(attrs[cb]))
        errors.push(`unknown callback ${attrs[cb]}`);
    }
    if (name === "button") {
      if (attrs.size !== undefined && !["normal", "large"].includes(attrs.size))
        errors.push(`size ${attrs.size}`);
      if (attrs.label && attrs.label.length > 1024) errors.push("label too long");
      buttons.push(attrs);
    }
    for (const child of node[name] ?? []) {
      const childName = Object.keys(child).find((k) => k !== ":@");
      if (childName === "#text") continue;
      if (!CHILDREN[name].includes(childName)) errors.push(`<${childName}> inside <${name}>`);
      walk(child, childName);
    }
  };
  walk(tree[0], "customUI");
  if (buttons.length !== BUTTONS.length)
    errors.push(`expected ${BUTTONS.length} buttons, found ${buttons.length}`);
  return errors;
}

/** Errors of a built add-in folder given its file list and a reader: the files WPS loads and what they name. */
function validateFolder(files, read) {
  const errors = [];
  const has = new Set(files);
  for (const f of ["index.html", "ribbon.xml", "manifest.xml", "taskpane.html", "unsupported.js"]) {
    if (!has.has(f)) errors.push(`missing ${f}`);
  }
  for (const page of ["index.html", "taskpane.html"].filter((p) => has.has(p))) {
    const html = read(page);
    for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)) {
      const ref = m[1].replace(/^\.\//, "");
      if (/^(https?:)?\/\//.test(ref)) errors.push(`${page} loads ${ref} from the network (offline install)`);
      else if (!has.has(ref)) errors.push(`${page} names ${ref}, which is not in the folder`);
    }
  }
  const images = files.filter((f) => f.startsWith("assets/"));
  for (const b of ["templates", "phrases", "check", "layout", "checksave"]) {
    if (!images.includes(`assets/btn-${b}-32.png`)) errors.push(`missing assets/btn-${b}-32.png`);
  }
  if (has.has("ribbon.xml")) errors.push(...validateRibbon(read("ribbon.xml")));
  return errors;
}

/** The CustomUI schema subset ribbon.xml is validated against (with xmllint, where installed). */
const RIBBON_XSD = require("node:path").join(__dirname, "schemas", "customui-2006-subset.xsd");

/**
 * Errors of ribbon.xml against the CustomUI schema, by xmllint (libxml2-utils); null when xmllint is not
 * installed (the build then says so; the tests require it).
 */
function validateRibbonSchema(xml) {
  const { spawnSync } = require("node:child_process");
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", RIBBON_XSD, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (r.error && r.error.code === "ENOENT") return null;
  if (r.status === 0) return [];
  return (r.stderr || "xmllint failed")
    .split("\n")
    .filter((l) => l.trim() && !/fails to validate$/.test(l))
    .map((l) => `ribbon.xml: ${l.replace(/^-:/, "line ")}`);
}

/**
 * The syntax level every script of the WPS build must parse at. swc compiles to ES2017; what it cannot
 * lower (regular-expression lookbehind of ES2018) needs Chromium 64+, far below the floor below.
 */
const WPS_ECMA_VERSION = 2018;
/**
 * Runtime APIs newer than the WPS floor, Chromium 87 (README → WPS: WPS 12.1.0.26200's webview has no
 * crypto.randomUUID, so it is older than 92; Kingsoft's own wpsjs 2.2.3 templates build for Vite 5's
 * default targets, chrome87), by the Chromium version that brought them: the syntax pass cannot see these.
 */
const LATE_APIS = [
  { re: /\bObject\.hasOwn\(/, api: "Object.hasOwn", chromium: 93 },
  { re: /\bstructuredClone\(/, api: "structuredClone", chromium: 98 },
  { re: /\.randomUUID\(/, api: "crypto.randomUUID", chromium: 92 },
  { re: /\.at\(-\d/, api: "Array.prototype.at", chromium: 92 },
  { re: /\.toSorted\(|\.toReversed\(|\.toSpliced\(/, api: "Array change-by-copy methods", chromium: 110 },
  { re: /\bObject\.groupBy\(|\bMap\.groupBy\(/, api: "Object.groupBy", chromium: 117 },
  { re: /\bArray\.fromAsync\(/, api: "Array.fromAsync", chromium: 121 },
  { re: /\bPromise\.withResolvers\(/, api: "Promise.withResolvers", chromium: 119 },
];

/** Errors of one emitted script: syntax beyond ES2017, or a runtime API newer than the floor. */
function checkScript(name, code) {
  const errors = [];
  try {
    require("acorn").parse(code, { ecmaVersion: WPS_ECMA_VERSION, sourceType: "script" });
  } catch (e) {
    const at = e.loc ? ` at ${e.loc.line}:${e.loc.column}` : "";
    const near = e.pos !== undefined ? `: …${code.slice(Math.max(0, e.pos - 40), e.pos + 20)}…` : "";
    errors.push(`${name} is not ES${WPS_ECMA_VERSION}${at} (${e.message})${near}`);
  }
  for (const { re, api, chromium } of LATE_APIS) {
    if (re.test(code)) errors.push(`${name} uses ${api} (Chromium ${chromium}+)`);
  }
  return errors;
}

module.exports = {
  NAME,
  BUTTONS,
  CUSTOMUI_NS,
  folderName,
  readWordManifest,
  ribbonXml,
  pluginManifestXml,
  publishXml,
  jspluginsXml,
  installWindows,
  installLinux,
  validateRibbon,
  validateRibbonSchema,
  RIBBON_XSD,
  validateFolder,
  checkScript,
  WPS_ECMA_VERSION,
  LATE_APIS,
};
