/**
 * 一键排版 and 撤销排版 in Word (src/host/word-layout.ts) against the fake Word playing desktop, Mac and
 * web: sync budgets, fixed line spacing (office-js #2296/#3203), East Asian and Latin fonts, run-in
 * headings by range, the writer's character formatting kept, list numbering kept, page setup and page
 * numbers per host, undo from the document's settings, errors.
 */
import {
  FakeDocument,
  installFakeOffice,
  paraText,
  type FakeOffice,
  type FakeParagraphInput,
} from "./fake-word";
import { WordHost } from "../../src/host/word";
import { HostError } from "../../src/host/host";
import { mapStorage } from "../../src/host/word-storage";
import { layoutPlan } from "../../src/core/layout-plan";
import { buildOutline } from "../../src/core/outline";
import { mmToPt } from "../../src/core/layout";
import { LAYOUT_STYLES, STANDARD_PROFILE } from "../../src/genre/layout-profile-data";
import { mapOfficeError } from "../../src/host/word-errors";
import { exactSpacingIn } from "../../src/host/word-layout";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const PLAIN = { name: "宋体", size: 12, bold: false };

function setup(paragraphs: (string | FakeParagraphInput)[], platform: "PC" | "Mac" | "OfficeOnline" = "PC") {
  const doc = new FakeDocument(
    paragraphs.map((p) =>
      typeof p === "string"
        ? {
            runs: [{ text: p, font: PLAIN }],
            lineSpacing: 12,
            lineRule: "auto" as const,
            alignment: "Left",
            firstLineIndent: 0,
          }
        : p,
    ),
  );
  doc.platform = platform;
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  const fake: FakeOffice = installed.fake;
  const host = new WordHost({ userStorage: mapStorage() });
  return { doc, fake, host };
}

async function planFor(host: WordHost) {
  const model = await host.readModel();
  return layoutPlan(model, buildOutline(model), STANDARD_PROFILE);
}

const REPORT = [
  "关于2025年度落实全面从严治党主体责任情况的报告",
  "县委：",
  "现将有关情况报告如下：",
  "一、主要工作",
  "（一）强化组织领导。班子每季度专题研究一次，层层压实责任。",
  "全年开展谈心谈话四十余人次，督促整改问题九项。",
  "二、存在的问题",
  "监督的精准度还有差距。",
  "某某局党组",
  "2025年12月20日",
];

