import { halfwidthPunctuation } from "../../../src/core/rules/halfwidth-punctuation";
import { pairedMarks } from "../../../src/core/rules/paired-marks";
import { repeatedMarks } from "../../../src/core/rules/repeated-marks";
import { paragraphEnd } from "../../../src/core/rules/paragraph-end";
import { dashEllipsis } from "../../../src/core/rules/dash-ellipsis";
import { yearSuffix } from "../../../src/core/rules/year-suffix";
import { spaceInChinese } from "../../../src/core/rules/space-in-chinese";
import { trailingSpace } from "../../../src/core/rules/trailing-space";
import { quoteEnumerationComma } from "../../../src/core/rules/quote-enumeration-comma";
import { dateLeadingZero, ordinalComma } from "../../../src/core/rules/number-forms";
import { ruleTester } from "./rule-tester";

ruleTester(halfwidthPunctuation, {
  valid: [
    "同比增长3.5%，比例尺为1:1000。",
    "会议于10:30召开，共1,000人参加。",
    "使用Microsoft Word (Office 365) 编辑。",
    "访问http://example.org/a?b=1获取。",
    "（一）强化组织领导。",
  ],
  invalid: [
    {
      text: "平时开展业务时,开会强调多。",
      errors: [{ offset: 7, length: 1, severity: "error", fix: "，" }],
      output: "平时开展业务时，开会强调多。",
    },
    {
      text: "深层次原因;既着眼于治标。",
      errors: [{ offset: 5, length: 1, fix: "；" }],
      output: "深层次原因；既着眼于治标。",
    },
    { text: "主要问题:一是学习不够。", errors: [{ offset: 4, length: 1, fix: "：" }] },
    { text: "是否落实到位?", errors: [{ offset: 6, length: 1, fix: "？" }] },
    { text: "坚决落实!", errors: [{ offset: 4, length: 1, fix: "！" }] },
    {
      text: "各乡镇(街道)党委",
      errors: [
        { offset: 3, length: 1, fix: "（" },
        { offset: 6, length: 1, fix: "）" },
      ],
      output: "各乡镇（街道）党委",
    },
    {
      text: '做到"两个维护"。',
      errors: [
        { offset: 2, length: 1, fix: "“" },
        { offset: 7, length: 1, fix: "”" },
      ],
      output: "做到“两个维护”。",
    },
    { text: "时间:2024年", errors: [{ offset: 2, length: 1, fix: "：" }] },
  ],
});

ruleTester(pairedMarks, {
  valid: [
    "“不作为、乱作为”、“庸、懒、散”等问题。",
    "印发《关于印发〈实施意见〉的通知》。",
    "他说：“要牢记‘三个务必’。”",
    "各乡镇（社区）党委（党组）。",
  ],
  invalid: [
    {
      text: "充分利用“新时代农民（市民）讲习所阵地。",
      errors: [{ offset: 4, length: 1, severity: "error", fix: null }],
    },
    { text: "落实到位”。", errors: [{ offset: 4, length: 1 }] },
    {
      text: "《中国（试行》）",
      errors: [
        { offset: 3, length: 1 },
        { offset: 7, length: 1 },
      ],
    },
    {
      text: "学习《关于《准则》的解读》。",
      errors: [{ offset: 5, length: 4, fix: "〈准则〉" }],
      output: "学习《关于〈准则〉的解读》。",
    },
    {
      text: "他说“要做到“两个维护””。",
      errors: [{ offset: 6, length: 6, fix: "‘两个维护’" }],
      output: "他说“要做到‘两个维护’”。",
    },
    { text: "【请填写", errors: [{ offset: 0, length: 1 }] },
  ],
});

ruleTester(repeatedMarks, {
  valid: ["工作……成效明显。", "他说：“好。”", "成效明显！", "加强学习。。。"],
  invalid: [
    {
      text: "成效明显。。",
      errors: [{ offset: 4, length: 2, severity: "error", fix: "。" }],
      output: "成效明显。",
    },
    { text: "一是学习，，二是落实。", errors: [{ offset: 4, length: 2, fix: "，" }] },
    { text: "政治、、组织", errors: [{ offset: 2, length: 2, fix: "、" }] },
    { text: "成效明显，。下一步", errors: [{ offset: 4, length: 2, fix: "。" }], output: "成效明显。下一步" },
    { text: "坚决落实！！", errors: [{ offset: 4, length: 2, fix: "！" }] },
    { text: "难道不是吗？！", errors: [{ offset: 5, length: 2, fix: "？" }] },
  ],
});

ruleTester(paragraphEnd, {
  valid: [
    "一年来，我认真履行职责，成效明显。",
    "主要做法如下：",
    "是否到位？",
    "切实做到“自己清、家人清、亲属清、身边人清”。",
    "他强调：“要抓早抓小。”",
    "一、主要工作情况",
    "廉政建设专题",
    "一是学习不够；",
    "抓好政治建设，严明纪律严守规矩，层层压实主体责任",
    "等等……",
  ],
  invalid: [
    {
      text: "2023年以来，给予党政纪处分3人。问责2名科级干部",
      errors: [{ offset: 26, length: 0, severity: "error", fix: "。" }],
      output: "2023年以来，给予党政纪处分3人。问责2名科级干部。",
    },
    {
      text: "一年来，我们加强学习。成效明显，",
      errors: [{ offset: 15, length: 1, fix: "。" }],
      output: "一年来，我们加强学习。成效明显。",
    },
    {
      text: "在全区持续掀起党的二十大精神和党内法规、党的方针政策学习高潮，做到了学思践悟、知行合一",
      errors: [{ offset: 43, length: 0, fix: "。" }],
    },
    {
      text: "坚持把学习作为一项政治任务。做到“学思用贯通”",
      errors: [{ offset: 23, length: 0, fix: "。" }],
    },
  ],
});

