/**
 * 一键排版 and 撤销排版 in the WPS host (src/host/wps/layout*.ts) against the fake WPS: East Asian and Latin fonts,
 * exact line spacing, character-unit indents, heading styles, run-in heading sentences by range, the writer's
 * bold kept, page setup and "— 1 —" footers (odd right, even left; a writer's footer kept), the snapshot in
 * the document's variables (a new pane undoes), stale paragraphs, a failure half-way, and the cost of a
 * 2,000-paragraph document.
 */
import { WpsHost } from "../../src/host/wps/host";
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { loadSnapshot, textHash } from "../../src/host/wps/layout-store";
import { LAYOUT_UNDO_KEY } from "../../src/host/host";
import { VARIABLE_LIMIT } from "../../src/host/wps/settings";
import { mapStorage } from "../../src/host/word-storage";
import { layoutPlan } from "../../src/core/layout-plan";
import { buildOutline } from "../../src/core/outline";
import { mmToPt } from "../../src/core/layout";
import { STANDARD_PROFILE } from "../../src/genre/layout-profile-data";
import { check } from "../../src/core/check";
import { FakeWpsDocument, renderFooter, type FakeWpsParagraphInput } from "./fake-wps";

function setup(paragraphs: (string | FakeWpsParagraphInput)[]) {
  const doc = new FakeWpsDocument(paragraphs);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  return { doc, host };
}

async function planFor(host: WpsHost) {
  const model = await host.readModel();
  return layoutPlan(model, buildOutline(model), STANDARD_PROFILE);
}

const REPORT = [
  "关于2025年度履行党风廉政建设主体责任情况的报告",
  "一、主要工作",
  "（一）压实责任链条。年初召开专题会议，逐级签订责任书。",
  "全年开展谈心谈话32人次，发现苗头性问题及时提醒。",
  "二、存在的不足",
  "个别同志对廉政风险点认识不够。",
];

describe("WPS 一键排版: paragraphs", () => {
  test("fonts apart (East Asian 仿宋_GB2312, Latin Times New Roman), size, exact spacing, indent, style", async () => {
    const { doc, host } = setup(REPORT);
    const r = await host.applyLayout(await planFor(host));
    expect(r).toMatchObject({ stale: [], spansSkipped: 0, notSet: [] });
    const body = doc.facts[3];
    expect(body).toMatchObject({
      fontName: "仿宋_GB2312",
      fontNameAscii: "Times New Roman",
      fontSize: 16,
      lineSpacingRule: 4,
      lineSpacing: 28.95,
      firstLineIndent: 32,
      alignment: 3,
    });
    expect(doc.facts[0]).toMatchObject({ fontName: "方正小标宋简体", alignment: 1, style: "标题" });
    expect(doc.facts[1]).toMatchObject({ fontName: "黑体", style: "标题 1", outlineLevel: 1 });
    expect(doc.texts()).toEqual(REPORT);
    // readModel tells the two fonts apart, so the checker's layout rules see the Latin one
    const model = await host.readModel();
    expect(model.paragraphs[3]).toMatchObject({ fontName: "仿宋_GB2312", fontNameAscii: "Times New Roman" });
  });

  test("the checker's layout rules read WPS's formats: findings before 排版, none after", async () => {
    const { host } = setup(REPORT);
    const layoutRules = async () =>
      check(await host.readModel())
        .findings.filter((f) => f.rule.startsWith("layout-"))
        .map((f) => f.rule);
    expect(await layoutRules()).not.toEqual([]);
    await host.applyLayout(await planFor(host));
    expect(await layoutRules()).toEqual([]);
  });

  test("a run-in heading: its sentence gets the level's font by range, the rest stays body", async () => {
    const { doc, host } = setup(REPORT);
    await host.applyLayout(await planFor(host));
    const start = doc.starts()[2];
    const sentence = "（一）压实责任链条。".length;
    expect(doc.charValue(start, start + sentence, "fontName")).toBe("楷体_GB2312");
    expect(doc.charValue(start + sentence, doc.starts()[3] - 1, "fontName")).toBe("仿宋_GB2312");
    expect(doc.charValue(start, doc.starts()[3] - 1, "fontName")).toBeUndefined(); // mixed, as WPS reads ""
    // a second 排版 finds it done
    expect((await planFor(host)).paragraphs).toEqual([]);
  });

  test("the writer's bold inside a body paragraph survives; a character-unit indent is replaced, and undone", async () => {
    const { doc, host } = setup([
      ...REPORT.slice(0, 5),
      { text: REPORT[5], charFirstLineIndent: 2, fontSize: 12 },
    ]);
    const s = doc.starts()[3];
    doc.setChars(s + 6, s + 8, { bold: true }); // "32"
    const heading = { sb: 0, sa: 0 };
    doc.facts[1].spaceBefore = 17;
    doc.facts[1].spaceAfter = 16.5;
    await host.applyLayout(await planFor(host));
    expect(doc.charValue(s + 6, s + 8, "bold")).toBe(true);
    expect(doc.charValue(s, s + 6, "bold")).toBe(false);
    expect(doc.facts[5]).toMatchObject({ charFirstLineIndent: 0, firstLineIndent: 32 });
    expect(doc.facts[1]).toMatchObject({ spaceBefore: heading.sb, spaceAfter: heading.sa });
    await host.undoLayout();
    expect(doc.facts[5]).toMatchObject({ charFirstLineIndent: 2, fontSize: 12 });
    expect(doc.facts[1]).toMatchObject({ spaceBefore: 17, spaceAfter: 16.5, style: "正文" });
  });

  test("a paragraph changed after the reading is stale and untouched; undo skips what changed since", async () => {
    const { doc, host } = setup(REPORT);
    const plan = await planFor(host);
    const s = doc.starts()[5];
    doc.replace(s, s + 2, "少数");
    const r = await host.applyLayout(plan);
    const i = plan.paragraphs.findIndex((e) => e.paragraph === 5);
    expect(r.stale).toEqual([i]);
    expect(doc.facts[5].fontName).toBe("宋体");
    const t = doc.starts()[4];
    doc.replace(t, t + 1, "三");
    const undone = await host.undoLayout();
    expect(undone).toEqual({ restored: plan.paragraphs.length - 2 + plan.spans.length, skipped: 1 });
    expect(doc.facts[4].fontName).toBe("黑体");
    expect(doc.facts[3].fontName).toBe("宋体");
  });

  test("a read-only document: readOnly, nothing written", async () => {
    const { doc, host } = setup(REPORT);
    const plan = await planFor(host);
    doc.readOnly = true;
    await expect(host.applyLayout(plan)).rejects.toMatchObject({ code: "readOnly" });
    expect(doc.facts[3].fontName).toBe("宋体");
  });

  test("a failure half-way: what was written is in the snapshot and undo puts it back", async () => {
    const { doc, host } = setup(REPORT);
    const plan = await planFor(host);
    const real = doc.setChars.bind(doc);
    let n = 0;
    doc.setChars = (a, b, f) => {
      if (++n === 9) throw new Error("WPS 内部错误");
      real(a, b, f);
    };
    await expect(host.applyLayout(plan)).rejects.toMatchObject({ code: "api" });
    doc.setChars = real;
    expect(doc.facts[0].fontName).toBe("方正小标宋简体");
    const undone = await host.undoLayout();
    expect(undone?.restored).toBeGreaterThan(0);
    expect(doc.facts.map((f) => f.fontName)).toEqual(Array(REPORT.length).fill("宋体"));
  });
});

