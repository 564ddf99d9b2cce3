/** The 排版 plan for a layout profile (core/layout-plan.ts) and the profile packs (core/layout-profiles.ts). */
import { layoutPlan, pageSpec, profileFormat, runInFont } from "../../src/core/layout-plan";
import {
  makeLayoutPack,
  mergeProfiles,
  parseLayoutPack,
  validProfiles,
} from "../../src/core/layout-profiles";
import { mmToPt } from "../../src/core/layout";
import { buildOutline } from "../../src/core/outline";
import type { LayoutProfile } from "../../src/genre/layout-profile";
import { STANDARD_PROFILE } from "../../src/genre/layout-profile-data";

const LINES = [
  "关于2025年度落实全面从严治党主体责任情况的报告",
  "县委：",
  "一、主要工作",
  "（一）强化组织领导。班子每季度专题研究一次。",
  "1.压实责任。逐级签订责任书。",
  "全年开展谈心谈话四十余人次。",
  "某某局党组",
  "2025年12月20日",
];
const model = { paragraphs: LINES.map((text) => ({ text })) };

const OWN: LayoutProfile = {
  ...STANDARD_PROFILE,
  id: "our-office",
  name: "本单位",
  lineSpacingPt: 28,
  fallbackFonts: true,
  latinFont: "body",
  heading3Bold: true,
};

describe("layoutPlan", () => {
  test("body: only what the profile names — no bold, Latin digits in Times New Roman", () => {
    const f = profileFormat("body");
    expect(f).toEqual({
      styleBuiltIn: "Normal",
      fontName: "仿宋_GB2312",
      fontNameAscii: "Times New Roman",
      fontSize: 16,
      alignment: "justified",
      firstLineIndent: 32,
      leftIndent: 0,
      lineSpacing: 28.95,
    });
    expect("bold" in f).toBe(false);
  });

  test("own profile: 28 pt, fallback fonts, Latin in the body font, bold level 3", () => {
    expect(profileFormat("body", OWN)).toMatchObject({
      fontName: "仿宋",
      fontNameAscii: "仿宋",
      lineSpacing: 28,
    });
    expect(profileFormat("heading3", OWN).bold).toBe(true);
    expect(profileFormat("heading3").bold).toBe(false);
    expect(runInFont(3, OWN)).toEqual({ name: "仿宋", nameAscii: "仿宋", bold: true });
  });

  test("a list paragraph keeps its style (numbering may come from it)", () => {
    const f = profileFormat("body", STANDARD_PROFILE, true);
    expect(f.styleBuiltIn).toBeUndefined();
    expect(f.fontName).toBe("仿宋_GB2312");
  });

  test("run-in headings by range: （一） 楷体 and 1. 仿宋 up to the 。", () => {
    const plan = layoutPlan(model, buildOutline(model));
    expect(plan.spans.map((s) => [s.paragraph, s.offset, s.length, s.role, s.font.name])).toEqual([
      [3, 0, "（一）强化组织领导。".length, "heading2", "楷体_GB2312"],
      [4, 0, "1.压实责任。".length, "heading3", "仿宋_GB2312"],
    ]);
    expect(plan.spans[0].expected).toBe(LINES[3]);
    // The run-in paragraphs themselves are body.
    expect(plan.paragraphs.find((e) => e.paragraph === 3)?.format.styleBuiltIn).toBe("Normal");
  });

  test("page: A4 and the profile's margins in points; — n — odd right, even left", () => {
    const page = pageSpec();
    expect(page.topPt).toBeCloseTo(mmToPt(37), 6);
    expect(page.leftPt).toBeCloseTo(mmToPt(28), 6);
    expect(page.pageNumbers).toMatchObject({ before: "— ", after: " —", fontSizePt: 14, fontName: "宋体" });
    expect(pageSpec({ ...OWN, page: { ...OWN.page, pageNumbers: false } }).pageNumbers).toBeNull();
  });

  test("a laid-out paragraph in its 公文 style is not planned again", () => {
    const done = {
      paragraphs: model.paragraphs.map((p, i) =>
        i === 5 ? { ...p, ...profileFormat("body"), styleBuiltIn: "Other" as const, style: "公文正文" } : p,
      ),
    };
    expect(layoutPlan(done, buildOutline(done)).paragraphs.map((e) => e.paragraph)).not.toContain(5);
  });
});

describe("layout profile packs", () => {
  test("round trip", () => {
    const pack = makeLayoutPack([OWN], "本单位排版方案");
    const r = parseLayoutPack(JSON.stringify(pack));
    expect(r).toEqual({ ok: true, pack });
  });

  test("atomic: one bad profile rejects the whole pack, with the place", () => {
    const pack = makeLayoutPack([OWN, { ...OWN, id: "two", lineSpacingPt: 35 }]);
    const r = parseLayoutPack(JSON.stringify(pack));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatch(/^profiles\.1\.lineSpacingPt/);
    expect(parseLayoutPack("{").ok).toBe(false);
    expect(parseLayoutPack(JSON.stringify(makeLayoutPack([OWN, OWN]))).ok).toBe(false);
  });

  test("merge: same id replaced, new added, the standard never overwritten", () => {
    const m = mergeProfiles(
      [OWN],
      [
        { ...OWN, name: "改" },
        { ...OWN, id: "b" },
        { ...STANDARD_PROFILE, lineSpacingPt: 28 },
      ],
    );
    expect(m).toMatchObject({ added: 1, replaced: 1, skipped: 1 });
    expect(m.profiles.map((p) => p.name)).toEqual(["改", "本单位"]);
  });

  test("saved profiles: invalid entries dropped", () => {
    expect(validProfiles([OWN, { id: "x" }, STANDARD_PROFILE])).toEqual([OWN]);
    expect(validProfiles("nope")).toEqual([]);
  });
});
