/** The work of `lianzheng snippets` (declared in snippets.ts): search, list or export the phrase library. */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { search } from "../core/search";
import { buildIndex } from "../core/search-index";
import { resolveYearTokens } from "../core/year-items";
import { snippetTokens } from "../core/pinyin-dict";
import {
  CATEGORY_NAMES_ZH,
  makePack,
  parsePack,
  REPORT_SECTIONS,
  SNIPPET_CATEGORIES,
  type ReportSection,
  type Snippet,
  type SnippetCategory,
} from "../genre/snippet-schema";
import { librarySnippets } from "../genre/snippets";
import { shippedTokens } from "../core/shipped-snippets";
import { describePackIssues } from "../genre/snippets/pack-issues";
import { phrasesText } from "../i18n/messages/phrases";
import { printJson, reportError } from "./common";
import type { CliIo } from "./io";
import { FileExistsError, writeFileSafely } from "./safe-output";
import { readerText } from "../i18n/messages/readers";
import { PACK_LIMITS } from "../genre/schema-parts";
import type { SnippetsOptions as Options, SnippetsJson } from "./contracts";

/** A category from its id or its Chinese name. */
export function parseCategory(value: string): SnippetCategory {
  const v = value.trim();
  const byId = SNIPPET_CATEGORIES.find((c) => c === v.toLowerCase());
  if (byId) return byId;
  const byName = SNIPPET_CATEGORIES.find((c) => CATEGORY_NAMES_ZH[c] === v);
  if (byName) return byName;
  const list = SNIPPET_CATEGORIES.map((c) => `${c}（${CATEGORY_NAMES_ZH[c]}）`).join(", ");
  throw new InvalidArgumentError(phrasesText("cli.badCategory", { value, list }));
}

export function parseSection(value: string): ReportSection {
  const v = value.trim().toLowerCase();
  const s = REPORT_SECTIONS.find((x) => x === v);
  if (s) return s;
  throw new InvalidArgumentError(phrasesText("cli.badSection", { value, list: REPORT_SECTIONS.join(", ") }));
}

function categoryLabel(c: SnippetCategory): string {
  return phrasesText(`category.${c}`);
}

function printText(io: CliIo, results: readonly Snippet[], year: number | undefined): void {
  results.forEach((s, i) => {
    const text = shownText(s, year).replace(/\n/g, "\n   ");
    const term = s.term ? `   ${phrasesText("cli.term", { term: s.term })}\n` : "";
    io.stdout(`${i + 1}. ${s.title}  [${categoryLabel(s.category)}]  ${s.id}\n${term}   ${text}\n`);
  });
}

/** A phrase's text as shown: year tokens resolved for the year given, else left as written. */
function shownText(s: Snippet, year: number | undefined): string {
  return year !== undefined ? resolveYearTokens(s.text, year) : s.text;
}

/** A phrase suits a report on `year` unless it cites something that began later. */
function suitsYear(s: Snippet, year: number | undefined): boolean {
  return year === undefined || !s.since || Number(s.since.slice(0, 4)) <= year;
}

async function loadPacks(files: readonly string[], io: CliIo): Promise<Snippet[] | null> {
  const out: Snippet[] = [];
  for (const file of files) {
    let json: string;
    try {
      // A file far beyond the pack limit (3 bytes a character) is refused by its size, unread.
      if ((await stat(resolve(io.cwd, file))).size > PACK_LIMITS.maxChars * 3) {
        const issue = { entry: null, id: null, field: "(pack)", code: "too_big", message: "" };
        reportError(
          io,
          "snippets",
          phrasesText("cli.packInvalid", { file, issues: describePackIssues([issue]) }),
        );
        return null;
      }
      json = await readFile(resolve(io.cwd, file), "utf8");
    } catch (e) {
      reportError(io, "snippets", phrasesText("cli.packUnreadable", { file, message: (e as Error).message }));
      return null;
    }
    const r = parsePack(json.replace(/^\uFEFF/, ""));
    if (!r.ok) {
      reportError(
        io,
        "snippets",
        phrasesText("cli.packInvalid", { file, issues: describePackIssues(r.issues) }),
      );
      return null;
    }
    out.push(...r.pack.snippets);
  }
  return out;
}

export async function runSnippets(words: string[], opts: Options, io: CliIo): Promise<void> {
  const query = words.join(" ").trim();
  if (opts.all && query) {
    reportError(io, "snippets", phrasesText("cli.queryWithAll"));
    io.exitCode = 2;
    return;
  }
  const extra = opts.pack?.length ? await loadPacks(opts.pack, io) : [];
  if (extra === null) {
    io.exitCode = 2;
    return;
  }
  const library = [...librarySnippets, ...extra];
  const fromPacks = new Set(extra.map((s) => s.id));

  let results: Snippet[];
  if (opts.all || opts.export) {
    results = library.filter(
      (s) =>
        (!opts.category || s.category === opts.category) &&
        (!opts.section || s.sections.length === 0 || s.sections.includes(opts.section)) &&
        (!opts.kind || s.kinds.length === 0 || s.kinds.includes(opts.kind)) &&
        suitsYear(s, opts.year),
    );
    if (opts.limit > 0 && !opts.export) results = results.slice(0, opts.limit);
  } else {
    const index = buildIndex(library, (s) => (fromPacks.has(s.id) ? snippetTokens(s) : shippedTokens(s)));
    results = search(index, query, {
      limit: opts.limit,
      category: opts.category,
      section: opts.section,
      kind: opts.kind,
      year: opts.year,
      browse: true,
    }).map((r) => r.snippet);
  }

  if (opts.export) {
    const file = resolve(io.cwd, opts.export);
    try {
      await writeFileSafely(file, `${JSON.stringify(makePack(results, "lianzheng"), null, 2)}\n`, opts.force);
    } catch (e) {
      if (e instanceof FileExistsError) {
        reportError(io, "snippets", readerText("file.exists", { file: opts.export }));
        io.exitCode = 2;
        return;
      }
      reportError(
        io,
        "snippets",
        phrasesText("cli.writeFailed", { file: opts.export, message: (e as Error).message }),
      );
      io.exitCode = 2;
      return;
    }
    io.stderr(`${phrasesText("cli.exported", { count: results.length, file: opts.export })}\n`);
    return;
  }

  if (opts.format === "json") {
    const out: SnippetsJson = {
      version: 1,
      query,
      results: results.map((s) => ({
        id: s.id,
        title: s.title,
        ...(s.term ? { term: s.term } : {}),
        text: shownText(s, opts.year),
        category: s.category,
      })),
    };
    printJson(io, out);
    return;
  }
  if (results.length === 0) {
    io.stdout(`${phrasesText("cli.noResults", { query })}\n`);
    return;
  }
  printText(io, results, opts.year);
}