describe("WPS 一键排版: the page", () => {
  test("A4, margins 37/35/28/26 mm, — 1 — with a PAGE field: odd pages right, even left", async () => {
    const { doc, host } = setup(REPORT);
    await host.applyLayout(await planFor(host));
    const s = doc.sections[0];
    expect(s.paperSize).toBe(7);
    expect([s.topMargin, s.bottomMargin, s.leftMargin, s.rightMargin]).toEqual([37, 35, 28, 26].map(mmToPt));
    expect(s.oddAndEven).toBe(-1);
    expect(renderFooter(s.footers[1], "{PAGE}")).toBe("— {PAGE} —");
    expect(s.footers[1]).toMatchObject({ alignment: 2, fontName: "宋体", fontSize: 14 });
    expect(s.footers[1].fields).toEqual([{ at: 2, type: 33 }]);
    expect(renderFooter(s.footers[3], "{PAGE}")).toBe("— {PAGE} —");
    expect(s.footers[3].alignment).toBe(0);
    // again: the footers are the add-in's already and stay as they are
    await host.applyLayout(await planFor(host));
    expect(s.footers[1].fields).toHaveLength(1);
    expect(renderFooter(s.footers[1])).toBe("— 1 —");
  });

  test("a writer's own footer is kept (said), and odd/even footers are not switched on", async () => {
    const { doc, host } = setup(REPORT);
    doc.sections[0].footers[1].text = "某某县纪委监委印发";
    const r = await host.applyLayout(await planFor(host));
    expect(r.notSet).toEqual(["footerKept"]);
    expect(doc.sections[0].footers[1].text).toBe("某某县纪委监委印发");
    expect(doc.sections[0].oddAndEven).toBe(0);
    expect(doc.sections[0].paperSize).toBe(7);
  });

  test("a build without odd and even footers: the number on every page, right; said", async () => {
    const { doc, host } = setup(REPORT);
    doc.oddEvenFooters = false;
    const r = await host.applyLayout(await planFor(host));
    expect(r.notSet).toEqual(["oddEvenFooters"]);
    expect(renderFooter(doc.sections[0].footers[1])).toBe("— 1 —");
    expect(doc.sections[0].footers[3].text).toBe("");
  });

  test("a footer where the PAGE field cannot be added: left empty, the page number said as not set", async () => {
    const { doc, host } = setup(REPORT);
    doc.footerFieldsFail = true;
    const r = await host.applyLayout(await planFor(host));
    expect(r.notSet).toEqual(["pageNumbers"]);
    expect(doc.sections[0].footers[1].text).toBe("");
    expect(doc.sections[0].oddAndEven).toBe(0);
    expect(doc.sections[0].paperSize).toBe(7);
    expect(doc.facts[3].fontName).toBe("仿宋_GB2312");
  });

  test("every section; undo gives back paper, margins, odd/even and empties the footers it wrote", async () => {
    const { doc, host } = setup(REPORT);
    doc.sections.push({
      ...doc.sections[0],
      paperSize: 9,
      footers: { 1: { ...doc.sections[0].footers[1] }, 3: { ...doc.sections[0].footers[3] } },
    });
    const before = JSON.stringify(doc.sections);
    await host.applyLayout(await planFor(host));
    expect(doc.sections.map((s) => s.paperSize)).toEqual([7, 7]);
    await host.undoLayout();
    expect(JSON.stringify(doc.sections)).toBe(before);
  });
});

