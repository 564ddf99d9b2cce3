/**
 * Issue 10, class 2 and class 3 (second half): congress and plenum ordinals, the standard name of
 * the General Secretary, the verbs of set formulations, campaign names and years, misquoted titles.
 * Every sentence here is written for this test.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { check } from "../../../src/core/check";
import { modelFromLines, type DocModel } from "../../../src/core/model";
import { readTextFile } from "../../../src/formats/text";
import { renderTemplate } from "../../../src/core/scaffold";
import { TEMPLATES } from "../../../src/genre/templates";
import { librarySnippets } from "../../../src/genre/snippets";
import { partyOrdinal, parseOrdinal } from "../../../src/core/rules/party-ordinal";
import { leaderTitle } from "../../../src/core/rules/leader-title";
import { campaignName } from "../../../src/core/rules/campaign-name";
import { titleQuote, editOps } from "../../../src/core/rules/title-quote";
import { formulation } from "../../../src/core/rules/formulation";
import { titles } from "../../../src/genre/lexicon/titles";
import { campaigns } from "../../../src/genre/lexicon/campaigns";
import { KNOWN_VERBS, verbFormulations } from "../../../src/genre/lexicon/formulas";
import { ruleTester, run } from "./rule-tester";

ruleTester(partyOrdinal, {
  valid: [
    { text: "深入学习贯彻党的二十大和二十届二中、三中全会精神。", year: 2024 },
    { text: "党的十八大以来，全面从严治党取得历史性成就。", year: 2024 },
    { text: "学习中央纪委二十届三次全会精神。", year: 2024 },
    { text: "学习二十届中央纪委第四次全体会议精神。", year: 2025 },
    { text: "县委召开十九届三次全会，市委十二届五次全会作出部署。", year: 2024 },
    { text: "学习二十届五中全会精神。", year: 2026, name: "a plenum beyond the known data is not judged" },
    { text: "中国共产党第二十届中央委员会第三次全体会议审议通过决定。", year: 2024 },
    { text: "实施十大工程，落实十大行动。", year: 2024 },
    { text: "学习党的十九大和十九届历次全会精神。", year: 2021 },
    { text: "学习贯彻二十届三中全会精神。", year: 2023, name: "left to dated-reference" },
    { text: "学习二十届一中全会精神。", year: 2021, name: "left to dated-reference (in its data)" },
    { text: "学习二十届中央纪委五次全会精神。", year: 2025, name: "left to dated-reference (in its data)" },
    { text: "学习贯彻党的二十届三中全会精神。" },
    { text: "以优异成绩迎接二十大胜利召开。", year: 2021, name: "the next congress, looked forward to" },
    { text: "党的二十一大即将召开。", year: 2026 },
    { text: "中国共产党第十九次全国代表大会于2017年10月召开。", year: 2017 },
  ],
  invalid: [
    {
      text: "深入学习贯彻党的十二十大精神。",
      errors: [{ offset: 8, length: 3, severity: "error", fix: null }],
    },
    { text: "学习贯彻十二十大精神。", errors: [{ offset: 4, length: 3 }] },
    {
      text: "深入学习贯彻党的二十届二中、三中全会精神。",
      year: 2023,
      errors: [{ offset: 8, length: 10, severity: "error", fix: null }],
    },
    {
      text: "学习二十界三中全会精神。",
      year: 2024,
      errors: [{ offset: 4, length: 1, severity: "error", fix: "届" }],
      output: "学习二十届三中全会精神。",
    },
    {
      text: "学习党的二十届三次全会精神。",
      year: 2024,
      errors: [{ offset: 8, length: 3, fix: "中全会" }],
      output: "学习党的二十届三中全会精神。",
    },
    {
      text: "学习贯彻二十届三次全会精神。",
      year: 2024,
      errors: [{ offset: 4, length: 7, severity: "warning", fix: null }],
    },
    {
      text: "学习第二十届三中全会精神。",
      year: 2024,
      errors: [{ offset: 2, length: 1, severity: "warning", fix: "" }],
      output: "学习二十届三中全会精神。",
    },
    {
      text: "学习二十届第三中全会精神。",
      year: 2024,
      errors: [{ offset: 5, length: 1, severity: "error", fix: "" }],
      output: "学习二十届三中全会精神。",
    },
    { text: "学习二十届十中全会精神。", year: 2026, errors: [{ offset: 2, length: 7, fix: null }] },
    { text: "学习二十届五中全会精神。", year: 2025, errors: [{ offset: 2, length: 7, severity: "error" }] },
    { text: "学习十九届八中全会精神。", year: 2021, errors: [{ offset: 2, length: 7 }] },
    {
      text: "学习二十届中央纪委四中全会精神。",
      year: 2025,
      errors: [{ offset: 10, length: 3, fix: "次全会" }],
      output: "学习二十届中央纪委四次全会精神。",
    },
    { text: "贯彻党的二十一大精神。", year: 2025, errors: [{ offset: 2, length: 6, fix: null }] },
    { text: "贯彻党的二十三大精神。", errors: [{ offset: 2, length: 6 }] },
    { text: "贯彻党的第十二十次全国代表大会精神。", errors: [{ offset: 5, length: 3, fix: null }] },
    { text: "贯彻中国共产党第十九次全国代表大会精神。", year: 2016, errors: [{ offset: 2, length: 15 }] },
    {
      text: "贯彻党的第二十大精神。",
      year: 2025,
      errors: [{ offset: 4, length: 1, severity: "warning", fix: "" }],
      output: "贯彻党的二十大精神。",
    },
    {
      text: "学习党的十九届五种全会精神。",
      year: 2021,
      errors: [{ offset: 8, length: 1, severity: "error", fix: "中" }],
      output: "学习党的十九届五中全会精神。",
    },
    {
      text: "学习十九届二中、三中、四中、五中、六种全会精神。",
      year: 2021,
      errors: [{ offset: 18, length: 1, fix: "中" }],
    },
    {
      text: "学习十九届四种、五中全会精神。",
      year: 2021,
      errors: [{ offset: 6, length: 1, fix: "中" }],
    },
    {
      text: "学习20届3中全会精神。",
      year: 2024,
      errors: [
        { offset: 2, length: 2, severity: "warning", fix: "二十" },
        { offset: 5, length: 1, severity: "warning", fix: "三" },
      ],
      output: "学习二十届三中全会精神。",
    },
  ],
});

describe("ordinal grammar", () => {
  it("parses the counting form from 1 to 99 and nothing else", () => {
    expect(["一", "十", "十八", "二十", "二十一", "九十九"].map(parseOrdinal)).toEqual([
      1, 10, 18, 20, 21, 99,
    ]);
    expect(["十二十", "二二", "一十", "二十十", "两", "〇", ""].map(parseOrdinal)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

ruleTester(leaderTitle, {
  valid: [
    "认真学习总书记重要讲话精神。",
    "习近平总书记指出，要坚持严的基调。总书记的重要论述为我们指明了方向。",
    "反复练习大大提高了熟练度。",
    "认真学习主席团会议精神，坚持以习近平同志为核心的党中央的集中统一领导。",
  ],
  invalid: [
    {
      text: "认真学习习总书记重要讲话。",
      errors: [{ offset: 4, length: 4, severity: "error", fix: "习近平总书记" }],
      output: "认真学习习近平总书记重要讲话。",
    },
    {
      text: "学习习大大的讲话，习主席指出。",
      errors: [
        { offset: 2, length: 3, severity: "error", fix: "习近平总书记" },
        { offset: 9, length: 3, severity: "warning", fix: "习近平总书记" },
      ],
    },
    {
      text: "深入学习贯彻近平总书记重要讲话。",
      errors: [{ offset: 6, length: 5, fix: "习近平总书记" }],
      output: "深入学习贯彻习近平总书记重要讲话。",
    },
  ],
});

ruleTester(campaignName, {
  valid: [
    { text: "扎实开展党纪学习教育。", year: 2024 },
    { text: "巩固拓展党史学习教育成果。", year: 2023 },
    { text: "2021年，扎实开展党史学习教育。", year: 2023 },
    { text: "深入贯彻中央八项规定精神学习教育取得实效。", year: 2025 },
    { text: "开展“不忘初心、牢记使命”主题教育。", year: 2019 },
    { text: "开展“不忘初心、牢记使命”主题教育。", year: 2018, name: "before it began: dated-reference's" },
    { text: "持续巩固“不忘初心、牢记使命”主题教育成果。", year: 2021 },
    { text: "扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。", year: 2023 },
    { text: "扎实开展党史学习教育。", name: "no year: no year check" },
    { text: "推动党史学习教育常态化长效化，常态化开展党史学习教育。", year: 2023 },
    { text: "持续开展党史学习教育。", year: 2023 },
  ],
  invalid: [
    {
      text: "扎实开展党纪教育学习。",
      year: 2024,
      errors: [{ offset: 4, length: 6, severity: "error", fix: "党纪学习教育" }],
      output: "扎实开展党纪学习教育。",
    },
    {
      text: "开展深入贯彻中央八项规定学习教育。",
      year: 2025,
      errors: [{ offset: 2, length: 14, fix: "深入贯彻中央八项规定精神学习教育" }],
    },
    {
      text: "落实中央八项规定学习教育部署。",
      year: 2025,
      errors: [{ offset: 2, length: 10, fix: "中央八项规定精神学习教育" }],
      output: "落实中央八项规定精神学习教育部署。",
    },
    {
      text: "扎实开展党史学习教育。",
      year: 2023,
      errors: [{ offset: 4, length: 6, severity: "warning", fix: null }],
    },
    {
      text: "开展“不忘初心，牢记使命”主题教育。",
      year: 2019,
      errors: [{ offset: 2, length: 15, fix: "“不忘初心、牢记使命”主题教育" }],
    },
    {
      text: "开展学习贯彻新时代中国特色社会主义思想主题教育。",
      year: 2023,
      errors: [{ offset: 2, length: 21, severity: "error" }],
      output: "开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
    },
  ],
});

ruleTester(titleQuote, {
  valid: [
    "学习《中国共产党纪律处分条例》《纪律处分条例》《条例》。",
    "对照《中华人民共和国统计法》《中华人民共和国审计法》开展检查。",
    "执行《中国共产党组织处理规定》和《党政领导干部考核工作条例》。",
    "印发《2024年党风廉政建设工作要点》。",
    "参照《党政领导干部考核工作规定》执行。",
    "学习《关于印发〈监督执纪工作细则〉的通知》。",
    "学习《巡察工作条例》和《廉洁从业准则》。",
    "学习《习近平著作选读》第一卷、《习近平谈治国理政》第四卷。",
    "研读《习近平谈治国理政（第三卷）》和《习近平新时代中国特色社会主义思想学习问答》。",
    "通读《习近平新时代中国特色社会主义思想学习纲要（2023年版）》。",
    "学习《毛泽东著作选读》。",
  ],
  invalid: [
    {
      name: "a study text with one character replaced: warning",
      text: "学习《习近平著作选编》。",
      errors: [{ offset: 3, length: 7, severity: "warning", fix: "习近平著作选读" }],
      output: "学习《习近平著作选读》。",
    },
    {
      text: "学习《习近平谈治国理论》第二卷。",
      errors: [{ offset: 3, length: 8, severity: "warning", fix: "习近平谈治国理政" }],
    },
    {
      name: "a study text with a character dropped: error",
      text: "学习《习近平新时代中国特色社会主义思想学纲要》。",
      errors: [{ offset: 3, length: 19, severity: "error", fix: "习近平新时代中国特色社会主义思想学习纲要" }],
    },
    {
      text: "学习《中国共产党纪律处分条列》。",
      errors: [{ offset: 3, length: 11, severity: "error", fix: "中国共产党纪律处分条例" }],
      output: "学习《中国共产党纪律处分条例》。",
    },
    {
      text: "学习《中国共产党廉洁律自准则》。",
      errors: [{ offset: 3, length: 11, severity: "error", fix: "中国共产党廉洁自律准则" }],
    },
    {
      text: "学习《关于新形势下党内政治生活若干准则》。",
      errors: [{ offset: 3, length: 16, severity: "error", fix: "关于新形势下党内政治生活的若干准则" }],
    },
    {
      text: "学习《中国共产党巡察工作条例》。",
      errors: [{ offset: 3, length: 11, severity: "warning", fix: "中国共产党巡视工作条例" }],
    },
    {
      text: "学习《中华人民共和国监查法》。",
      errors: [{ offset: 3, length: 10, severity: "info", fix: "中华人民共和国监察法" }],
    },
    {
      text: "执行《党政机关历行节约反对浪废条例》。",
      errors: [{ offset: 3, length: 14, severity: "warning", fix: "党政机关厉行节约反对浪费条例" }],
    },
    {
      text: "学习《纪律处分条列》和《党内监督条列》。",
      errors: [
        { offset: 3, length: 6, severity: "error", fix: "纪律处分条例" },
        { offset: 12, length: 6, severity: "error", fix: "党内监督条例" },
      ],
    },
    {
      text: "新修订的《中国纪律处分条例》和《中共党内监督条例》。",
      errors: [
        { offset: 5, length: 8, severity: "error", fix: "中国共产党纪律处分条例" },
        { offset: 16, length: 8, severity: "warning", fix: "中国共产党党内监督条例" },
      ],
      output: "新修订的《中国共产党纪律处分条例》和《中国共产党党内监督条例》。",
    },
    {
      text: "印发《关于印发〈中国共产党纪律处分条列〉的通知》。",
      errors: [{ offset: 8, length: 11, severity: "error", fix: "中国共产党纪律处分条例" }],
    },
    {
      text: "学习《中华人民共和国公职人员政务处份法》。",
      errors: [{ offset: 3, length: 16, severity: "info", fix: "中华人民共和国公职人员政务处分法" }],
    },
  ],
});

ruleTester(formulation, {
  valid: [
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。",
    "坚定拥护“两个确立”，坚决做到“两个维护”，牢固树立“四个意识”。",
    "增强四个意识、坚定四个自信、做到两个维护。",
    "不断增强“两个维护”的政治自觉、思想自觉和行动自觉。",
  ],
  invalid: [
    {
      text: "做到“四个意识”。",
      errors: [{ offset: 0, length: 8, severity: "error", fix: "增强“四个意识”" }],
      output: "增强“四个意识”。",
    },
    { text: "不断增强“两个维护”。", errors: [{ offset: 2, length: 8, fix: "做到“两个维护”" }] },
    {
      text: "坚定“两个确立”。",
      errors: [{ offset: 0, length: 8, fix: "坚定拥护“两个确立”" }],
      output: "坚定拥护“两个确立”。",
    },
    { text: "坚定两个确立。", errors: [{ offset: 0, length: 6, fix: "坚定拥护两个确立" }] },
    {
      text: "牢固树立“四个自信”。",
      errors: [{ offset: 2, length: 8, severity: "warning", fix: "坚定“四个自信”" }],
    },
  ],
});

// Allowed verbs per term: any other known verb is a warning with the usual verb as the fix.
ruleTester(formulation, {
  valid: [
    "忠诚践行“两个维护”，进一步强化“四个意识”。",
    // a noun after the term, or 的 and a noun the verb governs: the verb is that noun's
    "不断增强“两个维护”意识。",
    "坚定“两个维护”的信心和决心。",
    // verbs outside the known list are not judged
    "深刻认识“两个确立”的决定性意义，始终坚持“两个维护”。",
  ],
  invalid: [
    {
      text: "查找党的领导弱化、党的建设缺失、全面从严不力等问题。",
      errors: [{ offset: 16, length: 6, severity: "error", fix: "全面从严治党不力" }],
      output: "查找党的领导弱化、党的建设缺失、全面从严治党不力等问题。",
    },
    {
      name: "增强“两个维护”的 + a noun it does not govern",
      text: "作为捍卫“两个确立”、增强“两个维护”的具体行动。",
      errors: [{ offset: 11, length: 8, severity: "error", fix: "做到“两个维护”" }],
    },
    {
      text: "全体党员筑牢“四个意识”。",
      errors: [{ offset: 4, length: 8, severity: "warning", fix: "增强“四个意识”" }],
      output: "全体党员增强“四个意识”。",
    },
    {
      text: "始终维护“两个确立”和“两个维护”。",
      errors: [{ offset: 2, length: 8, severity: "warning", fix: "拥护“两个确立”" }],
    },
    {
      text: "提升四个自信，贯彻“两个维护”。",
      errors: [
        { offset: 0, length: 6, severity: "warning", fix: "坚定四个自信" },
        { offset: 7, length: 8, severity: "warning", fix: "做到“两个维护”" },
      ],
    },
  ],
});

describe("verb tables", () => {
  it("judge every known verb against every term: right verbs pass, all others are flagged", () => {
    for (const f of verbFormulations) {
      const right = new Set((f.collocations ?? []).map((c) => c.slice(0, 2)));
      for (const v of KNOWN_VERBS) {
        const n = run(formulation, { text: `我们${v}“${f.name}”。` }).findings.length;
        expect([f.name, v, n]).toEqual([f.name, v, right.has(v) ? 0 : 1]);
      }
    }
  });
  it("flag every crossed verb, and neither the fix nor a right verb", () => {
    for (const f of verbFormulations) {
      for (const w of f.wrong ?? []) {
        expect(run(formulation, { text: `我们${w.text}。` }).findings.length).toBe(1);
        expect(run(formulation, { text: `我们${w.fix}。` }).findings).toEqual([]);
      }
      for (const c of f.collocations ?? [])
        expect(run(formulation, { text: `我们${c}。` }).findings).toEqual([]);
    }
  });
});

describe("campaign table", () => {
  it("each campaign has dates in order, a source, and wrong forms whose fix is clean", () => {
    for (const c of campaigns) {
      expect(c.since).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      expect(c.until >= c.since).toBe(true);
      expect(c.source.length).toBeGreaterThan(0);
      const y = Number(c.since.slice(0, 4));
      for (const p of c.patterns)
        expect(run(campaignName, { text: `开展${p}。`, year: y }).findings).toEqual([]);
      for (const w of c.wrong) {
        const got = run(campaignName, { text: `落实${w.text}部署。`, year: y }).findings;
        expect(got.map((f) => f.fix?.replacement)).toEqual([w.fix]);
        expect(run(campaignName, { text: `落实${w.fix}部署。`, year: y }).findings).toEqual([]);
      }
    }
  });
});

describe("title table", () => {
  it("has at least 100 titles with unique ids, dates and sources", () => {
    expect(titles.length).toBeGreaterThanOrEqual(100);
    const ids = new Set(titles.map((t) => t.id));
    expect(ids.size).toBe(titles.length);
    const names = new Set(titles.map((t) => t.title));
    expect(names.size).toBe(titles.length);
    for (const t of titles) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.issued).toMatch(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/);
      if (t.revised) expect(t.revised >= t.issued).toBe(true);
      expect(t.issuer.length).toBeGreaterThan(0);
      expect(t.source.length).toBeGreaterThan(0);
    }
  });

  it("never flags an exact title or a short form", () => {
    const text = titles.flatMap((t) => [t.title, ...(t.short ?? [])].map((x) => `《${x}》`)).join("、");
    expect(run(titleQuote, { text: `学习${text}。` }).findings.map((f) => f.excerpt)).toEqual([]);
  });

  it("flags a title with one Han character dropped or two swapped, with the title as the fix", () => {
    const all = new Set(titles.flatMap((t) => [t.title, ...(t.short ?? [])]));
    let checked = 0;
    for (const t of titles) {
      if (t.title.length < 8) continue;
      const mid = Math.floor(t.title.length / 2);
      const swapped = t.title.slice(0, mid) + t.title[mid + 1] + t.title[mid] + t.title.slice(mid + 2);
      const dropped = t.title.slice(0, mid) + t.title.slice(mid + 1);
      for (const bad of [dropped, swapped]) {
        if (bad === t.title || all.has(bad) || !/\p{Script=Han}/u.test(t.title[mid])) continue;
        // 中国共产党组工作条例 is one character from 党组工作条例 and from 组织工作条例: no guess.
        if (titles.filter((o) => editOps(bad, o.title).distance <= 1).length > 1) continue;
        // A misquote the formulation dictionary already knows is its finding, not a second one.
        if (run(formulation, { text: `学习《${bad}》。` }).findings.length > 0) continue;
        const fs = run(titleQuote, { text: `学习《${bad}》。` }).findings;
        expect({ bad, got: fs.map((f) => [f.severity, f.fix?.replacement]) }).toEqual({
          bad,
          got: [["error", t.title]],
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("edit operations", () => {
    expect(editOps("中国共产党内监督条例", "中国共产党党内监督条例")).toEqual({
      distance: 1,
      ops: [{ op: "del", at: 4 }],
    });
    expect(editOps("廉洁律自准则", "廉洁自律准则").distance).toBe(1);
    expect(editOps("审计法", "统计法").ops).toEqual([{ op: "sub", at: 0 }]);
    expect(editOps("一二三四五", "五四三二一").distance).toBe(3);
  });
});

describe("no finding on correct texts", () => {
  const TRAPS = [
    "发扬党的三大作风，用好党的两大法宝。",
    "坚持党的十一届三中全会以来的路线方针政策。",
    "学习十八届中央纪委六次全会和省委十一届九次全会精神。",
    "出席十四届全国人大二次会议。",
    "学习贯彻党的二十届四中全会和二十届中央纪委二次、三次、四次全会精神。",
    "党的十九大、十九届二中、三中、四中、五中、六中全会作出部署。",
    "认真学习习近平总书记重要讲话，总书记强调要一体推进不敢腐、不能腐、不想腐。",
    "巩固深化党纪学习教育成果，党纪学习教育开展以来，党员干部纪律意识明显增强。",
    "对照《中华人民共和国监察法》《中华人民共和国监察官法》《中华人民共和国检察官法》自查。",
    "学习《中国共产党纪律处分条例》释义，结合《条例》新增条款开展研讨。",
    "坚定拥护“两个确立”、坚决做到“两个维护”，增强“四个意识”、坚定“四个自信”。",
    "二十届中央纪委四次全会和省纪委十二届四次全会先后召开。",
    "学习《论党的自我革命》和《中国共产党党员网络行为规定》，对照《中共中央关于加强党的政治建设的意见》查摆。",
    "1954年2月，党的七届四中全会召开；中共十九届六中全会审议通过历史决议。",
    "在全党开展深入贯彻中央八项规定精神学习教育，是巩固深化党纪学习教育成果的重要举措。",
  ];
  it("a report full of traps", () => {
    const r = check(modelFromLines(["关于2025年度履行全面从严治党主体责任情况的报告", ...TRAPS]));
    expect(r.year).toBe(2025);
    const ids = ["party-ordinal", "leader-title", "campaign-name", "title-quote", "formulation"];
    expect(r.findings.filter((f) => ids.includes(f.rule)).map((f) => `${f.rule} ${f.excerpt}`)).toEqual([]);
  });

  const ids = ["party-ordinal", "leader-title", "campaign-name", "title-quote"];
  const mine = (model: DocModel) =>
    check(model)
      .findings.filter(
        (f) => ids.includes(f.rule) || (f.rule === "formulation" && f.message["zh-CN"].includes("搭配")),
      )
      .map((f) => `${f.rule}@${f.paragraph}:${f.offset} ${f.excerpt}`);

  const fixtures = join(__dirname, "../../fixtures/text");
  it.each(readdirSync(fixtures).filter((f) => f.startsWith("clean-")))("%s", (file) => {
    expect(mine(readTextFile(new Uint8Array(readFileSync(join(fixtures, file)))))).toEqual([]);
  });

  const seeds = join(__dirname, "../../../../shared/seeds");
  it.each(readdirSync(seeds).filter((f) => f.endsWith(".txt")))("seed %s", (file) => {
    expect(mine(readTextFile(new Uint8Array(readFileSync(join(seeds, file)))))).toEqual([]);
  });

  it("shipped templates and library snippets", () => {
    for (const t of TEMPLATES)
      expect(mine(modelFromLines(renderTemplate(t, { year: "2024" }).map((p) => p.text)))).toEqual([]);
    expect(mine(modelFromLines(librarySnippets.map((s) => s.text)))).toEqual([]);
  });

  it("a citation before its date is reported once, by dated-reference", () => {
    for (const [text, year] of [
      ["学习二十届一中全会精神。", 2021],
      ["学习二十届四中全会精神。", 2024],
      ["开展“不忘初心、牢记使命”主题教育。", 2018],
    ] as const) {
      const r = check(modelFromLines([`关于${year}年度履行全面从严治党主体责任情况的报告`, text]), { year });
      const dated = r.findings.filter((f) => f.paragraph === 1 && f.category === "wording");
      expect(dated.map((f) => [f.rule, f.severity])).toEqual([["dated-reference", "error"]]);
    }
  });
});
