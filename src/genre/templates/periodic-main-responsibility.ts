import type { TemplateData } from "../template-schema";

/** 全面从严治党主体责任落实情况报告（季度/半年）(a 党组 to the higher 党委). */
export const periodicMainResponsibility: TemplateData = {
  id: "periodic-main-responsibility",
  kind: "periodic-main-responsibility",
  name: {
    "zh-CN": "全面从严治党主体责任落实情况报告（季度/半年）",
    "en-US": "Quarterly or half-year report on the main responsibility for strict Party governance",
  },
  description: {
    "zh-CN": "党组向上级党委的季度或半年报告：主要做法、存在的问题、下一步打算。",
    "en-US":
      "A Party group's quarterly or half-year report to the higher Party committee: practice, problems, plans.",
  },
  fields: ["year", "period", "unit", "to", "date"],
  title: "关于{year}年{period}履行全面从严治党主体责任情况的报告",
  addressee: "{to}：",
  opening: [
    "{year}年{period}，{unit}坚持以习近平新时代中国特色社会主义思想为指导，推动全面从严治党向纵深发展，{?本期履行主体责任的总体情况}。现将有关情况报告如下：",
  ],
  sections: [
    {
      heading: "主要做法",
      children: [
        {
          heading: "压实责任",
          runIn: true,
          body: ["本期召开党组会议研究全面从严治党工作{#研究次数}次，{?部署和推进的重点工作}。"],
        },
        { heading: "正风肃纪", runIn: true, body: ["{?落实中央八项规定精神、纠治“四风”的情况}。"] },
        { heading: "强化监督", runIn: true, body: ["{?开展日常监督、廉政谈话和问题整改的情况}。"] },
      ],
    },
    {
      heading: "存在的问题",
      body: ["一是{?责任落实方面的问题}。二是{?监督管理方面的问题}。"],
    },
    {
      heading: "下一步打算",
      body: ["一是{?下一阶段压实责任的措施}。二是{?下一阶段强化监督的措施}。"],
    },
  ],
  closing: "特此报告。",
  signature: ["{unit}"],
  date: true,
};
