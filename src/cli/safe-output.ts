/**
 * What the CLI writes, made safe (node-only):
 * - `terminalSafe(s)`: C0 and C1 control characters other than tab and newline escaped as `\u001b`,
 *   so that a document's ESC sequences or bells never reach the terminal (the escape is also valid
 *   inside a JSON string, so JSON output stays JSON);
 * - `onClosedPipe(io)`: `lianzheng check … | head -1` closes stdout early: exit quietly with the code
 *   the run had earned so far (io.exitCode), no stack trace;
 * - `writeFileSafely(file, data, force)`: refuse to replace an existing file unless `force`, and write
 *   to a temporary file beside it, then rename (a crash midway never leaves a broken file).
 */
import { randomBytes } from "node:crypto";
import { access, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Escape control characters other than \t and \n. */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** On EPIPE, exit with the code earned so far; other stream errors are rethrown. */
export function onClosedPipe(stream: NodeJS.WriteStream, io: { readonly exitCode?: number }): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(io.exitCode ?? 0);
    throw e;
  });
}

/** The file exists and `--force` was not given. */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} exists`);
    this.name = "FileExistsError";
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Write through a temporary file and a rename; FileExistsError when the file exists and !force. */
export async function writeFileSafely(file: string, data: Uint8Array | string, force = false): Promise<void> {
  if (!force && (await exists(file))) throw new FileExistsError(file);
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
