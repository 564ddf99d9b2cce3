/**
 * 批注模式 and 以修订方式修正 in the WPS host (src/host/wps/review.ts) against the fake WPS: the comment's author
 * and mark, spans, which comments are removed, TrackRevisions put back (also on failure), read-only, call counts.
 */
import { WpsHost } from "../../src/host/wps/host";
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { isOwnComment } from "../../src/host/wps/review";
import { mapStorage } from "../../src/host/word-storage";
import { setLocale } from "../../src/i18n";
import { FakeWpsDocument } from "./fake-wps";

const P0 = "全年召开专题会议XX次，研究部署党风廉政建设工作。";
const P1 = "对照检查，查找问题，逐项整改，对照检查。";

function setup(paragraphs: string[]) {
  const doc = new FakeWpsDocument(paragraphs);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  const anchors = () => doc.comments.map((c) => doc.story.slice(c.start, c.end));
  return { doc, host, anchors };
}

beforeEach(() => setLocale("zh-CN"));
afterAll(() => setLocale("zh-CN"));

describe("WPS comments", () => {
  test("each on its exact span, author 廉政报告助手, text opening with the add-in's mark", async () => {
    const { doc, host, anchors } = setup([P0, P1, ""]);
    const r = await host.insertComments([
      { location: { paragraph: 0, offset: 8, length: 2, expected: P0 }, text: "占位符“XX”尚未填写。" },
      // the second 对照检查, not the first
      { location: { paragraph: 1, offset: 15, length: 4, expected: P1 }, text: "重复" },
      // an insertion point: the character before it
      { location: { paragraph: 0, offset: P0.length, length: 0, expected: P0 }, text: "段末" },
      // the empty paragraph has no character to anchor on: a collapsed comment there
      { location: { paragraph: 2, offset: 0, length: 0, expected: "" }, text: "空段" },
    ]);
    expect(r).toEqual({ inserted: 4, stale: [] });
    expect(anchors()).toEqual(["XX", "对照检查", "。", ""]);
    expect(doc.comments[1].start).toBe(doc.starts()[1] + 15);
    expect(doc.comments.map((c) => c.author)).toEqual(Array(4).fill("廉政报告助手"));
    expect(doc.comments[0].text).toBe("〔廉政报告助手〕 占位符“XX”尚未填写。");
    expect(doc.texts()).toEqual([P0, P1, ""]);
  });

  test("out of range, changed or past the end: stale, nothing anchored", async () => {
    const { doc, host } = setup([P0]);
    const r = await host.insertComments([
      { location: { paragraph: 3, offset: 0, length: 1 }, text: "a" },
      { location: { paragraph: 0, offset: 0, length: 1, expected: "别的" }, text: "b" },
      { location: { paragraph: 0, offset: P0.length - 1, length: 2, expected: P0 }, text: "c" },
      { location: { paragraph: 0, offset: 0, length: 2, expected: P0 }, text: "d" },
    ]);
    expect(r).toEqual({ inserted: 1, stale: [0, 1, 2] });
    expect(doc.comments).toHaveLength(1);
  });

  test("remove: the add-in's by author (either language) or by the Word mark; the writer's stay", async () => {
    const { doc, host } = setup([P0, P1]);
    await host.insertComments([
      { location: { paragraph: 0, offset: 0, length: 2, expected: P0 }, text: "中文" },
    ]);
    setLocale("en-US");
    await host.insertComments([
      { location: { paragraph: 1, offset: 0, length: 2, expected: P1 }, text: "English" },
    ]);
    expect(doc.comments.map((c) => c.author)).toEqual(["廉政报告助手", "Lianzheng Writer"]);
    // inserted in Word (author = the Word user), opened in WPS
    doc.comments.push({ start: 3, end: 5, text: "〔廉政报告助手〕 来自 Word", author: "李四", initial: "L" });
    // the writer's own, even one that mentions the add-in further on
    doc.comments.push({
      start: 6,
      end: 8,
      text: "请核对。廉政报告助手提示有误",
      author: "张三",
      initial: "Z",
    });
    expect(await host.removeComments()).toBe(3);
    expect(doc.comments.map((c) => c.author)).toEqual(["张三"]);
    expect(isOwnComment("张三", "[Lianzheng Writer] x")).toBe(true);
    expect(isOwnComment("张三", "x")).toBe(false);
  });

  test("anchors move with later edits; a read-only document refuses with readOnly", async () => {
    const { doc, host, anchors } = setup([P0, P1]);
    await host.insertComments([
      { location: { paragraph: 1, offset: 5, length: 4, expected: P1 }, text: "x" },
    ]);
    await host.applyEdits([
      { kind: "replace", paragraph: 0, offset: 0, length: 2, text: "本年度", expected: P0 },
    ]);
    expect(anchors()).toEqual(["查找问题"]);
    doc.readOnly = true;
    await expect(
      host.insertComments([{ location: { paragraph: 0, offset: 0, length: 1 }, text: "x" }]),
    ).rejects.toMatchObject({ code: "readOnly" });
    await expect(host.removeComments()).rejects.toMatchObject({ code: "readOnly" });
  });

  test("500 comments: one paragraph read per paragraph, a handful of calls per comment", async () => {
    const paras = Array.from({ length: 100 }, (_, i) => `第${i}段：对照检查，查找问题，对照检查，逐项整改。`);
    const { doc, host } = setup(paras);
    const comments = Array.from({ length: 500 }, (_, i) => {
      const p = i % 100;
      return {
        location: { paragraph: p, offset: 4 + (i % 5), length: 2, expected: paras[p] },
        text: `批注${i}`,
      };
    });
    doc.stats.gets = 0;
    doc.stats.sets = 0;
    const r = await host.insertComments(comments);
    expect(r.inserted).toBe(500);
    const calls = doc.stats.gets + doc.stats.sets;
    // per paragraph: Item, Range, Start, Text; per comment: Range, Add, Author
    expect(calls).toBeLessThanOrEqual(100 * 5 + 500 * 4 + 10);
    doc.stats.gets = 0;
    expect(await host.removeComments()).toBe(500);
    expect(doc.stats.gets).toBeLessThanOrEqual(500 * 6 + 10);
  });
});

