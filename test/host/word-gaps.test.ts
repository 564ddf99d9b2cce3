/**
 * Real Word behaviours the plain fake hides (issue 11), each taught to the fake Word and met by the adapter:
 * Mac's U+0005 at comment anchors (office-js #2258), deleted text in paragraph text on the web (#1267),
 * click-to-locate by the shortest identifying window (#4401, #5874).
 */
import { FakeDocument, installFakeOffice } from "./fake-word";
import { WordHost } from "../../src/host/word";
import { mapStorage } from "../../src/host/word-storage";
import { toSearchSpan, wordText, withoutAnchors } from "../../src/host/word-text";
import { fingerprintOf, fingerprintTexts } from "../../src/core/fingerprint";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function setup(doc: FakeDocument) {
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  return { host: new WordHost({ userStorage: mapStorage() }), fake: installed.fake };
}

/** A replace edit from the model read by the host: `find` (its first occurrence) in `paragraph` becomes `by`. */
async function replaceIn(host: WordHost, paragraph: number, find: string, by: string) {
  const model = await host.readModel();
  const text = model.paragraphs[paragraph].text;
  const offset = text.indexOf(find);
  expect(offset).toBeGreaterThanOrEqual(0);
  return host.applyEdits([
    { kind: "replace", paragraph, offset, length: find.length, expected: text, text: by },
  ]);
}

describe("word-text: the writer's text and the way back to search offsets", () => {
  test("U+0005 marks are dropped from both texts; offsets map one to one", () => {
    const t = wordText("廉政谈话\u0005十二次");
    expect(t.text).toBe("廉政谈话十二次");
    expect(t.searchText).toBe("廉政谈话十二次");
    expect(toSearchSpan(t, 4, 3)).toEqual({ offset: 4, length: 3 });
    expect(withoutAnchors("a\u0005b\u0005")).toBe("ab");
  });

  test("deleted text stays in the search text; spans after it move, spans across it are refused", () => {
    const t = wordText("依据第三条规定，十二次", [{ offset: 2, length: 3 }]);
    expect(t.text).toBe("依据规定，十二次");
    expect(t.searchText).toBe("依据第三条规定，十二次");
    expect(toSearchSpan(t, 5, 3)).toEqual({ offset: 8, length: 3 });
    expect(toSearchSpan(t, 2, 2)).toEqual({ offset: 5, length: 2 });
    expect(toSearchSpan(t, 0, 4)).toBeNull();
    expect(toSearchSpan(t, 8, 0)).toEqual({ offset: 11, length: 0 });
    expect(toSearchSpan(wordText("甲乙", [], true), 0, 1)).toBeNull();
  });
});

describe("Word on Mac: U+0005 in the text of a commented paragraph (office-js #2258)", () => {
  const P = "全年开展廉政谈话十二次，覆盖全体中层干部。";

  function commented() {
    const doc = new FakeDocument(["一、主要工作", P]);
    doc.platform = "Mac";
    const start = doc.starts()[1] + 4;
    doc.keepOutside(doc.addComment({ start, end: start + 4 }, "请补充谈话对象。", "审核人").span);
    return doc;
  }

  test("the fake shows the mark in paragraph.text, not to search", () => {
    const doc = commented();
    expect(doc.shownText(doc.paragraphSpan(1))).toBe("全年开展廉政谈话\u0005十二次，覆盖全体中层干部。");
    doc.platform = "PC";
    expect(doc.shownText(doc.paragraphSpan(1))).toBe(P);
  });

  test("the model holds the writer's text, and the cursor's offset counts no mark", async () => {
    const doc = commented();
    const { host, fake } = setup(doc);
    doc.setSelection(1, 10, 1);
    fake.resetStats();
    const { model, cursor } = await host.readContext();
    expect(fake.stats.syncs).toBe(1);
    expect(model.paragraphs[1].text).toBe(P);
    expect(cursor).toMatchObject({ paragraph: 1, offset: 10, length: 1, selectedText: "次" });
  });

  test("a fix after the comment lands on its span, the comment stays on its text", async () => {
    const doc = commented();
    const { host } = setup(doc);
    // The finding as the engine reports it on the writer's text.
    const edit = {
      kind: "replace" as const,
      paragraph: 1,
      offset: 16,
      length: 4,
      expected: P,
      text: "中层以上干部",
    };
    expect(await host.applyEdits([edit])).toEqual({ applied: 1, stale: [] });
    expect(doc.texts()[1]).toBe(P.replace("中层干部", "中层以上干部"));
    expect(doc.commentsAt()[0].text).toBe("廉政谈话");
  });

  test("click-to-locate selects the finding's own text after the mark", async () => {
    const doc = commented();
    const { host } = setup(doc);
    const model = await host.readModel();
    await host.select({ paragraph: 1, offset: 8, length: 3, expected: model.paragraphs[1].text });
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 8, length: 3 });
  });

  test("批注模式 anchors a new comment on the right text of an already commented paragraph", async () => {
    const doc = commented();
    const { host } = setup(doc);
    const r = await host.insertComments([
      { location: { paragraph: 1, offset: 16, length: 4, expected: P }, text: "范围是否准确？" },
    ]);
    expect(r).toEqual({ inserted: 1, stale: [] });
    expect(doc.commentsAt().map((c) => c.text)).toEqual(["廉政谈话", "中层干部"]);
  });
});

