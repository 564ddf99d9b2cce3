/**
 * .txt -> DocModel: one paragraph a line (DESIGN.md section 5). Runs in Node and in the browser
 * (TextDecoder only; no node: imports).
 *
 * Encoding, decided on evidence, never guessed for the whole file from one byte:
 * 1. a BOM (UTF-8, UTF-16LE, UTF-16BE);
 * 2. UTF-16 without a BOM, told by its NUL bytes and the byte order that gives plausible text;
 * 3. strict UTF-8;
 * 4. UTF-8 with a few bad bytes (at most 1 in 10 multi-byte sequences broken): read as UTF-8, the bad
 *    bytes replaced with U+FFFD and counted (the caller warns);
 * 5. GB18030 (which covers GBK and GB2312) when the bytes decode cleanly as GB18030;
 * otherwise, and for text full of control characters (binary files), a TextFileError("notText").
 */
import type { DocModel } from "../core/model";
import type { LocalizedText } from "../i18n";
import { getLocale } from "../i18n";
import { readerText } from "../i18n/messages/readers";
import { MAX_PARAGRAPHS, MAX_TEXT_CHARS } from "./docx-limits";

/** Largest .txt read, in bytes (the text limit of a .docx at 3 bytes a character, and a margin). */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

/** The "too large" error of a .txt (also for a file refused by its size, unread). */
export function textTooLarge(fileName: string): TextFileError {
  const p = { file: fileName, limit: MAX_TEXT_FILE_BYTES / (1024 * 1024), paragraphs: MAX_PARAGRAPHS };
  return new TextFileError("tooLarge", fileName, {
    "zh-CN": readerText("text.tooLarge", p, "zh-CN"),
    "en-US": readerText("text.tooLarge", p, "en-US"),
  });
}

export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/** A .txt that is not text, or in an unknown encoding; `text` holds the message in both languages. */
export class TextFileError extends Error {
  constructor(
    readonly code: "notText" | "tooLarge",
    readonly file: string,
    readonly text: LocalizedText,
  ) {
    super(text[getLocale()]);
    this.name = "TextFileError";
  }
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Bytes that were not valid in the encoding and were replaced with U+FFFD (UTF-8 only). */
  replaced?: number;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: a BOM is cut off before; a second one would be content.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: the bytes have NULs (ASCII characters such as line breaks, and U+xx00), an
 * even length, and one byte order decodes to characters a report is written in; or null.
 */
function utf16WithoutBom(b: Uint8Array): DecodedText | null {
  if (b.length < 4 || b.length % 2 !== 0 || !b.includes(0)) return null;
  let best: DecodedText | null = null;
  let bestScore = 0.9; // at least 90 % plausible characters
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    const text = tryDecode(encoding, b);
    if (text === null || text.includes("\0")) continue;
    const score = plausibleShare(text);
    if (score >= bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  return best;
}

/** The share of characters a report is written in (ASCII, CJK, punctuation, full-width forms). */
function plausibleShare(text: string): number {
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x3000 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0xd800 && c <= 0xdfff)
    )
      good++;
  }
  return text.length ? good / text.length : 0;
}

/** Valid and broken multi-byte UTF-8 sequences in the bytes. */
function utf8Evidence(b: Uint8Array): { valid: number; broken: number } {
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < b.length && (b[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += n + 1;
    } else {
      broken++;
      i++;
    }
  }
  return { valid, broken };
}

/** Whether decoded text looks like a binary file: a NUL, or more than 1 in 10 control characters. */
function looksBinary(text: string): boolean {
  if (text.includes("\0")) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a) || c === 0x7f)
      controls++;
  }
  return controls > 0 && controls * 10 > text.length;
}

/** Decode bytes to a string and tell which encoding was used; TextFileError when it is not text. */
export function decodeText(bytes: Uint8Array, fileName = "document.txt"): DecodedText {
  if (bytes.length > MAX_TEXT_FILE_BYTES) throw textTooLarge(fileName);
  const out = ((): DecodedText | null => {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      const text = tryDecode("utf-16le", bytes.subarray(2));
      return text === null ? null : { text, encoding: "utf-16le" };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      const text = tryDecode("utf-16be", bytes.subarray(2));
      return text === null ? null : { text, encoding: "utf-16be" };
    }
    const body =
      bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        ? bytes.subarray(3)
        : bytes;
    const utf16 = utf16WithoutBom(body);
    if (utf16) return utf16;
    const utf8 = tryDecode("utf-8", body);
    if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
    const ev = utf8Evidence(body);
    if (ev.valid >= 4 && ev.broken * 10 <= ev.valid)
      return {
        text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(body),
        encoding: "utf-8",
        replaced: ev.broken,
      };
    const gb = tryDecode("gb18030", body);
    return gb === null ? null : { text: gb, encoding: "gb18030" };
  })();
  if (!out || looksBinary(out.text)) {
    const p = { file: fileName };
    throw new TextFileError("notText", fileName, {
      "zh-CN": readerText("text.notText", p, "zh-CN"),
      "en-US": readerText("text.notText", p, "en-US"),
    });
  }
  return out;
}

/**
 * Split text into paragraphs on \r\n, \n or \r. Paragraph index = line number - 1; only the single
 * empty string after a final line break is dropped (an empty file has no paragraphs).
 */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * The document model of decoded text (no format facts: a .txt knows none); TextFileError("tooLarge")
 * beyond the paragraph and character limits of a .docx.
 */
export function textModel(text: string, fileName = "document.txt"): DocModel {
  if (text.length > MAX_TEXT_CHARS) throw textTooLarge(fileName);
  const lines = splitLines(text);
  if (lines.length > MAX_PARAGRAPHS) throw textTooLarge(fileName);
  return { paragraphs: lines.map((t) => ({ text: t })) };
}

/** Read a .txt file's bytes into a document model; TextFileError when it is not text or too large. */
export function readTextFile(bytes: Uint8Array, fileName = "document.txt"): DocModel {
  return textModel(decodeText(bytes, fileName).text, fileName);
}
