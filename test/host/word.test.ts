/**
 * WordHost against the fake Word: round-trip budgets (DESIGN.md section 3), the stale guard, exact spans,
 * formatting kept, template insertion with fields, the cursor, fields, errors, settings, live changes.
 */
import { FakeDocument, FakeOfficeError, installFakeOffice, paraText, type FakeOffice } from "./fake-word";
import { FIELD_TAG, READ_PROPS, WordHost } from "../../src/host/word";
import { HostError } from "../../src/host/host";
import { applyEditsToModel, type Edit, type NewParagraph, type ReplaceEdit } from "../../src/core/edits";
import { modelFromLines } from "../../src/core/model";
import { mapStorage } from "../../src/host/word-storage";
import { escapeSearch, planSpan } from "../../src/host/word-span";
import { planEdits, planScaffold } from "../../src/core/scaffold";
import { findScaffold } from "../../src/genre/scaffolds";
import { toChineseNumeral } from "../../src/core/numerals";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function setup(paragraphs: ConstructorParameters<typeof FakeDocument>[0], apiVersion = 1.6) {
  const doc = new FakeDocument(paragraphs);
  doc.apiVersion = apiVersion;
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  const fake: FakeOffice = installed.fake;
  const host = new WordHost({ userStorage: mapStorage() });
  fake.resetStats();
  return { doc, fake, host };
}

const body = (i: number) =>
  `第${i}段：我们坚持以习近平新时代中国特色社会主义思想为指导,认真落实全面从严治党主体责任,取得XX成效。`;

function lines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => body(i));
}

describe("readModel", () => {
  test.each([10, 5000])("%i paragraphs in exactly one sync and one load", async (n) => {
    const { host, fake } = setup(lines(n));
    const model = await host.readModel();
    expect(model.paragraphs).toHaveLength(n);
    expect(model.paragraphs[n - 1].text).toBe(body(n - 1));
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.loads).toBe(1);
  });

  test("loads the collection without items/ and maps the facts", async () => {
    expect(READ_PROPS).not.toMatch(/items\//);
    const { host } = setup([
      {
        text: "一、主要工作",
        styleBuiltIn: "Heading1",
        outlineLevel: 1,
        alignment: "Left",
        runs: [{ text: "一、主要工作", font: { name: "黑体", size: 16, bold: false } }],
      },
      { text: "表格里", tableNestingLevel: 1, isListItem: true, styleBuiltIn: "TableGrid" },
      {
        runs: [
          { text: "混合", font: { name: "仿宋_GB2312" } },
          { text: "字体", font: { name: "黑体", bold: true } },
        ],
      },
    ]);
    const m = await host.readModel();
    expect(m.paragraphs[0]).toEqual({
      text: "一、主要工作",
      style: "标题 1",
      styleBuiltIn: "Heading1",
      outlineLevel: 1,
      isListItem: false,
      tableNestingLevel: 0,
      alignment: "left",
      firstLineIndent: 32,
      leftIndent: 0,
      lineSpacing: 28,
      fontName: "黑体",
      fontSize: 16,
      bold: false,
    });
    expect(m.paragraphs[1]).toMatchObject({ tableNestingLevel: 1, isListItem: true, styleBuiltIn: "Other" });
    // Mixed runs: Word reports null; the model leaves the fact out.
    expect(m.paragraphs[2].fontName).toBeUndefined();
    expect(m.paragraphs[2].bold).toBeUndefined();
    expect(m.paragraphs[2].fontSize).toBe(16);
  });
});

