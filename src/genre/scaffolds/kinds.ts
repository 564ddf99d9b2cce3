/**
 * Scaffolds of the kinds added by issue 14: 述法 for the 述职述廉述德述法报告, one rectified problem for the
 * 巡视巡察整改进展情况报告, last year's follow-up and the causes for the 民主生活会对照检查材料.
 */
import type { ScaffoldData } from "../template-schema";

export const KIND_SCAFFOLDS: ScaffoldData[] = [
  {
    id: "shufa-law",
    theme: "law",
    name: { "zh-CN": "述法：尊法学法守法用法", "en-US": "述法: learning, observing and applying the law" },
    keywords: ["述法", "学法用法", "依法履职", "法治建设", "述职述廉述德述法"],
    level: 1,
    section: {
      heading: "尊法学法守法用法情况",
      childStyle: "skip",
      children: [
        {
          heading: "带头学法",
          runIn: true,
          body: ["{?参加法治专题学习、学习与分管工作相关法律法规的情况}。"],
        },
        {
          heading: "依法履职",
          runIn: true,
          body: ["{?在决策、执法、管理中遵守法定权限和程序的情况}。"],
        },
        {
          heading: "推动法治建设",
          runIn: true,
          body: ["{?推动分管领域依法行政、开展普法宣传的情况}。"],
        },
      ],
    },
  },
  {
    id: "law-decision",
    theme: "law",
    name: { "zh-CN": "依法决策与合法性审查", "en-US": "Lawful decisions and legality review" },
    keywords: ["依法决策", "合法性审查", "重大行政决策", "法律顾问", "述法"],
    level: 2,
    section: {
      heading: "坚持依法决策",
      runIn: true,
      body: [
        "全年提交合法性审查的重大事项{#提交合法性审查的事项数}件，{?听取法律顾问意见、履行决策程序的情况}。",
      ],
    },
  },
  {
    id: "rectification-item",
    theme: "inspection",
    name: { "zh-CN": "逐项整改：问题、措施、进展", "en-US": "One fed-back problem: measures and progress" },
    keywords: ["整改进展", "反馈问题", "整改措施", "整改台账", "巡视", "巡察"],
    level: 2,
    section: {
      heading: "关于{?反馈问题的概括}的问题",
      runIn: true,
      body: [
        "整改措施：{?针对该问题采取的措施和责任分工}。整改进展：{?已完成的事项、建立的制度和取得的成效}。",
      ],
    },
  },
  {
    id: "review-last-year",
    theme: "problems",
    name: {
      "zh-CN": "上年度民主生活会整改措施落实情况",
      "en-US": "Follow-up of last year's democratic life meeting",
    },
    keywords: ["民主生活会", "对照检查", "整改落实", "上年度"],
    level: 1,
    section: {
      heading: "上年度民主生活会整改措施落实情况",
      body: [
        "上年度民主生活会查摆的{#上年度查摆的问题个数}个问题，已整改到位{#已整改到位的问题个数}个，{?需要持续整改的事项和进展}。",
      ],
    },
  },
  {
    id: "review-causes",
    theme: "problems",
    name: { "zh-CN": "产生问题的原因剖析", "en-US": "Causes of the problems found" },
    keywords: ["原因剖析", "根源", "对照检查", "民主生活会", "检视剖析"],
    level: 1,
    section: {
      heading: "产生问题的原因剖析",
      childStyle: "skip",
      children: [
        { heading: "理想信念方面", runIn: true, body: ["{?理论学习和理想信念方面的原因}。"] },
        { heading: "党性修养方面", runIn: true, body: ["{?党性锻炼和自我要求方面的原因}。"] },
        { heading: "纪律规矩方面", runIn: true, body: ["{?纪律规矩意识方面的原因}。"] },
      ],
    },
  },
];
