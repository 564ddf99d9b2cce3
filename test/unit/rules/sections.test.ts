/**
 * required-sections by structure (issue 10): keywords inside work headings do not open the problems part,
 * a causes-of-problems section or level-2 problems headings do, and a report without any problems part
 * gets a finding of its own. All sentences are written for these tests.
 */
import { requiredSections } from "../../../src/core/rules/required-sections";
import { ruleTester } from "./rule-tester";

const OPENING = "今年以来，我局认真落实全面从严治党主体责任，现将有关情况报告如下：";

ruleTester(requiredSections, {
  valid: [
    {
      name: "补齐能力短板 among the work headings is a work heading",
      text: [
        OPENING,
        "一、抓牢政治建设",
        "局党组带头学习。",
        "二、补齐能力短板",
        "分批开展业务培训。",
        "三、强化日常监督",
        "开展廉政谈话。",
        "四、存在的问题",
        "监督力度还不够。",
        "五、下一步打算",
        "持续压实责任。",
      ],
      kind: "unit-annual",
    },
    {
      name: "a long slogan with a keyword, followed by work headings",
      text: [
        OPENING,
        "一、坚持问题导向，着力缩小与先进单位的差距",
        "对标先进查找不足。",
        "二、严格执纪问责",
        "查处违纪案件两起。",
        "三、存在的不足",
        "教育还不够经常。",
        "四、下一步工作安排",
        "继续加强教育。",
      ],
      kind: "unit-annual",
    },
    {
      name: "problems under the first heading, causes under the second",
      text: [
        OPENING,
        "一、对照检查情况",
        "（一）理论学习方面存在的问题",
        "学习不够系统。",
        "（二）担当作为方面存在的问题",
        "攻坚克难的劲头不足。",
        "二、产生问题的主要原因",
        "理想信念有所松懈。",
        "三、下一步整改措施",
        "制定整改清单。",
      ],
      kind: "unit-annual",
    },
    {
      name: "problems as a level-2 section of the work part",
      text: [
        OPENING,
        "一、工作开展情况",
        "（一）压实责任",
        "层层签订责任书。",
        "（二）存在的不足",
        "基层落实有温差。",
        "二、下一步打算",
        "继续抓好落实。",
      ],
      kind: "unit-annual",
    },
    {
      name: "检视发现的问题 as the problems heading",
      text: [
        OPENING,
        "一、学习教育开展情况",
        "组织集中学习。",
        "二、检视发现的主要问题",
        "学用结合不够。",
        "三、整改措施",
        "建立台账。",
      ],
      kind: "unit-annual",
    },
    {
      name: "查摆问题 in a slogan among the work headings is work",
      text: [
        OPENING,
        "一、深入查摆问题，立行立改",
        "建立问题清单。",
        "二、健全制度机制",
        "修订制度五项。",
        "三、存在的不足",
        "整改还不够彻底。",
        "四、下一步打算",
        "巩固整改成果。",
      ],
      kind: "unit-annual",
    },
  ],
  invalid: [
    {
      name: "有进步也有不足 in the closing is not a problems statement: the part is missing",
      text: [
        OPENING,
        "一、加强教育引导",
        "组织警示教育三次。",
        "二、下一步打算",
        "回顾一年工作，有进步也有不足，我们将继续努力。",
      ],
      kind: "unit-annual",
      errors: [{ paragraph: null, severity: "error", fix: null }],
    },
    {
      name: "补齐短板 in a work heading does not stand for the problems part",
      text: [
        OPENING,
        "一、补齐能力短板",
        "开展培训。",
        "二、强化监督检查",
        "开展检查。",
        "三、下一步打算",
        "继续。",
      ],
      kind: "unit-annual",
      errors: [{ paragraph: null, severity: "error", fix: null }],
    },
    {
      name: "a plain problems title before work headings is still out of order",
      text: [
        OPENING,
        "一、存在的问题",
        "不足。",
        "二、强化监督检查",
        "开展检查。",
        "三、下一步打算",
        "继续。",
      ],
      kind: "unit-annual",
      errors: [{ paragraph: 3, offset: 2, length: 6, severity: "warning" }],
    },
    {
      name: "下一步 mentioned inside a sentence is not a next-steps paragraph",
      text: [
        OPENING,
        "一、加强教育引导",
        "组织警示教育三次。",
        "二、存在的问题",
        "通过检查明确了下一步工作方向，但整改还不彻底。",
      ],
      kind: "unit-annual",
      errors: [{ paragraph: null, severity: "error", fix: null }],
    },
    {
      name: "a report of unknown kind with next steps in its closing paragraph: info",
      text: [
        "今年以来，我们做了以下工作。",
        "一、加强教育引导",
        "组织警示教育三次。",
        "二、存在的问题",
        "整改还不彻底。下一步，我们将建立长效机制。",
      ],
      errors: [{ paragraph: 4, offset: 7, length: 3, severity: "info" }],
    },
    {
      name: "a closing paragraph that states the shortcomings (warning where the kind wants a heading)",
      text: [
        OPENING,
        "一、加强教育引导",
        "组织警示教育三次。",
        "二、下一步打算",
        "对照要求，我局仍有一些差距，主要是监督不够有力。",
      ],
      kind: "unit-annual",
      errors: [{ paragraph: 4, offset: 11, length: 2, severity: "warning" }],
    },
  ],
});
