/** 批注模式 and 以修订方式修正 (issue 13) against the fake Word. */
import { FakeDocument, installFakeOffice, type FakeOffice } from "./fake-word";
import { WordHost } from "../../src/host/word";
import { mapStorage } from "../../src/host/word-storage";
import { isOwnComment, markedComment } from "../../src/host/word-comments";
import { setLocale } from "../../src/i18n";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());
beforeEach(() => setLocale("zh-CN"));

function setup(paragraphs: ConstructorParameters<typeof FakeDocument>[0], apiVersion = 1.6) {
  const doc = new FakeDocument(paragraphs);
  doc.apiVersion = apiVersion;
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  const host = new WordHost({ userStorage: mapStorage() });
  return { doc, fake: installed.fake as FakeOffice, host };
}

const P0 = "全年召开党组会议XX次，专题研究党风廉政建设。";
const P1 = "对照检查，查找问题，逐项整改，对照检查。";

describe("comments (WordApi 1.4)", () => {
  test("anchored on the exact spans, marked as the add-in's, in one pass", async () => {
    const { doc, host } = setup([P0, P1, ""]);
    expect(host.capabilities.review).toBe(true);
    const r = await host.insertComments([
      { location: { paragraph: 0, offset: 8, length: 2, expected: P0 }, text: "占位符“XX”尚未填写。" },
      // the second 对照检查 (the first match of a search would be wrong)
      { location: { paragraph: 1, offset: 15, length: 4, expected: P1 }, text: "重复" },
      { location: { paragraph: 1, offset: 0, length: P1.length, expected: P1 }, text: "整段" },
      // an insertion point: the character before it
      { location: { paragraph: 0, offset: P0.length, length: 0, expected: P0 }, text: "段末" },
    ]);
    expect(r).toEqual({ inserted: 4, stale: [] });
    const at = doc.commentsAt();
    expect(at.map((c) => c.text)).toEqual(["XX", "对照检查", P1, "。"]);
    expect(at[0].content).toBe("〔廉政报告助手〕 占位符“XX”尚未填写。");
    expect(doc.starts()[1] + 15).toBe(doc.comments[1].span.start);
    for (const c of at) expect(isOwnComment(c.content)).toBe(true);
    expect(doc.texts()).toEqual([P0, P1, ""]);
  });

  test("500 comments in at most 3 syncs", async () => {
    const paras = Array.from({ length: 100 }, (_, i) => `第${i}段：对照检查，查找问题，对照检查，逐项整改。`);
    const { doc, host, fake } = setup(paras);
    const comments = Array.from({ length: 500 }, (_, i) => {
      const p = i % 100;
      const text = paras[p];
      const offset = i % 5 === 0 ? text.lastIndexOf("对照检查") : text.indexOf("查找问题") + (i % 3);
      return { location: { paragraph: p, offset, length: 2, expected: text }, text: `批注${i}` };
    });
    const before = fake.stats.syncs;
    const r = await host.insertComments(comments);
    expect(r.inserted).toBe(500);
    expect(fake.stats.syncs - before).toBeLessThanOrEqual(3);
    expect(doc.comments).toHaveLength(500);
    const at = doc.commentsAt();
    comments.forEach((c, i) =>
      expect(at[i].text).toBe(paras[c.location.paragraph].slice(c.location.offset, c.location.offset + 2)),
    );
  });

  test("a changed paragraph's comments are skipped as stale", async () => {
    const { doc, host } = setup([P0, P1]);
    const r = await host.insertComments([
      { location: { paragraph: 0, offset: 8, length: 2, expected: "别的文字" }, text: "甲" },
      { location: { paragraph: 1, offset: 0, length: 4, expected: P1 }, text: "乙" },
      { location: { paragraph: 5, offset: 0, length: 1 }, text: "丙" },
    ]);
    expect(r).toEqual({ inserted: 1, stale: [0, 2] });
    expect(doc.commentsAt().map((c) => c.text)).toEqual(["对照检查"]);
  });

  test("removing takes the add-in's comments away and leaves the writer's", async () => {
    const { doc, host, fake } = setup([P0, P1]);
    doc.addComment(doc.paragraphSpan(1), "请再核实", "审核人");
    doc.addComment(doc.paragraphSpan(0), `${markedComment("x").slice(0, 3)}不是助手的`, "作者");
    await host.insertComments([
      { location: { paragraph: 0, offset: 0, length: 2, expected: P0 }, text: "甲" },
    ]);
    setLocale("en-US");
    await host.insertComments([
      { location: { paragraph: 1, offset: 0, length: 2, expected: P1 }, text: "B" },
    ]);
    expect(doc.comments).toHaveLength(4);
    const before = fake.stats.syncs;
    expect(await host.removeComments()).toBe(2);
    expect(fake.stats.syncs - before).toBe(2);
    expect(doc.comments.map((c) => c.content)).toEqual(["请再核实", "〔廉政不是助手的"]);
    expect(await host.removeComments()).toBe(0);
  });
});

describe("tracked changes (WordApi 1.4)", () => {
  test("a fix is applied with tracking on and the writer's mode restored", async () => {
    const { doc, host } = setup([P0]);
    expect(doc.changeTrackingMode).toBe("Off");
    const r = await host.applyEditsTracked([
      { kind: "replace", paragraph: 0, offset: 8, length: 2, text: "12", expected: P0 },
    ]);
    expect(r).toEqual({ applied: 1, stale: [] });
    expect(doc.texts()[0]).toBe("全年召开党组会议12次，专题研究党风廉政建设。");
    expect(doc.trackedEdits).toBeGreaterThan(0);
    expect(doc.changeTrackingMode).toBe("Off");
  });

  test("the writer's own mode (TrackMineOnly) comes back, also when the fix fails", async () => {
    const { doc, host, fake } = setup([P0]);
    doc.changeTrackingMode = "TrackMineOnly";
    await host.applyEditsTracked([
      { kind: "replace", paragraph: 0, offset: 0, length: 2, text: "本年", expected: P0 },
    ]);
    expect(doc.changeTrackingMode).toBe("TrackMineOnly");
    let seen = "";
    host.applyEdits = () => {
      seen = doc.changeTrackingMode;
      return Promise.reject(new Error("broken"));
    };
    await expect(host.applyEditsTracked([])).rejects.toThrow("broken");
    expect(seen).toBe("TrackAll");
    expect(doc.changeTrackingMode).toBe("TrackMineOnly");
    expect(fake.stats.syncs).toBeGreaterThan(0);
  });

  test("already tracking: left on, no extra sync to restore", async () => {
    const { doc, host } = setup([P0]);
    doc.changeTrackingMode = "TrackAll";
    await host.applyEditsTracked([
      { kind: "replace", paragraph: 0, offset: 0, length: 2, text: "本年", expected: P0 },
    ]);
    expect(doc.changeTrackingMode).toBe("TrackAll");
    expect(doc.trackedEdits).toBeGreaterThan(0);
  });
});

describe("hosts without WordApi 1.4", () => {
  test("report review as unsupported", () => {
    const { host } = setup([P0], 1.3);
    expect(host.capabilities.review).toBe(false);
  });
  test("the fake refuses insertComment and changeTrackingMode below 1.4", async () => {
    const { host } = setup([P0], 1.3);
    await expect(
      host.insertComments([{ location: { paragraph: 0, offset: 0, length: 2, expected: P0 }, text: "甲" }]),
    ).rejects.toBeTruthy();
    await expect(host.applyEditsTracked([])).rejects.toBeTruthy();
  });
});
