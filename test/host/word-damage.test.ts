/**
 * No edit of the add-in damages what the writer made (fake Word): a document is "empty" only without
 * text AND without pictures, controls, tables or fields, so a whole template is never written over a
 * paragraph holding a 红头 picture or a content control.
 */
import { FakeDocument, installFakeOffice, paraText, type FakeInlineObjectKind } from "./fake-word";
import { WordHost } from "../../src/host/word";
import { mapStorage } from "../../src/host/word-storage";
import type { NewParagraph } from "../../src/core/edits";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const TEMPLATE: NewParagraph[] = [
  { text: "关于2025年度落实全面从严治党主体责任情况的报告", role: "title" },
  { text: "县委：", role: "addressee" },
  { text: "一、主要工作", role: "heading1" },
];

function setup(doc: FakeDocument) {
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  return { host: new WordHost({ userStorage: mapStorage() }), fake: installed.fake };
}

const insertAtStart = (host: WordHost) =>
  host.applyEdits([
    { kind: "insertParagraphs", paragraph: -1, position: "after", expected: "", paragraphs: TEMPLATE },
  ]);

describe("an empty-looking document with objects", () => {
  test.each(["picture", "field", "table"] as FakeInlineObjectKind[])(
    "a paragraph holding a %s is not written over: the template goes after it",
    async (kind) => {
      const doc = new FakeDocument([{ text: "", objects: [{ kind }] }]);
      const { host, fake } = setup(doc);
      fake.resetStats();
      const result = await insertAtStart(host);
      expect(result).toEqual({ applied: 1, stale: [] });
      expect(fake.stats.syncs).toBeLessThanOrEqual(2);
      expect(paraText(doc.paragraphs[0])).toBe("");
      expect(doc.paragraphs[0].objects).toEqual([{ kind }]);
      expect(doc.texts().slice(1)).toEqual(TEMPLATE.map((p) => p.text));
    },
  );

  test("a content control (a form's field) is not written over", async () => {
    const doc = new FakeDocument([""]);
    doc.addContentControl({ start: 0, end: 0 });
    const { host } = setup(doc);
    await insertAtStart(host);
    expect(paraText(doc.paragraphs[0])).toBe("");
    expect(doc.texts().slice(1)).toEqual(TEMPLATE.map((p) => p.text));
  });

  test("a truly empty document gets the template in place of its empty paragraph", async () => {
    const doc = new FakeDocument([""]);
    const { host } = setup(doc);
    await insertAtStart(host);
    expect(doc.texts()).toEqual(TEMPLATE.map((p) => p.text));
  });
});

describe("numbering", () => {
  test("paragraphs inserted after a list item do not continue its numbering", async () => {
    const doc = new FakeDocument([
      "一、主要工作",
      { text: "第一项措施", isListItem: true, style: "列表段落", styleBuiltIn: "ListParagraph" },
      "结尾",
    ]);
    const { host, fake } = setup(doc);
    fake.resetStats();
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "第一项措施",
        paragraphs: TEMPLATE,
      },
    ]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(doc.texts().slice(2, 5)).toEqual(TEMPLATE.map((p) => p.text));
    expect(doc.paragraphs.slice(2, 5).map((p) => p.isListItem)).toEqual([false, false, false]);
    expect(doc.paragraphs[1].isListItem).toBe(true);
  });
});

