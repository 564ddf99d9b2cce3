import type { TemplateData } from "../template-schema";

/**
 * 履行党风廉政建设第一责任人职责情况报告 (党委（党组）书记, first person): themed level-1 sections with 一是/二是
 * paragraphs. Besides leading the main responsibility it covers what is the secretary's own: 廉洁自律, 管好班子
 * and supervising the 一把手 of subordinate units (《中共中央关于加强对“一把手”和领导班子监督的意见》, 2021),
 * and supporting the 纪检监察 body (《党委（党组）落实全面从严治党主体责任规定》, 2020, 第十一条).
 */
export const firstResponsible: TemplateData = {
  id: "first-responsible",
  kind: "first-responsible",
  name: {
    "zh-CN": "履行党风廉政建设第一责任人职责情况报告",
    "en-US": "Report of the first responsible person (Party secretary)",
  },
  description: {
    "zh-CN":
      "党委（党组）书记年度报告：政治责任、本人廉洁自律、管班子和对“一把手”的监督、支持纪检监察、作风、队伍、制度，存在的问题和下一步打算。",
    "en-US":
      "A Party secretary's annual report: political duty, own integrity, the leadership team and its head, support for the discipline body, conduct, cadres, rules, problems, next steps.",
  },
  fields: ["year", "unit", "post", "name", "date"],
  title: "关于{year}年度履行党风廉政建设第一责任人职责情况的报告",
  opening: [
    "{year}年，本人作为{unit}{post}，坚持以习近平新时代中国特色社会主义思想为指导，认真履行党风廉政建设第一责任人职责，坚持管党治党不放松、正风肃纪不停步，{?本年度党风廉政建设的总体成效}。现将有关情况报告如下：",
  ],
  sections: [
    {
      heading: "坚持把政治建设摆在首位，扛牢管党治党政治责任",
      body: [
        "认真学习贯彻{{plenum}}精神，坚决做到“两个维护”，把党风廉政建设纳入全局工作统筹谋划、一体推进。",
        "一是{?研究部署党风廉政建设的会议和举措}。二是{?细化责任清单、层层传导压力的做法}。三是{?督促检查和考核问责的情况}。",
      ],
    },
    {
      heading: "坚持以上率下，带头严守廉洁自律各项规定",
      body: [
        "严格遵守《中国共产党廉洁自律准则》和中央八项规定及其实施细则精神，要求班子成员做到的自己首先做到。",
        "一是{?本人如实报告个人有关事项的情况}。二是{?本人执行住房、用车、办公用房等待遇规定的情况}。三是{?注重家庭家教家风、管好亲属和身边工作人员的情况}。",
      ],
    },
    {
      heading: "坚持管班子带队伍，加强对“一把手”和领导班子的监督",
      body: [
        "把管班子、带队伍同业务工作一起谋划、一起部署，督促班子成员认真履行“一岗双责”。",
        "一是{?与班子成员和下级单位主要负责人开展谈心谈话、提醒谈话的情况}。二是{?执行民主集中制和“三重一大”集体决策制度的情况}。三是{?对下级单位“一把手”履职用权开展监督的情况}。",
      ],
    },
    {
      heading: "坚持支持纪检监察机构履行监督责任，一体推进不敢腐、不能腐、不想腐",
      body: [
        "旗帜鲜明支持纪检监察机构履行监督专责，重要问题亲自过问、重要案件亲自督办。",
        "一是{?听取纪检监察工作汇报、研究解决重要问题的情况}。二是{?支持查办案件、处置问题线索的情况}。三是{?开展警示教育和以案促改的情况}。",
      ],
    },
    {
      heading: "坚持严的基调，推动作风建设常态长效",
      body: [
        "严格落实中央八项规定及其实施细则精神，持续纠治“四风”。",
        "一是{?带头转变作风、深入基层调研的情况}。二是{?查处和通报曝光作风问题的情况}。三是{?整治群众身边不正之风和腐败问题的情况}。",
      ],
    },
    {
      heading: "坚持从严管理干部，锻造忠诚干净担当的干部队伍",
      body: [
        "坚持新时代好干部标准，严把选人用人政治关、廉洁关。",
        "一是{?干部教育培训的情况}。二是{?执行干部选拔任用程序的情况}。三是{?对干部日常管理监督和谈心谈话的情况}。",
      ],
    },
    {
      heading: "坚持制度治党，扎紧织密权力运行的制度笼子",
      body: [
        "严格执行民主集中制，落实“三重一大”集体决策制度。",
        "一是{?建立健全的制度名称和数量}。二是{?规范权力运行、加强重点领域监管的做法}。",
      ],
    },
    {
      heading: "存在的问题",
      body: [
        "对照全面从严治党要求，工作中还存在一些不足：一是{?责任传导方面的不足}。二是{?监督管理方面的不足}。三是{?作风建设方面的不足}。",
      ],
    },
    {
      heading: "下一步打算",
      body: [
        "一是{?强化政治引领的具体措施}。二是{?压实主体责任的具体措施}。三是{?深化正风肃纪反腐的具体措施}。",
      ],
    },
  ],
  signature: ["{unit}{post}", "{name}"],
  date: true,
};
