/**
 * `lianzheng snippets [<query>] [--limit <n>] [--category <…>] [--section <…>] [--kind <…>] [--year <yyyy>] [--format text|json]
 * [--all] [--export <pack.json>] [--pack <file>...]` (DESIGN.md section 5): the same search as the 短语
 * tab over the shipped library (its build-time pinyin index), best first. `--all` lists the library,
 * `--export` writes it as a pack others can import; `--pack` adds packs (validated, all or nothing).
 *
 * This file declares the command; the work (the library, its index, the schema) is in snippets-run.ts,
 * loaded before the command's options are parsed.
 */
import { type Command, InvalidArgumentError } from "commander";
import { phrasesText } from "../i18n/messages/phrases";
import { isReportYear } from "../terms";
import { readerText } from "../i18n/messages/readers";
import { formatOption, parseKind } from "./common";
import type { CliIo } from "./io";
import type { SnippetsOptions } from "./contracts";

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(phrasesText("cli.badLimit", { value }));
  return Number(value.trim());
}

function parseYear(value: string): number {
  const v = value.trim();
  if (!/^\d{4}$/.test(v) || !isReportYear(Number(v)))
    throw new InvalidArgumentError(phrasesText("cli.badYear", { value }));
  return Number(v);
}

type RunModule = typeof import("./snippets-run");
let runModule: RunModule | null = null;

async function load(): Promise<RunModule> {
  runModule ??= await import(/* webpackChunkName: "snippets" */ "./snippets-run");
  return runModule;
}

function loaded(): RunModule {
  if (runModule === null) throw new Error("snippets-run is not loaded");
  return runModule;
}

export function register(program: Command, io: CliIo): void {
  // The option parsers need the snippet schema: load the command's module before its options are parsed.
  program.hook("preSubcommand", async (_program, sub) => {
    if (sub.name() === "snippets") await load();
  });
  program
    .command("snippets")
    .description(phrasesText("cli.description"))
    .argument("[query...]", phrasesText("cli.query"))
    .option("--limit <n>", phrasesText("cli.limit"), parseLimit, 20)
    .option("--category <category>", phrasesText("cli.category"), (v: string) => loaded().parseCategory(v))
    .option("--section <section>", phrasesText("cli.section"), (v: string) => loaded().parseSection(v))
    .option("--kind <kind>", phrasesText("cli.kind"), parseKind)
    .option("--year <yyyy>", phrasesText("cli.year"), parseYear)
    .option("--all", phrasesText("cli.all"))
    .option("--export <file>", phrasesText("cli.export"))
    .option("--force", readerText("option.force"))
    .option("--pack <file...>", phrasesText("cli.pack"))
    .addOption(formatOption())
    .action(async (words: string[], opts: SnippetsOptions) => {
      await (await load()).runSnippets(words, opts, io);
    });
}