describe("snippet insertion is guarded like every other edit", () => {
  const snippet = (expectedSelection?: string) => ({
    kind: "insertAtCursor" as const,
    mode: "inline" as const,
    text: "全面从严治党",
    ...(expectedSelection !== undefined ? { expectedSelection } : {}),
  });

  test("the selection is replaced when it still holds what the pane read (≤ 2 syncs)", async () => {
    const doc = new FakeDocument(["坚持管党治党不放松。"]);
    doc.setSelection(0, 2, 4);
    const { host, fake } = setup(doc);
    fake.resetStats();
    await host.applyEdits([snippet("管党治党")]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(doc.texts()).toEqual(["坚持全面从严治党不放松。"]);
  });

  test("the selection changed since the reading: nothing is overwritten, the text goes in at its end", async () => {
    const doc = new FakeDocument(["坚持管党治党不放松。"]);
    doc.setSelection(0, 6, 3);
    const { host } = setup(doc);
    await host.applyEdits([snippet("管党治党")]);
    expect(doc.texts()).toEqual(["坚持管党治党不放松全面从严治党。"]);
  });
});

describe("an insert and its renumbering are one guarded unit", () => {
  test("a renumbering range search cannot reach (tracked deletion, footnote): nothing is written", async () => {
    const doc = new FakeDocument(["一、主要工作", "正文。", "二、存在的问题", "正文。"]);
    const { host } = setup(doc);
    // Word's search does not match across a tracked deletion (office-js #5874).
    doc.searchBlindTo = (s) => s.startsWith("二");
    const result = await host.applyEdits([
      { kind: "replace", paragraph: 2, offset: 0, length: 1, expected: "二、存在的问题", text: "三" },
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "正文。",
        paragraphs: [{ text: "二、新增部分", role: "heading1" }],
      },
    ]);
    expect(result).toEqual({ applied: 0, stale: [0, 1] });
    expect(doc.texts()).toEqual(["一、主要工作", "正文。", "二、存在的问题", "正文。"]);
  });

  test("when every range is found the unit is applied whole", async () => {
    const doc = new FakeDocument(["一、主要工作", "正文。", "二、存在的问题", "正文。"]);
    const { host, fake } = setup(doc);
    fake.resetStats();
    const result = await host.applyEdits([
      { kind: "replace", paragraph: 2, offset: 0, length: 1, expected: "二、存在的问题", text: "三" },
      {
        kind: "insertParagraphs",
        paragraph: 1,
        position: "after",
        expected: "正文。",
        paragraphs: [{ text: "二、新增部分", role: "heading1" }],
      },
    ]);
    expect(result).toEqual({ applied: 2, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(doc.texts()).toEqual(["一、主要工作", "正文。", "二、新增部分", "三、存在的问题", "正文。"]);
  });
});

describe("template fields on the web", () => {
  test("placeholderText (NotAllowed on the web) is not set; the template and its fields go in", async () => {
    const doc = new FakeDocument([""]);
    doc.platform = "OfficeOnline";
    const { host } = setup(doc);
    const result = await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: -1,
        position: "after",
        expected: "",
        paragraphs: [
          { text: "【请填写单位】党组", role: "signature", fields: [{ name: "单位", offset: 0, length: 7 }] },
        ],
      },
    ]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(doc.texts()).toEqual(["【请填写单位】党组"]);
    expect(doc.contentControls).toHaveLength(1);
    expect(doc.ccText(doc.contentControls[0])).toBe("【请填写单位】");
  });
});

describe("cursor outside the main text", () => {
  test.each(["header", "footnote", "comment", "textBox"] as const)(
    "in a %s: the cursor read says so (not 'not found'), nothing is inserted",
    async (story) => {
      const doc = new FakeDocument(["正文。"]);
      doc.selectionStory = story;
      const { host } = setup(doc);
      await expect(host.readContext()).rejects.toMatchObject({ code: "cursorOutside" });
      await expect(host.getCursor()).rejects.toMatchObject({ code: "cursorOutside" });
      expect(doc.texts()).toEqual(["正文。"]);
    },
  );
});

describe("inserted headings", () => {
  test("Heading 1–4 bring no spacing and no theme colour: black, 0 pt before and after", async () => {
    const doc = new FakeDocument([""]);
    const { host } = setup(doc);
    await insertAtStart(host);
    const heading = doc.paragraphs[2];
    expect(heading.styleBuiltIn).toBe("Heading1");
    expect([heading.spaceBefore, heading.spaceAfter]).toEqual([0, 0]);
    expect(heading.runs[0].font.color).toBe("#000000");
  });
});

