/**
 * .txt -> DocModel: one paragraph a line (DESIGN.md section 5). Runs in Node and in the browser
 * (TextDecoder only; no node: imports).
 *
 * Encoding: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, otherwise GB18030 (which covers
 * GBK and GB2312), the usual encoding of Chinese text saved by older Windows tools. UTF-16 with a BOM
 * is read too (Notepad's "Unicode").
 */
import type { DocModel } from "../core/model";

export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/** Decode bytes to a string and tell which encoding was used. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? bytes.subarray(3)
      : bytes;
  try {
    // ignoreBOM: the BOM (if any) is already cut off; a second one would be content.
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("gb18030", { fatal: false }).decode(bytes), encoding: "gb18030" };
  }
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

/** Read a .txt file's bytes into a document model (no format facts: a .txt knows none). */
export function readTextFile(bytes: Uint8Array): DocModel {
  return { paragraphs: splitLines(decodeText(bytes).text).map((text) => ({ text })) };
}
