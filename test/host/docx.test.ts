import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph as DocxParagraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { DocxError, readDocx } from "../../src/formats/docx";
import { readTextFile } from "../../src/formats/text";
import { buildOutline } from "../../src/core/outline";
import type { Paragraph } from "../../src/core/model";

const FIXTURES = join(__dirname, "../fixtures/docx");
const SEEDS = join(__dirname, "../../../shared/seeds");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal package around a hand-written body (and optional styles/theme/extra parts). */
async function makeDocx(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function packDocx(
  children: (DocxParagraph | Table)[],
  styles?: ConstructorParameters<typeof Document>[0]["styles"],
) {
  const doc = new Document({ styles, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const texts = (ps: Paragraph[]) => ps.map((p) => p.text);

describe("readDocx on files made by LibreOffice", () => {
  it("reads a report with a title, a table, heading styles and CJK fonts", async () => {
    const m = await readDocx(fixture("lo-report.docx"), "lo-report.docx");
    expect(texts(m.paragraphs)).toEqual([
      "2024年度述责述廉报告",
      "市纪委：",
      "2024年，本人认真履行党风廉政建设主体责任，现述责述廉如下：",
      "一、履行主体责任情况",
      "（一）强化组织领导。一是强化学习。二是完善制度。",
      "项目",
      "数量",
      "1.5亿元",
      "3.2%",
      "二、存在的问题",
      "1.学习不够深入。对理论学习的系统性把握不够。",
      "某某局党组书记 张三",
      "2024年12月20日",
    ]);
    const p = m.paragraphs;
    expect(p[0]).toMatchObject({
      fontName: "方正小标宋简体",
      fontSize: 22,
      alignment: "centered",
      tableNestingLevel: 0,
    });
    expect(p[2]).toMatchObject({ fontName: "仿宋_GB2312", fontSize: 16, firstLineIndent: 32 });
    expect(p[3]).toMatchObject({
      style: "Heading 1",
      styleBuiltIn: "Heading1",
      outlineLevel: 1,
      fontName: "黑体",
      fontSize: 16,
    });
    expect(p[9]).toMatchObject({ styleBuiltIn: "Heading2", outlineLevel: 2, fontName: "楷体_GB2312" });
    expect(p[10]).toMatchObject({ bold: true });
    expect(p[12]).toMatchObject({ alignment: "right" });
    expect(p.map((x) => x.tableNestingLevel)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    expect(p[1].outlineLevel).toBeUndefined();

    const s = buildOutline(m);
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([0, 1, 2, 11, 12]);
    expect(s.headings.map((h) => [h.paragraph, h.level, h.depth])).toEqual([
      [3, 1, 1],
      [4, 2, 2],
      [9, 1, 1],
      [10, 3, 2],
    ]);
  });

  it("reads seed 003 converted to .docx exactly like the .txt", async () => {
    const seedFile = readdirSync(SEEDS).find((f) => f.startsWith("003_"))!;
    const fromTxt = readTextFile(new Uint8Array(readFileSync(join(SEEDS, seedFile))));
    const fromDocx = await readDocx(fixture("seed-003.docx"), "seed-003.docx");
    expect(texts(fromDocx.paragraphs)).toEqual(texts(fromTxt.paragraphs));
    const a = buildOutline(fromDocx);
    const b = buildOutline(fromTxt);
    expect(a.headings.map((h) => [h.paragraph, h.level, h.depth, h.number, h.runIn])).toEqual(
      b.headings.map((h) => [h.paragraph, h.level, h.depth, h.number, h.runIn]),
    );
    expect(a.title).toBe(0);
  });
});

describe("readDocx on files made with the docx package", () => {
  it("reads tables, nested tables, styles, fonts and runs split mid-word", async () => {
    const bytes = await packDocx([
      new DocxParagraph({
        text: "关于2024年度工作情况的报告",
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
      }),
      new DocxParagraph({
        heading: HeadingLevel.HEADING_1,
        children: [
          new TextRun({ text: "一、主", font: { eastAsia: "黑体", ascii: "Arial" }, size: 32 }),
          new TextRun({ text: "要工作", bold: true }),
          new TextRun("情况"),
        ],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new DocxParagraph("外层")] }),
              new TableCell({
                children: [
                  new DocxParagraph("1.不是标题"),
                  new Table({
                    rows: [
                      new TableRow({ children: [new TableCell({ children: [new DocxParagraph("内层")] })] }),
                    ],
                  }),
                  new DocxParagraph("外层续"),
                ],
              }),
            ],
          }),
        ],
      }),
      new DocxParagraph({
        children: [
          new TextRun({ text: "正文", font: "仿宋_GB2312", size: 32 }),
          new TextRun({ text: "换行", break: 1 }),
          new TextRun({ children: ["\t", "制表"] }),
        ],
        indent: { firstLine: 640, left: 200 },
        spacing: { line: 560, lineRule: LineRuleType.EXACT },
        alignment: AlignmentType.JUSTIFIED,
      }),
      new DocxParagraph({
        children: [
          new ExternalHyperlink({ link: "https://example.invalid/", children: [new TextRun("链接文字")] }),
        ],
      }),
    ]);
    const m = await readDocx(bytes, "gen.docx");
    expect(texts(m.paragraphs)).toEqual([
      "关于2024年度工作情况的报告",
      "一、主要工作情况",
      "外层",
      "1.不是标题",
      "内层",
      "外层续",
      "正文\v换行\t制表",
      "链接文字",
    ]);
    const p = m.paragraphs;
    expect(p[0]).toMatchObject({ styleBuiltIn: "Title", alignment: "centered" });
    expect(p[1]).toMatchObject({ styleBuiltIn: "Heading1", outlineLevel: 1, fontName: "黑体", fontSize: 16 });
    expect(p.map((x) => x.tableNestingLevel)).toEqual([0, 0, 1, 1, 2, 1, 0, 0]);
    expect(p[6]).toMatchObject({
      fontName: "仿宋_GB2312",
      fontSize: 16,
      firstLineIndent: 32,
      leftIndent: 10,
      lineSpacing: 28,
      alignment: "justified",
      bold: false,
    });
    const s = buildOutline(m);
    expect(s.title).toBe(0);
    expect(s.headings.map((h) => h.paragraph)).toEqual([1]);
  });

  it("takes fonts from the paragraph style and the document defaults when the run has none", async () => {
    const bytes = await packDocx(
      [
        new DocxParagraph({ text: "正文段落", style: "Body16" }),
        new DocxParagraph({ text: "默认字体" }),
        new DocxParagraph({ text: "继承样式", style: "Child" }),
      ],
      {
        default: { document: { run: { font: { eastAsia: "宋体", ascii: "Times New Roman" }, size: 24 } } },
        paragraphStyles: [
          { id: "Body16", name: "Body 16", run: { font: { eastAsia: "仿宋_GB2312" }, size: 32, bold: true } },
          { id: "Child", name: "Child", basedOn: "Body16", run: { size: 28 } },
        ],
      },
    );
    const p = (await readDocx(bytes, "styles.docx")).paragraphs;
    expect(p[0]).toMatchObject({
      style: "Body 16",
      styleBuiltIn: "Other",
      fontName: "仿宋_GB2312",
      fontSize: 16,
      bold: true,
    });
    expect(p[1]).toMatchObject({ fontName: "宋体", fontSize: 12, bold: false });
    expect(p[2]).toMatchObject({ style: "Child", fontName: "仿宋_GB2312", fontSize: 14, bold: true });
  });
});

