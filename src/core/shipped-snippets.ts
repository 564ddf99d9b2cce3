/**
 * The shipped library with its build-time pinyin (src/genre/generated/snippet-index.json, written by
 * `npm run gen`): what the task pane and the CLI search. No pinyin dictionary here. The data is the
 * genre's; building its search index is the engine's work, so it lives in core.
 */
import { buildIndex, type SnippetIndex, type SnippetTokens } from "./search-index";
import { decodeTokens, tokenSourceHash, type SnippetIndexFile } from "./pinyin";
import type { Snippet } from "../genre/snippet-schema";
import { librarySnippets } from "../genre/snippets";

export const INDEX_PATH = "src/genre/generated/snippet-index.json";

let file: SnippetIndexFile | undefined;

/** The generated index file; throws a clear error when it has not been generated. */
export function shippedIndexFile(): SnippetIndexFile {
  if (file) return file;
  let loaded: unknown;
  try {
    // A require inside try so that a missing file becomes a clear message (webpack still bundles it).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require("../genre/generated/snippet-index.json");
  } catch (e) {
    throw new Error(
      `The phrase library's index ${INDEX_PATH} is missing: run \`npm run gen\` first (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`,
    );
  }
  const f = loaded as SnippetIndexFile;
  if (!f || f.version !== 1 || typeof f.entries !== "object") {
    throw new Error(
      `The phrase library's index ${INDEX_PATH} is not in the expected format: run \`npm run gen\` again`,
    );
  }
  file = f;
  return f;
}

/** Whether the generated index was made from the current library (false: run `npm run gen`). */
export function shippedIndexIsCurrent(): boolean {
  return shippedIndexFile().hash === tokenSourceHash(librarySnippets);
}

/** Tokens of a shipped snippet from the generated index (undefined when it has none). */
export function shippedTokens(s: Snippet): SnippetTokens | undefined {
  const row = shippedIndexFile().entries[s.id];
  if (!row) return undefined;
  return { title: decodeTokens(row[0] ?? ""), tags: s.tags.map((_, i) => decodeTokens(row[i + 1] ?? "")) };
}

let index: SnippetIndex | undefined;

/** The search index of the shipped library (built once). */
export function shippedIndex(): SnippetIndex {
  index ??= buildIndex(librarySnippets, shippedTokens);
  return index;
}
