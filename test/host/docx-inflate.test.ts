/**
 * The .docx reader with an inflater lent by the host (the CLI lends node:zlib's): the same model as
 * with jszip's own inflate, stored parts read too, and a broken or oversized part refused with the
 * same DocxError codes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { DocxError, readDocx } from "../../src/formats/docx";
import { nodeInflateRaw } from "../../src/cli/common";

const FIXTURES = join(__dirname, "../fixtures/docx");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function makeDocx(body: string, compression: "DEFLATE" | "STORE"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression });
}

const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** The offset of the compressed data of `name` in a zip (after its local header). */
function dataOffset(bytes: Uint8Array, name: string): number {
  const want = new TextEncoder().encode(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const extra = view.getUint16(i + 28, true);
    const found = bytes.subarray(i + 30, i + 30 + nameLength);
    if (found.length === want.length && found.every((b, k) => b === want[k]))
      return i + 30 + nameLength + extra;
  }
  throw new Error(`${name} not in the zip`);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "read";
  } catch (e) {
    return e instanceof DocxError ? e.code : `other: ${String(e)}`;
  }
}

describe("readDocx with node:zlib's inflate", () => {
  test.each(["seed-003.docx", "lo-report.docx"])(
    "%s: the same model as with jszip's inflate",
    async (name) => {
      const bytes = fixture(name);
      const own = await readDocx(bytes, name);
      let calls = 0;
      const counted = (data: Uint8Array, limit: number) => (calls++, nodeInflateRaw(data, limit));
      const lent = await readDocx(bytes, name, { inflateRaw: counted });
      expect(calls).toBeGreaterThanOrEqual(2); // the document and its relationships at least
      expect(lent.paragraphs.length).toBeGreaterThan(10);
      expect(lent).toEqual(own);
    },
  );

  test("a long part passed on in chunks keeps every character (a chunk edge inside a UTF-8 sequence)", async () => {
    // 3-byte characters, so that 64 KB chunk edges fall inside characters
    const texts = Array.from({ length: 3000 }, (_, i) => `第${i}段，加强党风廉政建设，落实主体责任。`);
    const bytes = await makeDocx(texts.map(para).join(""), "DEFLATE");
    const model = await readDocx(bytes, "long.docx", { inflateRaw: nodeInflateRaw });
    expect(model.paragraphs.map((p) => p.text)).toEqual(texts);
  });

  test("a stored (uncompressed) part is read as it is", async () => {
    const bytes = await makeDocx(para("一、主要工作") + para("加强学习。"), "STORE");
    const model = await readDocx(bytes, "stored.docx", { inflateRaw: nodeInflateRaw });
    expect(model.paragraphs.map((p) => p.text)).toEqual(["一、主要工作", "加强学习。"]);
  });

  test("a broken deflate stream is a truncated file, as with jszip", async () => {
    const bytes = await makeDocx(para("加强党风廉政建设。".repeat(200)), "DEFLATE");
    const at = dataOffset(bytes, "word/document.xml");
    const broken = bytes.slice();
    broken.fill(0xff, at, at + 8);
    expect(await codeOf(readDocx(broken, "broken.docx", { inflateRaw: nodeInflateRaw }))).toBe("truncated");
    expect(await codeOf(readDocx(broken, "broken.docx"))).toBe("truncated");
  });

  test("a part beyond the limit is too large (the inflater stops at the limit)", async () => {
    const bytes = await makeDocx(para("加强党风廉政建设。".repeat(2000)), "DEFLATE");
    const options = { inflateRaw: nodeInflateRaw, maxPartBytes: 4096 };
    expect(await codeOf(readDocx(bytes, "big.docx", options))).toBe("tooLarge");
    // the declared size removed: the inflater's own limit decides
    const lying = bytes.slice();
    const view = new DataView(lying.buffer);
    for (let i = 0; i + 46 < lying.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
    expect(await codeOf(readDocx(lying, "lying.docx", options))).toBe("tooLarge");
  });
});
