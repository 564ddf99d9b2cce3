/**
 * Issue 14: start and end dates of references, outdated formulations, and the data's own invariants
 * (every entry dated and sourced; unconfirmed entries never raise an error).
 */
import { formulation } from "../../../src/core/rules/formulation";
import { datedReference, citedAsCurrent } from "../../../src/core/rules/dated-reference";
import { formulations } from "../../../src/genre/formulations";
import { datedRefs } from "../../../src/genre/dated-refs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { check } from "../../../src/core/check";
import { modelFromLines } from "../../../src/core/model";
import { ruleTester, run } from "./rule-tester";

const LIANZHENG_ZHUNZE = "《中国共产党党员领导干部廉洁从政若干准则》";

ruleTester(datedReference, {
  valid: [
    // Cited as current while it was in force.
    { text: `严格执行${LIANZHENG_ZHUNZE}。`, year: 2015 },
    // Historical mentions after it ended.
    { text: `原${LIANZHENG_ZHUNZE}已被新准则取代。`, year: 2020 },
    { text: `${LIANZHENG_ZHUNZE}曾对此作出规定。`, year: 2020 },
    { text: "2018年修订的《中国共产党纪律处分条例》增加了相关条款。", year: 2025 },
    {
      text: "严格执行2018年修订的《中国共产党纪律处分条例》。",
      year: 2025,
      name: "version named by a clause",
    },
    // The texts in force.
    { text: "严格执行《中国共产党廉洁自律准则》。", year: 2025 },
    { text: "依据《中国共产党纪律处分条例》（2023年修订）第五条处理。", year: 2025 },
    { text: "严格执行《领导干部报告个人有关事项规定》。", year: 2025 },
    { text: "认真执行《关于领导干部报告个人有关事项的规定》。", year: 2016 },
    { text: "认真学习贯彻二十届中央纪委五次全会精神。", year: 2026 },
    { text: "坚决打好反腐败斗争攻坚战持久战总体战。", year: 2021 },
  ],
  invalid: [
    {
      text: `严格执行${LIANZHENG_ZHUNZE}。`,
      year: 2020,
      errors: [{ offset: 4, length: 21, severity: "warning", fix: null }],
    },
    {
      text: "依据《中国共产党纪律处分条例》（2018年修订）第五条处理。",
      year: 2025,
      errors: [{ offset: 2, length: 19, severity: "warning" }],
    },
    {
      text: "认真执行《中华人民共和国行政监察法》。",
      year: 2019,
      errors: [{ offset: 4, length: 14, severity: "warning" }],
    },
    {
      text: "认真执行《关于领导干部报告个人有关事项的规定》。",
      year: 2018,
      errors: [{ offset: 4, length: 19, severity: "warning" }],
    },
    // A 2025 report citing the plenum of January 2026, undated: written after it (its plans) or copied
    // forward; a warning that says so (issue 10: an annual report is written early the next year).
    {
      text: "认真学习贯彻二十届中央纪委五次全会精神。",
      year: 2025,
      errors: [{ offset: 6, length: 11, severity: "warning" }],
    },
    // Later in the next year it cannot be the report's plans for the year ahead: error.
    {
      text: "深入学习贯彻党的二十届四中全会精神。",
      year: 2024,
      errors: [{ offset: 8, length: 7, severity: "error" }],
    },
    // Unconfirmed first date: warning, never error.
    { text: "深入推进风腐同查同治。", year: 2023, errors: [{ offset: 4, length: 6, severity: "warning" }] },
  ],
});

ruleTester(datedReference, {
  valid: [
    { text: "认真学习贯彻二十届中央纪委四次全会精神。", year: 2025 },
    // The year named: a look back.
    { text: "2024年认真学习贯彻二十届中央纪委三次全会精神。", year: 2025 },
    // This year's plenum cited too: a comparison, not a copy.
    {
      text: "在学习贯彻二十届中央纪委三次全会精神基础上，认真学习贯彻二十届中央纪委四次全会精神。",
      year: 2025,
    },
    // Not studied as the current one.
    { text: "二十届中央纪委三次全会提出了“九个以”。", year: 2025 },
    { text: "巩固拓展党纪学习教育成果。", year: 2025 },
    { text: "扎实开展党纪学习教育成果转化。", year: 2025 },
    { text: "扎实开展深入贯彻中央八项规定精神学习教育。", year: 2025 },
    // Year unknown: nothing to compare.
    "认真学习贯彻二十届中央纪委三次全会精神。",
  ],
  invalid: [
    {
      text: "认真学习贯彻二十届中央纪委三次全会精神。",
      year: 2025,
      errors: [{ offset: 6, length: 11, severity: "warning", fix: null }],
    },
    {
      text: "扎实开展党纪学习教育，组织专题读书班。",
      year: 2025,
      errors: [{ offset: 4, length: 6, severity: "info" }],
    },
  ],
});