describe("click-to-locate by the shortest identifying window", () => {
  test("a footnote reference before the finding: the finding's own span is selected (≤ 2 syncs)", async () => {
    // The footnote reference is the 1 at offset 7; Word's search does not match across it (#4401).
    const text = "依据第三条规定1，全年开展廉政谈话十二次。";
    const doc = new FakeDocument(["一、主要工作", text]);
    doc.addInline("footnote", 1, 7, 1);
    const { host, fake } = setup(doc);
    fake.resetStats();
    await host.select({ paragraph: 1, offset: 16, length: 3, expected: text });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 16, length: 3 });
  });

  test("批注模式 after a footnote reference: the comment is anchored on the finding's text", async () => {
    const text = "依据第三条规定1，全年开展廉政谈话十二次。";
    const doc = new FakeDocument([text]);
    doc.addInline("footnote", 0, 7, 1);
    const { host } = setup(doc);
    const r = await host.insertComments([
      { location: { paragraph: 0, offset: 17, length: 3, expected: text }, text: "写明次数口径。" },
    ]);
    expect(r).toEqual({ inserted: 1, stale: [] });
    expect(doc.commentsAt()[0].text).toBe("十二次");
  });

  test("a footnote before a repeated word: its second occurrence, not the first", async () => {
    const text = "对照检查1，逐项整改，再对照检查。";
    const doc = new FakeDocument([text]);
    doc.addInline("footnote", 0, 4, 1);
    const { host } = setup(doc);
    await host.select({ paragraph: 0, offset: 12, length: 4, expected: text });
    expect(doc.selectionLocation()).toEqual({ paragraph: 0, offset: 12, length: 4 });
  });
});