describe("select", () => {
  test("selects the exact span in ≤ 2 syncs", async () => {
    const { host, fake, doc } = setup(lines(50));
    const offset = body(30).indexOf("XX");
    await host.select({ paragraph: 30, offset, length: 2 });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(doc.selectionLocation()).toEqual({ paragraph: 30, offset, length: 2 });
    expect(doc.textOf(doc.selection)).toBe("XX");
  });

  test("a repeated excerpt: the occurrence at the offset is selected, not the first", async () => {
    const text = "XX年，XX单位在XX方面，XX。";
    const { host, doc } = setup(["标题", text]);
    for (const offset of [0, 4, 9, 14]) {
      await host.select({ paragraph: 1, offset, length: 2 });
      expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset, length: 2 });
      expect(doc.textOf(doc.selection)).toBe("XX");
    }
  });

  test("long paragraphs (> 255 characters) and Word's special characters", async () => {
    const long = "甲乙丙丁".repeat(100) + "^特殊^" + "戊己".repeat(60) + "，末尾XX。";
    const { host, doc, fake } = setup([long]);
    const offset = long.indexOf("XX");
    await host.select({ paragraph: 0, offset, length: 2 });
    expect(doc.selectionLocation()).toEqual({ paragraph: 0, offset, length: 2 });
    const caret = long.indexOf("^特");
    await host.select({ paragraph: 0, offset: caret, length: 4 });
    expect(doc.textOf(doc.selection)).toBe("^特殊^");
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
  });

  test("a whole paragraph, and a caret at the start", async () => {
    const { host, doc } = setup(["甲", "乙丙丁"]);
    await host.select({ paragraph: 1, offset: 0, length: 3 });
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 0, length: 3 });
    await host.select({ paragraph: 1, offset: 0, length: 0 });
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 0, length: 0 });
  });

  test("a paragraph changed since the check is HostError stale, and nothing is selected (issue 10)", async () => {
    const { host, doc, fake } = setup(["标题", "全年开展谈话XX次。"]);
    const before = doc.selectionLocation();
    await expect(
      host.select({ paragraph: 1, offset: 6, length: 2, expected: "全年开展XX次。" }),
    ).rejects.toMatchObject({ code: "stale" });
    expect(doc.selectionLocation()).toEqual(before);
    expect(fake.stats.syncs).toBeLessThanOrEqual(1);
    await host.select({ paragraph: 1, offset: 6, length: 2, expected: "全年开展谈话XX次。" });
    expect(doc.textOf(doc.selection)).toBe("XX");
  });

  test("a location outside the document is HostError notFound", async () => {
    const { host } = setup(["甲"]);
    await expect(host.select({ paragraph: 5, offset: 0, length: 1 })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(host.select({ paragraph: 0, offset: 0, length: 9 })).rejects.toBeInstanceOf(HostError);
  });
});

function fixesFor(texts: string[]): ReplaceEdit[] {
  const out: ReplaceEdit[] = [];
  texts.forEach((text, paragraph) => {
    for (const m of text.matchAll(/,/g)) {
      out.push({ kind: "replace", paragraph, offset: m.index!, length: 1, text: "，", expected: text });
    }
  });
  return out;
}

