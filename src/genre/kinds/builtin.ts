/**
 * The built-in report kinds (GENRE.md section 2), one profile each, most specific first (detection tries
 * them in this order). To add a kind: add one record here and its template (src/genre/templates/), see
 * src/README.md.
 */
import type { KindPart, KindProfile } from "./schema";

/** Problems written as 存在的问题 / 不足 / 差距 … (GENRE.md section 3). */
const PROBLEMS_HEADINGS =
  "存在的?(?:主要|突出)?(?:问题|不足|差距|短板)|问题(?:和|与|及)(?:不足|差距|短板)|不足之处|^(?:主要)?不足|差距|短板|薄弱环节|问题清单|查摆.{0,4}问题|问题.{0,6}原因|原因(?:分析|剖析)|问题根源|根源剖析|(?:发现|查找|检视|梳理)出?的(?:主要|突出)?问题";
/**
 * Problems stated in a closing paragraph: the word (group 1 or 2) where a sentence says there are some
 * (还存在不足和差距, 不足主要是…), not a mere mention (有进步也有不足, 补齐短板).
 */
const PROBLEMS_CLOSING =
  "(?:存在|还有|仍有|尚有|面临)[^。；！？，]{0,12}?(不足|差距|短板|薄弱|问题和不足|问题与不足)|(不足|差距|短板|问题和不足)(?:之处)?(?:主要)?(?:是|有|表现在|在于|[:：])";
const NEXT_HEADINGS =
  "下一步|下步|下一阶段|下阶段|今后|打算|改进措施|整改措施|努力方向|工作计划|工作思路|工作安排|意见建议|改进方向";

/** The three parts of most reports: work done, problems, next steps (GENRE.md section 3). */
const STANDARD_PARTS: readonly KindPart[] = [
  {
    id: "work",
    name: { "zh-CN": "主要工作情况", "en-US": "work done" },
    required: true,
  },
  {
    id: "problems",
    name: { "zh-CN": "存在的问题", "en-US": "problems" },
    headings: PROBLEMS_HEADINGS,
    closing: PROBLEMS_CLOSING,
    required: true,
  },
  {
    id: "next",
    name: { "zh-CN": "下一步打算", "en-US": "next steps" },
    headings: NEXT_HEADINGS,
    // At a sentence's start (下一步，我们将…), not a mention (明确下一步工作方向).
    closing: "(?:^|[。；！？])[\\s\u3000]*(下一步|下步|今后|下一阶段|接下来)",
    required: true,
  },
];

/** What a profile says when it says nothing (the schema's defaults, spelt out: the built-in data loads without zod). */
const PLAIN = {
  addressee: "optional",
  impliedByAddressee: false,
  periodInTitle: false,
  yearInTitle: true,
  closingParts: "warning",
  content: [],
} as const satisfies Partial<KindProfile>;

/** 述廉 content: personal integrity and the eight-point rules. */
const SHULIAN_CUE = "廉洁自律|廉洁从政|中央八项规定|个人有关事项|廉洁纪律|述廉|廉洁用权|拒腐防变|廉洁从业";