describe("Word on the web: deleted text in paragraph text (office-js #1267)", () => {
  const RAW = "依据第三条规定，全年开展廉政谈话十二次。";
  const SHOWN = "依据规定，全年开展廉政谈话十二次。";

  function withDeletion(apiVersion = 1.6) {
    const doc = new FakeDocument(["一、主要工作", RAW]);
    doc.platform = "OfficeOnline";
    doc.apiVersion = apiVersion;
    doc.addInline("trackedChange", 1, 2, 3, "Deleted");
    return doc;
  }

  test("the model holds the text without the deletion (≤ 2 syncs; 1 when nothing is deleted)", async () => {
    const doc = withDeletion();
    const { host, fake } = setup(doc);
    fake.resetStats();
    const model = await host.readModel();
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(model.paragraphs.map((p) => p.text)).toEqual(["一、主要工作", SHOWN]);
    const plain = new FakeDocument(["一、主要工作", RAW]);
    plain.platform = "OfficeOnline";
    uninstall();
    const other = setup(plain);
    other.fake.resetStats();
    expect((await other.host.readModel()).paragraphs[1].text).toBe(RAW);
    expect(other.fake.stats.syncs).toBe(1);
  });

  test("a fix after the deletion lands on its span; the deleted text stays", async () => {
    const doc = withDeletion();
    const { host } = setup(doc);
    const edit = {
      kind: "replace" as const,
      paragraph: 1,
      offset: 13,
      length: 3,
      expected: SHOWN,
      text: "12次",
    };
    expect(await host.applyEdits([edit])).toEqual({ applied: 1, stale: [] });
    expect(doc.texts()[1]).toBe(RAW.replace("十二次", "12次"));
  });

  test("a fix whose span crosses the deletion is refused, nothing is written", async () => {
    const doc = withDeletion();
    const { host } = setup(doc);
    await expect(replaceIn(host, 1, "依据规定", "根据规定")).rejects.toMatchObject({ code: "spanUnsafe" });
    expect(doc.texts()[1]).toBe(RAW);
  });

  test("click-to-locate selects the finding's text, after the deleted text", async () => {
    const doc = withDeletion();
    const { host } = setup(doc);
    await host.select({ paragraph: 1, offset: 13, length: 3, expected: SHOWN });
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 16, length: 3 });
  });

  test("the cursor's offset counts no deleted text", async () => {
    const doc = withDeletion();
    const { host } = setup(doc);
    doc.setSelection(1, 16, 0);
    const { cursor } = await host.readContext();
    expect(cursor).toMatchObject({ paragraph: 1, offset: 13 });
  });

  test("two deletions in the paragraph: a fix between them and 批注模式 after them land on their text", async () => {
    const doc = withDeletion();
    doc.addInline("trackedChange", 1, 12, 2, "Deleted"); // 廉政 (raw 12–14)
    const { host } = setup(doc);
    const model = await host.readModel();
    const shown = "依据规定，全年开展谈话十二次。";
    expect(model.paragraphs[1].text).toBe(shown);
    const r = await host.insertComments([
      { location: { paragraph: 1, offset: 11, length: 3, expected: shown }, text: "写明次数口径。" },
    ]);
    expect(r).toEqual({ inserted: 1, stale: [] });
    expect(doc.commentsAt()[0].text).toBe("十二次");
    const edit = {
      kind: "replace" as const,
      paragraph: 1,
      offset: 5,
      length: 2,
      expected: shown,
      text: "共计",
    };
    expect(await host.applyEdits([edit])).toEqual({ applied: 1, stale: [] });
    expect(doc.texts()[1]).toBe("依据第三条规定，共计开展廉政谈话十二次。");
  });

  test("the fingerprint is that of the writer's text", async () => {
    const doc = withDeletion();
    const { host } = setup(doc);
    expect(await host.fingerprint()).toBe(fingerprintTexts(["一、主要工作", SHOWN]));
  });

  test("without WordApi 1.6 deleted text cannot be located: replacements are refused, never misplaced", async () => {
    const doc = withDeletion(1.5);
    const { host } = setup(doc);
    await expect(replaceIn(host, 1, "十二次", "12次")).rejects.toMatchObject({ code: "spanUnsafe" });
    expect(doc.texts()[1]).toBe(RAW);
    // Click-to-locate then selects the finding's paragraph rather than a guessed span.
    await host.select({ paragraph: 1, offset: 16, length: 3, expected: RAW });
    expect(doc.selectionLocation()).toEqual({ paragraph: 1, offset: 0, length: RAW.length });
  });
});

