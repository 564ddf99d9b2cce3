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

/** One file of the JSON output (contract). */
export interface OutlineFileJson {
  file: string;
  error: string | null;
  title: number | null;
  addressee: number | null;
  signature: number | null;
  date: number | null;
  headings: {
    paragraph: number;
    level: number;
    depth: number;
    number: number;
    marker: string;
    text: string;
    runIn: boolean;
  }[];
}

export interface OutlineJson {
  version: 1;
  files: OutlineFileJson[];
}

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