/** The built-in kinds, most specific first; test/unit/kinds.test.ts validates them against the schema. */
export const KINDS: readonly KindProfile[] = [
  {
    // 述职述廉报告 of the annual cadre assessment (often 述职述廉述德述法): 德、能、勤、绩、廉 and, where asked,
    // 述法 (《党政主要负责人履行推进法治建设第一责任人职责规定》, 2016-12: the duty is part of the year-end 述职).
    ...PLAIN,
    id: "shuzhi-shulian",
    name: {
      "zh-CN": "述职述廉报告（年度考核，含述德述法）",
      "en-US": "Annual assessment report on work and integrity (述职述廉, 述德述法)",
    },
    shortName: { "zh-CN": "述职述廉报告", "en-US": "述职述廉 report" },
    cues: ["述职述(?:德述)?廉|述德述(?:职|廉)|述职述德|述学述职|述职.{0,4}述法"],
    template: "shuzhi-shulian",
    parts: [...STANDARD_PARTS],
    content: [
      {
        id: "shuzhi",
        name: {
          "zh-CN": "述职（履行岗位职责、工作实绩）",
          "en-US": "述职 (the duties of the post and what was achieved)",
        },
        cue: "履职|岗位职责|分管|工作实绩|工作成效|述职|职责范围|牵头",
      },
      {
        id: "shulian",
        name: {
          "zh-CN": "述廉（个人廉洁自律、执行中央八项规定精神）",
          "en-US": "述廉 (personal integrity, the eight-point rules)",
        },
        cue: SHULIAN_CUE,
      },
    ],
  },
  {
    ...PLAIN,
    id: "personal-shuzeshulian",
    name: { "zh-CN": "述责述廉报告", "en-US": "Personal report on duty and integrity (述责述廉)" },
    shortName: { "zh-CN": "述责述廉报告", "en-US": "述责述廉 report" },
    cues: ["述责述廉|述责述德述廉"],
    template: "personal-shuzeshulian",
    parts: [...STANDARD_PARTS],
    content: [
      {
        id: "shuze",
        name: {
          "zh-CN": "述责（履行主体责任、一岗双责、管党治党）",
          "en-US": "述责 (the responsibility carried: 主体责任, 一岗双责, 管党治党)",
        },
        cue: "主体责任|一岗双责|管党治党|述责|第一责任人|党风廉政建设责任|履职尽责|监督责任",
      },
      {
        id: "shulian",
        name: {
          "zh-CN": "述廉（个人廉洁自律、执行中央八项规定精神）",
          "en-US": "述廉 (personal integrity, the eight-point rules)",
        },
        cue: SHULIAN_CUE,
      },
    ],
  },
  {
    // 民主生活会个人对照检查材料: a leading cadre's self-examination for the annual 民主生活会 (《县以上党和
    // 国家机关党员领导干部民主生活会若干规定》, 2016). Its parts: what was found (by the year's topics, with
    // last year's rectification), the causes, the measures; no 主要工作情况.
    ...PLAIN,
    id: "democratic-life-review",
    name: {
      "zh-CN": "民主生活会个人对照检查材料",
      "en-US": "Self-examination for the democratic life meeting (民主生活会对照检查材料)",
    },
    shortName: { "zh-CN": "对照检查材料", "en-US": "self-examination" },
    cues: [
      "对照检查(?:材料|发言|情况报告)|检视剖析材料|个人对照检查|民主生活会.{0,16}(?:发言提纲|发言材料|检视剖析)",
    ],
    template: "democratic-life-review",
    titleGenre: "(?:对照检查|检视剖析|发言)(?:材料|提纲)$",
    parts: [
      {
        id: "findings",
        name: { "zh-CN": "查摆的问题", "en-US": "problems found" },
        required: true,
      },
      {
        id: "causes",
        name: { "zh-CN": "产生问题的原因", "en-US": "causes" },
        headings: "原因|根源|剖析",
        required: true,
      },
      {
        id: "measures",
        name: { "zh-CN": "整改措施", "en-US": "measures" },
        // not 上年度整改措施落实情况 (a look back, part of what was found)
        headings:
          "^(?!.*(?:落实|完成|执行)情况).*(?:整改措施|整改方向|改进措施|努力方向|今后|下一步|打算|整改举措|改进方向)",
        closing: "今后|下一步|努力方向",
        required: true,
      },
    ],
  },
  {
    ...PLAIN,
    id: "first-responsible",
    name: {
      "zh-CN": "履行党风廉政建设第一责任人职责情况报告",
      "en-US": "Report of the first responsible person for Party conduct",
    },
    shortName: {
      "zh-CN": "第一责任人职责情况报告",
      "en-US": "report on the first-responsible person's duties",
    },
    cues: ["第一责任人(?:职责|责任)?(?:履行|落实)?情况|履行.{0,12}第一责任人"],
    template: "first-responsible",
    parts: [...STANDARD_PARTS],
    closingParts: "info",
  },
  {
    ...PLAIN,
    id: "periodic-main-responsibility",
    name: {
      "zh-CN": "全面从严治党主体责任落实情况报告（季度/半年）",
      "en-US": "Quarterly or half-year report on strict Party governance",
    },
    shortName: {
      "zh-CN": "全面从严治党主体责任落实情况报告（季度/半年）",
      "en-US": "quarterly or half-year report on the main responsibility",
    },
    cues: [
      "(?:第[一二三四1-4]季度|上半年|半年度?).{0,20}(?:主体责任|全面从严治党)|(?:主体责任|全面从严治党).{0,12}(?:季度|半年)",
    ],
    template: "periodic-main-responsibility",
    addressee: "expected",
    periodInTitle: true,
    parts: [...STANDARD_PARTS],
  },
  {
    ...PLAIN,
    id: "personal-responsibility-system",
    name: {
      "zh-CN": "落实党风廉政建设责任制及个人廉洁从政情况报告",
      "en-US": "Report on the responsibility system and personal integrity",
    },
    shortName: {
      "zh-CN": "落实党风廉政建设责任制及个人廉洁从政情况报告",
      "en-US": "report on the responsibility system and personal integrity",
    },
    cues: ["个人廉洁从政|责任制及个人|廉洁从政(?:等)?情况"],
    template: "personal-responsibility-system",
    parts: [...STANDARD_PARTS],
  },
  {
    ...PLAIN,
    id: "unit-annual",
    name: {
      "zh-CN": "党风廉政建设和反腐败工作情况报告",
      "en-US": "Unit report on Party conduct and anti-corruption work",
    },
    shortName: {
      "zh-CN": "党风廉政建设和反腐败工作情况报告",
      "en-US": "unit's annual report on conduct and anti-corruption work",
    },
    cues: ["党风廉政建设和反腐败(?:工作)?(?:情况|工作情况)|反腐败工作情况"],
    template: "unit-annual",
    addressee: "expected",
    impliedByAddressee: true,
    parts: [...STANDARD_PARTS],
  },
  {
    // 巡视/巡察整改进展情况报告: the Party organisation reports, item by item, how it rectified what the
    // inspection team fed back (《中国共产党巡视工作条例》 2024, 整改 chapter). No 存在的问题 part: the
    // problems are the feedback itself; items not yet rectified are an optional part.
    ...PLAIN,
    id: "inspection-rectification",
    name: {
      "zh-CN": "巡视巡察整改进展情况报告",
      "en-US": "Progress report on rectification after an inspection tour (巡视/巡察整改)",
    },
    shortName: { "zh-CN": "整改进展情况报告", "en-US": "rectification progress report" },
    cues: [
      "巡[视察].{0,24}整改(?:工作)?(?:进展|落实|推进)?(?:情况|报告)|巡[视察]整改主体责任|整改进展情况|集中整改(?:进展|落实)?情况",
    ],
    template: "inspection-rectification",
    addressee: "expected",
    yearInTitle: false,
    parts: [
      {
        id: "rectified",
        name: { "zh-CN": "整改落实情况", "en-US": "rectification done" },
        required: true,
      },
      {
        id: "pending",
        name: { "zh-CN": "尚未完成的整改事项", "en-US": "items not yet rectified" },
        headings:
          "尚未(?:完成|整改|到位)|未(?:完成|到位)的|需(?:要)?长期(?:坚持|推进)|整改中存在|存在的(?:不足|差距|问题)",
        required: false,
      },
      {
        id: "next",
        name: { "zh-CN": "下一步工作打算", "en-US": "next steps" },
        headings: `${NEXT_HEADINGS}|持续(?:深化|推进|抓好)整改|巩固(?:深化)?整改成果|长效机制`,
        closing: "下一步|下步|今后|持续深化整改|巩固整改成果",
        required: true,
      },
    ],
    content: [
      {
        id: "feedback",
        name: {
          "zh-CN": "对照反馈问题逐项说明整改情况",
          "en-US": "each fed-back problem and how it was rectified",
        },
        cue: "反馈(?:意见|问题)|巡[视察](?:组|反馈|指出)|问题清单|整改台账|整改清单",
      },
      {
        id: "progress",
        name: {
          "zh-CN": "整改完成情况（已完成、正在推进的事项）",
          "en-US": "the state of rectification (done, under way)",
        },
        cue: "已(?:完成|整改|办结)|完成整改|整改完成|基本完成|正在推进|持续推进|长期坚持",
      },
    ],
  },
  {
    ...PLAIN,
    id: "main-responsibility",
    name: {
      "zh-CN": "履行党风廉政建设主体责任情况报告",
      "en-US": "Report on the main responsibility for Party conduct",
    },
    shortName: { "zh-CN": "主体责任情况报告", "en-US": "report on the main responsibility" },
    cues: ["主体责任"],
    template: "main-responsibility",
    parts: [...STANDARD_PARTS],
    closingParts: "info",
  },
];