describe("a fix on a finding commented in 批注模式", () => {
  const P = "全年召开党组会议XX次，专题研究党风廉政建设。";
  const edit = { kind: "replace" as const, paragraph: 0, offset: 8, length: 2, expected: P, text: "12" };

  async function commentedByAddin() {
    const doc = new FakeDocument([P, "对照检查，逐项整改。"]);
    const { host, fake } = setup(doc);
    await host.insertComments([
      { location: { paragraph: 0, offset: 8, length: 2, expected: P }, text: "占位符尚未填写。" },
      { location: { paragraph: 1, offset: 0, length: 4, expected: "对照检查，逐项整改。" }, text: "另一处" },
    ]);
    return { doc, host, fake };
  }

  test("touching only the add-in's own comment: applied, that comment resolved in the same batch", async () => {
    const { doc, host, fake } = await commentedByAddin();
    fake.resetStats();
    expect(await host.applyEdits([edit])).toEqual({ applied: 1, stale: [] });
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(doc.texts()[0]).toBe("全年召开党组会议12次，专题研究党风廉政建设。");
    expect(doc.commentsAt().map((c) => c.text)).toEqual(["对照检查"]);
  });

  test("a writer's comment on the span still refuses the fix; nothing is written or removed", async () => {
    const { doc, host } = await commentedByAddin();
    const start = doc.starts()[0] + 8;
    doc.addComment({ start, end: start + 2 }, "这里要写实数。", "审核人");
    await expect(host.applyEdits([edit])).rejects.toMatchObject({ code: "spanUnsafe" });
    expect(doc.texts()[0]).toBe(P);
    expect(doc.comments).toHaveLength(3);
  });

  test("a writer's comment alone on the span refuses the fix", async () => {
    const doc = new FakeDocument([P]);
    const { host } = setup(doc);
    doc.addComment({ start: 8, end: 10 }, "请核实次数。", "审核人");
    await expect(host.applyEdits([edit])).rejects.toMatchObject({ code: "spanUnsafe" });
    expect(doc.texts()[0]).toBe(P);
    expect(doc.comments).toHaveLength(1);
  });
});

describe("change events that never come (office-js #5400, #3864)", () => {
  const LINES = ["一、主要工作", "全年开展廉政谈话十二次。", "二、存在的问题", "个别同志学习不够深入。"];

  async function subscribed(prepare: (doc: FakeDocument) => void) {
    const doc = new FakeDocument(LINES);
    prepare(doc);
    const { host, fake } = setup(doc);
    const listener = jest.fn();
    host.onParagraphsChanged!(listener);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    return { doc, host, fake, listener };
  }

  test("an ordinary document: the deletion is announced", async () => {
    const { fake, listener } = await subscribed(() => undefined);
    fake.userDeleteParagraph(1);
    expect(listener).toHaveBeenCalled();
  });

  test.each([
    ["a long document", (doc: FakeDocument) => void (doc.largeDocument = true)],
    ["track changes on", (doc: FakeDocument) => void (doc.changeTrackingMode = "TrackAll")],
  ])("%s: no event, but the fingerprint (one sync) tells the document changed", async (_, prepare) => {
    const { host, fake, listener } = await subscribed(prepare);
    const model = await host.readModel();
    fake.resetStats();
    expect(await host.fingerprint()).toBe(fingerprintOf(model));
    expect(fake.stats.syncs).toBe(1);
    fake.userDeleteParagraph(1);
    expect(listener).not.toHaveBeenCalled();
    expect(await host.fingerprint()).not.toBe(fingerprintOf(model));
    expect(await host.fingerprint()).toBe(fingerprintOf(await host.readModel()));
  });

  test("the fingerprint is the writer's text's: a Mac comment mark does not change it", async () => {
    const doc = new FakeDocument(LINES);
    doc.platform = "Mac";
    doc.addComment({ start: doc.starts()[1], end: doc.starts()[1] + 4 }, "请核实。", "审核人");
    const { host } = setup(doc);
    expect(await host.fingerprint()).toBe(fingerprintTexts(LINES));
  });
});

describe("一键排版 on Mac in a commented paragraph", () => {
  test("the paragraph is laid out, not skipped as changed because of the comment mark", async () => {
    const { layoutPlan } = await import("../../src/core/layout-plan");
    const { buildOutline } = await import("../../src/core/outline");
    const { STANDARD_PROFILE } = await import("../../src/genre/layout-profile-data");
    const doc = new FakeDocument(["一、主要工作", "全年开展廉政谈话十二次。"]);
    doc.platform = "Mac";
    doc.addComment({ start: doc.starts()[1], end: doc.starts()[1] + 4 }, "请核实。", "审核人");
    const { host } = setup(doc);
    const model = await host.readModel();
    const result = await host.applyLayout(layoutPlan(model, buildOutline(model), STANDARD_PROFILE));
    expect(result.stale).toEqual([]);
    expect(result.applied).toBeGreaterThan(0);
  });
});
