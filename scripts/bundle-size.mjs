// Sizes of the production build's pages: the JS a page loads before it can show anything (the
// scripts of its HTML: entry chunks, shared chunks, runtime; not the lazy chunks of the tabs, and
// not Microsoft's office.js), raw and gzip (level 9).
//
// With chunk-groups.json in the build (webpack --env chunkGroups), also each lazily loaded tab: every
// chunk opening it loads when it is the first tab opened (its own chunk and the shared chunks it
// needs that the task pane has not loaded yet; not the chunks it may load later, such as the .docx
// reader of the reviewer's file import).
//
//   node scripts/bundle-size.mjs [--json]     (build first: npm run build:offline)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const distArg = process.argv.indexOf("--dist");

/** Local scripts a page of dist/ loads, in order. */
export function pageScripts(dist, page) {
  const html = readFileSync(join(dist, page), "utf8");
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith("office-js/"));
}

const size = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

export function measure(dist = join(root, "dist")) {
  if (!existsSync(join(dist, "taskpane.html"))) {
    throw new Error(`${join(dist, "taskpane.html")} not found: run npm run build:offline first`);
  }
  const result = {};
  for (const page of ["taskpane.html", "preview.html", "commands.html"]) {
    const files = pageScripts(dist, page).map((src) => ({ src, ...size(join(dist, src)) }));
    result[page] = {
      files,
      raw: files.reduce((a, f) => a + f.raw, 0),
      gzip: files.reduce((a, f) => a + f.gzip, 0),
    };
  }
  const initial = new Set(Object.values(result).flatMap((p) => p.files.map((f) => f.src)));
  const lazy = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !initial.has(f))
    .map((f) => ({ src: f, ...size(join(dist, f)) }));
  const groupsFile = join(dist, "chunk-groups.json");
  if (existsSync(groupsFile)) {
    const groups = JSON.parse(readFileSync(groupsFile, "utf8"));
    const loaded = new Set(groups.taskpane ?? []);
    result.tabs = {};
    for (const [name, chunks] of Object.entries(groups)) {
      if (!name.startsWith("tab-")) continue;
      const files = chunks.filter((f) => !loaded.has(f)).map((src) => ({ src, ...size(join(dist, src)) }));
      result.tabs[name] = {
        files,
        raw: files.reduce((a, f) => a + f.raw, 0),
        gzip: files.reduce((a, f) => a + f.gzip, 0),
      };
    }
  }
  result.lazy = {
    files: lazy,
    raw: lazy.reduce((a, f) => a + f.raw, 0),
    gzip: lazy.reduce((a, f) => a + f.gzip, 0),
  };
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = measure(distArg > 0 ? process.argv[distArg + 1] : undefined);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    for (const [name, p] of Object.entries(r)) {
      if (name === "tabs") {
        for (const [tab, t] of Object.entries(p)) {
          console.log(`${tab} (first opened): ${kb(t.raw)} raw, ${kb(t.gzip)} gzip`);
          for (const f of t.files) console.log(`  ${f.src}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
        }
        continue;
      }
      console.log(`${name}: ${kb(p.raw)} raw, ${kb(p.gzip)} gzip`);
      for (const f of p.files) console.log(`  ${f.src}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
    }
  }
}