describe("readDocx on hand-written WordprocessingML", () => {
  it("includes inserted text, smart tags, content controls, symbols and field results; excludes deletions and field codes", async () => {
    const bytes = await makeDocx(
      `<w:p><w:r><w:t>保</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>留</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del><w:smartTag w:uri="u" w:element="e"><w:r><w:t xml:space="preserve"> 标记 </w:t></w:r></w:smartTag></w:p>` +
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:sym w:font="Symbol" w:char="00B1"/><w:t>&amp;&lt;&#x4E00;</w:t></w:r></w:p>` +
        `<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:sdt><w:sdtContent><w:r><w:t>控件内</w:t></w:r></w:sdtContent></w:sdt><w:r><w:cr/><w:t>后</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
        `<w:p><w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="a"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>`,
      {
        "word/header1.xml": `<?xml version="1.0"?><w:hdr ${W}><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>`,
        "word/footer1.xml": `<?xml version="1.0"?><w:ftr ${W}><w:p><w:r><w:t>— 1 —</w:t></w:r></w:p></w:ftr>`,
      },
    );
    const m = await readDocx(bytes, "hand.docx");
    expect(texts(m.paragraphs)).toEqual(["保留 标记 ", "7±&<一", "控件内\v后", "移来"]);
  });

  it("reads outline level, list items and styles through basedOn, docDefaults and theme fonts", async () => {
    const styles = `<?xml version="1.0"?><w:styles ${W}>
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="List"><w:name w:val="My List"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop 1"/><w:basedOn w:val="Loop2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop 2"/><w:basedOn w:val="Loop1"/></w:style>
    </w:styles>`;
    const theme = `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const bytes = await makeDocx(
      `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、标题</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>正文</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="List"/></w:pPr><w:r><w:t>样式编号</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>直接编号</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="List"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>取消编号</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="Loop1"/><w:ind w:firstLineChars="200"/></w:pPr><w:r><w:t>循环样式</w:t></w:r></w:p>`,
      { "word/styles.xml": styles, "word/theme/theme1.xml": theme },
    );
    const p = (await readDocx(bytes, "styles.docx")).paragraphs;
    expect(p[0]).toMatchObject({
      style: "heading 1",
      styleBuiltIn: "Heading1",
      outlineLevel: 1,
      fontName: "黑体",
      fontSize: 16,
    });
    expect(p[1]).toMatchObject({
      style: "Normal",
      styleBuiltIn: "Normal",
      fontName: "等线",
      fontSize: 10.5,
      isListItem: false,
    });
    expect(p[1].outlineLevel).toBeUndefined();
    expect(p[2]).toMatchObject({ style: "My List", isListItem: true });
    expect(p[3]).toMatchObject({ isListItem: true, outlineLevel: 3 });
    expect(p[4]).toMatchObject({ isListItem: false });
    expect(p[5]).toMatchObject({ style: "Loop 1", firstLineIndent: 21 });
  });

  it("reads an empty body as no paragraphs", async () => {
    expect((await readDocx(await makeDocx(""), "empty-body.docx")).paragraphs).toEqual([]);
  });
});

describe("readDocx on bad input: a DocxError naming the file and the cause, in both languages", () => {
  async function fails(bytes: Uint8Array, code: string, options?: { maxPartBytes?: number }) {
    const t0 = Date.now();
    const e = await readDocx(bytes, "坏文件.docx", options).then(
      () => null,
      (x: unknown) => x,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(e).toBeInstanceOf(DocxError);
    const err = e as DocxError;
    expect(err.code).toBe(code);
    expect(err.file).toBe("坏文件.docx");
    expect(err.text["zh-CN"]).toContain("坏文件.docx");
    expect(err.text["en-US"]).toContain("坏文件.docx");
    expect(err.text["zh-CN"]).not.toBe(err.text["en-US"]);
    return err;
  }

  it("an empty file", async () => {
    await fails(new Uint8Array(), "empty");
  });

  it("a file that is not a zip", async () => {
    const e = await fails(new TextEncoder().encode("一、这是纯文本，不是 docx"), "notZip");
    expect(e.text["zh-CN"]).toContain("不是 ZIP");
  });

  it("a truncated .docx", async () => {
    const good = fixture("lo-report.docx");
    for (const cut of [10, 100, good.length >> 1, good.length - 30])
      await fails(good.slice(0, cut), "truncated");
  });

  it("a zip without word/document.xml", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const e = await fails(await zip.generateAsync({ type: "uint8array" }), "noDocument");
    expect(e.text["en-US"]).toContain("word/document.xml");
  });

  it("an encrypted .docx or an old .doc (OLE compound file)", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await fails(ole, "encrypted");
    expect(e.text["zh-CN"]).toContain("加密");
  });

  it("entity expansion (billion laughs) is refused before parsing", async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    const zip = await JSZip.loadAsync(await makeDocx(""));
    zip.file("word/document.xml", lol);
    const e = await fails(await zip.generateAsync({ type: "uint8array" }), "dtd");
    expect(e.text["en-US"]).toContain("word/document.xml");
  });

  it("an external entity in styles.xml is refused", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:styles ${W}><w:style w:styleId="a"><w:name w:val="&xxe;"/></w:style></w:styles>`;
    const e = await fails(await makeDocx("<w:p/>", { "word/styles.xml": xxe }), "dtd");
    expect(e.text["zh-CN"]).toContain("word/styles.xml");
  });

  it("malformed XML", async () => {
    const zip = await JSZip.loadAsync(await makeDocx(""));
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r></w:p></w:body></w:document>`,
    );
    await fails(await zip.generateAsync({ type: "uint8array" }), "malformedXml");
  });

  it("a part that decompresses beyond the limit (zip bomb) stops reading", async () => {
    const big = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>${"廉".repeat(2_000_000)}</w:t></w:r></w:p></w:body></w:document>`;
    const zip = await JSZip.loadAsync(await makeDocx(""));
    zip.file("word/document.xml", big);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(200_000); // compresses well: a small file that grows ~6 MB
    const e = await fails(bytes, "tooLarge", { maxPartBytes: 1024 * 1024 });
    expect(e.text["zh-CN"]).toContain("压缩炸弹");
    // Under the default limit it reads fine.
    expect((await readDocx(bytes, "big.docx")).paragraphs[0].text.length).toBe(2_000_000);
  });

  it("a part whose header lies about its size is still stopped while inflating", async () => {
    const big = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>${"a".repeat(3_000_000)}</w:t></w:r></w:p></w:body></w:document>`;
    const zip = await JSZip.loadAsync(await makeDocx(""));
    zip.file("word/document.xml", big);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // Patch the uncompressed sizes in the local header and the central directory to 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("word/document.xml");
    const matchesName = (at: number) => name.every((b, i) => bytes[at + i] === b);
    for (let i = 0; i + 46 < bytes.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50 && view.getUint16(i + 26, true) === name.length && matchesName(i + 30))
        view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50 && view.getUint16(i + 28, true) === name.length && matchesName(i + 46))
        view.setUint32(i + 24, 100, true);
    }
    await fails(bytes, "tooLarge", { maxPartBytes: 1024 * 1024 });
  });
});