describe("WPS 撤销排版: the snapshot", () => {
  test("kept in document variables, in parts under the limit; a new pane (host) undoes from them", async () => {
    const lines = Array.from({ length: 600 }, (_, i) =>
      i % 20 === 0
        ? `${"一二三四五六七八九十"[(i / 20) % 10]}、第${i}段的标题`
        : `这是第${i}段正文，全年开展廉政教育${i}次。`,
    );
    const { doc, host } = setup(lines);
    await host.applyLayout(await planFor(host));
    const names = doc.variables.map((v) => v.name);
    expect(names).toContain(`lianzheng:${LAYOUT_UNDO_KEY}`);
    for (const v of doc.variables) expect(v.value.length).toBeLessThanOrEqual(VARIABLE_LIMIT);
    // the text is not copied into the variables, only a hash of it
    expect(doc.variables.some((v) => v.value.includes("全年开展廉政教育"))).toBe(false);
    const again = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
    const snap = loadSnapshot(again.documentSettings);
    expect(snap?.paragraphs[1]).toEqual([1, textHash(lines[1]), expect.any(Number)]);
    expect(snap!.formats.length).toBeLessThan(10);
    const undone = await again.undoLayout();
    expect(undone).toEqual({ restored: snap!.paragraphs.length + snap!.spans.length, skipped: 0 });
    expect(doc.facts.every((f) => f.fontName === "宋体" && f.lineSpacingRule === 0)).toBe(true);
    expect(doc.variables).toEqual([]);
    expect(await again.undoLayout()).toBeNull();
  });

  test("a snapshot too large for one variable is split into parts and read back whole", async () => {
    const { saveSnapshot } = await import("../../src/host/wps/layout-store");
    const store = setup(["甲"]).host.documentSettings;
    const big = {
      version: 1 as const,
      host: "wps" as const,
      formats: [{ al: 0, fi: 0, li: 0, ls: 12, lr: 0, font: { fe: "宋体" } }],
      paragraphs: Array.from({ length: 9000 }, (_, i): [number, string, number] => [
        i,
        textHash(`第${i}段`),
        0,
      ]),
      spans: [],
      pages: [],
    };
    await saveSnapshot(store, big);
    expect(store.get<{ parts: number }>(LAYOUT_UNDO_KEY)!.parts).toBeGreaterThan(2);
    expect(loadSnapshot(store)).toEqual(big);
    await saveSnapshot(store, { ...big, paragraphs: big.paragraphs.slice(0, 10) });
    expect(store.get<{ parts: number }>(LAYOUT_UNDO_KEY)!.parts).toBe(1);
    expect(store.get(`${LAYOUT_UNDO_KEY}.2`)).toBeUndefined();
  });
});

describe("WPS 一键排版: cost (2,000 paragraphs in the fake)", () => {
  test("object-model calls per paragraph bounded; apply and undo time printed", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      i % 10 === 0
        ? `（${"一二三四五六七八九"[(i / 10) % 9]}）第${i}段标题。后面是正文。`
        : `这是第${i}段正文，用来测量排版的开销。`,
    );
    const { doc, host } = setup(lines);
    const plan = await planFor(host);
    doc.stats.gets = 0;
    doc.stats.sets = 0;
    let t0 = performance.now();
    const r = await host.applyLayout(plan);
    const applyMs = performance.now() - t0;
    const applyCalls = doc.stats.gets + doc.stats.sets;
    expect(r.applied).toBe(2000);
    doc.stats.gets = 0;
    doc.stats.sets = 0;
    t0 = performance.now();
    await host.undoLayout();
    const undoMs = performance.now() - t0;
    const undoCalls = doc.stats.gets + doc.stats.sets;
    console.log(
      `WPS 排版 of 2,000 paragraphs (${plan.spans.length} run-in sentences): apply ${applyCalls} calls, ${applyMs.toFixed(0)} ms; undo ${undoCalls} calls, ${undoMs.toFixed(0)} ms`,
    );
    expect(applyCalls).toBeLessThanOrEqual(2000 * 40);
    expect(undoCalls).toBeLessThanOrEqual(2000 * 30);
  });
});