describe("applyEdits: replacements", () => {
  test("one fix in ≤ 2 syncs", async () => {
    const { host, fake, doc } = setup(lines(100));
    const fix = fixesFor(lines(100))[41];
    expect(fix.paragraph).toBe(20);
    const r = await host.applyEdits([fix]);
    expect(r).toEqual({ applied: 1, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    const b = body(20);
    expect(doc.texts()[20]).toBe(b.slice(0, fix.offset) + "，" + b.slice(fix.offset + 1));
    expect(doc.texts()[20]).toContain("指导,认真");
  });

  test.each([1, 500])("fix all with %i fixes in ≤ 3 syncs, same result as the model", async (count) => {
    const texts = lines(Math.ceil(count / 2));
    const { host, fake, doc } = setup(texts);
    const edits = fixesFor(texts).slice(0, count);
    expect(edits).toHaveLength(count);
    const r = await host.applyEdits(edits);
    expect(r).toEqual({ applied: count, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    const expected = applyEditsToModel(modelFromLines(texts), edits).model.paragraphs.map((p) => p.text);
    expect(doc.texts()).toEqual(expected);
  });

  test("fixes deep inside long paragraphs are verified in one extra sync (still ≤ 3) and land exactly", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `第${i}项工作,`).join("") + "完成。";
    const texts = [long, long, "短段,落实。"];
    const { host, fake, doc } = setup(texts);
    const edits = fixesFor(texts);
    expect(edits.length).toBeGreaterThan(60);
    const r = await host.applyEdits(edits);
    expect(r.stale).toEqual([]);
    expect(fake.stats.syncs).toBe(3);
    expect(doc.texts()).toEqual(texts.map((t) => t.replace(/,/g, "，")));
  });

  test("a search that finds nothing in fix all: that fix is stale, the others still land (verified, ≤ 3 syncs)", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `第${i}项工作,`).join("") + "完成。";
    const { host, fake, doc } = setup([long]);
    const edits = fixesFor([long]);
    const victim = edits[35];
    const plan = planSpan(long, victim.offset, victim.length);
    expect(plan?.kind).toBe("pq");
    doc.searchBlindTo = (s) => plan?.kind === "pq" && s === escapeSearch(plan.q);
    const r = await host.applyEdits(edits);
    expect(r.stale).toEqual([35]);
    expect(r.applied).toBe(edits.length - 1);
    expect(fake.stats.syncs).toBe(3);
    const expected =
      long.slice(0, victim.offset).replace(/,/g, "，") +
      "," +
      long.slice(victim.offset + 1).replace(/,/g, "，");
    expect(doc.texts()[0]).toBe(expected);
  });

  test("the stale guard: a paragraph the user changed is skipped and keeps the user's text", async () => {
    const texts = lines(5);
    const { host, doc } = setup(texts);
    const edits = fixesFor(texts);
    // The user typed after the check: the commas moved by one character; the old offsets would hit the wrong text.
    const typed = body(2).replace("我们", "我单位");
    doc.userSetText(2, typed);
    const r = await host.applyEdits(edits);
    const staleIdx = edits.map((e, i) => (e.paragraph === 2 ? i : -1)).filter((i) => i >= 0);
    expect(r.stale).toEqual(staleIdx);
    expect(r.applied).toBe(edits.length - staleIdx.length);
    expect(doc.texts()[2]).toBe(typed);
    expect(doc.texts()[1]).toBe(body(1).replace(/,/g, "，"));
  });

  test("a span replaced in a paragraph with several runs keeps the other runs' formatting", async () => {
    const { host, doc } = setup([
      {
        runs: [
          { text: "一、", font: { name: "黑体", bold: true } },
          { text: "认真落实主题责任", font: { name: "仿宋_GB2312" } },
          { text: "（重点）", font: { name: "楷体_GB2312", size: 14 } },
        ],
      },
    ]);
    const text = "一、认真落实主题责任（重点）";
    await host.applyEdits([
      { kind: "replace", paragraph: 0, offset: 6, length: 2, text: "主体", expected: text },
    ]);
    const runs = doc.paragraphs[0].runs;
    expect(paraText(doc.paragraphs[0])).toBe("一、认真落实主体责任（重点）");
    expect(runs[0]).toEqual({ text: "一、", font: { name: "黑体", size: 16, bold: true } });
    expect(runs[1]).toEqual({
      text: "认真落实主体责任",
      font: { name: "仿宋_GB2312", size: 16, bold: false },
    });
    expect(runs[2]).toEqual({ text: "（重点）", font: { name: "楷体_GB2312", size: 14, bold: false } });
  });

  test("repeated excerpt in a paragraph: only the occurrence at the offset is replaced", async () => {
    const text = "XX年XX单位XX。";
    const { host, doc } = setup([text]);
    await host.applyEdits([
      { kind: "replace", paragraph: 0, offset: 3, length: 2, text: "本", expected: text },
    ]);
    expect(doc.texts()[0]).toBe("XX年本单位XX。");
  });

  test("deletions, insertions (length 0) and two fixes in one paragraph", async () => {
    const text = "我们们坚持,推进工作";
    const { host, doc } = setup([text]);
    const r = await host.applyEdits([
      { kind: "replace", paragraph: 0, offset: 2, length: 1, text: "", expected: text },
      { kind: "replace", paragraph: 0, offset: 5, length: 1, text: "，", expected: text },
      { kind: "replace", paragraph: 0, offset: 10, length: 0, text: "。", expected: text },
    ]);
    expect(r).toEqual({ applied: 3, stale: [] });
    expect(doc.texts()[0]).toBe("我们坚持，推进工作。");
  });

  test("overlapping replacements: the second is reported stale, not applied twice", async () => {
    const text = "一二三四";
    const { host, doc } = setup([text]);
    const r = await host.applyEdits([
      { kind: "replace", paragraph: 0, offset: 1, length: 2, text: "X", expected: text },
      { kind: "replace", paragraph: 0, offset: 2, length: 2, text: "Y", expected: text },
    ]);
    expect(r).toEqual({ applied: 1, stale: [1] });
    expect(doc.texts()[0]).toBe("一X四");
  });
});