describe("WPS tracked fixes", () => {
  test("TrackRevisions on for the batch only: the fix is a revision, the writer's off is put back", async () => {
    const { doc, host } = setup([P0, P1]);
    const r = await host.applyEditsTracked([
      { kind: "replace", paragraph: 0, offset: 8, length: 2, text: "12", expected: P0 },
    ]);
    expect(r).toEqual({ applied: 1, stale: [] });
    expect(doc.revisions).toEqual([{ start: 8, deleted: "XX", inserted: "12" }]);
    expect(doc.trackRevisions).toBe(false);
    await host.applyEdits([
      { kind: "replace", paragraph: 1, offset: 0, length: 2, text: "对标", expected: P1 },
    ]);
    expect(doc.revisions).toHaveLength(1); // an ordinary fix is not tracked
  });

  test("the writer's 修订 on stays on", async () => {
    const { doc, host } = setup([P0]);
    doc.trackRevisions = true;
    await host.applyEditsTracked([
      { kind: "replace", paragraph: 0, offset: 0, length: 2, text: "本年", expected: P0 },
    ]);
    expect(doc.trackRevisions).toBe(true);
    expect(doc.revisions).toHaveLength(1);
  });

  test("the mode is put back when the batch fails; a read-only document is not touched", async () => {
    const { doc, host } = setup([P0]);
    host.applyEdits = () => Promise.reject(new Error("WPS 内部错误"));
    await expect(
      host.applyEditsTracked([
        { kind: "replace", paragraph: 0, offset: 0, length: 2, text: "本年", expected: P0 },
      ]),
    ).rejects.toMatchObject({ code: "api" });
    expect(doc.trackRevisions).toBe(false);
    const ro = setup([P0]);
    ro.doc.readOnly = true;
    await expect(
      ro.host.applyEditsTracked([
        { kind: "replace", paragraph: 0, offset: 0, length: 2, text: "本年", expected: P0 },
      ]),
    ).rejects.toMatchObject({ code: "readOnly" });
    expect(ro.doc.trackRevisions).toBe(false);
  });
});
