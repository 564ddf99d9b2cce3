/** Open a .txt or .docx chosen in the preview with the same readers the command line uses. */
import type { DocModel } from "../core/model";
import { readDocx } from "../formats/docx";
import { readTextFile } from "../formats/text";
import { getLocale, type Locale, type LocalizedText } from "../i18n";
import { previewText } from "../i18n/messages/preview";

export type OpenResult = { ok: true; model: DocModel } | { ok: false; message: string };

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>)["zh-CN"] === "string" &&
    typeof (value as Record<string, unknown>)["en-US"] === "string"
  );
}

/** The reader's reason in the user's language: a LocalizedText on the error when it has one, else its message. */
export function readerReason(error: unknown, locale: Locale = getLocale()): string {
  if (typeof error === "object" && error !== null) {
    for (const value of Object.values(error as Record<string, unknown>)) {
      if (isLocalizedText(value)) return value[locale];
    }
  }
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/**
 * Read a chosen file; never rejects: a failure (not a .docx, not text or an unknown encoding, too large)
 * comes back as a message naming the file and the cause, and the caller keeps the current document.
 */
export async function openFile(file: Pick<File, "name" | "arrayBuffer">): Promise<OpenResult> {
  const name = file.name;
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const fail = (reason: string): OpenResult => ({
    ok: false,
    message: previewText("open.error", { file: name, reason }),
  });
  if (ext !== "txt" && ext !== "docx") return fail(previewText("open.unsupportedType"));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail(previewText("open.readFailed"));
  }
  try {
    const model = ext === "txt" ? readTextFile(bytes, name) : await readDocx(bytes, name);
    return { ok: true, model };
  } catch (error) {
    return fail(readerReason(error));
  }
}