ruleTester(formulation, {
  valid: [
    // The 二十大 wording is right in a report on 2022-2024 and where the year is unknown.
    { text: "坚决打赢反腐败斗争攻坚战持久战。", year: 2024 },
    "坚决打赢反腐败斗争攻坚战持久战。",
    { text: "坚决打好反腐败斗争攻坚战持久战总体战。", year: 2025 },
    { text: "坚决打赢反腐败斗争攻坚战持久战总体战。", year: 2026 },
    "深化运用监督执纪“四种形态”，经常开展批评和自我批评，及时进行谈话提醒、批评教育、责令检查、诫勉，让“红红脸、出出汗”成为常态。",
    "严格执行《关于新形势下党内政治生活的若干准则》。",
    "打造忠诚干净担当、敢于善于斗争的纪检监察铁军。",
    "廉洁齐家，自觉带头树立良好家风，管好配偶、子女及身边工作人员。",
    "深入学习贯彻习近平总书记关于党的自我革命的重要思想。",
  ],
  invalid: [
    {
      text: "坚决打赢反腐败斗争攻坚战持久战。",
      year: 2025,
      errors: [{ offset: 4, length: 11, severity: "info", fix: "反腐败斗争攻坚战持久战总体战" }],
      output: "坚决打赢反腐败斗争攻坚战持久战总体战。",
    },
    {
      text: "整治形式主义、官僚主义和享乐主义、奢靡之风。",
      errors: [{ offset: 2, length: 19, severity: "warning", fix: "形式主义、官僚主义、享乐主义和奢靡之风" }],
    },
    {
      text: "让“红脸出汗”成为常态。",
      errors: [{ offset: 0, length: 11, severity: "warning", fix: "让“红红脸、出出汗”成为常态" }],
    },
    {
      text: "打造纪检铁军。",
      errors: [{ offset: 2, length: 4, severity: "info", fix: "纪检监察铁军" }],
    },
    {
      text: "深入学习贯彻习近平总书记关于党的自我革命重要思想。",
      errors: [{ offset: 12, length: 12, severity: "warning", fix: "关于党的自我革命的重要思想" }],
    },
  ],
});

describe("citedAsCurrent", () => {
  const t = (s: string, cite: string) => citedAsCurrent(s, s.indexOf(cite), cite.length);
  it("needs a verb of application in the clause and no historical marker", () => {
    expect(t(`认真对照${LIANZHENG_ZHUNZE}查摆问题`, LIANZHENG_ZHUNZE)).toBe(true);
    expect(t(`${LIANZHENG_ZHUNZE}规定了八条`, LIANZHENG_ZHUNZE)).toBe(false);
    expect(t(`执行修订前的${LIANZHENG_ZHUNZE}`, LIANZHENG_ZHUNZE)).toBe(false);
    expect(t(`当时执行的是${LIANZHENG_ZHUNZE}`, LIANZHENG_ZHUNZE)).toBe(false);
    expect(t(`严格执行，${LIANZHENG_ZHUNZE}已废止`, LIANZHENG_ZHUNZE)).toBe(false);
  });
});

describe("dated references data", () => {
  it("has at least 60 entries with unique ids, dates, patterns and a source", () => {
    expect(datedRefs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(datedRefs.map((r) => r.id)).size).toBe(datedRefs.length);
    for (const r of datedRefs) {
      expect(r.since).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
      expect(r.source.length).toBeGreaterThan(4);
      expect(r.patterns.length).toBeGreaterThan(0);
      if (r.until !== undefined) {
        expect(r.until).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
        expect(r.until > r.since).toBe(true);
      }
      if (r.replacedBy !== undefined) expect(r.until).toBeDefined();
    }
  });

  it("every replaced version names what replaced it, and each regulation the issue lists has its versions", () => {
    const ended = datedRefs.filter((r) => r.until !== undefined);
    expect(ended.length).toBeGreaterThanOrEqual(12);
    for (const r of ended) expect(r.replacedBy).toBeTruthy();
    const ids = new Set(datedRefs.map((r) => r.id));
    for (const id of [
      "chufen-tiaoli-2003",
      "chufen-tiaoli-2015",
      "chufen-tiaoli-2018",
      "chufen-tiaoli-2023",
      "wenze-tiaoli-2016",
      "wenze-tiaoli-2019",
      "xunshi-tiaoli-2015",
      "xunshi-tiaoli-2017",
      "xunshi-tiaoli-2024",
      "geren-shixiang-2010",
      "geren-shixiang-2017",
      "jieyue-tiaoli",
      "jiandu-zhiji-guize",
      "jiancha-fa-shishi-tiaoli-2021",
      "lianzheng-zhunze-2010",
      "lianjie-zilv-zhunze",
      "zhuti-zeren-guiding",
      "yibashou-jiandu-yijian",
      "jianfu-ruogan-guiding",
      "jiancha-fa-2024",
      "zhengwu-chufen-fa",
      "zhongjiwei-20-5",
      "zhengjiguan-xuexi-jiaoyu",
    ])
      expect(ids.has(id)).toBe(true);
  });

  it("the 纪委工作条例 dates from 2021-12-24, not 2022", () => {
    expect(datedRefs.find((r) => r.id === "jiwei-gongzuo-tiaoli")?.since).toBe("2021-12");
  });
});