function template(n: number): NewParagraph[] {
  const out: NewParagraph[] = [
    {
      text: "【请填写单位名称】关于【年度】年度落实党风廉政建设主体责任情况的报告",
      role: "title",
      fields: [
        { offset: 0, length: 9, name: "unit" },
        { offset: 11, length: 4, name: "year" },
      ],
    },
    { text: "【主送机关】：", role: "addressee", fields: [{ offset: 0, length: 6, name: "to" }] },
  ];
  for (let i = 2; i < n; i++) {
    if (i % 10 === 2) out.push({ text: `第${i}节标题`, role: "heading1" });
    else
      out.push({
        text: `正文${i}：完成【数字】项工作。`,
        role: "body",
        fields: [{ offset: String(i).length + 5, length: 4, name: "figure" }],
      });
  }
  return out;
}

describe("applyEdits: insertParagraphs", () => {
  test("a 200-paragraph template with fields into a 2,000-paragraph document in ≤ 2 syncs", async () => {
    const texts = lines(2000);
    const { host, fake, doc } = setup(texts);
    const paragraphs = template(200);
    const r = await host.applyEdits([
      { kind: "insertParagraphs", paragraph: 999, position: "after", expected: texts[999], paragraphs },
    ]);
    expect(r).toEqual({ applied: 1, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    const now = doc.texts();
    expect(now).toHaveLength(2200);
    expect(now.slice(1000, 1200)).toEqual(paragraphs.map((p) => p.text));
    expect(now[999]).toBe(texts[999]);
    expect(now[1200]).toBe(texts[1000]);
    const fieldCount = paragraphs.reduce((n, p) => n + (p.fields?.length ?? 0), 0);
    expect(doc.contentControls).toHaveLength(fieldCount);
    expect(doc.contentControls.every((c) => c.tag === FIELD_TAG)).toBe(true);
    const first = doc.contentControls[0];
    expect(doc.ccText(first)).toBe("【请填写单位名称】");
    expect(first.title).toBe("请填写单位名称");
    expect(first.placeholderText).toBe("【请填写单位名称】");
    expect(doc.contentControls.map((c) => doc.ccText(c))).toContain("【年度】");
  });

  test("roles get Word's built-in styles and the GB/T 9704 fonts", async () => {
    const { host, doc } = setup(["现有段落"]);
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 0,
        position: "after",
        expected: "现有段落",
        paragraphs: [
          { text: "标题", role: "title" },
          { text: "一、主要工作", role: "heading1" },
          { text: "（一）理论学习", role: "heading2" },
          { text: "正文。", role: "body" },
          { text: "某某单位", role: "signature" },
        ],
      },
    ]);
    const [, title, h1, h2, bodyP, sig] = doc.paragraphs;
    expect(title).toMatchObject({ styleBuiltIn: "Title", alignment: "Centered", firstLineIndent: 0 });
    expect(title.runs[0].font).toMatchObject({ name: "方正小标宋简体", size: 22 });
    expect(h1).toMatchObject({ styleBuiltIn: "Heading1", outlineLevel: 1, firstLineIndent: 32 });
    expect(h1.runs[0].font.name).toBe("黑体");
    expect(h2.styleBuiltIn).toBe("Heading2");
    expect(h2.runs[0].font.name).toBe("楷体_GB2312");
    expect(bodyP).toMatchObject({ styleBuiltIn: "Normal", firstLineIndent: 32, lineSpacing: 28.95 });
    expect(bodyP.runs[0].font).toMatchObject({ name: "仿宋_GB2312", size: 16 });
    expect(sig.alignment).toBe("Right");
  });

  test("before an anchor keeps order; an empty document's paragraph is reused", async () => {
    const { host, doc } = setup(["一、甲", "二、乙"]);
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "before",
        expected: "二、乙",
        paragraphs: [
          { text: "A", role: "body" },
          { text: "B", role: "body" },
        ],
      },
    ]);
    expect(doc.texts()).toEqual(["一、甲", "A", "B", "二、乙"]);

    const empty = setup([""]);
    await empty.host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: -1,
        position: "before",
        expected: "",
        paragraphs: [
          { text: "标题", role: "title" },
          { text: "正文", role: "body" },
        ],
      },
    ]);
    expect(empty.doc.texts()).toEqual(["标题", "正文"]);
    expect(empty.doc.paragraphs[0].styleBuiltIn).toBe("Title");
  });

  // Issue 11: an insert and its renumbering are one guarded unit, every range resolved before any write:
  // one more sync than before (≤ 3; was ≤ 2).
  test("a scaffold with renumbering of the following headings: one batch, ≤ 3 syncs", async () => {
    const texts = ["一、甲", "正文。", "二、乙", "正文。", "三、丙"];
    const { host, fake, doc } = setup(texts);
    const edits: Edit[] = [
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "正文。",
        paragraphs: [
          { text: "二、新", role: "heading1" },
          { text: "新正文。", role: "body" },
        ],
      },
      { kind: "replace", paragraph: 2, offset: 0, length: 1, text: "三", expected: "二、乙" },
      { kind: "replace", paragraph: 4, offset: 0, length: 1, text: "四", expected: "三、丙" },
    ];
    const r = await host.applyEdits(edits);
    expect(r).toEqual({ applied: 3, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(doc.texts()).toEqual(["一、甲", "正文。", "二、新", "新正文。", "三、乙", "正文。", "四、丙"]);
  });

  test("a stale anchor inserts nothing", async () => {
    const { host, doc } = setup(["甲", "乙"]);
    const r = await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "旧的乙",
        paragraphs: [{ text: "X", role: "body" }],
      },
    ]);
    expect(r).toEqual({ applied: 0, stale: [0] });
    expect(doc.texts()).toEqual(["甲", "乙"]);
  });
});

