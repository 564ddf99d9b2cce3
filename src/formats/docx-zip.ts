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
 * Inflate one part and pass its text to `onText` chunk by chunk (UTF-8, or UTF-16 by its BOM). An
 * exception from `onText` stops inflating and rejects with it; beyond `limit` bytes it rejects with
 * a DocxError("tooLarge").
 */
export function streamPart(
  file: JSZip.JSZipObject,
  path: string,
  fileName: string,
  limit: number,
  onText: (text: string) => void,
): Promise<void> {
  const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  const mb = Math.round(limit / (1024 * 1024));
  if (typeof declared === "number" && declared > limit)
    return Promise.reject(docxError("tooLarge", fileName, { part: path, limit: mb }));
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
        const le = chunk[0] === 0xff && chunk[1] === 0xfe;
        const be = chunk[0] === 0xfe && chunk[1] === 0xff;
        decoder = new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8");
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
