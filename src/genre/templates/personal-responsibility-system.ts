import type { TemplateData } from "../template-schema";

/** 落实党风廉政建设责任制及个人廉洁从政情况报告 (a leading cadre): 主要工作情况, 存在的问题, 下一步工作打算. */
export const personalResponsibilitySystem: TemplateData = {
  id: "personal-responsibility-system",
  kind: "personal-responsibility-system",
  name: {
    "zh-CN": "落实党风廉政建设责任制及个人廉洁从政情况报告",
    "en-US": "Report on the responsibility system and personal integrity",
  },
  description: {
    "zh-CN": "领导干部年度报告：主要工作情况（一）（二）（三），存在的问题，下一步工作打算。",
    "en-US": "A leading cadre's annual report: work done (一)(二)(三), problems, plans for next year.",
  },
  fields: ["year", "unit", "post", "name", "date"],
  title: "关于{year}年度落实党风廉政建设责任制及个人廉洁从政情况的报告",
  opening: [
    "{year}年，本人认真落实党风廉政建设责任制，严格遵守廉洁从政各项规定，{?本年度履职和廉洁从政的总体情况}。现将有关情况报告如下：",
  ],
  sections: [
    {
      heading: "主要工作情况",
      children: [
        {
          heading: "加强学习，筑牢思想防线",
          runIn: true,
          body: ["一是{?参加理论学习的情况}。二是{?参加警示教育的情况}。"],
        },
        {
          heading: "履职尽责，落实“一岗双责”",
          runIn: true,
          body: ["一是{?部署分管领域党风廉政建设的情况}。二是{?对分管干部开展监督提醒的情况}。"],
        },
        {
          heading: "严以律己，廉洁从政",
          runIn: true,
          body: ["一是{?执行中央八项规定精神的情况}。二是{?报告个人有关事项和管好亲属的情况}。"],
        },
      ],
    },
    {
      heading: "存在的问题",
      body: ["{?对照廉洁从政要求查找出的主要问题}。"],
    },
    {
      heading: "下一步工作打算",
      body: ["在今后的工作中，本人将从以下方面加以改进："],
      children: [
        { heading: "持续强化理论武装", runIn: true, body: ["{?深化学习的具体措施}。"] },
        { heading: "认真履行“一岗双责”", runIn: true, body: ["{?加强分管领域监督的具体措施}。"] },
        { heading: "始终严守纪律规矩", runIn: true, body: ["{?严格廉洁自律的具体措施}。"] },
      ],
    },
  ],
  signature: ["{unit}{post}", "{name}"],
  date: true,
};
