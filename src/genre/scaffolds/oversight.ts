/** Scaffolds on oversight and education: 巡视巡察整改, 审计监督, 民生领域监督, 警示教育, 家风. */
import type { ScaffoldData } from "../template-schema";

export const OVERSIGHT_SCAFFOLDS: ScaffoldData[] = [
  {
    id: "inspection-rectify",
    theme: "inspection",
    name: { "zh-CN": "抓好巡视巡察整改", "en-US": "Rectification after inspection tours" },
    keywords: ["巡视", "巡察", "整改"],
    level: 2,
    section: {
      heading: "扎实抓好巡视巡察整改",
      runIn: true,
      body: [
        "坚持把巡视巡察整改作为重要政治任务，对反馈的{#反馈问题个数}个问题逐项建立台账。一是{?明确整改责任和时限的情况}。二是已完成整改{#已整改问题个数}个，{?尚未完成事项的推进安排}。",
      ],
    },
  },
  {
    id: "inspection-long-term",
    theme: "inspection",
    name: { "zh-CN": "巡察整改与长效机制", "en-US": "Inspection follow-up and lasting mechanisms" },
    keywords: ["巡视", "巡察", "整改", "长效机制"],
    level: 2,
    section: {
      heading: "深化巡察成果运用",
      children: [
        { heading: "压实整改责任", runIn: true, body: ["{?主要负责人履行整改第一责任人职责的情况}。"] },
        { heading: "建立长效机制", runIn: true, body: ["{?针对共性问题完善制度的情况}。"] },
      ],
    },
  },
  {
    id: "audit-rectify",
    theme: "audit",
    name: { "zh-CN": "审计发现问题整改", "en-US": "Rectifying audit findings" },
    keywords: ["审计", "审计监督", "整改"],
    level: 2,
    section: {
      heading: "配合审计监督抓好问题整改",
      runIn: true,
      body: ["主动接受审计监督，对审计发现的{#审计发现问题个数}个问题{?整改落实和追责问责的情况}。"],
    },
  },
  {
    id: "audit-economic-responsibility",
    theme: "audit",
    name: { "zh-CN": "领导干部经济责任审计", "en-US": "Economic responsibility audits" },
    keywords: ["审计", "经济责任审计", "内部审计"],
    level: 2,
    section: {
      heading: "加强经济责任审计和内部审计",
      runIn: true,
      body: ["一是{?开展领导干部经济责任审计的情况}。二是{?开展内部审计、规范财务管理的情况}。"],
    },
  },
  {
    id: "livelihood-supervision",
    theme: "livelihood",
    name: { "zh-CN": "深化民生领域监督", "en-US": "Supervision of public-welfare fields" },
    keywords: ["民生", "群众身边", "不正之风", "专项整治"],
    level: 2,
    section: {
      heading: "深化民生领域专项监督",
      runIn: true,
      body: [
        "聚焦教育、医疗、养老、社保等民生领域开展监督。一是{?开展专项整治的项目和成效}。二是查处群众身边不正之风和腐败问题{#查处问题个数}个，{?典型案例通报情况}。",
      ],
    },
  },
  {
    id: "livelihood-funds",
    theme: "livelihood",
    name: { "zh-CN": "惠民惠农资金监管", "en-US": "Oversight of welfare funds" },
    keywords: ["民生", "惠民惠农", "资金监管"],
    level: 2,
    section: {
      heading: "加强惠民惠农资金监管",
      runIn: true,
      body: ["{?对惠民惠农补贴资金发放开展监督检查的情况}，推动资金安全规范使用。"],
    },
  },
  {
    id: "warning-education",
    theme: "warning",
    name: { "zh-CN": "开展警示教育", "en-US": "Warning education" },
    keywords: ["警示教育", "以案促改", "典型案例"],
    level: 2,
    section: {
      heading: "深入开展警示教育",
      runIn: true,
      body: [
        "坚持用身边事教育身边人，全年组织警示教育活动{#警示教育次数}次。一是{?组织观看警示教育片、参观廉政教育基地的情况}。二是{?开展以案促改、以案促治的情况}。",
      ],
    },
  },
  {
    id: "warning-clean-culture",
    theme: "warning",
    name: { "zh-CN": "推进廉洁文化建设", "en-US": "A culture of integrity" },
    keywords: ["警示教育", "廉洁文化", "廉政教育"],
    level: 2,
    section: {
      heading: "推进新时代廉洁文化建设",
      runIn: true,
      body: ["{?开展廉洁文化宣传、廉政教育活动的形式和成效}。"],
    },
  },
  {
    id: "family-tradition",
    theme: "family",
    name: { "zh-CN": "注重家庭家教家风", "en-US": "Family values and upbringing" },
    keywords: ["家风", "家教", "亲属"],
    level: 2,
    section: {
      heading: "注重家庭家教家风建设",
      runIn: true,
      body: [
        "一是{?教育引导配偶子女遵纪守法的情况}。二是{?参加家风教育活动的情况}。三是{?亲属没有利用本人职权谋利的说明}。",
      ],
    },
  },
  {
    id: "family-staff",
    theme: "family",
    name: { "zh-CN": "管好身边工作人员", "en-US": "Overseeing one's staff" },
    keywords: ["家风", "身边工作人员", "秘书"],
    level: 2,
    section: {
      heading: "管好亲属和身边工作人员",
      runIn: true,
      body: ["{?对亲属和身边工作人员严格要求、严格教育、严格管理的情况}。"],
    },
  },
];
