import {
  ALL_ROLES,
  formatForRole,
  hasFormat,
  headingRole,
  layoutEdits,
  mmToPt,
  ptToTwips,
  rolesFromStructure,
} from "../../src/core/layout";
import { FONT_SIZE_PT, LINE_SPACING_PT, PAGE } from "../../src/genre/layout";

describe("GB/T 9704 layout data", () => {
  test("page: A4 with a 156×225 mm 版心", () => {
    expect(PAGE.leftMm + PAGE.textWidthMm + PAGE.rightMm).toBe(PAGE.widthMm);
    expect(PAGE.topMm + PAGE.textHeightMm + PAGE.bottomMm).toBe(PAGE.heightMm);
    expect([PAGE.topMm, PAGE.leftMm, PAGE.bottomMm, PAGE.rightMm]).toEqual([37, 28, 35, 26]);
  });

  test("22 lines of fixed spacing fill the 225 mm 版心", () => {
    const lines = mmToPt(PAGE.textHeightMm) / LINE_SPACING_PT.default;
    expect(Math.floor(lines)).toBe(PAGE.linesPerPage);
    expect(LINE_SPACING_PT.default).toBeGreaterThanOrEqual(LINE_SPACING_PT.min);
    expect(LINE_SPACING_PT.default).toBeLessThanOrEqual(LINE_SPACING_PT.max);
  });

  test("字号: 2号 22 pt, 3号 16 pt, 4号 14 pt", () => {
    expect(FONT_SIZE_PT.二号).toBe(22);
    expect(FONT_SIZE_PT.三号).toBe(16);
    expect(FONT_SIZE_PT.四号).toBe(14);
  });
});

describe("formatForRole", () => {
  test("title: 2号 方正小标宋简体 centred, built-in Title, no indent", () => {
    expect(formatForRole("title")).toEqual({
      styleBuiltIn: "Title",
      fontName: "方正小标宋简体",
      fontSize: 22,
      bold: false,
      alignment: "centered",
      firstLineIndent: 0,
      leftIndent: 0,
      lineSpacing: 28.95,
    });
  });

  test("body: 3号 仿宋_GB2312, first-line indent 2 characters = 32 pt", () => {
    const f = formatForRole("body");
    expect(f).toMatchObject({
      styleBuiltIn: "Normal",
      fontName: "仿宋_GB2312",
      fontSize: 16,
      firstLineIndent: 32,
    });
    expect(f.outlineLevel).toBeUndefined();
  });

  test.each([
    ["heading1", "Heading1", "黑体", 1],
    ["heading2", "Heading2", "楷体_GB2312", 2],
    ["heading3", "Heading3", "仿宋_GB2312", 3],
    ["heading4", "Heading4", "仿宋_GB2312", 4],
  ] as const)("%s: built-in %s, 3号 %s, outline level %d", (role, style, font, level) => {
    const f = formatForRole(role);
    expect(f.styleBuiltIn).toBe(style);
    expect(f.fontName).toBe(font);
    expect(f.fontSize).toBe(16);
    expect(f.outlineLevel).toBe(level);
    expect(f.bold).toBe(false);
    expect(f.firstLineIndent).toBe(32);
  });

  test("addressee flush left; signature and date right", () => {
    expect(formatForRole("addressee")).toMatchObject({ alignment: "left", firstLineIndent: 0, fontSize: 16 });
    expect(formatForRole("signature")).toMatchObject({ alignment: "right", firstLineIndent: 0 });
    expect(formatForRole("date")).toMatchObject({ alignment: "right", firstLineIndent: 0 });
  });

  test("fallback fonts only when asked", () => {
    expect(formatForRole("body", { fallbackFonts: true }).fontName).toBe("仿宋");
    expect(formatForRole("heading2", { fallbackFonts: true }).fontName).toBe("楷体");
    expect(formatForRole("title", { fallbackFonts: true }).fontName).toBe("宋体");
    expect(formatForRole("heading1", { fallbackFonts: true }).fontName).toBe("黑体");
  });

  test("line spacing option", () => {
    expect(formatForRole("body", { lineSpacing: 28 }).lineSpacing).toBe(28);
  });

  test("every role has a font, a size and a style", () => {
    expect(ALL_ROLES).toHaveLength(10);
    for (const role of ALL_ROLES) {
      const f = formatForRole(role);
      expect(f.fontName).toBeTruthy();
      expect(f.fontSize).toBeGreaterThan(0);
      expect(f.styleBuiltIn).toBeTruthy();
    }
  });

  test("headingRole and units", () => {
    expect([1, 2, 3, 4, 5].map(headingRole)).toEqual([
      "heading1",
      "heading2",
      "heading3",
      "heading4",
      "heading4",
    ]);
    expect(mmToPt(25.4)).toBeCloseTo(72);
    expect(ptToTwips(16)).toBe(320);
    expect(ptToTwips(28.95)).toBe(579);
  });
});

describe("layoutEdits", () => {
  const lines = [
    "关于2024年度落实党风廉政建设主体责任情况的报告",
    "县纪委监委：",
    "一、主要工作",
    "（一）加强理论学习。全年组织学习12次。",
    "正文段落。",
    "",
    "表格单元格",
    "某某单位党委",
    "2024年12月20日",
  ];
  const model = {
    paragraphs: lines.map((text, i) => (i === 6 ? { text, tableNestingLevel: 1 } : { text })),
  };
  const heading = (paragraph: number, level: 1 | 2, runIn: boolean, marker: string) => ({
    paragraph,
    level,
    depth: level,
    number: 1,
    marker,
    canonicalMarker: marker,
    problem: null,
    textOffset: marker.length,
    text: lines[paragraph].slice(marker.length),
    runIn,
  });
  const structure = {
    title: 0,
    addressee: 1,
    opening: null,
    signature: 7,
    date: 8,
    headings: [heading(2, 1, false, "一、"), heading(3, 2, true, "（一）")],
    roots: [],
    enumerations: [],
  };

  test("roles from the structure; empty paragraphs and table cells untouched", () => {
    expect(rolesFromStructure(model, structure)).toEqual([
      "title",
      "addressee",
      "heading1",
      "body",
      "body",
      null,
      null,
      "signature",
      "date",
    ]);
  });

  test("one guarded edit per paragraph that differs, with the role's format", () => {
    const edits = layoutEdits(model, structure);
    expect(edits.map((e) => e.paragraph)).toEqual([0, 1, 2, 3, 4, 7, 8]);
    expect(edits[0]).toEqual({
      kind: "format",
      paragraph: 0,
      expected: lines[0],
      format: formatForRole("title"),
    });
    expect(edits[2].format.styleBuiltIn).toBe("Heading1");
  });

  test("paragraphs already laid out are left alone", () => {
    const done = {
      paragraphs: model.paragraphs.map((p, i) =>
        i === 4 ? { ...p, ...formatForRole("body"), lineSpacing: 28.98 } : p,
      ),
    };
    expect(layoutEdits(done, structure).map((e) => e.paragraph)).toEqual([0, 1, 2, 3, 7, 8]);
    expect(hasFormat({ fontSize: 16 }, { fontSize: 16, bold: false })).toBe(false);
  });
});
