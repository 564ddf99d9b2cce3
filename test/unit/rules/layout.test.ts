/** layout-* rules: formats by recognised element, once per element and kind, .docx (styles resolved) only. */
import { readFileSync } from "fs";
import { check } from "../../../src/core/check";
import type { DocModel, Paragraph } from "../../../src/core/model";
import { profileFormat } from "../../../src/core/layout-plan";
import { writeDocx } from "../../../src/formats/docx-writer";
import { readDocx } from "../../../src/formats/docx";
import type { LayoutRole } from "../../../src/terms";
import type { NewParagraph } from "../../../src/core/edits";

const REPORT: [string, LayoutRole][] = [
  ["关于2025年度落实全面从严治党主体责任情况的报告", "title"],
  ["县委：", "addressee"],
  ["现将本单位一年来落实主体责任的情况报告如下，请审阅。", "body"],
  ["一、主要工作", "heading1"],
  ["（一）强化组织领导", "heading2"],
  ["班子每季度专题研究一次党风廉政建设工作，层层压实责任，全年未发生违纪问题。", "body"],
  ["二、存在的问题", "heading1"],
  ["对新形势下廉政风险的认识还不够深入，日常监督的精准度还有差距，需要持续改进。", "body"],
  ["某某局党组", "signature"],
  ["2025年12月20日", "date"],
];

function laidOut(patch: (p: Paragraph, i: number) => Partial<Paragraph> = () => ({})): DocModel {
  return {
    paragraphs: REPORT.map(([text, role], i) => {
      const p: Paragraph = { text, ...profileFormat(role) };
      delete p.fontNameAscii;
      return { ...p, ...patch(p, i) };
    }),
  };
}

const layoutFindings = (model: DocModel) =>
  check(model).findings.filter((f) => f.category === "layout" && f.rule.startsWith("layout-"));

describe("layout rules", () => {
  test("valid: a .txt (no formats) and a laid-out document raise nothing", () => {
    expect(layoutFindings({ paragraphs: REPORT.map(([text]) => ({ text })) })).toEqual([]);
    expect(layoutFindings(laidOut())).toEqual([]);
    // The fallback fonts are the elements' fonts too.
    const fallback = laidOut((p) => ({ fontName: p.fontName?.replace("_GB2312", "") }));
    expect(layoutFindings(fallback)).toEqual([]);
  });

  test("invalid: body in 宋体 — one finding for the element, with the count and the paragraphs", () => {
    const model = laidOut((p, i) => (REPORT[i][1] === "body" ? { fontName: "宋体" } : {}));
    const found = layoutFindings(model);
    expect(found.map((f) => [f.rule, f.severity, f.paragraph, f.offset, f.length])).toEqual([
      ["layout-font", "warning", 2, 0, 0],
    ]);
    expect(found[0].message["zh-CN"]).toBe(
      "正文有 3 段字体不是仿宋_GB2312（第3、6、8段）。可在“排版”中一键设置。",
    );
    expect(found[0].message["en-US"]).toMatch(
      /^3 paragraphs of the body are not in 仿宋_GB2312 \(paragraphs 3, 6, 8\)/,
    );
    expect(found[0].fix).toBeNull();
  });

  test("invalid: size, indent, alignment and line spacing, each once per element", () => {
    const model = laidOut((p, i) => {
      if (i === 0) return { fontSize: 16, alignment: "left" };
      if (i === 5) return { firstLineIndent: 0, lineSpacing: undefined };
      return {};
    });
    const found = layoutFindings(model).map((f) => [f.rule, f.paragraph, f.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["layout-size", 0, "warning"],
        ["layout-alignment", 0, "info"],
        ["layout-indent", 5, "info"],
        ["layout-line-spacing", 5, "warning"],
      ]),
    );
    expect(found).toHaveLength(4);
  });

  test("a short line left-aligned is not flagged (it looks justified); a long body paragraph is", () => {
    const model = laidOut((p, i) => (i === 3 || i === 7 ? { alignment: "left" } : {}));
    expect(layoutFindings(model).map((f) => [f.rule, f.paragraph])).toEqual([["layout-alignment", 7]]);
  });

  test("a run-in heading's paragraph (heading font first) is not a font deviation", () => {
    const model = laidOut((p, i) =>
      i === 5 ? { text: "（一）强化组织领导。班子每季度专题研究一次。", fontName: "楷体_GB2312" } : {},
    );
    expect(layoutFindings(model)).toEqual([]);
  });
});

describe("layout rules on .docx", () => {
  test("a .docx written by lianzheng new raises none", async () => {
    const paragraphs: NewParagraph[] = REPORT.map(([text, role]) => ({ text, role }));
    const model = await readDocx(await writeDocx(paragraphs));
    expect(layoutFindings(model)).toEqual([]);
  });

  test("a seed saved by LibreOffice with its default fonts raises them", async () => {
    const model = await readDocx(readFileSync("test/fixtures/docx/seed-003.docx"));
    const rules = new Set(layoutFindings(model).map((f) => f.rule));
    expect([...rules].sort()).toEqual([
      "layout-alignment",
      "layout-font",
      "layout-line-spacing",
      "layout-size",
    ]);
  });
});
