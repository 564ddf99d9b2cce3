import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Header,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { ANNOTATED_PARTS, annotateDocx, type DocxComment } from "../../src/formats/docx-annotate";
import { readDocx } from "../../src/formats/docx";
import { decodeEntities } from "../../src/formats/xml";

const FIXTURES = join(__dirname, "../fixtures/docx");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

// a 1×1 transparent PNG
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** A report with a header, an image, a table, a comment of its own and tracked changes. */
async function richDocx(): Promise<Uint8Array> {
  const doc = new Document({
    comments: {
      children: [
        {
          id: 0,
          author: "审核人",
          date: new Date("2024-01-02T00:00:00Z"),
          children: [new Paragraph("请核实")],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("内部资料")] }) },
        children: [
          new Paragraph({ children: [new TextRun("关于2024年度履行党风廉政建设责任情况的报告")] }),
          new Paragraph({
            children: [
              new TextRun({ text: "今年召开会议", bold: true }),
              new TextRun("X次，开展谈话A&B提醒"),
              new TextRun("。"),
            ],
          }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun("落实主体责任"),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new InsertedTextRun({ text: "新增内容", id: 1, author: "甲", date: "2024-01-02T00:00:00Z" }),
              new DeletedTextRun({ text: "删去内容", id: 2, author: "甲", date: "2024-01-02T00:00:00Z" }),
              new TextRun("，持续推进。"),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph("表格内XX")] }),
                  new TableCell({ children: [new Paragraph("第二格")] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: "png", data: PNG, transformation: { width: 10, height: 10 } })],
          }),
          new Paragraph(""),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name);
    if (f) out.set(name, await f.async("uint8array"));
  }
  return out;
}

/** The text between a comment's range markers in document.xml. */
function anchored(documentXml: string, id: number): string {
  const a = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const b = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(a).toBeGreaterThanOrEqual(0);
  expect(b).toBeGreaterThan(a);
  const inner = documentXml.slice(a, b).replace(/<w:delText[^>]*>.*?<\/w:delText>/g, "");
  return [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1])).join("");
}

const OPTS = { author: "廉政报告助手", date: "2026-01-01T00:00:00Z" };

describe("annotateDocx", () => {
  it("anchors each comment on its exact span, splitting runs where needed", async () => {
    const src = await richDocx();
    const model = await readDocx(src);
    expect(model.paragraphs[1].text).toBe("今年召开会议X次，开展谈话A&B提醒。");
    const comments: DocxComment[] = [
      { paragraph: 1, offset: 6, length: 1, text: "占位符“X”尚未填写。" },
      { paragraph: 1, offset: 4, length: 6, text: "跨两个文字块" },
      { paragraph: 1, offset: 13, length: 3, text: "含实体 & < >" },
      { paragraph: 2, offset: 0, length: 6, text: "与原有批注重叠" },
      { paragraph: 3, offset: 3, length: 2, text: "表格中" },
      { paragraph: null, offset: 0, length: 0, text: "全文：缺少落款" },
    ];
    const { bytes, count } = await annotateDocx(src, comments, OPTS);
    expect(count).toBe(6);
    const out = await parts(bytes);
    const xml = new TextDecoder().decode(out.get("word/document.xml"));
    const cxml = new TextDecoder().decode(out.get("word/comments.xml"));
    // the document's own comment has id 0: ours start at 1
    expect(anchored(xml, 0)).toBe("落实主体责任");
    expect(anchored(xml, 1)).toBe("X");
    expect(anchored(xml, 2)).toBe("会议X次，开");
    expect(anchored(xml, 3)).toBe("A&B");
    expect(anchored(xml, 4)).toBe("落实主体责任");
    expect(anchored(xml, 5)).toBe("XX");
    expect(anchored(xml, 6)).toBe("");
    for (let id = 1; id <= 6; id++) expect(xml).toContain(`<w:commentReference w:id="${id}"/>`);
    expect(cxml).toContain('w:author="审核人"');
    expect((cxml.match(/w:author="廉政报告助手"/g) ?? []).length).toBe(6);
    expect(cxml).toContain("含实体 &amp; &lt; &gt;");
    // the bold run split in two keeps its bold
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">今年召开<\/w:t><\/w:r>/,
    );
    // the text reads the same, the tracked changes stay
    const again = await readDocx(bytes);
    expect(again.paragraphs.map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text));
    expect(xml).toContain("<w:ins ");
    expect(xml).toContain("<w:delText");
  });

  it("changes no part the comments do not need (byte for byte) and never the input", async () => {
    for (const src of [await richDocx(), fixture("lo-report.docx"), fixture("seed-003.docx")]) {
      const copy = src.slice();
      const before = await parts(src);
      const { bytes } = await annotateDocx(src, [{ paragraph: 0, offset: 0, length: 2, text: "测试" }], OPTS);
      expect(src).toEqual(copy);
      const after = await parts(bytes);
      const added = [...after.keys()].filter((k) => !before.has(k));
      expect(added.filter((k) => k !== "word/comments.xml")).toEqual([]);
      expect([...before.keys()].filter((k) => !after.has(k))).toEqual([]);
      let same = 0;
      for (const [name, data] of before) {
        if (ANNOTATED_PARTS.includes(name)) continue;
        expect({
          name,
          equal: Buffer.compare(Buffer.from(after.get(name)!), Buffer.from(data)) === 0,
        }).toEqual({
          name,
          equal: true,
        });
        same++;
      }
      expect(same).toBeGreaterThan(3);
    }
  });

  it("adds the comments part, its relationship and content type to a document without comments", async () => {
    const { bytes } = await annotateDocx(
      fixture("seed-003.docx"),
      [{ paragraph: 2, offset: 1, length: 3, text: "甲\n乙" }],
      OPTS,
    );
    const out = await parts(bytes);
    const rels = new TextDecoder().decode(out.get("word/_rels/document.xml.rels"));
    const ct = new TextDecoder().decode(out.get("[Content_Types].xml"));
    const cxml = new TextDecoder().decode(out.get("word/comments.xml"));
    expect(rels).toMatch(
      /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/,
    );
    expect(ct).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    expect(cxml.match(/<w:p>/g)).toHaveLength(2);
    const model = await readDocx(fixture("seed-003.docx"));
    const xml = new TextDecoder().decode(out.get("word/document.xml"));
    expect(anchored(xml, 0)).toBe(model.paragraphs[2].text.slice(1, 4));
  });

  it("writes 500 comments on a 100-paragraph document", async () => {
    const doc = new Document({
      sections: [
        { children: Array.from({ length: 100 }, (_, i) => new Paragraph(`第${i}段，共有十个以上的字。`)) },
      ],
    });
    const src = new Uint8Array(await Packer.toBuffer(doc));
    const comments = Array.from({ length: 500 }, (_, i) => ({
      paragraph: i % 100,
      offset: (i * 3) % 10,
      length: 2,
      text: `批注${i}`,
    }));
    const { bytes, count } = await annotateDocx(src, comments, OPTS);
    expect(count).toBe(500);
    const xml = new TextDecoder().decode((await parts(bytes)).get("word/document.xml"));
    expect(xml.match(/<w:commentReference /g)).toHaveLength(500);
    const model = await readDocx(bytes);
    expect(model.paragraphs[7].text).toBe("第7段，共有十个以上的字。");
  });
});