ruleTester(dashEllipsis, {
  valid: [
    "《百年初心成大道——党史学习教育案例选编》",
    "2021—2025年规划",
    "工作……成效明显。",
    "run --format json",
    "乘坐北京—上海特别旅客快车。",
    "组织赴“北京—天津”红色教育基地学习。",
    "在春节—元宵节期间开展廉政提醒。",
    "开通江东—江西班列。",
  ],
  invalid: [
    {
      text: "《百年初心成大道—党史学习教育案例选编》",
      errors: [{ offset: 8, length: 1, severity: "error", fix: "——" }],
      output: "《百年初心成大道——党史学习教育案例选编》",
    },
    { text: "主要问题--学习不够。", errors: [{ offset: 4, length: 2, fix: "——" }] },
    {
      name: "a single — after a long phrase is a dash, not a range",
      text: "全面从严治党永远在路上—必须常抓不懈。",
      errors: [{ offset: 11, length: 1, fix: "——" }],
    },
    {
      name: "short names but a long tail without a range word",
      text: "主题—加强党的纪律建设工作。",
      errors: [{ offset: 2, length: 1, fix: "——" }],
    },
    { text: "主要问题─学习不够。", errors: [{ offset: 4, length: 1, fix: "——" }] },
    {
      text: "学习、培训...等工作。",
      errors: [{ offset: 5, length: 3, fix: "……" }],
      output: "学习、培训……等工作。",
    },
    { text: "学习、培训。。。等工作。", errors: [{ offset: 5, length: 3, fix: "……" }] },
    { text: "学习、培训…等工作。", errors: [{ offset: 5, length: 1, fix: "……" }] },
    { text: "坚持———不懈", errors: [{ offset: 2, length: 3, fix: "——" }] },
  ],
});

ruleTester(yearSuffix, {
  valid: [
    "2023年以来，共查处问题。",
    "全区共有2023人参加。",
    "2024年度工作",
    "版本1.2023以来",
    "按GB/T 9704-2012起草。",
  ],
  invalid: [
    {
      text: "2023以来年全区纪检监察机关共立案。",
      errors: [{ offset: 0, length: 7, severity: "error", fix: "2023年以来" }],
      output: "2023年以来全区纪检监察机关共立案。",
    },
    {
      text: "自2022以来，持续推进。",
      errors: [{ offset: 1, length: 4, fix: "2022年" }],
      output: "自2022年以来，持续推进。",
    },
    { text: "2024上半年完成。", errors: [{ offset: 0, length: 4, fix: "2024年" }] },
    { text: "2024第一季度", errors: [{ offset: 0, length: 4, fix: "2024年" }] },
  ],
});

ruleTester(spaceInChinese, {
  valid: [
    "　　一年来，我认真履行职责。",
    "使用 Microsoft Word 编辑。",
    "成效明显。 ",
    "观看《持续发力 纵深推进》专题片。",
  ],
  invalid: [
    {
      text: "习近平新时代中国特色社会主义 思想",
      errors: [{ offset: 14, length: 1, severity: "warning", fix: "" }],
      output: "习近平新时代中国特色社会主义思想",
    },
    {
      text: "共 12 次会议",
      errors: [
        { offset: 1, length: 1 },
        { offset: 4, length: 1 },
      ],
      output: "共12次会议",
    },
    { text: "加强　学习", errors: [{ offset: 2, length: 1 }] },
  ],
});

ruleTester(trailingSpace, {
  valid: ["一、主要工作情况", "", "　　缩进不算"],
  invalid: [
    {
      text: "一、主要工作情况 ",
      errors: [{ offset: 8, length: 1, severity: "info", fix: "" }],
      output: "一、主要工作情况",
    },
    { text: " ", errors: [{ offset: 0, length: 1 }], output: "" },
    { text: "成效明显。　\t", errors: [{ offset: 5, length: 2 }] },
  ],
});

ruleTester(quoteEnumerationComma, {
  valid: ["增强“四个意识”、坚定“四个自信”。", "学习《准则》《条例》。", "“访村寨”、扫黑除恶"],
  invalid: [
    {
      text: "制定“四位一体”、“能上能下”实施细则。",
      errors: [{ offset: 8, length: 1, severity: "info", fix: "" }],
      output: "制定“四位一体”“能上能下”实施细则。",
    },
    {
      text: "学习《准则》、《条例》、“两个维护”",
      errors: [
        { offset: 6, length: 1 },
        { offset: 11, length: 1 },
      ],
    },
  ],
});

ruleTester(dateLeadingZero, {
  valid: ["2024年1月5日召开会议。", "2024年12月20日", "共计2024年度10月份数据。"],
  invalid: [
    {
      text: "于2024年01月05日召开会议。",
      errors: [{ offset: 1, length: 11, severity: "warning", fix: "2024年1月5日" }],
      output: "于2024年1月5日召开会议。",
    },
    { text: "2023年09月起实施。", errors: [{ offset: 0, length: 8, fix: "2023年9月" }] },
  ],
});

ruleTester(ordinalComma, {
  valid: ["第一，加强学习。第二，狠抓落实。", "第一、二季度完成。", "第一、第二批次", "首先，统一思想。"],
  invalid: [
    {
      text: "第一、加强学习。第二、狠抓落实。",
      errors: [
        { offset: 2, length: 1, severity: "warning", fix: "，" },
        { offset: 10, length: 1, fix: "，" },
      ],
      output: "第一，加强学习。第二，狠抓落实。",
    },
    { text: "首先、统一思想。", errors: [{ offset: 2, length: 1, fix: "，" }] },
  ],
});