describe("a replacement in a paragraph holding a field, control, footnote, comment or tracked change", () => {
  // 第三条 (offset 2) carries the object; the footnote reference's number is the 1 at offset 7.
  const TEXT = "依据第三条规定1，全年开展廉政谈话十二次，覆盖全体中层干部。";
  type Kind = "field" | "contentControl" | "footnote" | "comment" | "trackedInsertion" | "trackedDeletion";
  const KINDS: Kind[] = [
    "field",
    "contentControl",
    "footnote",
    "comment",
    "trackedInsertion",
    "trackedDeletion",
  ];

  /** The document with the object, and a function that reads back the text the object covers. */
  function build(kind: Kind): { doc: FakeDocument; objectText: () => string; expected: string } {
    const doc = new FakeDocument(["一、主要工作", TEXT]);
    const at = (o: number, l: number) => ({ start: doc.starts()[1] + o, end: doc.starts()[1] + o + l });
    switch (kind) {
      case "field": {
        const f = doc.addInline("field", 1, 2, 3);
        return { doc, objectText: () => doc.textOf(f.span!), expected: "第三条" };
      }
      case "footnote": {
        const f = doc.addInline("footnote", 1, 7, 1);
        return { doc, objectText: () => doc.textOf(f.span!), expected: "1" };
      }
      case "trackedInsertion":
      case "trackedDeletion": {
        const type = kind === "trackedInsertion" ? "Added" : "Deleted";
        const t = doc.addInline("trackedChange", 1, 2, 3, type);
        return { doc, objectText: () => doc.textOf(t.span!), expected: "第三条" };
      }
      case "contentControl": {
        const cc = doc.addContentControl(at(2, 3));
        doc.keepOutside(cc.range);
        return { doc, objectText: () => doc.ccText(cc), expected: "第三条" };
      }
      case "comment": {
        doc.keepOutside(doc.addComment(at(2, 3), "请核对条款。").span);
        return { doc, objectText: () => doc.commentsAt()[0].text, expected: "第三条" };
      }
    }
  }

  /** A replace edit computed from the read model: `find` in paragraph 1 becomes `by`. */
  async function fix(host: WordHost, find: string, by: string) {
    const model = await host.readModel();
    const text = model.paragraphs[1].text;
    const offset = text.indexOf(find);
    expect(offset).toBeGreaterThanOrEqual(0);
    return host.applyEdits([
      { kind: "replace", paragraph: 1, offset, length: find.length, expected: text, text: by },
    ]);
  }

  test.each(KINDS)("%s: a fix after it changes only its span, the object stays (≤ 3 syncs)", async (kind) => {
    const { doc, objectText, expected } = build(kind);
    const { host, fake } = setup(doc);
    const model = await host.readModel();
    fake.resetStats();
    const text = model.paragraphs[1].text;
    const offset = text.indexOf("中层干部");
    const result = await host.applyEdits([
      { kind: "replace", paragraph: 1, offset, length: 4, expected: text, text: "中层以上干部" },
    ]);
    expect(result).toEqual({ applied: 1, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(doc.texts()).toEqual(["一、主要工作", TEXT.replace("中层干部", "中层以上干部")]);
    expect(objectText()).toBe(expected);
  });

  test.each(KINDS)("%s: a fix before it changes only its span, the object stays", async (kind) => {
    const { doc, objectText, expected } = build(kind);
    const { host } = setup(doc);
    await fix(host, "依据", "根据");
    expect(doc.texts()).toEqual(["一、主要工作", "根据" + TEXT.slice(2)]);
    expect(objectText()).toBe(expected);
  });

  test.each(KINDS)("%s: a fix whose span covers part of it is refused, nothing is written", async (kind) => {
    const { doc, objectText, expected } = build(kind);
    const { host } = setup(doc);
    const span = kind === "footnote" ? "规定1，" : "三条规定";
    await expect(fix(host, span, "条款要求，")).rejects.toMatchObject({ code: "spanUnsafe" });
    expect(doc.texts()).toEqual(["一、主要工作", TEXT]);
    expect(objectText()).toBe(expected);
  });

  test("a fix inside a content control's text stays inside the control", async () => {
    const doc = new FakeDocument(["【请填写单位名称】党组全年开展谈话。"]);
    const cc = doc.addContentControl({ start: 1, end: 8 });
    doc.keepOutside(cc.range);
    const { host } = setup(doc);
    const model = await host.readModel();
    const text = model.paragraphs[0].text;
    await host.applyEdits([
      { kind: "replace", paragraph: 0, offset: 4, length: 2, expected: text, text: "部门" },
    ]);
    expect(doc.texts()).toEqual(["【请填写部门名称】党组全年开展谈话。"]);
    expect(doc.ccText(cc)).toBe("请填写部门名称");
  });

  test("fix all in such a document: one unsafe span refuses the whole batch", async () => {
    const { doc, objectText } = build("field");
    const { host } = setup(doc);
    const model = await host.readModel();
    const text = model.paragraphs[1].text;
    const edits = [
      { kind: "replace" as const, paragraph: 0, offset: 0, length: 1, expected: "一、主要工作", text: "壹" },
      { kind: "replace" as const, paragraph: 1, offset: 3, length: 4, expected: text, text: "条款要求" },
    ];
    await expect(host.applyEdits(edits)).rejects.toMatchObject({ code: "spanUnsafe" });
    expect(doc.texts()).toEqual(["一、主要工作", TEXT]);
    expect(objectText()).toBe("第三条");
  });
});
