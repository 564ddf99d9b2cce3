/**
 * Automatic list numbering in a .docx (issue 10): src/formats/docx-numbering.ts resolves numbering.xml
 * the way Word shows the labels, readDocx puts them in Paragraph.listLabel, and the outline, the
 * numbering checks and required-sections work on a report numbered that way. Documents are made with
 * the `docx` package or written by hand; sentences written for this test.
 */
import JSZip from "jszip";
import { Document, LevelFormat, Packer, Paragraph as DocxParagraph } from "docx";
import { ListNumbering, formatNumber } from "../../src/formats/docx-numbering";
import { readDocx } from "../../src/formats/docx";
import { parseXml, type XmlNode } from "../../src/formats/xml";
import { buildOutline } from "../../src/core/outline";
import { check } from "../../src/core/check";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const lvl = (i: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** The Chinese report levels: 一、 （一） 1. （1）. */
const REPORT_LEVELS =
  lvl(0, "chineseCounting", "%1、") +
  lvl(1, "chineseCounting", "（%2）") +
  lvl(2, "decimal", "%3.") +
  lvl(3, "decimal", "（%4）");

const numberingXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${body}</w:numbering>`;
const stylesXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${body}</w:styles>`;

/** A w:pPr with a numPr (numId, ilvl) and an optional style. */
function pPr(numId?: string, ilvl?: number, style?: string): XmlNode {
  const s = style ? `<w:pStyle w:val="${style}"/>` : "";
  const il = ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`;
  const n = numId === undefined ? "" : `<w:numPr>${il}<w:numId w:val="${numId}"/></w:numPr>`;
  const tree = parseXml(`<w:pPr ${W}>${s}${n}</w:pPr>`);
  return tree[0];
}

function labels(numbering: string, styles: string | null, paras: [string | undefined, number?, string?][]) {
  const lists = new ListNumbering(
    parseXml(numberingXml(numbering)),
    styles ? parseXml(stylesXml(styles)) : null,
  );
  return paras.map(([numId, ilvl, style]) => lists.label(pPr(numId, ilvl, style), style));
}

describe("formatNumber", () => {
  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [11, "chineseCounting", "十一"],
    [23, "chineseCountingThousand", "二十三"],
    [105, "chineseCounting", "一○五"],
    [105, "chineseCountingThousand", "一百〇五"],
    [12, "chineseLegalSimplified", "壹拾贰"],
    [3, "ideographTraditional", "丙"],
    [4, "decimal", "4"],
    [4, "decimalZero", "04"],
    [12, "decimalFullWidth", "１２"],
    [3, "decimalEnclosedCircleChinese", "③"],
    [28, "lowerLetter", "bb"],
    [14, "upperRoman", "XIV"],
    [5, "none", ""],
  ])("%i in %s is %s", (n, fmt, want) => {
    expect(formatNumber(n, fmt)).toBe(want);
  });
});

describe("ListNumbering", () => {
  const ONE = `<w:abstractNum w:abstractNumId="0">${REPORT_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

  it("counts levels and restarts the deeper ones", () => {
    expect(
      labels(ONE, null, [
        ["1", 0],
        ["1", 1],
        ["1", 2],
        ["1", 2],
        ["1", 1],
        ["1", 0],
        ["1", 1],
        ["1", 3],
        [undefined],
      ]),
    ).toEqual(["一、", "（一）", "1.", "2.", "（二）", "二、", "（一）", "（1）", undefined]);
  });

  it("numId 0 turns numbering off; an unknown num gives nothing", () => {
    expect(
      labels(ONE, null, [
        ["1", 0],
        ["0", 0],
        ["9", 0],
        ["1", 0],
      ]),
    ).toEqual(["一、", undefined, undefined, "二、"]);
  });

  it("lists of one abstractNum share counters; a startOverride restarts at the num's first paragraph", () => {
    const nums =
      `<w:abstractNum w:abstractNumId="0">${REPORT_LEVELS}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    expect(
      labels(nums, null, [
        ["1", 0],
        ["2", 0],
        ["3", 0],
        ["3", 0],
        ["1", 0],
      ]),
    ).toEqual(["一、", "二、", "一、", "二、", "三、"]);
  });

  it("a level override replaces the level's definition for that num", () => {
    const nums =
      `<w:abstractNum w:abstractNumId="0">${REPORT_LEVELS}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, "decimal", "%1、")}</w:lvlOverride></w:num>`;
    expect(
      labels(nums, null, [
        ["1", 0],
        ["1", 0],
      ]),
    ).toEqual(["1、", "2、"]);
  });

  it("w:start, lvlText with two levels, isLgl and lvlRestart", () => {
    const abs =
      `<w:abstractNum w:abstractNumId="0">` +
      `<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>` +
      lvl(1, "decimal", "%1.%2", "<w:isLgl/>") +
      lvl(2, "decimal", "%3)", '<w:lvlRestart w:val="0"/>') +
      `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(
      labels(abs, null, [
        ["1", 0],
        ["1", 1],
        ["1", 2],
        ["1", 0],
        ["1", 1],
        ["1", 2],
      ]),
    ).toEqual(["第三章", "3.1", "1)", "第四章", "4.1", "2)"]);
  });

  it("numbering through a style (basedOn), its level from the style or from the level's pStyle", () => {
    const nums =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、", '<w:pStyle w:val="H1"/>')}${lvl(1, "chineseCounting", "（%2）", '<w:pStyle w:val="H2"/>')}</w:abstractNum>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`;
    const styles =
      `<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="H2b"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;
    expect(
      labels(nums, styles, [
        [undefined, undefined, "H1"],
        [undefined, undefined, "H2"],
        [undefined, undefined, "H2b"],
        [undefined, undefined, "H1"],
        ["0", undefined, "H1"],
      ]),
    ).toEqual(["一、", "（一）", "（二）", "二、", undefined]);
  });

  it("follows numStyleLink to the list of the numbering style", () => {
    const nums =
      `<w:abstractNum w:abstractNumId="0">${REPORT_LEVELS}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="ReportList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    expect(
      labels(nums, styles, [
        ["2", 0],
        ["2", 1],
        ["2", 0],
      ]),
    ).toEqual(["一、", "（一）", "二、"]);
  });

  it("a bullet level gives its character; no numbering.xml gives nothing", () => {
    const nums = `<w:abstractNum w:abstractNumId="0">${lvl(0, "bullet", "•")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels(nums, null, [["1", 0]])).toEqual(["•"]);
    expect(new ListNumbering(null, null).label(pPr("1", 0), undefined)).toBeUndefined();
  });
});

/** A report whose headings are numbered by a multilevel list (docx package), no marker typed. */
async function numberedReport(
  opts: { restartAt?: number; skipProblems?: boolean } = {},
): Promise<Uint8Array> {
  const h = (text: string, level: number, instance?: number) =>
    new DocxParagraph({ text, numbering: { reference: "report", level, ...(instance ? { instance } : {}) } });
  const body = (text: string) => new DocxParagraph({ text });
  const children = [
    body("关于2025年度履行全面从严治党主体责任情况的报告"),
    body("今年以来，局党组认真落实全面从严治党主体责任，现将有关情况报告如下："),
    h("主要工作情况", 0),
    h("压实责任链条", 1),
    body("局党组逐级签订责任书，明确任务清单。"),
    h("加强日常监督", 1),
    body("对重点岗位开展廉政谈话，及时提醒苗头性问题。"),
    opts.skipProblems ? h("工作体会", 0) : h("存在的问题", 0, opts.restartAt),
    body("个别支部落实责任还有温差。"),
    h("下一步打算", 0, opts.restartAt),
    body("持续压实责任，推动全面从严治党向纵深发展。"),
  ];
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "report",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、" },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）" },
            { level: 2, format: LevelFormat.DECIMAL, text: "%3." },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("readDocx with automatic numbering", () => {
  it("gives each numbered paragraph its label and keeps the text as it is", async () => {
    const m = await readDocx(await numberedReport());
    expect(m.paragraphs.map((p) => p.listLabel)).toEqual([
      undefined,
      undefined,
      "一、",
      "（一）",
      undefined,
      "（二）",
      undefined,
      "二、",
      undefined,
      "三、",
      undefined,
    ]);
    expect(m.paragraphs[2]).toMatchObject({ text: "主要工作情况", isListItem: true });
  });

  it("the outline, the numbering checks and required-sections see the labels", async () => {
    const m = await readDocx(await numberedReport());
    const s = buildOutline(m);
    expect(s.roots.map((r) => r.heading.marker + r.heading.text)).toEqual([
      "一、主要工作情况",
      "二、存在的问题",
      "三、下一步打算",
    ]);
    expect(s.roots[0].children.map((c) => c.heading.marker)).toEqual(["（一）", "（二）"]);
    const r = check(m);
    expect(r.kind).toBe("main-responsibility");
    const rules = [
      "heading-sequence",
      "heading-level-order",
      "heading-mixed-style",
      "heading-marker-form",
      "required-sections",
    ];
    expect(r.findings.filter((f) => rules.includes(f.rule))).toEqual([]);
  });

  it("a list restarted by mistake gives a sequence finding without a fix, at the text's start", async () => {
    const m = await readDocx(await numberedReport({ restartAt: 2 }));
    expect(m.paragraphs[7].listLabel).toBe("一、");
    expect(m.paragraphs[9].listLabel).toBe("二、");
    const seq = check(m).findings.filter((f) => f.rule === "heading-sequence");
    // 一、 again after 一、 is a repeat; the 二、 after it follows it (the rule reports the first break).
    expect(seq.map((f) => [f.paragraph, f.offset, f.length, f.fix])).toEqual([[7, 0, 0, null]]);
    expect(seq[0].message["zh-CN"]).toContain("自动编号");
  });

  it("a numbered report without a problems part gets the missing-part finding", async () => {
    const m = await readDocx(await numberedReport({ skipProblems: true }));
    const sections = check(m, { kind: "unit-annual" }).findings.filter((f) => f.rule === "required-sections");
    expect(sections.map((f) => [f.paragraph, f.severity])).toEqual([[null, "error"]]);
  });

  it("reads numbering.xml by the document's relationship or at its usual place", async () => {
    const zip = new JSZip();
    zip.file(
      "word/document.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>` +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>` +
        `</w:body></w:document>`,
    );
    zip.file(
      "word/numbering.xml",
      numberingXml(
        `<w:abstractNum w:abstractNumId="0">${REPORT_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
    );
    const m = await readDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(m.paragraphs.map((p) => [p.listLabel, p.text])).toEqual([
      ["一、", "甲"],
      ["二、", "乙"],
    ]);
  });
});
