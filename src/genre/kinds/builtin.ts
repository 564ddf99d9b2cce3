/**
 * The built-in report kinds (GENRE.md section 2), one profile each, most specific first (detection tries
 * them in this order). To add a kind: add one record here and its template (src/genre/templates/), see
 * src/README.md.
 */
import type { KindPart, KindProfile } from "./schema";

/** Problems written as 存在的问题 / 不足 / 差距 … (GENRE.md section 3). */
const PROBLEMS_HEADINGS =
  "存在的?(?:主要|突出)?(?:问题|不足|差距|短板)|问题(?:和|与|及)(?:不足|差距|短板)|不足之处|^(?:主要)?不足|差距|短板|薄弱环节|问题清单|查摆.{0,4}问题";
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
    closing: "不足|差距|短板|问题和不足|薄弱",
    required: true,
  },
  {
    id: "next",
    name: { "zh-CN": "下一步打算", "en-US": "next steps" },
    headings: NEXT_HEADINGS,
    closing: "下一步|下步|今后|下一阶段",
    required: true,
  },
];

/** What a profile says when it says nothing (the schema's defaults, spelt out: the built-in data loads without zod). */
const PLAIN = {
  addressee: "optional",
  impliedByAddressee: false,
  periodInTitle: false,
  closingParts: "warning",
  content: [],
} as const satisfies Partial<KindProfile>;

/** The built-in kinds, most specific first; test/unit/kinds.test.ts validates them against the schema. */
export const KINDS: readonly KindProfile[] = [
  {
    ...PLAIN,
    id: "personal-shuzeshulian",
    name: { "zh-CN": "述责述廉报告", "en-US": "Personal report on duty and integrity (述责述廉)" },
    shortName: { "zh-CN": "述责述廉报告", "en-US": "述责述廉 report" },
    cues: ["述责述廉|述职述廉|述责述德述廉"],
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
        cue: "廉洁自律|廉洁从政|中央八项规定|个人有关事项|廉洁纪律|述廉|廉洁用权|拒腐防变|廉洁从业",
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