describe("一键排版 in Word", () => {
  test("a 2,000-paragraph document is laid out in ≤ 3 syncs and undone in ≤ 3", async () => {
    const lines = [REPORT[0], REPORT[1], REPORT[2], "一、主要工作"];
    for (let i = 0; lines.length < 2000; i++) {
      lines.push(`（${"一二三四五六七八九"[i % 9]}）第${i}项工作。本项工作按计划推进，完成情况良好。`);
      lines.push(`第${i}段正文：我们坚持问题导向，逐项抓好落实。`);
    }
    const { host, fake, doc } = setup(lines);
    const plan = await planFor(host);
    expect(plan.paragraphs.length).toBeGreaterThan(1900);
    expect(plan.spans.length).toBeGreaterThan(900);
    fake.resetStats();
    const result = await host.applyLayout(plan);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(result.stale).toEqual([]);
    expect(result.spansSkipped).toBe(0);
    expect(doc.paragraphs[5].lineRule).toBe("exact");
    fake.resetStats();
    const undo = await host.undoLayout();
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(undo?.restored).toBe(plan.paragraphs.length + plan.spans.length);
    expect(doc.paragraphs[5].runs[0].font.name).toBe("宋体");
  }, 60_000);

  test("line spacing is fixed (固定值 28.95 pt) through a role style, never Paragraph.lineSpacing (a multiple)", async () => {
    const { host, doc, fake } = setup(REPORT);
    // What the adapter used to do: Paragraph.lineSpacing = 28.95 gives a multiple in Word.
    await host.applyEdits([
      { kind: "format", paragraph: 7, expected: REPORT[7], format: { lineSpacing: 28.95 } },
    ]);
    expect(doc.paragraphs[7].lineRule).toBe("auto");
    const plan = await planFor(host);
    const result = await host.applyLayout(plan);
    expect(result.notSet).not.toContain("exactLineSpacing");
    expect(doc.styles.get(LAYOUT_STYLES.Normal)).toMatchObject({ lineRule: "exact", lineSpacing: 28.95 });
    for (const i of [0, 3, 5, 7]) {
      expect(doc.paragraphs[i].lineRule).toBe("exact");
      expect(doc.paragraphs[i].lineSpacing).toBeCloseTo(28.95, 2);
    }
    expect(doc.paragraphs[0].style).toBe(LAYOUT_STYLES.Title);
    expect(doc.paragraphs[3].style).toBe(LAYOUT_STYLES.Heading1);
    expect(doc.paragraphs[3].outlineLevel).toBe(1);
    // A second reading finds nothing to change (the role style counts as the built-in one).
    fake.resetStats();
    const again = await planFor(host);
    expect(again.paragraphs).toEqual([]);
  });

  test("a role style left with another spacing (Word keeps existing styles, #5491) is said, not trusted", async () => {
    const { host, doc } = setup(REPORT);
    const first = await host.applyLayout(await planFor(host));
    expect(first.notSet).not.toContain("exactLineSpacing");
    // The writer's organisation profile asks for 28 pt now; 公文正文 already exists at 28.95 pt.
    const model = await host.readModel();
    const plan = layoutPlan(model, buildOutline(model), { ...STANDARD_PROFILE, lineSpacingPt: 28 });
    expect(plan.paragraphs.length).toBeGreaterThan(0);
    const second = await host.applyLayout(plan);
    expect(doc.styles.get(LAYOUT_STYLES.Normal)).toMatchObject({ lineSpacing: 28.95 });
    expect(second.notSet).toContain("exactLineSpacing");
  });

  test("a Word that leaves an empty paragraph for the styles-only package gets it removed, in the same syncs", async () => {
    const { host, doc, fake } = setup(REPORT);
    doc.ooxmlLeavesEmptyParagraph = true;
    const plan = await planFor(host);
    fake.resetStats();
    const result = await host.applyLayout(plan);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(doc.paragraphs.map(paraText)).toEqual(REPORT);
    expect(result.stale).toEqual([]);
    expect(doc.paragraphs[0].style).toBe(LAYOUT_STYLES.Title);
    expect(doc.paragraphs[7].lineRule).toBe("exact");
  });

  test("exactSpacingIn reads the spacing element whatever the attribute order", () => {
    expect(exactSpacingIn('<w:spacing w:before="0" w:line="579" w:lineRule="exact"/>', 579)).toBe(true);
    expect(exactSpacingIn('<w:spacing w:lineRule="exact" w:after="0" w:line="579"/>', 579)).toBe(true);
    expect(exactSpacingIn('<w:spacing w:line="560" w:lineRule="exact"/>', 579)).toBe(false);
    expect(exactSpacingIn('<w:spacing w:line="579" w:lineRule="auto"/>', 579)).toBe(false);
  });

  test("without WordApi 1.5 the line spacing is left alone and said, not made a multiple", async () => {
    const { doc } = setup(REPORT);
    doc.apiVersion = 1.4;
    const host = new WordHost({ userStorage: mapStorage() });
    const result = await host.applyLayout(await planFor(host));
    expect(result.notSet).toContain("exactLineSpacing");
    expect(doc.paragraphs[7].lineSpacing).toBe(12);
  });

  test("desktop: East Asian font and Latin font (Times New Roman) set apart", async () => {
    const { host, doc } = setup(REPORT);
    await host.applyLayout(await planFor(host));
    const body = doc.paragraphs[7].runs[0].font;
    expect(body.nameFarEast).toBe("仿宋_GB2312");
    expect(body.nameAscii).toBe("Times New Roman");
    expect(body.size).toBe(16);
    expect(doc.paragraphs[3].runs[0].font.nameFarEast).toBe("黑体");
    expect(doc.paragraphs[0].runs[0].font).toMatchObject({ nameFarEast: "方正小标宋简体", size: 22 });
  });

  test("web: Font.name = the Chinese font (East Asian and Latin), Latin choice, page setup and numbers said", async () => {
    const { host, doc } = setup(REPORT, "OfficeOnline");
    expect(host.capabilities.layout).toEqual({
      pageSetup: false,
      pageNumbers: false,
      separateFonts: false,
      exactLineSpacing: true,
    });
    const result = await host.applyLayout(await planFor(host));
    expect(result.notSet).toEqual(expect.arrayContaining(["latinFont", "pageSetup", "pageNumbers"]));
    const f = doc.paragraphs[7].runs[0].font;
    expect(f.name).toBe("仿宋_GB2312");
    expect(f.nameFarEast).toBe("仿宋_GB2312");
    expect(doc.pageSetup.paperSize).toBe("Letter");
    expect(doc.footers.Primary.fields).toEqual([]);
  });

  test.each(["PC", "Mac"] as const)(
    "%s: A4, margins 37/35/28/26 mm and — 1 — odd right, even left",
    async (platform) => {
      const { host, doc } = setup(REPORT, platform);
      const result = await host.applyLayout(await planFor(host));
      expect(result.notSet).toEqual([]);
      expect(doc.pageSetup).toMatchObject({ paperSize: "A4", oddAndEvenPagesHeaderFooter: true });
      expect(doc.pageSetup.topMargin).toBeCloseTo(mmToPt(37), 5);
      expect(doc.pageSetup.bottomMargin).toBeCloseTo(mmToPt(35), 5);
      expect(doc.pageSetup.leftMargin).toBeCloseTo(mmToPt(28), 5);
      expect(doc.pageSetup.rightMargin).toBeCloseTo(mmToPt(26), 5);
      expect(doc.footers.Primary).toMatchObject({ text: "— {PAGE} —", alignment: "Right", fields: ["Page"] });
      expect(doc.footers.EvenPages).toMatchObject({
        text: "— {PAGE} —",
        alignment: "Left",
        fields: ["Page"],
      });
      expect(doc.footers.Primary.fontSize).toBe(14);
    },
  );

  test("run-in heading: the sentence gets 楷体, the rest stays body", async () => {
    const { host, doc } = setup(REPORT);
    await host.applyLayout(await planFor(host));
    const runs = doc.paragraphs[4].runs;
    expect(runs[0].text).toBe("（一）强化组织领导。");
    expect(runs[0].font.nameFarEast).toBe("楷体_GB2312");
    expect(runs.slice(1).map((r) => r.font.nameFarEast)).toEqual(runs.slice(1).map(() => "仿宋_GB2312"));
    expect(paraText(doc.paragraphs[4])).toBe(REPORT[4]);
  });

  test("the writer's bold, italic, underline, colour and highlight inside a body paragraph survive", async () => {
    const { host, doc } = setup([
      ...REPORT.slice(0, 7),
      {
        runs: [
          { text: "监督的", font: PLAIN },
          {
            text: "精准度",
            font: {
              ...PLAIN,
              bold: true,
              italic: true,
              underline: "Single",
              color: "#C00000",
              highlightColor: "Yellow",
            },
          },
          { text: "还有差距。", font: PLAIN },
        ],
      },
      ...REPORT.slice(8),
    ]);
    await host.applyLayout(await planFor(host));
    const marked = doc.paragraphs[7].runs.find((r) => r.text === "精准度")!;
    expect(marked.font).toMatchObject({
      bold: true,
      italic: true,
      underline: "Single",
      color: "#C00000",
      highlightColor: "Yellow",
      nameFarEast: "仿宋_GB2312",
      size: 16,
    });
    expect(doc.paragraphs[7].runs[0].font.bold).toBe(false);
  });

  test("a list paragraph keeps its style and its numbering", async () => {
    const { host, doc } = setup([
      ...REPORT.slice(0, 7),
      {
        runs: [{ text: REPORT[7], font: PLAIN }],
        style: "列表段落",
        styleBuiltIn: "ListParagraph",
        listFromStyle: true,
        isListItem: true,
      },
      ...REPORT.slice(8),
    ]);
    await host.applyLayout(await planFor(host));
    expect(doc.paragraphs[7].isListItem).toBe(true);
    expect(doc.paragraphs[7].style).toBe("列表段落");
    expect(doc.paragraphs[7].runs[0].font.size).toBe(16);
  });

  test("a paragraph changed since the reading is skipped, the rest applied", async () => {
    const { host, doc } = setup(REPORT);
    const plan = await planFor(host);
    doc.userSetText(7, "监督的精准度还有差距，需要改进。");
    const result = await host.applyLayout(plan);
    const i = plan.paragraphs.findIndex((e) => e.paragraph === 7);
    expect(result.stale).toEqual([i]);
    expect(doc.paragraphs[7].runs[0].font.name).toBe("宋体");
    expect(doc.paragraphs[5].runs[0].font.nameFarEast).toBe("仿宋_GB2312");
  });

  test("a run-in sentence search cannot reach (footnote reference, tracked deletion) is skipped, never the batch", async () => {
    const { host, doc } = setup(REPORT);
    const plan = await planFor(host);
    doc.searchBlindTo = (s) => s.startsWith("（一）");
    const result = await host.applyLayout(plan);
    expect(result.spansSkipped).toBe(1);
    expect(result.notSet).toContain("runInHeadings");
    expect(doc.paragraphs[4].runs[0].font.nameFarEast).toBe("仿宋_GB2312");
    expect(doc.paragraphs[7].runs[0].font.nameFarEast).toBe("仿宋_GB2312");
  });

  test("撤销排版 after the pane was closed: the snapshot is in the document's settings", async () => {
    const { host, doc, fake } = setup(REPORT);
    await host.applyLayout(await planFor(host));
    expect(fake.settings.has("layout.undo")).toBe(true);
    const reopened = new WordHost({ userStorage: mapStorage() });
    const undo = await reopened.undoLayout();
    expect(undo?.skipped).toBe(0);
    expect(doc.paragraphs[7].runs[0].font).toMatchObject({ name: "宋体", size: 12 });
    expect(doc.paragraphs[7].style).toBe("正文");
    expect(doc.paragraphs[0].alignment).toBe("Left");
    expect(doc.paragraphs[4].runs[0].font.name).toBe("宋体");
    expect(doc.pageSetup).toMatchObject({
      paperSize: "Letter",
      topMargin: 72,
      oddAndEvenPagesHeaderFooter: false,
    });
    expect(doc.footers.Primary.text).toBe("");
    expect(await reopened.undoLayout()).toBeNull();
  });

  test("read-only: the 排版 fails with a read-only error and writes nothing", async () => {
    const { host, doc } = setup(REPORT);
    const plan = await planFor(host);
    doc.readOnly = true;
    await expect(host.applyLayout(plan)).rejects.toMatchObject({ code: "readOnly" });
    expect(doc.paragraphs[7].runs[0].font.name).toBe("宋体");
  });
});

describe("save and errors", () => {
  test("检查并保存 asks where to save (Prompt) with WordApi 1.5; plain save before", async () => {
    const { host, doc } = setup(REPORT);
    await host.save();
    expect(doc.saveBehaviors).toEqual(["Prompt"]);
    doc.apiVersion = 1.4;
    const older = new WordHost({ userStorage: mapStorage() });
    await older.save();
    expect(doc.saveBehaviors).toEqual(["Prompt", "Save"]);
  });

  test.each([
    ["NotAllowed", "notAllowed"],
    ["SearchDialogIsOpen", "searchDialogOpen"],
    ["SearchStringInvalidOrTooLong", "searchTooLong"],
  ])("%s has its own message code", (code, mapped) => {
    const e = mapOfficeError({ code, message: "x" });
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe(mapped);
  });

  test("GeneralException of a protected view (document.mode says readWrite) maps to read-only when Word says so", async () => {
    const { host, doc } = setup(REPORT);
    const plan = await planFor(host);
    doc.readOnly = true;
    doc.readOnlyError = "GeneralException";
    const e = await host.applyLayout(plan).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(mapOfficeError({ code: "GeneralException", message: "The document is read-only." }).code).toBe(
      "readOnly",
    );
  });
});