describe("formulations data", () => {
  it("an unconfirmed entry never raises an error-level finding", () => {
    const unconfirmed = formulations.filter((f) => f.confirmed === false);
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const f of unconfirmed)
      for (const w of f.wrong ?? []) {
        const year = w.since ? Number(w.since.slice(0, 4)) : 2026;
        const fs = run(formulation, { text: `我们${w.text}。`, year }).findings;
        expect(fs.every((x) => x.severity !== "error")).toBe(true);
      }
  });

  it("every since is YYYY-MM; the 四种形态 entry is the 2023 条例 wording", () => {
    for (const f of formulations) {
      if (f.since !== undefined) expect(f.since).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      for (const w of f.wrong ?? [])
        if (w.since !== undefined) expect(w.since).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    }
    const sizhong = formulations.find((f) => f.id === "sizhong-xingtai")!;
    expect(sizhong.canonical).toContain("及时进行谈话提醒");
    expect(sizhong.canonical).toContain("严重违纪涉嫌犯罪追究刑事责任的成为极少数");
    expect(sizhong.source).toContain("2023年12月修订");
  });
});

describe("the five seeds", () => {
  const SEEDS = join(__dirname, "../../../../shared/seeds");
  const findings = (prefix: string) => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
    const model = modelFromLines(readFileSync(join(SEEDS, file), "utf8").replace(/\r/g, "").split("\n"));
    return check(model, {}, { rules: [datedReference] }).findings.map((f) => `${f.severity} ${f.excerpt}`);
  };
  it("flag the two replaced texts they cite as current, and nothing else", () => {
    expect(findings("000_")).toEqual([]);
    expect(findings("001_")).toEqual([]);
    // A 2023 report: 严格落实《…廉洁从政若干准则》 (replaced by the 廉洁自律准则 from 2016).
    expect(findings("002_")).toEqual(["warning 《中国共产党党员领导干部廉洁从政若干准则》"]);
    // A 2022 report: 带头执行…《关于领导干部报告个人有关事项的规定》 (the 2010 text, replaced in 2017).
    expect(findings("003_")).toEqual(["warning 《关于领导干部报告个人有关事项的规定》"]);
    expect(findings("004_")).toEqual([]);
  });
});

describe("dated-reference and the report's 成文日期 (issue 10)", () => {
  const report = (date: string | null, cite: string) => [
    "关于2024年度履行全面从严治党主体责任情况的报告",
    "现将有关情况报告如下：",
    "一、主要工作情况",
    "认真落实主体责任。",
    "二、下一步打算",
    cite,
    ...(date === null ? [] : ["中共东岭县委员会", date]),
  ];
  const found = (lines: string[]) =>
    check(modelFromLines(lines))
      .findings.filter((f) => f.rule === "dated-reference")
      .map((f) => [f.paragraph, f.offset, f.length, f.severity]);
  const PLENUM = "认真贯彻二十届中央纪委四次全会部署。"; // January 2025

  it("a 2024 report dated January 2025 may cite that month's plenum", () => {
    expect(found(report("2025年1月20日", PLENUM))).toEqual([]);
    expect(found(report("二〇二五年一月二十日", PLENUM))).toEqual([]);
  });

  it("the date under the title of a report signed there counts too", () => {
    const signedAtTop = [
      "2024年度述责述廉报告",
      "市水务局党组书记、局长　林建华",
      "（2025年1月10日）",
      "现将本人2024年度履行职责情况报告如下：",
      "一、主要工作情况",
      "认真落实主体责任。",
      "二、下一步打算",
      PLENUM,
    ];
    expect(found(signedAtTop)).toEqual([]);
  });

  it("a date within the report's year does not narrow it (a February speech looks ahead to October)", () => {
    const lines = [
      "2022年全市城市管理工作报告",
      "市城管局党组书记、局长　林建华",
      "（2022年2月28日）",
      "现将有关情况报告如下：",
      "一、主要工作",
      "以优异成绩迎接党的二十大胜利召开。",
    ];
    expect(found(lines)).toEqual([]);
  });

  it("dated before the plenum, it may not", () => {
    expect(found(report("2024年12月28日", PLENUM))).toEqual([[5, 4, 11, "error"]]);
  });

  it("the date's month bounds it: October 2025 is after January 2025", () => {
    expect(found(report("2025年1月20日", "深入学习贯彻党的二十届四中全会精神。"))).toEqual([
      [5, 8, 7, "error"],
    ]);
  });

  it("undated (a draft): early next year is a warning, later an error", () => {
    expect(found(report(null, PLENUM))).toEqual([[5, 4, 11, "warning"]]);
    expect(found(report(null, "深入学习贯彻党的二十届四中全会精神。"))).toEqual([[5, 8, 7, "error"]]);
  });
});
