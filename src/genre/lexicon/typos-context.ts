/**
 * Confusions decided by context (the classic pairs of the genre): each wrong form carries the
 * words around it that decide it, and only the bracketed part is replaced. Warnings: the context
 * makes the slip very likely, not certain.
 *
 * - 权力 (power held by an office) / 权利 (a right): 手中的权力, 权力寻租, 权力运行, 把权力关进制度的笼子
 *   (《现代汉语词典》; the formulation since the 2013 中央纪委二次全会).
 * - 截至 (up to a time, takes the date) / 截止 (to end, takes no object; 截止到 is right):
 *   《现代汉语词典》; 截止 before a date or 目前 is a common slip.
 * - 作出 with abstract objects (决定、部署、安排、决策、规定、批示、承诺、贡献): 《现代汉语词典》 and the
 *   usage of 《党政机关公文处理工作条例》 (第八条 决定: 适用于对重要事项作出决策和部署).
 * - 反映 (to report, reflect) / 反应 (a reaction): 反映问题, 反映情况, 如实反映.
 * - 考察 (of cadres) / 考查 (of a test): 干部考察, 考察对象, 考察谈话 (《党政领导干部选拔任用工作条例》).
 * - 贯彻 / 宽彻 (no word; 宽 is neither a near reading of 贯 nor a look-alike, so the near-miss generator
 *   cannot produce it): given with the words around it, since 放宽 + 彻底 can meet across a word boundary.
 * - 监督检查 (the fourth of the 四纳入: 纳入……监督检查范围) / 坚持: 监督坚持范围 is a slip of the input method.
 * - 巡察 (a Party inspection by a city or county Party committee, 《中国共产党巡视工作条例》 2015 on) /
 *   巡查 (a patrol).
 */
import type { TypoGroup } from "./typos-schema";

export const contextTypos: readonly TypoGroup[] = [
  {
    id: "context-quanli",
    source: "《现代汉语词典》（第7版）权力、权利；“把权力关进制度的笼子里”（2013年中央纪委二次全会）",
    severity: "warning",
    kind: "context",
    note: {
      "zh-CN": "此处指职务上的权力，不是法定的权利",
      "en-US": "here it means the power of an office (权力), not a right (权利)",
    },
    lines: `
权力 手中的[权利] 正确的[权利]观 手中[权利] 用好[权利] 滥用[权利]谋 [权利]寻租 [权利]运行 [权利]监督 对[权利]的监督 [权利]集中 公共[权利] 行政[权利] 职务[权利] [权利]腐败 [权利]任性 [权利]的笼子 [权利]关进 正确行使[权利] 制约[权利]
`,
  },
  {
    id: "context-jiezhi",
    source: "《现代汉语词典》（第7版）截至、截止",
    severity: "warning",
    kind: "context",
    note: {
      "zh-CN": "后接时间用“截至”（或“截止到”）",
      "en-US": "before a date or time write 截至 (up to); 截止 means to end",
    },
    lines: `
截至 [截止]目前 [截止]当前 [截止]今年 [截止]去年 [截止]上年 [截止]本年 [截止]年底 [截止]年末 [截止]本月 [截止]月底 [截止]现在 [截止]2 [截止]1
`,
  },
  {
    id: "context-zuochu",
    source: "《现代汉语词典》（第7版）作出；《党政机关公文处理工作条例》第八条（对重要事项作出决策和部署）",
    severity: "warning",
    kind: "context",
    note: {
      "zh-CN": "决定、部署等抽象事物用“作出”",
      "en-US": "作出 goes with abstract objects such as decisions and arrangements",
    },
    lines: `
作出 [做出]部署 [做出]决定 [做出]决策 [做出]安排 [做出]规定 [做出]批示 [做出]指示 [做出]承诺 [做出]结论 [做出]处理 [做出]处分 [做出]答复 [做出]解释 [做出]重要指示 [做出]重要论述
`,
  },
  {
    id: "context-fanying",
    source: "《现代汉语词典》（第7版）反映、反应",
    severity: "warning",
    kind: "context",
    note: { "zh-CN": "报告、转达问题用“反映”", "en-US": "反映 means to report a matter; 反应 is a reaction" },
    lines: `
反映 [反应]问题 如实[反应] 群众[反应]的问题 [反应]诉求 [反应]意见 向上级[反应] [反应]出的问题 集中[反应]了
`,
  },
  {
    id: "context-kaocha",
    source: "《党政领导干部选拔任用工作条例》（2019）第四章 考察",
    severity: "warning",
    kind: "context",
    note: { "zh-CN": "对干部用“考察”", "en-US": "考察 is the assessment of cadres; 考查 is a test" },
    lines: `
考察 干部[考查] [考查]对象 [考查]谈话 [考查]材料 任前[考查]
`,
  },
  {
    id: "context-xuncha",
    source: "《中国共产党巡视工作条例》（2015年修订起规定市县党委巡察；2024年修订）",
    severity: "warning",
    kind: "context",
    note: {
      "zh-CN": "党内巡视巡察用“巡察”",
      "en-US": "巡察 is the Party's inspection tour; 巡查 is a patrol",
    },
    lines: `
巡察 [巡查]整改 [巡查]反馈 [巡查]工作领导小组 被[巡查]党组织 [巡查]利剑 [巡查]全覆盖
`,
  },
  {
    id: "context-guanche",
    source: "《现代汉语词典》（第7版）贯彻",
    severity: "warning",
    kind: "context",
    lines: `
贯彻 学习[宽彻] 深入[宽彻] 认真[宽彻] 全面[宽彻] 坚决[宽彻] [宽彻]落实 [宽彻]执行 [宽彻]党的 [宽彻]习近平 [宽彻]新时代 [宽彻]中央 [宽彻]上级 [宽彻]二十 [宽彻]十
`,
  },
  {
    id: "context-jiancha",
    source: "意识形态工作责任制“四纳入”的通行表述（纳入……监督检查范围）；《现代汉语词典》（第7版）检查",
    severity: "warning",
    kind: "context",
    note: {
      "zh-CN": "“监督检查范围”，不是“坚持”",
      "en-US": "the phrase is 监督检查范围 (the scope of supervision and inspection)",
    },
    lines: `
检查 监督[坚持]范围 监督[坚持]的范围 监督[坚持]工作范围
`,
  },
];
