/** DocxError: a .docx that cannot be read, with a message in zh-CN and en-US naming the file. */
import type { LocalizedText, Params } from "../i18n";
import { getLocale } from "../i18n";
import { readerText } from "../i18n/messages/readers";

export type DocxErrorCode =
  | "empty"
  | "notZip"
  | "truncated"
  | "noDocument"
  | "encrypted"
  | "dtd"
  | "tooLarge"
  | "malformedXml"
  | "tooDeep"
  | "tooManyParagraphs"
  | "tooMuchText"
  | "tooComplex"
  | "noParagraphs";

/** A .docx that cannot be read; `text` holds the message in both languages. */
export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    readonly file: string,
    readonly text: LocalizedText,
    override readonly cause?: unknown,
  ) {
    super(text[getLocale()]);
    this.name = "DocxError";
  }
}

export function docxError(
  code: DocxErrorCode,
  file: string,
  params: Params = {},
  cause?: unknown,
): DocxError {
  const p = { file, ...params };
  const key = `docx.${code}` as const;
  return new DocxError(
    code,
    file,
    { "zh-CN": readerText(key, p, "zh-CN"), "en-US": readerText(key, p, "en-US") },
    cause,
  );
}
