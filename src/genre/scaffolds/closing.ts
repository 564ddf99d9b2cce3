/** Scaffolds closing a report: 存在的问题 (several shapes) and 下一步打算 (several shapes). */
import type { ScaffoldData } from "../template-schema";

export const CLOSING_SCAFFOLDS: ScaffoldData[] = [
  {
    id: "problems-general",
    theme: "problems",
    name: { "zh-CN": "存在的问题（一是二是）", "en-US": "Problems (一是/二是)" },
    keywords: ["存在问题", "不足", "差距"],
    level: 1,
    section: {
      heading: "存在的问题",
      body: [
        "对照全面从严治党要求，还存在一些差距和不足：一是{?理论学习方面的不足}。二是{?责任落实方面的不足}。三是{?作风建设方面的不足}。",
      ],
    },
  },
  {
    id: "problems-numbered",
    theme: "problems",
    name: { "zh-CN": "存在问题和不足（分条）", "en-US": "Problems and shortcomings (numbered)" },
    keywords: ["存在问题", "不足", "差距"],
    level: 1,
    section: {
      heading: "存在问题和不足",
      childStyle: "skip",
      children: [
        { heading: "推动决策部署落实还有差距", runIn: true, body: ["{?具体表现}。"] },
        { heading: "日常监督管理还需加强", runIn: true, body: ["{?具体表现}。"] },
        { heading: "作风建设仍有短板", runIn: true, body: ["{?具体表现}。"] },
      ],
    },
  },
  {
    id: "problems-subsections",
    theme: "problems",
    name: { "zh-CN": "存在的问题（分层次）", "en-US": "Problems (with sub-sections)" },
    keywords: ["存在问题", "不足"],
    level: 1,
    section: {
      heading: "存在的问题",
      children: [
        { heading: "主体责任传导还不够到位", runIn: true, body: ["{?压力传导层层递减的具体表现}。"] },
        { heading: "监督制约机制还不够健全", runIn: true, body: ["{?重点领域和关键环节监督的薄弱之处}。"] },
        { heading: "干部作风还需持续改进", runIn: true, body: ["{?作风方面存在的具体问题}。"] },
      ],
    },
  },
  {
    id: "problems-personal",
    theme: "problems",
    name: { "zh-CN": "个人存在的不足", "en-US": "Personal shortcomings" },
    keywords: ["存在问题", "不足", "个人", "述责述廉"],
    level: 1,
    section: {
      heading: "存在的不足",
      body: [
        "本人在履行职责和廉洁自律方面还存在以下不足：一是{?学习方面的不足}。二是{?履行“一岗双责”方面的不足}。三是{?深入基层、联系群众方面的不足}。",
      ],
    },
  },
  {
    id: "next-steps-general",
    theme: "next-steps",
    name: { "zh-CN": "下一步工作打算（分层次）", "en-US": "Plans for next year (with sub-sections)" },
    keywords: ["下一步", "工作打算", "改进措施"],
    level: 1,
    section: {
      heading: "下一步工作打算",
      body: ["下一步，将针对存在的问题，重点抓好以下工作："],
      children: [
        { heading: "强化政治引领", runIn: true, body: ["{?加强理论武装和政治建设的措施}。"] },
        { heading: "压实管党治党责任", runIn: true, body: ["{?健全责任体系、强化考核问责的措施}。"] },
        { heading: "持续正风肃纪反腐", runIn: true, body: ["{?落实中央八项规定精神、加强监督执纪的措施}。"] },
      ],
    },
  },
  {
    id: "next-steps-improve",
    theme: "next-steps",
    name: { "zh-CN": "下一阶段改进措施（分条）", "en-US": "Measures for improvement (numbered)" },
    keywords: ["下一步", "改进措施", "整改"],
    level: 1,
    section: {
      heading: "下一阶段改进措施",
      childStyle: "skip",
      children: [
        { heading: "强化理论武装", runIn: true, body: ["{?具体措施}。"] },
        { heading: "压实主体责任", runIn: true, body: ["{?具体措施}。"] },
        { heading: "加强作风建设", runIn: true, body: ["{?具体措施}。"] },
      ],
    },
  },
  {
    id: "next-steps-short",
    theme: "next-steps",
    name: { "zh-CN": "下步打算（一是二是）", "en-US": "Next steps (一是/二是)" },
    keywords: ["下一步", "下步打算", "工作打算"],
    level: 1,
    section: {
      heading: "下步打算",
      body: ["一是{?压实责任方面的打算}。二是{?强化监督方面的打算}。三是{?加强教育方面的打算}。"],
    },
  },
  {
    id: "next-steps-personal",
    theme: "next-steps",
    name: { "zh-CN": "个人努力方向", "en-US": "Personal commitments" },
    keywords: ["下一步", "努力方向", "个人", "述责述廉"],
    level: 1,
    section: {
      heading: "今后的努力方向",
      body: [
        "在今后的工作中，本人将{?加强学习、履职尽责、廉洁自律方面的具体打算}，以更加过硬的作风履行好职责。",
      ],
    },
  },
];
