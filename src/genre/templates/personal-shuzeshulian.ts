import type { TemplateData } from "../template-schema";

/** 述责述廉报告 (a leading cadre, personally): 述责, 述廉, problems, improvements; 1.-style items under 一、. */
export const personalShuzeshulian: TemplateData = {
  id: "personal-shuzeshulian",
  kind: "personal-shuzeshulian",
  name: { "zh-CN": "述责述廉报告", "en-US": "Personal report on duty and integrity (述责述廉)" },
  description: {
    "zh-CN": "领导干部个人年度述责述廉：述责、述廉、存在的问题和不足、下一步改进措施。",
    "en-US":
      "A leading cadre's annual report on duty and integrity: duty, integrity, shortcomings, next steps.",
  },
  fields: ["year", "unit", "post", "name", "date"],
  title: "{year}年度述责述廉报告",
  opening: [
    "{year}年，本人坚持以习近平新时代中国特色社会主义思想为指导，认真履行{post}岗位职责和党风廉政建设“一岗双责”，{?本年度履责和廉洁自律的总体评价}。按照{?述责述廉工作安排的文件或会议}要求，现将本人履行全面从严治党责任和廉洁自律情况述责述廉如下：",
  ],
  sections: [
    {
      heading: "履行全面从严治党责任情况",
      childStyle: "skip",
      children: [
        {
          heading: "执行政治纪律和政治规矩情况",
          body: [
            "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”。{?贯彻落实党中央决策部署和上级党委工作要求的具体做法}。",
          ],
        },
        {
          heading: "履行管党治党责任情况",
          body: [
            "全年主持召开党风廉政建设专题会议{#专题会议次数}次，研究解决问题{#研究解决问题数}个。{?研究部署、督促检查、带头示范方面的做法和成效}。",
          ],
        },
        {
          heading: "落实“一岗双责”情况",
          body: [
            "坚持业务工作和党风廉政建设同部署、同落实、同检查、同考核。{?对分管领域、分管干部开展廉政提醒和监督的情况}。",
          ],
        },
        {
          heading: "落实意识形态工作责任制情况",
          body: ["{?研究意识形态工作、管理意识形态阵地、处置苗头性问题的情况}。"],
        },
      ],
    },
    {
      heading: "个人廉洁自律情况",
      childStyle: "skip",
      children: [
        {
          heading: "执行中央八项规定及其实施细则精神情况",
          body: ["严格执行公务接待、公务用车、办公用房等规定，{?本人和分管领域执行规定、纠治“四风”的情况}。"],
        },
        {
          heading: "遵守廉洁纪律情况",
          body: ["牢固树立正确的权力观、政绩观，{?用权、履职、交往中遵守廉洁纪律的情况}。"],
        },
        {
          heading: "个人有关事项报告情况",
          body: ["按规定如实报告个人有关事项，{?婚姻、房产、投资、配偶子女从业等事项的变化和报告情况}。"],
        },
        {
          heading: "管好家属和身边工作人员情况",
          body: ["重视家庭家教家风，{?教育管理家属子女和身边工作人员的情况}。"],
        },
      ],
    },
    {
      heading: "存在的问题和不足",
      childStyle: "skip",
      children: [
        { heading: "理论学习还不够深入", runIn: true, body: ["{?在学思用贯通、知信行统一方面的差距}。"] },
        {
          heading: "履行监督责任还有差距",
          runIn: true,
          body: ["{?对分管领域日常监督、抓早抓小方面的不足}。"],
        },
        { heading: "作风建设仍需加强", runIn: true, body: ["{?调查研究、联系群众、改进作风方面的不足}。"] },
      ],
    },
    {
      heading: "下一步改进措施",
      childStyle: "skip",
      body: ["针对上述问题，本人将从以下方面抓好整改："],
      children: [
        { heading: "强化理论武装", runIn: true, body: ["{?深化理论学习、提高政治能力的具体措施}。"] },
        { heading: "压实管党治党责任", runIn: true, body: ["{?落实“一岗双责”、加强日常监督的具体措施}。"] },
        {
          heading: "严守廉洁自律底线",
          runIn: true,
          body: ["{?执行中央八项规定精神、管好家属和身边人的具体措施}。"],
        },
      ],
    },
  ],
  signature: ["{unit}{post}", "{name}"],
  date: true,
};
