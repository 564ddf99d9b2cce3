/**
 * The package layer of the .docx reader: open the zip, and inflate one part as a stream of text
 * chunks (never the whole part at once), stopping at the byte limit.
 */
import JSZip from "jszip";
import { docxError } from "./docx-errors";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Open the package; DocxError for empty, encrypted, non-zip and broken files. */
export async function openPackage(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  if (bytes.length === 0) throw docxError("empty", fileName);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw docxError("encrypted", fileName);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw docxError("notZip", fileName);
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw docxError("truncated", fileName, { detail: e instanceof Error ? e.message : String(e) }, e);
  }
}

/** jszip's internal stream (StreamHelper), not in its type declarations. */
interface ZipStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: "error", cb: (e: Error) => void): ZipStream;
  on(event: "end", cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * A raw-deflate inflater the host may lend (the CLI lends node:zlib's, several times faster than
 * jszip's JavaScript one and with no JIT warm-up in each worker thread). It returns the inflated
 * bytes, null when they would be more than `limit` bytes, and throws for a broken stream.
 */
export type InflateRaw = (compressed: Uint8Array, limit: number) => Uint8Array | null;

/** jszip's entry data after loadAsync (CompressedObject), not in its type declarations. */
interface ZipEntryData {
  uncompressedSize?: number;
  compression?: { magic?: string };
  compressedContent?: unknown;
}

const DEFLATE_MAGIC = "\x08\x00";
const STORE_MAGIC = "\x00\x00";
/** Bytes decoded and passed to `onText` at a time when the part is inflated in one piece. */
const TEXT_CHUNK = 1 << 16;

/** The decoder of a part by its first bytes: UTF-16 by its BOM, else UTF-8. */
function decoderFor(bytes: Uint8Array): TextDecoder {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  return new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8");
}

/**
 * The part inflated in one piece by the lent inflater (or stored), its text passed to `onText` in
 * chunks; null when the entry is not one it can take (then jszip streams it).
 */
function inflateWhole(
  data: ZipEntryData | undefined,
  inflate: InflateRaw,
  path: string,
  fileName: string,
  limit: number,
  onText: (text: string) => void,
): Promise<void> | null {
  const raw = data?.compressedContent;
  const magic = data?.compression?.magic;
  // a view of any realm (jszip may hand a Buffer), not an array of numbers or a string
  if (!ArrayBuffer.isView(raw) || (magic !== DEFLATE_MAGIC && magic !== STORE_MAGIC)) return null;
  const content = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  let bytes: Uint8Array | null;
  try {
    bytes = magic === STORE_MAGIC ? content : inflate(content, limit);
  } catch (e) {
    const detail = `${path}: ${e instanceof Error ? e.message : String(e)}`;
    return Promise.reject(docxError("truncated", fileName, { detail }, e));
  }
  if (bytes === null || bytes.length > limit)
    return Promise.reject(
      docxError("tooLarge", fileName, { part: path, limit: Math.round(limit / 1048576) }),
    );
  try {
    const decoder = decoderFor(bytes);
    for (let at = 0; at < bytes.length; at += TEXT_CHUNK) {
      const end = Math.min(bytes.length, at + TEXT_CHUNK);
      const text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
      if (text) onText(text);
    }
    const rest = decoder.decode();
    if (rest) onText(rest);
  } catch (e) {
    return Promise.reject(e);
  }
  return Promise.resolve();
}

/**
 * Inflate one part and pass its text to `onText` chunk by chunk (UTF-8, or UTF-16 by its BOM). An
 * exception from `onText` stops inflating and rejects with it; beyond `limit` bytes it rejects with
 * a DocxError("tooLarge"). With `inflate` (lent by the host) the part is inflated in one piece (at
 * most `limit` bytes) and then passed on in chunks.
 */
export function streamPart(
  file: JSZip.JSZipObject,
  path: string,
  fileName: string,
  limit: number,
  onText: (text: string) => void,
  inflate?: InflateRaw,
): Promise<void> {
  const data = (file as unknown as { _data?: ZipEntryData })._data;
  const declared = data?.uncompressedSize;
  const mb = Math.round(limit / (1024 * 1024));
  if (typeof declared === "number" && declared > limit)
    return Promise.reject(docxError("tooLarge", fileName, { part: path, limit: mb }));
  if (inflate) {
    const whole = inflateWhole(data, inflate, path, fileName, limit, onText);
    if (whole) return whole;
  }
  return new Promise<void>((resolve, reject) => {
    let total = 0;
    let done = false;
    let decoder: TextDecoder | null = null;
    let head: Uint8Array | null = null;
    const stream = (file as unknown as { internalStream(type: "uint8array"): ZipStream }).internalStream(
      "uint8array",
    );
    const stop = (e: unknown) => {
      done = true;
      stream.pause();
      reject(e);
    };
    const feed = (chunk: Uint8Array, last: boolean) => {
      if (!decoder) {
        // The encoding is known from the first two bytes.
        if (chunk.length < 2 && !last) {
          head = chunk;
          return;
        }
        decoder = decoderFor(chunk);
      }
      const text = decoder.decode(chunk, { stream: !last });
      if (text) onText(text);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) return stop(docxError("tooLarge", fileName, { part: path, limit: mb }));
        try {
          if (head) {
            const joined = new Uint8Array(head.length + chunk.length);
            joined.set(head);
            joined.set(chunk, head.length);
            head = null;
            chunk = joined;
          }
          feed(chunk, false);
        } catch (e) {
          stop(e);
        }
      })
      .on("error", (e: Error) => {
        if (done) return;
        stop(docxError("truncated", fileName, { detail: `${path}: ${e.message}` }, e));
      })
      .on("end", () => {
        if (done) return;
        done = true;
        try {
          feed(head ?? new Uint8Array(0), true);
          resolve();
        } catch (e) {
          reject(e);
        }
      })
      .resume();
  });
}

/** A part name inside the package with "." and ".." resolved (relationship targets are relative). */
export function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
