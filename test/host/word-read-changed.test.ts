/**
 * After a fix the pane reads only what changed (issue 11, item 8): readParagraphs re-reads the
 * paragraphs the fix touched, and any other whose text differs, in ≤ 2 syncs, and the model it returns
 * equals a whole read.
 */
import { FakeDocument, installFakeOffice } from "./fake-word";
import { WordHost } from "../../src/host/word";
import { mapStorage } from "../../src/host/word-storage";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function setup(doc: FakeDocument) {
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  return { host: new WordHost({ userStorage: mapStorage() }), fake: installed.fake };
}

const PARAGRAPHS = Array.from({ length: 200 }, (_, i) =>
  i % 20 === 0 ? `${"一二三四五六七八九十"[i / 20]}、第${i / 20 + 1}部分` : `第${i}段正文，落实监督责任。`,
);

describe("readParagraphs", () => {
  test("after a fix: the fixed paragraph re-read with its facts, the model equals a whole read, ≤ 2 syncs", async () => {
    const doc = new FakeDocument(PARAGRAPHS);
    const { host, fake } = setup(doc);
    const before = await host.readModel();
    await host.applyEdits([
      { kind: "replace", paragraph: 5, offset: 0, length: 2, expected: PARAGRAPHS[5], text: "其" },
      { kind: "format", paragraph: 7, expected: PARAGRAPHS[7], format: { bold: true } },
    ]);
    fake.resetStats();
    const after = await host.readParagraphs(before, [5, 7]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    // One collection load of the texts and one full load per changed paragraph, not 200.
    expect(fake.stats.loads).toBe(3);
    expect(after.paragraphs[5].text).toBe("其段正文，落实监督责任。");
    expect(after.paragraphs[7].bold).toBe(true);
    expect(after).toEqual(await host.readModel());
  });

  test("a paragraph the writer changed meanwhile is re-read too", async () => {
    const doc = new FakeDocument(PARAGRAPHS);
    const { host } = setup(doc);
    const before = await host.readModel();
    doc.userSetText(30, "新写的一段。");
    const after = await host.readParagraphs(before, []);
    expect(after.paragraphs[30].text).toBe("新写的一段。");
    expect(after).toEqual(await host.readModel());
  });

  test("a paragraph added or removed: the whole model is read", async () => {
    const doc = new FakeDocument(PARAGRAPHS.slice(0, 10));
    const { host } = setup(doc);
    const before = await host.readModel();
    await host.applyEdits([
      {
        kind: "insertParagraphs",
        paragraph: 3,
        position: "after",
        expected: PARAGRAPHS[3],
        paragraphs: [{ text: "插入的一段。", role: "body" }],
      },
    ]);
    const after = await host.readParagraphs(before, [3]);
    expect(after.paragraphs).toHaveLength(11);
    expect(after).toEqual(await host.readModel());
  });
});
