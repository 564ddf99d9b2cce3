// After `webpack --config webpack.wps.config.js`: writes ribbon.xml and manifest.xml into the add-in folder,
// publish.xml (offline list), jsplugins.xml (server list; base URL from --base-url or WPS_BASE_URL) and the
// install scripts into dist-wps/, then validates the folder (the files WPS loads, ribbon.xml against the
// CustomUI element/attribute set and, with xmllint, against scripts/schemas/customui-2006-subset.xsd; every
// script parsed as ES2017 with no runtime API newer than the WPS floor). Exit code 1 on any error.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, readdirSync, statSync, chmodSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pkg = require("./wps-package.cjs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version, description } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const arg = process.argv.find((a) => a.startsWith("--base-url="));
const baseUrl = arg
  ? arg.slice("--base-url=".length)
  : (process.env.WPS_BASE_URL ?? "http://intranet.example/wps");

const out = join(root, "dist-wps");
const folder = join(out, pkg.folderName(version));
writeFileSync(join(folder, "ribbon.xml"), pkg.ribbonXml(readFileSync(join(root, "manifest.xml"), "utf8")));
writeFileSync(join(folder, "manifest.xml"), pkg.pluginManifestXml(version, description));
writeFileSync(join(out, "publish.xml"), pkg.publishXml(version));
writeFileSync(join(out, "jsplugins.xml"), pkg.jspluginsXml(version, baseUrl));
writeFileSync(join(out, "install-windows.bat"), pkg.installWindows(version));
writeFileSync(join(out, "install-linux.sh"), pkg.installLinux(version));
chmodSync(join(out, "install-linux.sh"), 0o755);

const list = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? list(join(dir, f)) : [join(dir, f)],
  );
const files = list(folder).map((f) => relative(folder, f).split("\\").join("/"));
const errors = pkg.validateFolder(files, (f) => readFileSync(join(folder, f), "utf8"));
// Every script WPS's Chromium will run: ES2017 syntax and no runtime API above the floor.
for (const f of files.filter((f) => f.endsWith(".js"))) {
  errors.push(...pkg.checkScript(f, readFileSync(join(folder, f), "utf8")));
}
const schemaErrors = pkg.validateRibbonSchema(readFileSync(join(folder, "ribbon.xml"), "utf8"));
if (schemaErrors === null) {
  console.warn(
    "build:wps: xmllint not found (Debian: libxml2-utils): ribbon.xml not checked against the CustomUI schema",
  );
} else errors.push(...schemaErrors);
if (errors.length) {
  for (const e of errors) console.error(`build:wps: ${e}`);
  process.exit(1);
}
console.log(
  `build:wps: ${relative(root, folder)} (${files.length} files) validated; lists in ${relative(root, out)}/`,
);
