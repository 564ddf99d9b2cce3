import type { TemplateData } from "../template-schema";

/**
 * 民主生活会个人对照检查材料 (a member of the leading team, first person): last year's rectification, the
 * problems found against the year's topics, their causes, the measures (《县以上党和国家机关党员领导干部民主
 * 生活会若干规定》, 2016). The topics change every year with the central notice: the writer names them.
 */
export const democraticLifeReview: TemplateData = {
  id: "democratic-life-review",
  kind: "democratic-life-review",
  name: {
    "zh-CN": "民主生活会个人对照检查材料",
    "en-US": "Self-examination for the democratic life meeting (民主生活会对照检查材料)",
  },
  description: {
    "zh-CN":
      "领导班子成员年度民主生活会个人对照检查：上年度整改落实情况、对照查摆的问题、产生问题的原因、整改措施。",
    "en-US":
      "A leading-team member's self-examination for the annual democratic life meeting: last year's follow-up, problems found, causes, measures.",
  },
  fields: ["year", "unit", "post", "name", "date"],
  title: "{year}年度民主生活会个人对照检查材料",
  opening: [
    "按照{?本年度民主生活会通知的发文机关和文件名称}要求，本人围绕{?本年度民主生活会的主题}，认真学习规定篇目，广泛征求意见，深入开展谈心谈话，对照检视自身差距。现将个人对照检查情况报告如下：",
  ],
  sections: [
    {
      heading: "上年度民主生活会整改措施落实情况",
      body: [
        "上年度民主生活会本人查摆的{#上年度查摆的问题个数}个问题已整改到位，{?尚需持续整改的事项和进展}。",
      ],
    },
    {
      heading: "对照检查查摆的问题",
      childStyle: "skip",
      children: [
        {
          heading: "在学习贯彻党的创新理论方面",
          runIn: true,
          body: ["{?学习不够深入系统、用以指导实践不够到位的具体表现}。"],
        },
        {
          heading: "在严守纪律规矩方面",
          runIn: true,
          body: ["{?执行纪律规矩、落实“一岗双责”中存在的具体不足}。"],
        },
        {
          heading: "在担当作为方面",
          runIn: true,
          body: ["{?攻坚克难、推动工作落实中存在的具体不足}。"],
        },
        {
          heading: "在作风建设方面",
          runIn: true,
          body: ["{?调查研究、联系群众、落实中央八项规定精神方面存在的具体不足}。"],
        },
      ],
    },
    {
      heading: "产生问题的原因分析",
      childStyle: "skip",
      children: [
        { heading: "理论武装还不够到位", runIn: true, body: ["{?学习的系统性和自觉性方面的原因}。"] },
        { heading: "党性锻炼还有所放松", runIn: true, body: ["{?党性修养和自我要求方面的原因}。"] },
        { heading: "宗旨意识有所淡化", runIn: true, body: ["{?联系群众、服务群众方面的原因}。"] },
      ],
    },
    {
      heading: "下一步整改措施",
      childStyle: "skip",
      body: ["针对查摆出的问题，本人将列出清单、逐项整改："],
      children: [
        { heading: "深化理论武装", runIn: true, body: ["{?加强学习、学用结合的具体措施和时限}。"] },
        { heading: "严守纪律规矩", runIn: true, body: ["{?严格执行纪律、落实“一岗双责”的具体措施}。"] },
        { heading: "锤炼过硬作风", runIn: true, body: ["{?改进作风、为群众办实事的具体措施}。"] },
      ],
    },
  ],
  signature: ["{unit}{post}", "{name}"],
  date: true,
};