describe("applyEdits: at the cursor, format", () => {
  test("inline replaces the selection in ≤ 2 syncs, fields become content controls, caret after", async () => {
    const { host, fake, doc } = setup(["我们坚持以XX为指导。"]);
    doc.setSelection(0, 5, 2);
    const text = "【思想】和党的二十大精神";
    const r = await host.applyEdits([
      { kind: "insertAtCursor", mode: "inline", text, fields: [{ offset: 0, length: 4, name: "x" }] },
    ]);
    expect(r).toEqual({ applied: 1, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(doc.texts()[0]).toBe("我们坚持以【思想】和党的二十大精神为指导。");
    expect(doc.contentControls.map((c) => doc.ccText(c))).toEqual(["【思想】"]);
    expect(doc.selectionLocation()).toEqual({ paragraph: 0, offset: 5 + text.length, length: 0 });
  });

  test("paragraphAfter keeps the paragraph's format", async () => {
    const { host, fake, doc } = setup([
      {
        text: "一是加强学习。",
        firstLineIndent: 32,
        alignment: "Justified",
        runs: [{ text: "一是加强学习。", font: { name: "仿宋_GB2312", size: 16 } }],
      },
      "尾",
    ]);
    doc.setSelection(0, 3);
    await host.applyEdits([
      { kind: "insertAtCursor", mode: "paragraphAfter", text: "二是强化监督。\n三是严肃问责。" },
    ]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(doc.texts()).toEqual(["一是加强学习。", "二是强化监督。", "三是严肃问责。", "尾"]);
    expect(doc.paragraphs[1]).toMatchObject({ firstLineIndent: 32, alignment: "Justified" });
    expect(doc.paragraphs[2].runs[0].font.name).toBe("仿宋_GB2312");
    expect(doc.selectionLocation()).toEqual({ paragraph: 2, offset: 7, length: 0 });
  });

  test("format edits for the whole document in ≤ 3 syncs", async () => {
    const texts = lines(300);
    const { host, fake, doc } = setup(texts);
    const edits: Edit[] = texts.map((t, i) => ({
      kind: "format",
      paragraph: i,
      expected: t,
      format: {
        fontName: "仿宋_GB2312",
        fontSize: 16,
        firstLineIndent: 32,
        lineSpacing: 29,
        alignment: "justified",
      },
    }));
    edits[0] = {
      kind: "format",
      paragraph: 0,
      expected: texts[0],
      format: { styleBuiltIn: "Title", alignment: "centered", fontSize: 22 },
    };
    const r = await host.applyEdits(edits);
    expect(r).toEqual({ applied: 300, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(doc.paragraphs[0]).toMatchObject({ styleBuiltIn: "Title", alignment: "Centered" });
    expect(doc.paragraphs[299]).toMatchObject({ lineSpacing: 29, firstLineIndent: 32 });
  });
});

describe("readContext", () => {
  test.each([10, 5000])(
    "%i paragraphs, cursor in the middle in a table: model and cursor in exactly one sync",
    async (n) => {
      const texts = lines(n);
      const middle = Math.floor(n / 2);
      const cell = "单元格：落实XX责任";
      const { host, fake, doc } = setup(
        texts.map((t, i) => (i === middle ? { text: cell, tableNestingLevel: 1 } : t)),
      );
      doc.setSelection(middle, cell.indexOf("XX"), 2);
      const context = await host.readContext();
      expect(fake.stats.syncs).toBe(1);
      expect(context.model.paragraphs).toHaveLength(n);
      expect(context.model.paragraphs[middle]).toMatchObject({ text: cell, tableNestingLevel: 1 });
      expect(context.model.paragraphs[n - 1].text).toBe(body(n - 1));
      expect(context.cursor).toEqual({
        paragraph: middle,
        offset: cell.indexOf("XX"),
        length: 2,
        selectedText: "XX",
        inTable: true,
      });
      // The same as the two separate reads (which cost one sync each).
      fake.resetStats();
      const [model, cursor] = [await host.readModel(), await host.getCursor()];
      expect(fake.stats.syncs).toBe(2);
      expect(context).toEqual({ model, cursor });
    },
  );

  test("an empty selection outside tables, and a read-only document can still be read", async () => {
    const { host, fake, doc } = setup(["标题", "正文甲乙", "尾"]);
    doc.readOnly = true;
    doc.setSelection(1, 4);
    const { model, cursor } = await host.readContext();
    expect(fake.stats.syncs).toBe(1);
    expect(model.paragraphs.map((p) => p.text)).toEqual(["标题", "正文甲乙", "尾"]);
    expect(cursor).toEqual({ paragraph: 1, offset: 4, length: 0, selectedText: "", inTable: false });
  });

  test("a Word error at the sync becomes a HostError", async () => {
    const { host, fake } = setup(["甲"]);
    fake.failNextSync = new FakeOfficeError("GeneralException", "Something went wrong in Word.");
    await expect(host.readContext()).rejects.toMatchObject({
      name: "HostError",
      code: "api",
      message: "Something went wrong in Word.",
    });
  });
});

/** A long report: title, four parts (一、…), each with level-2 sections （一）… of body paragraphs. */
function report(n: number): string[] {
  const out = ["关于2024年度落实全面从严治党主体责任情况的报告"];
  for (let part = 1; out.length < n; part++) {
    out.push(`${toChineseNumeral(part)}、第${part}部分工作`);
    for (let sec = 1; sec <= 25 && out.length < n; sec++) {
      out.push(`（${toChineseNumeral(sec)}）第${part}部分第${sec}项工作`);
      for (let k = 0; k < 48 && out.length < n; k++) out.push(body(out.length));
    }
  }
  return out.slice(0, n);
}

describe("a whole scaffold insert as the pane does it", () => {
  // Issue 11: the insert and its renumbering resolve every range first (one sync more than before).
  test("5,000 paragraphs: readContext + plan + applyEdits is exactly 4 syncs, applyEdits ≤ 3", async () => {
    const texts = report(5000);
    const { host, fake, doc } = setup(texts);
    // The cursor on a level-2 heading in the middle: the scaffold goes after that section, as its sibling,
    // and the following （…） headings of the part are renumbered in the same batch.
    const cursorAt = texts.findIndex((t, i) => i >= 2500 && t.startsWith("（"));
    expect(cursorAt).toBeLessThan(2600);
    doc.setSelection(cursorAt, 3);
    const scaffold = findScaffold("political-two-safeguards")!;
    expect(scaffold.level).toBe(2);

    const { model, cursor } = await host.readContext();
    const readSyncs = fake.stats.syncs;
    const plan = planScaffold(model, cursor, scaffold);
    if (!plan.ok) throw new Error(`plan refused: ${plan.reason}`);
    expect(plan.renumber.length).toBeGreaterThan(0);
    const edits = planEdits(plan, true);
    const result = await host.applyEdits(edits);
    const applySyncs = fake.stats.syncs - readSyncs;

    expect(readSyncs).toBe(1);
    expect(applySyncs).toBeLessThanOrEqual(3);
    expect(fake.stats.syncs).toBe(4);
    expect(result).toEqual({ applied: edits.length, stale: [] });

    // The document is what the plan said, applied to the model the pane read.
    const expected = applyEditsToModel(
      model,
      edits.filter((e) => e.kind === "replace"),
    ).model.paragraphs.map((p) => p.text);
    const at = plan.insert.position === "after" ? plan.insert.paragraph + 1 : plan.insert.paragraph;
    expected.splice(at, 0, ...plan.paragraphs.map((p) => p.text));
    expect(doc.texts()).toEqual(expected);
    expect(doc.texts()[at]).toBe(plan.headingText);
  });
});

describe("getCursor and nextField", () => {
  test("getCursor in one sync: paragraph, offset, length, selected text, table", async () => {
    const { host, fake, doc } = setup(["甲乙丙", { text: "单元格文字", tableNestingLevel: 1 }, "尾"]);
    doc.setSelection(1, 2, 2);
    expect(await host.getCursor()).toEqual({
      paragraph: 1,
      offset: 2,
      length: 2,
      selectedText: "格文",
      inTable: true,
    });
    expect(fake.stats.syncs).toBe(1);
    doc.setSelection(2, 0);
    expect(await host.getCursor()).toEqual({
      paragraph: 2,
      offset: 0,
      length: 0,
      selectedText: "",
      inTable: false,
    });
  });

  test("nextField walks the tagged content controls after the cursor and wraps, ≤ 3 syncs", async () => {
    const { host, fake, doc } = setup(["现有"]);
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 0,
        position: "after",
        expected: "现有",
        paragraphs: template(4),
      },
    ]);
    const texts = doc.contentControls.map((c) => doc.ccText(c));
    expect(texts).toEqual(["【请填写单位名称】", "【年度】", "【主送机关】", "【数字】"]);
    doc.setSelection(0, 0);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      fake.resetStats();
      expect(await host.nextField()).toBe(true);
      expect(fake.stats.syncs).toBeLessThanOrEqual(3);
      seen.push(doc.textOf(doc.selection));
    }
    expect(seen).toEqual([
      "【请填写单位名称】",
      "【年度】",
      "【主送机关】",
      "【数字】",
      "【请填写单位名称】",
    ]);
  });

  test("a content control the user filled is skipped", async () => {
    const { host, doc } = setup(["现有"]);
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 0,
        position: "after",
        expected: "现有",
        paragraphs: template(4),
      },
    ]);
    doc.fillContentControl(doc.contentControls[1], "2024");
    expect(doc.texts()[1]).toBe("【请填写单位名称】关于2024年度落实党风廉政建设主体责任情况的报告");
    doc.setSelection(1, 2);
    expect(await host.nextField()).toBe(true);
    expect(doc.textOf(doc.selection)).toBe("【主送机关】");
  });

  test("filled content controls are skipped; without controls the 【…】 text is used", async () => {
    const { host, doc } = setup(["第一个【甲】", "第二个【乙】"]);
    doc.setSelection(0, 5);
    expect(await host.nextField()).toBe(true);
    expect(doc.textOf(doc.selection)).toBe("【乙】");
    expect(await host.nextField()).toBe(true);
    expect(doc.textOf(doc.selection)).toBe("【甲】");
  });

  test("no field: false", async () => {
    const { host } = setup(["没有待填项。"]);
    expect(await host.nextField()).toBe(false);
  });
});

