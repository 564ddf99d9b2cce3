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
 * This file declares the command (its options show in --help); the work is in check-run.ts, loaded when
 * the command runs (a quicker start for the other commands and for --help).
 */
import { isReportYear } from "../terms";
import { InvalidArgumentError, Option, type Command } from "commander";
import { rulesText } from "../i18n/messages/rules";
import { formatOption, KIND_IDS, kindIdArg } from "./common";
import type { CliIo } from "./io";
import type { CheckOpts } from "./contracts";

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()))
    throw new InvalidArgumentError(rulesText("cli.badYear", { year: value }));
  const y = Number(value);
  if (!isReportYear(y)) throw new InvalidArgumentError(rulesText("cli.badYear", { year: value }));
  return y;
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
    .action(async (files: string[], opts: CheckOpts) => {
      const { runCheck } = await import(/* webpackChunkName: "check" */ "./check-run");
      const code = await runCheck(files, opts, io);
      io.exitCode = Math.max(io.exitCode ?? 0, code);
    });
}
