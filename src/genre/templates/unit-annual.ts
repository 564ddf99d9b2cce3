import type { TemplateData } from "../template-schema";

/** 党风廉政建设和反腐败工作情况报告 (a unit or its 党组 to the higher 纪委): 主送, 特此报告, 落款. */
export const unitAnnual: TemplateData = {
  id: "unit-annual",
  kind: "unit-annual",
  name: {
    "zh-CN": "党风廉政建设和反腐败工作情况报告",
    "en-US": "Unit's annual report on clean governance and anti-corruption",
  },
  description: {
    "zh-CN":
      "单位或党组向上级纪委的年度报告：主送机关、主要工作情况（一）至（五）、存在的问题、下一步工作打算、特此报告。",
    "en-US":
      "A unit's annual report to the higher discipline commission: addressee, work done, problems, plans, closing.",
  },
  fields: ["year", "unit", "to", "date"],
  title: "关于{year}年度党风廉政建设和反腐败工作情况的报告",
  addressee: "{to}：",
  opening: [
    "{year}年，{unit}坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党要求，{?本年度党风廉政建设和反腐败工作的总体成效}。现将有关情况报告如下：",
  ],
  sections: [
    {
      heading: "主要工作情况",
      children: [
        {
          heading: "强化组织领导",
          runIn: true,
          body: [
            "及时传达学习{{plenum}}精神。一是{?研究部署党风廉政建设工作的情况}。二是{?分解责任、签订责任书的情况}。",
          ],
        },
        {
          heading: "加强教育引导",
          runIn: true,
          body: ["一是{?组织理论学习和党内法规学习的情况}。二是{?开展警示教育的情况}。"],
        },
        {
          heading: "落实中央八项规定精神",
          runIn: true,
          body: ["一是{?开展监督检查的情况}。二是{?查处和通报“四风”问题的情况}。"],
        },
        {
          heading: "强化监督执纪",
          runIn: true,
          body: [
            "全年运用监督执纪“四种形态”批评教育帮助和处理{#人次数}人次，{?办理问题线索和执纪问责的情况}。",
          ],
        },
        {
          heading: "健全制度机制",
          runIn: true,
          body: ["一是{?建立完善制度的情况}。二是{?推进巡察、审计发现问题整改的情况}。"],
        },
      ],
    },
    {
      heading: "存在的问题",
      body: ["一是{?责任落实方面的问题}。二是{?监督执纪方面的问题}。三是{?作风建设方面的问题}。"],
    },
    {
      heading: "下一步工作打算",
      body: ["一是{?压实管党治党责任的措施}。二是{?加强日常监督的措施}。三是{?推进廉洁文化建设的措施}。"],
    },
  ],
  closing: "特此报告。",
  signature: ["{unit}"],
  date: true,
};