describe("errors become HostError", () => {
  test("read-only document: readOnly, nothing changed", async () => {
    const { host, doc } = setup(lines(3));
    doc.readOnly = true;
    await expect(host.applyEdits(fixesFor(lines(3)))).rejects.toMatchObject({ code: "readOnly" });
    await expect(host.save()).rejects.toMatchObject({ code: "readOnly" });
    expect(doc.texts()).toEqual(lines(3));
  });

  test("an API the host lacks: unsupported", async () => {
    const { host } = setup(["甲"], 1.2);
    const e = await host.readModel().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(e).toMatchObject({ code: "unsupported" });
  });

  test("other Word errors: api, with Word's message", async () => {
    const { host, fake } = setup(["甲"]);
    fake.failNextSync = new FakeOfficeError("GeneralException", "Something went wrong in Word.");
    await expect(host.readModel()).rejects.toMatchObject({
      code: "api",
      message: "Something went wrong in Word.",
    });
    fake.failNextSync = new FakeOfficeError("ItemNotFound", "gone");
    await expect(host.getCursor()).rejects.toMatchObject({ code: "notFound" });
  });

  test("save in one sync", async () => {
    const { host, fake } = setup(["甲"]);
    await host.save();
    expect(fake.saves).toBe(1);
    expect(fake.stats.syncs).toBe(1);
  });
});

