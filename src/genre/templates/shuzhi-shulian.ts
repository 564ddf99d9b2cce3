import type { TemplateData } from "../template-schema";

/**
 * 述职述廉报告 of the annual cadre assessment (a leading cadre, first person), in the 德、能、勤、绩、廉 order
 * most assessment notices ask for, with 述法 (《党政主要负责人履行推进法治建设第一责任人职责规定》, 2016: the
 * duty is reported in the year-end 述职). Sections an organisation does not ask for can be deleted.
 */
export const shuzhiShulian: TemplateData = {
  id: "shuzhi-shulian",
  kind: "shuzhi-shulian",
  name: {
    "zh-CN": "述职述廉报告（年度考核，含述德述法）",
    "en-US": "Annual assessment report on work and integrity (述职述廉, 述德述法)",
  },
  description: {
    "zh-CN":
      "领导干部年度考核述职述廉（述德述法）：政治素质和品德、履职尽责和工作实绩、学法用法、廉洁自律，存在的不足和今后努力方向。",
    "en-US":
      "A leading cadre's report for the annual assessment: political quality and conduct, duties and results, law, integrity, shortcomings, next steps.",
  },
  fields: ["year", "unit", "post", "name", "date"],
  title: "{year}年度述职述廉述德述法报告",
  opening: [
    "{year}年，本人在{unit}党组织的领导下，认真履行{post}岗位职责，{?本年度分管工作和个人表现的总体评价}。按照年度考核工作安排，现将本人思想政治、履职尽责、学法用法和廉洁自律情况报告如下：",
  ],
  sections: [
    {
      heading: "加强政治理论学习，坚定理想信念",
      childStyle: "skip",
      children: [
        {
          heading: "坚持学思用贯通",
          runIn: true,
          body: [
            "认真学习习近平新时代中国特色社会主义思想，深入学习贯彻{{plenum}}精神。{?参加集中学习、专题研讨和撰写体会的情况}。",
          ],
        },
        {
          heading: "严守政治纪律和政治规矩",
          runIn: true,
          body: ["坚决做到“两个维护”，{?执行请示报告制度、贯彻上级决策部署的情况}。"],
        },
        {
          heading: "注重个人品德修养",
          runIn: true,
          body: ["{?在政治品德、职业道德、社会公德和家庭美德方面的表现}。"],
        },
      ],
    },
    {
      heading: "履职尽责，推动分管工作取得实效",
      childStyle: "skip",
      children: [
        {
          heading: "抓好重点任务",
          runIn: true,
          body: [
            "全年牵头推进重点工作{#牵头推进的重点工作项数}项，{?分管领域重点任务的完成情况和主要成效}。",
          ],
        },
        {
          heading: "落实“一岗双责”",
          runIn: true,
          body: ["把党风廉政建设和分管业务工作一起部署、一起落实，{?对分管部门和干部开展廉政提醒的情况}。"],
        },
        {
          heading: "改进工作作风",
          runIn: true,
          body: ["深入基层调研{#调研次数}次，{?为基层和群众解决实际问题的情况}。"],
        },
      ],
    },
    {
      heading: "尊法学法守法用法，依法履职",
      childStyle: "skip",
      children: [
        {
          heading: "学习法律法规",
          runIn: true,
          body: ["{?学习宪法、民法典和与分管工作相关的法律法规的情况}。"],
        },
        {
          heading: "依法决策和依法办事",
          runIn: true,
          body: ["{?重大决策履行法定程序、合法性审查的情况，推动分管领域依法行政的做法}。"],
        },
      ],
    },
    {
      heading: "严守纪律规矩，保持廉洁自律",
      childStyle: "skip",
      children: [
        {
          heading: "执行中央八项规定及其实施细则精神",
          runIn: true,
          body: ["{?本人在公务接待、公务用车、办公用房、出差等方面执行规定的情况}。"],
        },
        {
          heading: "遵守廉洁纪律",
          runIn: true,
          body: ["按规定如实报告个人有关事项，{?用权履职、与管理服务对象交往中遵守廉洁纪律的情况}。"],
        },
        {
          heading: "管好亲属和身边工作人员",
          runIn: true,
          body: ["重视家庭家教家风，{?教育约束亲属和身边工作人员的情况}。"],
        },
      ],
    },
    {
      heading: "存在的不足",
      childStyle: "skip",
      children: [
        { heading: "理论学习的深度还不够", runIn: true, body: ["{?学用结合、指导实践方面的差距}。"] },
        { heading: "工作创新还有差距", runIn: true, body: ["{?开拓思路、破解难题方面的不足}。"] },
      ],
    },
    {
      heading: "下一步努力方向",
      childStyle: "skip",
      body: ["针对上述不足，本人将在以下方面努力改进："],
      children: [
        { heading: "持续加强学习", runIn: true, body: ["{?提高政治能力和专业素养的具体打算}。"] },
        { heading: "提升履职成效", runIn: true, body: ["{?推动分管工作的具体措施}。"] },
        { heading: "始终廉洁自律", runIn: true, body: ["{?严守纪律规矩、接受监督的具体措施}。"] },
      ],
    },
  ],
  signature: ["{unit}{post}", "{name}"],
  date: true,
};
