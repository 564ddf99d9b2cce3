/**
 * Inputs of `lianzheng check` beyond single files (issue 13): folders (recursive, .docx .txt and the
 * formats converted by LibreOffice; hidden files and folders and Office's temporary `~$x.docx` files
 * skipped) and the reading of .doc, .wps, .odt and .rtf through LibreOffice (cli/convert.ts).
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join, relative, resolve, isAbsolute } from "node:path";
import type { DocModel } from "../core/model";
import { reviewText } from "../i18n/messages/review";
import { InputError, INPUT_EXTENSIONS, nodeInflateRaw, readInputFile } from "./common";
import { CONVERTED_EXTENSIONS, ConvertError, convertFile, isConverted } from "./convert";

export const FOLDER_EXTENSIONS: readonly string[] = [...INPUT_EXTENSIONS, ...CONVERTED_EXTENSIONS];

function skipped(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && FOLDER_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
  }
}

/**
 * The files to check, in order: each argument that is a folder becomes its files (sorted by path, as
 * paths relative to cwd when inside it); other arguments stay as given (a missing file is reported
 * when it is read).
 */
export function expandInputs(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const a of args) {
    const abs = resolve(cwd, a);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      /* not found: left to the reader */
    }
    if (!isDir) {
      out.push(a);
      continue;
    }
    const found: string[] = [];
    walk(abs, found);
    for (const f of found) {
      const rel = relative(cwd, f);
      out.push(rel.startsWith("..") || isAbsolute(rel) ? f : rel);
    }
  }
  return out;
}

/** Whether any argument is a folder. */
export function hasFolder(args: readonly string[], cwd: string): boolean {
  return args.some((a) => {
    try {
      return statSync(resolve(cwd, a)).isDirectory();
    } catch {
      return false;
    }
  });
}

function both(key: Parameters<typeof reviewText>[0], params: Record<string, string | number>) {
  return { "zh-CN": reviewText(key, params, "zh-CN"), "en-US": reviewText(key, params, "en-US") };
}

/** The original bytes of a converted file as .docx (null for .docx and .txt). */
export async function convertedDocx(file: string, cwd: string): Promise<Uint8Array | null> {
  if (!isConverted(file)) return null;
  const ext = extname(file).toLowerCase();
  try {
    return await convertFile(resolve(cwd, file), "docx");
  } catch (e) {
    if (e instanceof ConvertError) {
      if (e.code === "absent")
        throw new InputError("unsupported", file, both("convert.absent", { file, ext }));
      if (e.code === "timeout")
        throw new InputError("unreadable", file, both("convert.timeout", { file, seconds: e.message }));
      throw new InputError("unreadable", file, both("convert.failed", { file, message: e.message }));
    }
    throw e;
  }
}

/** Read any input: .docx and .txt as `readInputFile`, the others through LibreOffice. */
export async function readCheckInput(
  file: string,
  cwd: string,
): Promise<{ model: DocModel; docx: Uint8Array | null }> {
  const docx = await convertedDocx(file, cwd);
  if (!docx) return { model: await readInputFile(file, { cwd }), docx: null };
  const { DocxError, readDocx } = await import(/* webpackChunkName: "docx-reader" */ "../formats/docx");
  try {
    return { model: await readDocx(docx, file, { inflateRaw: nodeInflateRaw }), docx };
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(e.code, file, e.text, e);
    throw e;
  }
}