describe("settings", () => {
  test("documentSettings persist with saveAsync", async () => {
    const { host, fake } = setup(["甲"]);
    await host.documentSettings.set("ignores", [{ rule: "punct", excerpt: "," }]);
    expect(fake.savedSettings.get("ignores")).toEqual([{ rule: "punct", excerpt: "," }]);
    expect(host.documentSettings.get("ignores")).toEqual([{ rule: "punct", excerpt: "," }]);
    await host.documentSettings.remove("ignores");
    expect(fake.savedSettings.has("ignores")).toBe(false);
    expect(host.documentSettings.get("ignores")).toBeUndefined();
  });

  test("a failed saveAsync (size) rejects with storageFull and keeps the old value", async () => {
    const doc = new FakeDocument(["甲"]);
    const installed = installFakeOffice(doc, { settingsLimit: 200 });
    uninstall = installed.uninstall;
    const host = new WordHost({ userStorage: mapStorage() });
    await host.documentSettings.set("k", "small");
    await expect(host.documentSettings.set("k", "x".repeat(500))).rejects.toMatchObject({
      code: "storageFull",
    });
    expect(host.documentSettings.get("k")).toBe("small");
    expect(installed.fake.savedSettings.get("k")).toBe("small");
  });

  test("userSettings in the origin's storage; QuotaExceededError → storageFull", async () => {
    const doc = new FakeDocument(["甲"]);
    uninstall = installFakeOffice(doc).uninstall;
    const storage = mapStorage(120);
    const host = new WordHost({ userStorage: storage });
    await host.userSettings.set("fav", ["a"]);
    expect(storage.getItem("lianzheng:fav")).toBe('["a"]');
    await expect(host.userSettings.set("snippets", "y".repeat(200))).rejects.toMatchObject({
      code: "storageFull",
    });
    expect(host.userSettings.get("fav")).toEqual(["a"]);
  });
});

describe("live changes (WordApi 1.6)", () => {
  test("registered through the paragraph events when 1.6 is supported", async () => {
    const { host, fake } = setup(["甲"]);
    expect(host.capabilities.liveChanges).toBe(true);
    let calls = 0;
    const off = host.onParagraphsChanged!(() => calls++);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.handlers.changed.size).toBe(1);
    fake.fireParagraphChanged();
    expect(calls).toBe(1);
    off();
    fake.fireParagraphChanged();
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.handlers.changed.size).toBe(0);
  });

  test("absent below 1.6", () => {
    const { host } = setup(["甲"], 1.5);
    expect(host.capabilities.liveChanges).toBe(false);
    expect(host.onParagraphsChanged).toBeUndefined();
  });
});
