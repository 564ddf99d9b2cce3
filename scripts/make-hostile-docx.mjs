#!/usr/bin/env node
/**
 * Writes hostile and odd .docx/.txt files for the robustness tests and for measuring the reader
 * (issue 9). Nothing large is committed: the files are made here, on demand.
 *
 *   node scripts/make-hostile-docx.mjs <out-dir> [name…]
 *
 * Names: empty-paras (200 MB of <w:p/> inflated), many-paras (250 MB of real paragraphs),
 * bookmarks (200 MB of body-level elements), ns0 (another prefix), default-ns, strict,
 * nested-tables (1,000 deep), too-deep (6,000 deep), control-chars, binary.txt, utf16le.txt,
 * utf16be.txt, bad-byte.txt, gbk.txt. Without names: all of them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Buffer } from "node:buffer";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package around the given document.xml (string or chunks). */
export async function pack(documentXml) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

const doc = (body, open = `<w:document xmlns:w="${W}">`, close = "</w:document>", bodyTag = "w:body") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${open}<${bodyTag}>${body}</${bodyTag}>${close}`;

const PARA = "<w:p><w:r><w:t>一、坚持问题导向，压实管党治党政治责任。</w:t></w:r></w:p>";
const MB = 1024 * 1024;

export const MAKERS = {
  "empty-paras.docx": () => pack(doc("<w:p/>".repeat(Math.floor((200 * MB) / 6)))),
  "many-paras.docx": () => pack(doc(PARA.repeat(Math.floor((250 * MB) / Buffer.byteLength(PARA))))),
  "bookmarks.docx": () => pack(doc(PARA + '<w:bookmarkEnd w:id="1"/>'.repeat(Math.floor((200 * MB) / 25)))),
  "ns0.docx": () =>
    pack(
      doc(
        "<ns0:p><ns0:r><ns0:t>一、前缀不同的段落。</ns0:t></ns0:r></ns0:p>",
        `<ns0:document xmlns:ns0="${W}">`,
        "</ns0:document>",
        "ns0:body",
      ),
    ),
  "default-ns.docx": () =>
    pack(
      doc("<p><r><t>一、默认命名空间的段落。</t></r></p>", `<document xmlns="${W}">`, "</document>", "body"),
    ),
  "strict.docx": () =>
    pack(
      doc(
        "<w:p><w:r><w:t>一、严格格式的段落。</w:t></w:r></w:p>",
        '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">',
      ),
    ),
  "unknown-ns.docx": () =>
    pack(
      doc(
        "<x:p><x:r><x:t>一、未知命名空间。</x:t></x:r></x:p>",
        '<x:document xmlns:x="urn:other">',
        "</x:document>",
        "x:body",
      ),
    ),
  "nested-tables.docx": () => pack(doc(nestedTables(1000))),
  "too-deep.docx": () => pack(doc(nestedTables(6000))),
  "control-chars.docx": () =>
    pack(doc("<w:p><w:r><w:t>一、\u001b[31m红字\u001b[0m和\u0007铃声。</w:t></w:r></w:p>")),
  "binary.txt": () => {
    let x = 12345;
    const b = new Uint8Array(64 * 1024);
    for (let i = 0; i < b.length; i++) b[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
    return b;
  },
  "utf16le.txt": () => Buffer.from("一、这是没有字节顺序标记的文本。\n二、第二段。\n", "utf16le"),
  "utf16be.txt": () => Buffer.from("一、这是没有字节顺序标记的文本。\n二、第二段。\n", "utf16le").swap16(),
  "bad-byte.txt": () =>
    Buffer.concat([
      Buffer.from("一、第一段，全是 UTF-8。\n二、"),
      Buffer.from([0xff]),
      Buffer.from("第二段。\n"),
    ]),
};

function nestedTables(depth) {
  let s = "<w:p><w:r><w:t>一、最里层的段落。</w:t></w:r></w:p>";
  for (let i = 0; i < depth; i++) s = `<w:tbl><w:tr><w:tc>${s}</w:tc></w:tr></w:tbl>`;
  return s;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const [out, ...names] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("usage: make-hostile-docx.mjs <out-dir> [name…]\n");
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  for (const name of names.length ? names : Object.keys(MAKERS)) {
    const bytes = await MAKERS[name]();
    writeFileSync(join(out, name), bytes);
    process.stdout.write(`${name} ${bytes.length} bytes\n`);
  }
}
