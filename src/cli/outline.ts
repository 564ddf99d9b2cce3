/**
 * `lianzheng outline <file.docx|file.txt>... [--format text|json]` (DESIGN.md section 5): the
 * recognised structure of each file. Unreadable files are reported (stderr, and `error` in JSON) and
 * make the exit code 2; the other files are still processed.
 *
 * This file declares the command; the work is in outline-run.ts, loaded when the command runs.
 */
import type { Command } from "commander";
import { readerText } from "../i18n/messages/readers";
import { formatOption, type OutputFormat } from "./common";
import type { CliIo } from "./io";

export function register(program: Command, io: CliIo): void {
  program
    .command("outline")
    .description(readerText("outline.description"))
    .argument("<files...>", readerText("outline.files"))
    .addOption(formatOption())
    .action(async (files: string[], opts: { format: OutputFormat }) => {
      const { runOutline } = await import(/* webpackChunkName: "outline" */ "./outline-run");
      await runOutline(files, opts, io);
    });
}
