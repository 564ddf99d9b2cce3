/**
 * Shared pieces of the `lianzheng` subcommands (node-only: reads files with node:fs).
 *
 * - `formatOption()`: the `--format text|json` option every subcommand takes (text by default).
 * - `parseKind(value)`: the `--kind <id>` of snippets, one of the built-in report kinds; `kindIdArg` that of
 *   check, whose kinds a pack may extend.
 * - `readInputFile(file, io)`: read a .docx or .txt into a DocModel by extension; throws an InputError
 *   whose `text` holds the message in zh-CN and en-US, naming the file and the cause.
 * - `readInputs(files, io)`: the same for many files; never throws, one result per file in order.
 * - `printJson(io, value)`: JSON on stdout, two-space indented, one trailing newline.
 * - `reportError(io, command, message)`: `lianzheng <command>: message` on stderr.
 *
 * A command that meets an unreadable input sets `io.exitCode = 2` and goes on with the other files.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { InvalidArgumentError, Option } from "commander";
import type { DocModel } from "../core/model";
import type { DocxError } from "../formats/docx";
import { MAX_TEXT_FILE_BYTES, TextFileError, decodeText, textModel, textTooLarge } from "../formats/text";
import { getLocale, type LocalizedText, type Params } from "../i18n";
import { readerText } from "../i18n/messages/readers";
import type { CliIo } from "./io";
import { terminalSafe } from "./safe-output";
import { KINDS } from "../genre/kinds/builtin";
import { rulesText } from "../i18n/messages/rules";

export type OutputFormat = "text" | "json";

/** Parse the value of --format; throws commander's InvalidArgumentError (exit code 2) for others. */
function parseFormat(value: string): OutputFormat {
  const v = value.trim().toLowerCase();
  if (v === "text" || v === "json") return v;
  throw new InvalidArgumentError(readerText("option.badFormat", { format: value }));
}

/** The `--format <format>` option: text (default) or json. Read it as `opts.format: OutputFormat`. */
export function formatOption(): Option {
  return new Option("--format <format>", readerText("option.format")).argParser(parseFormat).default("text");
}

/** The ids of the built-in report kinds (raw data: no schema loads before the options are parsed). */
export const KIND_IDS: readonly string[] = KINDS.map((k) => k.id);

/** Parse the value of --kind (trimmed, any case); throws commander's InvalidArgumentError (exit code 2). */
export function parseKind(value: string): string {
  const v = value.trim().toLowerCase();
  if (KIND_IDS.includes(v)) return v;
  throw new InvalidArgumentError(rulesText("cli.badKind", { kind: value, kinds: KIND_IDS.join(", ") }));
}

/**
 * The value of `check --kind` (trimmed, any case): checked against the kinds when the command runs, since
 * `--pack` may add kinds.
 */
export function kindIdArg(value: string): string {
  return value.trim().toLowerCase();
}

/** An input that cannot be read. */
export class InputError extends Error {
  constructor(
    readonly code: "unsupported" | "notFound" | "unreadable" | TextFileError["code"] | DocxError["code"],
    readonly file: string,
    readonly text: LocalizedText,
    override readonly cause?: unknown,
  ) {
    super(text[getLocale()]);
    this.name = "InputError";
  }
}

function localized(key: Parameters<typeof readerText>[0], params: Params): LocalizedText {
  return { "zh-CN": readerText(key, params, "zh-CN"), "en-US": readerText(key, params, "en-US") };
}

/**
 * node:zlib's raw inflate, lent to the .docx reader: several times faster than jszip's JavaScript
 * inflate, and nothing for each worker thread of `check` to compile. Null beyond `limit` bytes.
 */
export function nodeInflateRaw(compressed: Uint8Array, limit: number): Uint8Array | null {
  try {
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
}

/** The file types the CLI reads. */
export const INPUT_EXTENSIONS = [".docx", ".txt"] as const;

/**
 * Read one input file (path relative to io.cwd) into a document model, by its extension. Every failure,
 * expected or not, is an InputError naming the file; a warning (bad bytes replaced) goes to io.stderr.
 */
export async function readInputFile(
  file: string,
  io: Pick<CliIo, "cwd"> & Partial<Pick<CliIo, "stderr">>,
): Promise<DocModel> {
  try {
    return await readInput(file, io);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new InputError("unreadable", file, localized("file.unreadable", { file, detail }), e);
  }
}

async function readInput(
  file: string,
  io: Pick<CliIo, "cwd"> & Partial<Pick<CliIo, "stderr">>,
): Promise<DocModel> {
  const ext = extname(file).toLowerCase();
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(ext))
    throw new InputError("unsupported", file, localized("file.unsupported", { file, ext: ext || "(none)" }));
  let bytes: Uint8Array;
  try {
    // A .txt beyond what the reader accepts is refused by its size, unread.
    if (ext === ".txt" && (await stat(resolve(io.cwd, file))).size > MAX_TEXT_FILE_BYTES)
      throw textTooLarge(file);
    bytes = new Uint8Array(await readFile(resolve(io.cwd, file)));
  } catch (e) {
    if (e instanceof TextFileError) throw new InputError(e.code, file, e.text, e);
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") throw new InputError("notFound", file, localized("file.notFound", { file }), e);
    const detail = code ?? (e instanceof Error ? e.message : String(e));
    throw new InputError("unreadable", file, localized("file.unreadable", { file, detail }), e);
  }
  if (ext === ".txt") {
    try {
      const d = decodeText(bytes, file);
      if (d.replaced && io.stderr)
        io.stderr(`lianzheng: ${terminalSafe(readerText("text.replaced", { file, count: d.replaced }))}\n`);
      return textModel(d.text, file);
    } catch (e) {
      if (e instanceof TextFileError) throw new InputError("notText", file, e.text, e);
      throw e;
    }
  }
  // The .docx reader (jszip, an XML parser) loads only when a .docx is read: a quicker start for .txt.
  const { DocxError, readDocx } = await import(/* webpackChunkName: "docx-reader" */ "../formats/docx");
  try {
    return await readDocx(bytes, file, { inflateRaw: nodeInflateRaw });
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(e.code, file, e.text, e);
    throw e;
  }
}

export type InputResult =
  { file: string; model: DocModel; error: null } | { file: string; model: null; error: InputError };

/** Read many inputs in order; unreadable ones come back with their error (nothing is thrown). */
export async function readInputs(
  files: readonly string[],
  io: Pick<CliIo, "cwd"> & Partial<Pick<CliIo, "stderr">>,
): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for (const file of files) {
    try {
      out.push({ file, model: await readInputFile(file, io), error: null });
    } catch (e) {
      const err =
        e instanceof InputError
          ? e
          : new InputError(
              "unreadable",
              file,
              localized("file.unreadable", { file, detail: e instanceof Error ? e.message : String(e) }),
              e,
            );
      out.push({ file, model: null, error: err });
    }
  }
  return out;
}

/** Print a value as JSON on stdout. */
export function printJson(io: Pick<CliIo, "stdout">, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Print an error line on stderr: `lianzheng <command>: message`. */
export function reportError(io: Pick<CliIo, "stderr">, command: string, message: string): void {
  io.stderr(`lianzheng ${command}: ${terminalSafe(message)}\n`);
}

/** Shorten a text for one line of terminal output (by characters, with …). */
export function ellipsize(text: string, max = 40): string {
  const chars = [...text.replace(/[\t\v\r\n]/g, " ")];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
