/**
 * 的 written for 地 between an adverbial adjective and the verb it modifies (较好的完成了任务 →
 * 较好地完成, 认真的听 → 认真地听), for the rule adverbial-de (issue 10). Curated lists, precision
 * first: the verb must be followed by an object, 了/着 or a mark; a noun after it (有效的落实机制) or a
 * light verb before the adjective (得到了有效的落实, 经过认真的学习) makes the verb a noun, and 的 right.
 * Source: 《现代汉语词典》（第7版）“地”（用在状语后）、“的”（用在定语后）; GB/T 15834 does not rule on it.
 */

/** Adjectives used as adverbials before a verb. */
export const DE_ADVERBS = [
  "较好",
  "很好",
  "圆满",
  "扎实",
  "认真",
  "积极",
  "有效",
  "切实",
  "全面",
  "深入",
  "充分",
  "及时",
  "严格",
  "主动",
  "坚决",
  "稳步",
  "高效",
  "顺利",
  "彻底",
  "细致",
  "广泛",
  "有序",
] as const;

/** Two-character verbs that take an object (完成任务, 推进工作). */
export const DE_VERBS = [
  "完成",
  "推进",
  "落实",
  "开展",
  "执行",
  "贯彻",
  "履行",
  "整改",
  "解决",
  "推动",
  "抓好",
  "做好",
  "完善",
  "加强",
  "提升",
  "学习",
  "传达",
  "宣传",
  "组织",
  "实施",
  "查处",
  "纠正",
  "处理",
  "参与",
  "配合",
] as const;

/** One-character verbs: only before a mark, 了, 着 or 好 (认真的听，认真的记). */
export const DE_SHORT_VERBS = ["听", "记", "学", "看", "想", "做", "抓", "干"] as const;

/** Nouns after the verb that make it a modifier (有效的落实机制, 认真的学习态度): 的 is right. */
export const DE_NOUNS = [
  "机制",
  "制度",
  "措施",
  "情况",
  "态度",
  "工作",
  "方案",
  "体系",
  "效果",
  "成效",
  "成果",
  "过程",
  "方式",
  "方法",
  "能力",
  "水平",
  "力度",
  "举措",
  "路径",
  "模式",
  "环节",
  "要求",
  "质量",
  "局面",
  "氛围",
  "格局",
  "作用",
  "意识",
  "精神",
] as const;

/** One character after the verb that makes a noun of it (学习者, 参与度, 执行力; 认真的学习是……: a subject). */
export const DE_SUFFIXES = "者型性式化率员人力家度量感面中上下里时后前间是的";

/** Light verbs before the adjective: the verb after 的 is their object, a noun (得到了有效的落实). */
export const DE_LIGHT_VERBS = [
  "经过",
  "通过",
  "进行",
  "开展",
  "加以",
  "给予",
  "得到",
  "受到",
  "取得",
  "作出",
  "做出",
  "有",
  "是",
  "为",
  "需要",
  "实现",
  "获得",
  "予以",
  // a measure word: 一次认真的学习, 这场全面的整改
  "次",
  "场",
  "轮",
  "番",
] as const;

/** Degree words between a light verb and the adjective (得到了更加有效的落实). */
export const DE_DEGREE = ["更加", "较为", "十分", "非常", "比较", "更", "很", "最", "了"] as const;
