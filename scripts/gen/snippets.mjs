// Build-time generator of the phrase library's search index: validates every shipped snippet with
// the schema and computes the pinyin of titles and tags with pinyin-pro (polyphones of this genre
// handled in src/core/pinyin-dict.ts), so the task pane ships no pinyin dictionary.
// Writes src/genre/generated/snippet-index.json (git-ignored). Run by `npm run gen`.
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export default async function generateSnippetIndex() {
  require("../ts-hook.cjs");
  const { librarySnippets } = require(join(root, "src/genre/snippets/index.ts"));
  const { snippetSchema } = require(join(root, "src/genre/snippet-schema.ts"));
  const { buildIndexFile } = require(join(root, "src/core/pinyin-dict.ts"));
  const seen = new Set();
  for (const s of librarySnippets) {
    const r = snippetSchema.safeParse(s);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new Error(`snippet ${s.id}: ${i.path.join(".")}: ${i.message}`);
    }
    if (seen.has(s.id)) throw new Error(`snippet ${s.id}: duplicate id`);
    seen.add(s.id);
  }
  const data = buildIndexFile(librarySnippets);
  const out = join(root, "src/genre/generated/snippet-index.json");
  mkdirSync(dirname(out), { recursive: true });
  const json = JSON.stringify(data);
  writeFileSync(out, json);
  console.log(`snippets: ${librarySnippets.length} snippets indexed -> ${out} (${json.length} bytes)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await generateSnippetIndex();
