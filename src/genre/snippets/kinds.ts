/**
 * Phrases of the kinds added by issue 14: 述职述廉（述德述法）报告, 巡视巡察整改进展情况报告, 民主生活会个人
 * 对照检查材料. Each row names its kind, so the phrase filter offers them with reports of that kind.
 */
import type { Snippet } from "../snippet-schema";
import { defineSnippets } from "./define";

const SHUZHI = ["shuzhi-shulian"] as const;
const RECTIFY = ["inspection-rectification"] as const;
const REVIEW = ["democratic-life-review"] as const;

const openings = defineSnippets({ category: "opening", prefix: "kinds-opening", sections: ["opening"] }, [
  [
    "述职述廉·导语",
    "按照年度考核工作安排，现将本人一年来思想政治、履职尽责、学法用法和廉洁自律情况报告如下：",
    "述职述廉 述德述法 年度考核 导语",
    undefined,
    SHUZHI,
  ],
  [
    "整改进展·导语",
    "【巡察组名称】于【反馈时间】向【单位名称】党组反馈了巡察意见。党组坚持把巡察整改作为重要政治任务，对反馈的【问题个数】个问题逐项制定整改措施、明确责任和时限。现将整改进展情况报告如下：",
    "巡察整改 反馈意见 导语",
    undefined,
    RECTIFY,
  ],
  [
    "对照检查·导语",
    "按照【上级党组织】关于召开本年度民主生活会的通知要求，本人认真学习规定篇目，广泛征求意见，与班子成员和分管部门负责同志开展谈心谈话，对照会议主题检视自身差距。现将个人对照检查情况报告如下：",
    "民主生活会 对照检查 导语 谈心谈话",
    undefined,
    REVIEW,
  ],
]);

const work = [
  ...defineSnippets({ category: "political", prefix: "kinds-political", sections: ["work"], kinds: SHUZHI }, [
    [
      "述德·品德表现",
      "注重加强个人品德修养，在政治品德上对党忠诚，在职业道德上爱岗敬业，在社会公德和家庭美德上严格要求自己。",
      "述德 政治品德 职业道德 家庭美德",
    ],
  ]),
  ...defineSnippets(
    { category: "institution", prefix: "kinds-institution", sections: ["work"], kinds: SHUZHI },
    [
      [
        "述法·学法用法",
        "认真落实领导干部学法用法制度，全年参加法治专题学习【次数】次，分管领域的重大决策事项均经过合法性审查。",
        "述法 学法用法 合法性审查 依法决策",
      ],
    ],
  ),
  ...defineSnippets(
    { category: "supervision", prefix: "kinds-supervision", sections: ["work"], kinds: RECTIFY },
    [
      [
        "整改进展·总体情况",
        "截至【截止日期】，反馈的【问题个数】个问题已完成整改【个数】个，正在推进【个数】个，需长期坚持的【个数】个已明确阶段目标和完成时限。",
        "整改进展 完成整改 销号 台账",
      ],
      [
        "整改进展·组织领导",
        "党组书记履行整改第一责任人职责，召开专题会议研究部署整改工作，班子成员按分工认领问题，对整改台账实行清单管理、逐项销号。",
        "整改第一责任人 清单管理 销号 组织领导",
      ],
    ],
  ),
];

const problems = defineSnippets(
  { category: "problems", prefix: "kinds-problems", sections: ["problems"], kinds: REVIEW },
  [
    [
      "对照检查·原因剖析",
      "深入剖析根源，问题虽然表现在工作上，根子还是在思想上：理论学习的系统性还不够，党性锻炼有所放松，宗旨意识有所淡化。",
      "原因剖析 根源 党性 宗旨意识",
    ],
  ],
);

const nextSteps = defineSnippets({ category: "next-steps", prefix: "kinds-next", sections: ["next-steps"] }, [
  [
    "对照检查·整改措施",
    "针对查摆出的问题，本人将建立个人整改清单，明确整改措施和完成时限，主动接受组织和同志们的监督，做到问题不解决不放过、整改不到位不销号。",
    "整改清单 整改措施 接受监督",
    undefined,
    REVIEW,
  ],
  [
    "整改进展·长效机制",
    "坚持举一反三，针对整改中发现的共性问题建立完善制度【制度数】项，推动巡察整改常态化、长效化。",
    "长效机制 举一反三 建章立制",
    undefined,
    RECTIFY,
  ],
]);

const closings = defineSnippets({ category: "closing", prefix: "kinds-closing", sections: ["closing"] }, [
  [
    "述职述廉·结尾",
    "以上是我的述职述廉报告，不当之处，请各位领导和同志们批评指正。",
    "述职述廉 结尾 评议",
    undefined,
    SHUZHI,
  ],
  [
    "对照检查·结尾",
    "以上对照检查，如有不到之处，恳请各位同志批评帮助。",
    "民主生活会 批评帮助 结尾",
    undefined,
    REVIEW,
  ],
]);

export const kindSnippets: readonly Snippet[] = [
  ...openings,
  ...work,
  ...problems,
  ...nextSteps,
  ...closings,
];
