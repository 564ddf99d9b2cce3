import type { TemplateData } from "../template-schema";

/**
 * 巡视/巡察整改进展情况报告: the Party organisation (党组/党委, not 本人) reports to the inspection body how it
 * rectified what was fed back, problem by problem (《中国共产党巡视工作条例》, 2024 revision: 整改 and its
 * reporting). Parts: how rectification was led, the problems one by one, what is still open, next steps;
 * no 存在的问题 part (the problems are the feedback itself).
 */
export const inspectionRectification: TemplateData = {
  id: "inspection-rectification",
  kind: "inspection-rectification",
  name: {
    "zh-CN": "巡视巡察整改进展情况报告",
    "en-US": "Progress report on rectification after an inspection tour (巡视/巡察整改)",
  },
  description: {
    "zh-CN":
      "党组织向巡视巡察机构报告反馈问题的整改进展：整改的组织领导、逐项整改落实情况、尚未完成的事项、下一步打算。接受巡视的单位将“巡察”改为“巡视”。",
    "en-US":
      "The Party organisation reports to the inspection body how the fed-back problems were rectified: leadership, item by item, open items, next steps.",
  },
  fields: ["year", "unit", "to", "date"],
  title: "{unit}党组关于{year}年巡察反馈问题整改进展情况的报告",
  addressee: "{to}：",
  opening: [
    "{year}年{?巡察组进驻的时间}，{?巡察组名称}对{unit}党组开展了巡察，并于{?反馈的时间}反馈了巡察意见。{unit}党组坚持把巡察整改作为重要政治任务，对反馈的{#反馈问题个数}个问题逐项制定措施、明确责任、限时整改。现将整改进展情况报告如下：",
  ],
  sections: [
    {
      heading: "提高政治站位，加强整改工作的组织领导",
      childStyle: "skip",
      children: [
        {
          heading: "压实整改责任",
          runIn: true,
          body: [
            "党组书记履行整改第一责任人职责，成立整改工作领导小组，{?召开专题会议研究部署整改、班子成员认领问题的情况}。",
          ],
        },
        {
          heading: "建立整改台账",
          runIn: true,
          body: ["对照反馈意见制定问题清单、任务清单和责任清单，{?明确整改时限、实行销号管理的情况}。"],
        },
      ],
    },
    {
      heading: "巡察反馈问题的整改落实情况",
      body: [
        "截至{?报告截止日期}，反馈的{#反馈问题个数}个问题已完成整改{#已完成整改的问题个数}个，正在推进{#正在推进的问题个数}个；{?建立完善制度和追回资金等成效}。",
      ],
      childStyle: "skip",
      children: [
        {
          heading: "关于{?反馈问题的概括}的问题",
          runIn: true,
          body: ["整改措施：{?针对该问题采取的措施}。整改进展：{?已完成的事项和取得的成效}。"],
        },
      ],
    },
    {
      heading: "尚未完成整改的事项及推进安排",
      body: ["{?需要较长时间整改的问题、原因和完成时限}。"],
    },
    {
      heading: "下一步工作打算",
      childStyle: "skip",
      children: [
        { heading: "持续跟踪问效", runIn: true, body: ["{?对未完成事项跟踪督办、按时销号的安排}。"] },
        { heading: "建立长效机制", runIn: true, body: ["{?举一反三、完善制度、防止问题反弹的措施}。"] },
      ],
    },
  ],
  closing: "特此报告。",
  signature: ["{unit}党组"],
  date: true,
};
