/**
 * `lianzheng check <file.docx|file.txt>... [--kind <id>] [--year <yyyy>] [--config <rules.json>]
 * [--format text|json]` (DESIGN.md section 5, contract).
 *
 * Text: one line a finding, `file:paragraph:offset severity rule message` (paragraph and offset are
 * `-` for a finding about the whole document), then a summary line. JSON:
 * `{"version":1,"files":[{"file","kind","year","error","findings":[…]}]}`.
 * Exit codes: 0 no error finding; 1 at least one error finding; 2 bad usage or an unreadable input
 * (the other files are still checked). A progress line goes to stderr when many files are checked
 * and stderr is a terminal.
 *
 * For the reviewer (issue 13, check-folder.ts): folders as arguments, .doc/.wps/.odt/.rtf through
 * LibreOffice, `--jobs N` worker threads, `--previous last.docx`, `--annotate <dir>`, `--summary
 * <file.html|file.csv>` with `--lang`.
 *
 * This file declares the command (its options show in --help); the work is in check-run.ts, loaded when
 * the command runs (a quicker start for the other commands and for --help).
 */
import { isReportYear } from "../terms";
import { InvalidArgumentError, Option, type Command } from "commander";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { rulesText } from "../i18n/messages/rules";
import { formatOption, KIND_IDS, kindIdArg } from "./common";
import { reviewText } from "../i18n/messages/review";
import type { CliIo } from "./io";
import type { CheckOpts } from "./contracts";

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()))
    throw new InvalidArgumentError(rulesText("cli.badYear", { year: value }));
  const y = Number(value);
  if (!isReportYear(y)) throw new InvalidArgumentError(rulesText("cli.badYear", { year: value }));
  return y;
}

function parseJobs(value: string): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError(reviewText("cli.badJobs", { value }));
  return n;
}

function parseSummary(value: string): string {
  if (!/\.(html?|csv)$/i.test(value))
    throw new InvalidArgumentError(reviewText("cli.badSummary", { file: value }));
  return value;
}

function parseLang(value: string): "zh-CN" | "en-US" {
  const v = value.trim().toLowerCase();
  if (v === "zh-cn" || v === "zh") return "zh-CN";
  if (v === "en-us" || v === "en") return "en-US";
  throw new InvalidArgumentError(reviewText("cli.badLang", { value }));
}

/** Whether the reviewer's runner (check-folder.ts) is needed: new options, folders, many or converted files. */
function needsFolderRunner(files: readonly string[], opts: CheckOpts, cwd: string): boolean {
  if (opts.previous || opts.annotate || opts.summary || opts.jobs !== undefined) return true;
  if (files.length >= 4) return true;
  if (files.some((f) => /\.(doc|wps|odt|rtf)$/i.test(f))) return true;
  return files.some((f) => {
    try {
      return statSync(resolve(cwd, f)).isDirectory();
    } catch {
      return false;
    }
  });
}

export function register(program: Command, io: CliIo): void {
  program
    .command("check")
    .description(rulesText("cli.description"))
    .argument("<files...>", rulesText("cli.arg.files"))
    .addOption(
      new Option("--kind <id>", rulesText("cli.opt.kind", { kinds: KIND_IDS.join(", ") })).argParser(
        kindIdArg,
      ),
    )
    .addOption(new Option("--year <yyyy>", rulesText("cli.opt.year")).argParser(parseYear))
    .addOption(new Option("--config <rules.json>", rulesText("cli.opt.config")))
    .addOption(new Option("--pack <file>", rulesText("cli.opt.pack")))
    .addOption(formatOption())
    .addOption(new Option("--previous <file>", reviewText("cli.opt.previous")))
    .addOption(new Option("--annotate <dir>", reviewText("cli.opt.annotate")))
    .addOption(new Option("--summary <file>", reviewText("cli.opt.summary")).argParser(parseSummary))
    .addOption(new Option("--jobs <n>", reviewText("cli.opt.jobs")).argParser(parseJobs))
    .addOption(new Option("--lang <locale>", reviewText("cli.opt.lang")).argParser(parseLang))
    .action(async (files: string[], opts: CheckOpts) => {
      if (needsFolderRunner(files, opts, io.cwd)) {
        const { runCheckMany } = await import(/* webpackChunkName: "check-folder" */ "./check-folder");
        io.exitCode = Math.max(io.exitCode ?? 0, await runCheckMany(files, opts, io));
        return;
      }
      const { runCheck } = await import(/* webpackChunkName: "check" */ "./check-run");
      const code = await runCheck(files, opts, io);
      io.exitCode = Math.max(io.exitCode ?? 0, code);
    });
}
