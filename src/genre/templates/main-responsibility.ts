import type { TemplateData } from "../template-schema";

/**
 * 履行党风廉政建设主体责任情况报告 of a 党委（党组）: the body speaks, not one person (the writer names the body in
 * the first field, e.g. 党组); themed sections with run-in （一）（二）（三）. Responsibilities after
 * 《党委（党组）落实全面从严治党主体责任规定》（2020年3月）.
 */
export const mainResponsibility: TemplateData = {
  id: "main-responsibility",
  kind: "main-responsibility",
  name: {
    "zh-CN": "履行党风廉政建设主体责任情况报告",
    "en-US": "Report on the main responsibility for clean governance",
  },
  description: {
    "zh-CN": "党委（党组）年度报告：分主题的（一）（二）（三），存在的问题和下一步打算。",
    "en-US":
      "An annual report of a Party committee or Party group: themed sections with (一)(二)(三), problems, next steps.",
  },
  fields: ["year", "unit", "date"],
  title: "关于{year}年度履行党风廉政建设主体责任情况的报告",
  opening: [
    "{year}年，{unit}{?党组或党委}坚持以习近平新时代中国特色社会主义思想为指导，坚决扛起党风廉政建设主体责任，{?本年度履行主体责任的总体情况}。现将有关情况报告如下：",
  ],
  sections: [
    {
      heading: "坚持以上率下，扛牢政治责任",
      children: [
        {
          heading: "坚定政治立场",
          runIn: true,
          body: ["{?贯彻落实党中央决策部署、坚决做到“两个维护”的情况}。"],
        },
        {
          heading: "加强理论学习",
          runIn: true,
          body: ["全年开展理论学习中心组集体学习{#学习次数}次，{?学习的主要内容和收获}。"],
        },
        {
          heading: "班子成员带头廉洁自律",
          runIn: true,
          body: ["{?班子成员执行廉洁自律规定和中央八项规定精神的情况}。"],
        },
      ],
    },
    {
      heading: "压实主体责任，推动正风肃纪",
      children: [
        { heading: "健全责任体系", runIn: true, body: ["{?制定责任清单、签订责任书、督促检查的情况}。"] },
        {
          heading: "加强班子建设",
          runIn: true,
          body: ["{?书记履行第一责任人职责、班子成员落实“一岗双责”、开展廉政谈话的情况}。"],
        },
        {
          heading: "持续纠治“四风”",
          runIn: true,
          body: ["{?整治形式主义、官僚主义、享乐主义和奢靡之风的情况}。"],
        },
      ],
    },
    {
      heading: "完善监督体系，规范权力运行",
      children: [
        { heading: "抓好制度建设", runIn: true, body: ["{?新建和修订制度的情况}。"] },
        { heading: "强化重点领域监管", runIn: true, body: ["{?对资金、项目、审批等重点领域的监管情况}。"] },
        { heading: "自觉接受监督", runIn: true, body: ["{?接受人大、政协、审计和群众监督的情况}。"] },
        {
          heading: "支持执纪监督",
          runIn: true,
          body: ["{?支持纪检监察机构履行监督责任、处置问题线索的情况}。"],
        },
      ],
    },
    {
      heading: "存在的问题",
      body: ["一是{?主体责任传导方面的不足}。二是{?重点领域监管方面的不足}。三是{?作风建设方面的不足}。"],
    },
    {
      heading: "下一步打算",
      body: [
        "一是{?进一步压实主体责任的措施}。二是{?进一步强化监督制约的措施}。三是{?进一步加强作风建设的措施}。",
      ],
    },
  ],
  signature: ["中共{unit}{?党组或党委}"],
  date: true,
};
