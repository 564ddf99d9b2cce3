/**
 * Issue 9: the readers under hostile and odd input. Fixtures are made here or by
 * scripts/make-hostile-docx.mjs (nothing large is committed).
 */
import JSZip from "jszip";
import { DocxError, readDocx } from "../../src/formats/docx";
import { MAX_DEPTH, MAX_PARAGRAPHS } from "../../src/formats/docx-limits";
import { MAX_TEXT_FILE_BYTES, TextFileError, decodeText, readTextFile } from "../../src/formats/text";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function pack(documentXml: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml);
  for (const [k, v] of Object.entries(parts)) zip.file(k, v);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
const wdoc = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

async function failure(bytes: Uint8Array, file = "坏.docx"): Promise<DocxError> {
  const e = await readDocx(bytes, file).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DocxError);
  const err = e as DocxError;
  expect(err.text["zh-CN"]).toContain(file);
  expect(err.text["en-US"]).toContain(file);
  return err;
}

describe("case 2: elements matched by namespace URI, not by the prefix", () => {
  const expected = ["一、甲段。", "二、乙段。"];
  it("reads a document whose WordprocessingML prefix is ns0", async () => {
    const xml = `<ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:r><ns0:t>一、甲段。</ns0:t></ns0:r></ns0:p><ns0:p><ns0:pPr><ns0:jc ns0:val="center"/></ns0:pPr><ns0:r><ns0:t>二、乙段。</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    const ps = (await readDocx(await pack(xml))).paragraphs;
    expect(ps.map((p) => p.text)).toEqual(expected);
    expect(ps[1].alignment).toBe("centered");
  });

  it("reads the default namespace and strict OOXML", async () => {
    const dflt = `<document xmlns="${W}"><body><p><r><t>一、甲段。</t></r></p><p><r><t>二、乙段。</t></r></p></body></document>`;
    expect((await readDocx(await pack(dflt))).paragraphs.map((p) => p.text)).toEqual(expected);
    const strict = `<w:document xmlns:w="${STRICT}"><w:body>${para("一、甲段。")}${para("二、乙段。")}</w:body></w:document>`;
    expect((await readDocx(await pack(strict))).paragraphs.map((p) => p.text)).toEqual(expected);
  });

  it("a prefix rebound to another namespace inside the body is not WordprocessingML", async () => {
    const xml = `<w:document xmlns:w="${W}"><w:body>${para("一、甲段。")}<w:p xmlns:w="urn:other"><w:r><w:t>不算</w:t></w:r></w:p></w:body></w:document>`;
    expect((await readDocx(await pack(xml))).paragraphs.map((p) => p.text)).toEqual(["一、甲段。"]);
  });

  it("a body with text but no paragraph read is an error, not a clean empty file", async () => {
    const xml = `<x:document xmlns:x="urn:not-word"><x:body><x:p><x:r><x:t>一、看不懂的段落。</x:t></x:r></x:p></x:body></x:document>`;
    const e = await failure(await pack(xml));
    expect(e.code).toBe("noParagraphs");
    expect(e.text["en-US"]).toContain("word/document.xml");
    // Without any text it is still an empty document.
    expect(
      (await readDocx(await pack(`<w:document xmlns:w="${W}"><w:body/></w:document>`))).paragraphs,
    ).toEqual([]);
  });

  it("styles under another prefix still give the paragraph its style", async () => {
    const styles = `<s:styles xmlns:s="${W}"><s:style s:type="paragraph" s:styleId="H1"><s:name s:val="heading 1"/><s:rPr><s:b/></s:rPr></s:style></s:styles>`;
    const xml = wdoc(`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>一、标题</w:t></w:r></w:p>`);
    const [p] = (await readDocx(await pack(xml, { "word/styles.xml": styles }))).paragraphs;
    expect(p).toMatchObject({ text: "一、标题", styleBuiltIn: "Heading1", outlineLevel: 1, bold: true });
  });
});

describe("case 7: deep nesting is read or refused naming the file", () => {
  const nest = (depth: number) => {
    let s = para("最里层。");
    for (let i = 0; i < depth; i++) s = `<w:tbl><w:tr><w:tc>${s}</w:tc></w:tr></w:tbl>`;
    return wdoc(para("外层。") + s);
  };

  it("reads tables nested 33 and 1,000 deep", async () => {
    for (const depth of [33, 1000]) {
      const ps = (await readDocx(await pack(nest(depth)))).paragraphs;
      expect(ps.map((p) => [p.text, p.tableNestingLevel])).toEqual([
        ["外层。", 0],
        ["最里层。", depth],
      ]);
    }
  });

  it("reads 1,000 nested hyperlinks inside one paragraph", async () => {
    const inner = "<w:r><w:t>一、深处的文字。</w:t></w:r>";
    const xml = wdoc(`<w:p>${"<w:hyperlink>".repeat(1000)}${inner}${"</w:hyperlink>".repeat(1000)}</w:p>`);
    expect((await readDocx(await pack(xml))).paragraphs[0].text).toBe("一、深处的文字。");
  });

  it("refuses nesting deeper than the limit with a bilingual message naming the file", async () => {
    const e = await failure(await pack(nest(Math.ceil(MAX_DEPTH / 3) + 10)), "深层.docx");
    expect(e.code).toBe("tooDeep");
    expect(e.text["zh-CN"]).toContain("嵌套");
    expect(e.text["en-US"]).toContain("levels deep");
  });
});

describe("case 1: memory bounded by named limits", () => {
  it("stops at the paragraph limit with a 'too large' error naming the file", async () => {
    const xml = wdoc("<w:p/>".repeat(MAX_PARAGRAPHS + 1));
    const t0 = Date.now();
    const e = await failure(await pack(xml), "大.docx");
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(e.code).toBe("tooManyParagraphs");
    expect(e.text["zh-CN"]).toContain("文件过大");
    expect(e.text["en-US"]).toContain("too large");
  });

  it("reads exactly the limit", async () => {
    const ps = (await readDocx(await pack(wdoc("<w:p/>".repeat(MAX_PARAGRAPHS))))).paragraphs;
    expect(ps.length).toBe(MAX_PARAGRAPHS);
  });

  it("text split across inflate chunks (entities, CDATA, comments) reads the same", async () => {
    const t = "甲&amp;乙&lt;丙&#x4E01;".repeat(20_000);
    const xml = wdoc(
      `<!-- 注释 --><w:p><w:r><w:t>${t}</w:t></w:r><w:r><w:t><![CDATA[<戊>&]]></w:t></w:r></w:p>`,
    );
    const [p] = (await readDocx(await pack(xml))).paragraphs;
    expect(p.text).toBe("甲&乙<丙丁".repeat(20_000) + "<戊>&");
  });

  it("malformed markup still gives malformedXml with the part and line", async () => {
    for (const bad of ['<w:p a="1></w:p>', "<w:p></w:r>", "<w:p>", "<w:p><w:r x/></w:p>"]) {
      const e = await failure(await pack(wdoc(bad)));
      expect(e.code).toBe("malformedXml");
      expect(e.text["en-US"]).toContain("word/document.xml");
    }
  });
});

describe("case 1 for .txt: the same limits", () => {
  it("more lines than the paragraph limit, or more bytes than the file limit, is 'too large'", () => {
    for (const bytes of [
      new Uint8Array(MAX_PARAGRAPHS + 1).fill(10),
      new Uint8Array(MAX_TEXT_FILE_BYTES + 1),
    ]) {
      let err: unknown;
      try {
        readTextFile(bytes, "长.txt");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(TextFileError);
      expect((err as TextFileError).code).toBe("tooLarge");
      expect((err as TextFileError).text["zh-CN"]).toContain("“长.txt”过大");
      expect((err as TextFileError).text["en-US"]).toContain("长.txt is too large");
    }
    expect(readTextFile(new Uint8Array(MAX_PARAGRAPHS).fill(10)).paragraphs).toHaveLength(MAX_PARAGRAPHS);
  });
});

describe("case 3: text decoding with evidence", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const SAMPLE = "一、总体情况\n二、存在问题\n三、下步打算 2026\n";

  it("one invalid byte in UTF-8: UTF-8 with one replacement, offsets of the other lines intact", () => {
    const bytes = new Uint8Array([...enc("一、第一段。\n二、"), 0xff, ...enc("第二段。\n三、第三段。\n")]);
    const d = decodeText(bytes);
    expect(d).toMatchObject({ encoding: "utf-8", replaced: 1 });
    expect(readTextFile(bytes).paragraphs.map((p) => p.text)).toEqual([
      "一、第一段。",
      "二、\uFFFD第二段。",
      "三、第三段。",
    ]);
  });

  it("UTF-16 without a BOM, both byte orders", () => {
    const le = new Uint8Array(Buffer.from(SAMPLE + "一丁", "utf16le"));
    const be = new Uint8Array(Buffer.from(SAMPLE + "一丁", "utf16le").swap16());
    expect(decodeText(le)).toMatchObject({ encoding: "utf-16le", text: SAMPLE + "一丁" });
    expect(decodeText(be)).toMatchObject({ encoding: "utf-16be", text: SAMPLE + "一丁" });
  });

  it("random binary and NUL-filled files are not text (TextFileError naming the file)", () => {
    let x = 7;
    const random = new Uint8Array(4096).map(() => (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16);
    const zeros = new Uint8Array(100);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
    for (const b of [random, zeros, exe]) {
      let err: unknown;
      try {
        readTextFile(b, "怪.txt");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(TextFileError);
      const t = (err as TextFileError).text;
      expect(t["zh-CN"]).toContain("“怪.txt”不是文本文件");
      expect(t["en-US"]).toContain("怪.txt is not a text file");
    }
  });

  it("a few control characters keep a file text; many make it binary", () => {
    expect(decodeText(enc("一、红\u001b[31m字。\n".repeat(10))).encoding).toBe("utf-8");
    expect(() => decodeText(enc("\u0001\u0002\u0003\u0004".repeat(50)))).toThrow(TextFileError);
  });
});

describe("case 3 in the preview: the same message, the document kept", () => {
  it("a binary .txt is refused with the reader's message naming the file", async () => {
    const { openFile } = await import("../../src/preview/open-file");
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) & 0xff);
    const r = await openFile({ name: "数据.txt", arrayBuffer: () => Promise.resolve(bytes.buffer) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("“数据.txt”不是文本文件");
  });
});
