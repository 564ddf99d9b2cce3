import {
  headingLevelOrder,
  headingMarkerForm,
  headingMixedStyle,
  headingPunctuation,
  headingRunIn,
  headingSequence,
} from "../../../src/core/rules/headings";
import { enumerationSequence } from "../../../src/core/rules/enumeration-sequence";
import { requiredSections } from "../../../src/core/rules/required-sections";
import {
  addresseeForm,
  dateForm,
  openingTransition,
  signatureDate,
  standardDate,
  titleForm,
} from "../../../src/core/rules/document-parts";
import { ruleTester } from "./rule-tester";

const OPENING = "一年来，我认真履行党风廉政建设主体责任，现将有关情况报告如下：";

ruleTester(headingSequence, {
  valid: [
    [
      "一、主要工作情况",
      "（一）强化领导。正文。",
      "（二）狠抓落实。正文。",
      "二、存在的问题",
      "（一）学习不够。正文。",
      "三、下一步打算",
    ],
    [
      "一、甲",
      "二、乙",
      "三、丙",
      "四、丁",
      "五、戊",
      "六、己",
      "七、庚",
      "八、辛",
      "九、壬",
      "十、癸",
      "十一、子",
      "十二、丑",
    ],
    [
      "一、廉政履责情况",
      "1.执行政治纪律情况",
      "正文。",
      "2.履行管党治党责任情况",
      "二、存在问题和不足",
      "1.学习不够。正文。",
    ],
    ["一、甲", "（一）乙。正文。", "1.丙", "2.丁", "（二）戊。正文。", "1.己"],
    "投入1.5亿元，增长3.2%。",
    {
      name: "a second list of 1. items after body text under the same heading",
      text: [
        "一、存在的问题",
        "1.学习不够。",
        "2.落实不够。",
        "针对上述问题，拟采取以下措施：",
        "1.加强学习。",
        "2.狠抓落实。",
      ],
    },
  ],
  invalid: [
    {
      text: ["一、主要工作情况", "三、存在的问题"],
      errors: [{ paragraph: 1, offset: 0, length: 2, severity: "error", fix: null }],
    },
    { text: ["一、甲", "二、乙", "二、丙"], errors: [{ paragraph: 2, offset: 0, length: 2 }] },
    {
      text: ["一、甲", "三、乙", "二、丙"],
      errors: [
        { paragraph: 1, offset: 0, length: 2 },
        { paragraph: 2, offset: 0, length: 2 },
      ],
    },
    { text: ["一、甲", "（二）乙。正文。"], errors: [{ paragraph: 1, offset: 0, length: 3 }] },
    { text: ["一、甲", "1.乙", "3.丙"], errors: [{ paragraph: 2, offset: 0, length: 2 }] },
    { text: ["一、甲", "1.乙", "2.丙", "1.丁"], errors: [{ paragraph: 3, offset: 0, length: 2 }] },
    { text: ["一、甲", "（1）乙", "（1）丙"], errors: [{ paragraph: 2, offset: 0, length: 3 }] },
    { text: ["二、甲", "三、乙"], errors: [{ paragraph: 0, offset: 0, length: 2 }] },
  ],
});

ruleTester(headingLevelOrder, {
  valid: [
    ["一、甲", "1.乙", "2.丙", "二、丁", "（一）戊。正文。"],
    ["一、甲", "（一）乙。正文。", "1.丙", "（1）丁", "（二）戊。正文。"],
  ],
  invalid: [
    {
      text: ["一、甲", "1.乙", "（一）丙。正文。"],
      errors: [{ paragraph: 2, offset: 0, length: 3, severity: "error" }],
    },
    { text: ["一、甲", "（1）乙", "1.丙"], errors: [{ paragraph: 2, offset: 0, length: 2 }] },
  ],
});

ruleTester(headingMixedStyle, {
  valid: [
    ["一、甲", "（一）乙。正文。", "二、丙", "（一）丁。正文。"],
    {
      name: "a 1. list led in by a colon is not a heading level",
      text: [
        "一、甲",
        "（一）乙。正文。",
        "二、丙",
        "继续抓好以下工作：",
        "1.加强学习；",
        "2.严守纪律；",
        "3.改进作风。",
      ],
    },
    {
      name: "a （1） list after a colon under a section that uses （一）",
      text: ["一、甲", "（一）乙。正文。", "二、丙", "做到以下几点：", "（1）学习；", "（2）落实。"],
    },
  ],
  invalid: [
    {
      text: ["一、甲", "（一）乙。正文。", "二、丙", "1.丁"],
      errors: [{ paragraph: 3, offset: 0, length: 2, severity: "warning" }],
    },
    {
      name: "a lead-in without a colon does not make a list",
      text: ["一、甲", "（一）乙。正文。", "二、丙", "继续抓好以下工作。", "1.加强学习。", "2.严守纪律。"],
      errors: [
        { paragraph: 4, offset: 0, length: 2, severity: "warning" },
        { paragraph: 5, offset: 0, length: 2, severity: "warning" },
      ],
    },
    {
      name: "headings after the list are checked again",
      text: ["一、甲", "（一）乙。正文。", "二、丙", "如下：", "1.学习；", "2.落实。", "三、丁", "1.戊"],
      errors: [{ paragraph: 7, offset: 0, length: 2, severity: "warning" }],
    },
  ],
});

ruleTester(headingMarkerForm, {
  valid: [["一、甲", "（一）乙。", "1.丙", "（1）丁"], "1.5亿元已拨付。", "3.2%的增长。", "一是学习。"],
  invalid: [
    {
      text: ["一.主要工作情况", "二，存在问题"],
      errors: [
        { paragraph: 0, offset: 0, length: 2, severity: "error", fix: "一、" },
        { paragraph: 1, offset: 0, length: 2, fix: "二、" },
      ],
      output: ["一、主要工作情况", "二、存在问题"],
    },
    {
      text: "（一）、强化组织领导。正文。",
      errors: [{ offset: 0, length: 4, fix: "（一）" }],
      output: "（一）强化组织领导。正文。",
    },
    {
      text: "(一)强化组织领导。正文。",
      errors: [{ offset: 0, length: 3, fix: "（一）" }],
      output: "（一）强化组织领导。正文。",
    },
    {
      text: "1、执行政治纪律情况",
      errors: [{ offset: 0, length: 2, fix: "1." }],
      output: "1.执行政治纪律情况",
    },
    { text: "(1)加强学习", errors: [{ offset: 0, length: 3, fix: "（1）" }] },
  ],
});

ruleTester(headingPunctuation, {
  valid: [
    ["一、主要工作情况"],
    "（一）强化组织领导。一是强化学习。",
    "1.执行政治纪律情况",
    ["三、下一步打算", "1.加强学习；", "2.强化监督；", "3.严格自律。"],
    "（1）按期完成；",
  ],
  invalid: [
    {
      text: "一、主要工作情况。",
      errors: [{ offset: 8, length: 1, severity: "error", fix: "" }],
      output: "一、主要工作情况",
    },
    { text: "二、存在的问题：", errors: [{ offset: 7, length: 1, fix: "" }], output: "二、存在的问题" },
    { text: "（一）强化组织领导，", errors: [{ offset: 9, length: 1, severity: "error" }] },
    { text: "（一）强化组织领导。", errors: [{ offset: 9, length: 1, severity: "warning", fix: "" }] },
    { text: "（一）存在的问题；", errors: [{ offset: 8, length: 1, severity: "warning", fix: "" }] },
    { text: "1.政治建设方面：", errors: [{ offset: 8, length: 1, severity: "warning" }] },
    { text: "1.加强学习，", errors: [{ offset: 6, length: 1, severity: "error" }] },
  ],
});

ruleTester(headingRunIn, {
  valid: ["（一）强化组织领导。一是强化学习。", "（二）“一是”提法的由来", "1.执行政治纪律情况"],
  invalid: [
    {
      text: "（一）强化组织领导一是强化学习。二是落实责任。",
      errors: [{ offset: 9, length: 0, severity: "error", fix: "。" }],
      output: "（一）强化组织领导。一是强化学习。二是落实责任。",
    },
    {
      text: "（一）强化组织领导，一是强化学习。",
      errors: [{ offset: 9, length: 1, fix: "。" }],
      output: "（一）强化组织领导。一是强化学习。",
    },
  ],
});

ruleTester(enumerationSequence, {
  valid: [
    ["一、甲", "（一）乙。一是学习。二是落实。三是督查。", "（二）丙。一是学习。二是落实。"],
    ["一、甲", "一是学习。", "二是落实。", "三是督查。"],
    ["一、甲", "学习《一是与二是》的写法。一是落实。二是整改。"],
    "他说：“一是要学习。”",
  ],
  invalid: [
    {
      text: ["一、甲", "一是学习。三是督查。"],
      errors: [{ paragraph: 1, offset: 5, length: 2, severity: "warning", fix: null }],
    },
    {
      text: ["一、甲", "一是学习。二是落实。二是督查。"],
      errors: [{ paragraph: 1, offset: 10, length: 2, severity: "warning" }],
    },
    {
      text: ["一、甲", "（一）乙。一是学习，成效明显。", "（二）丙。一是学习。二是落实。"],
      errors: [{ paragraph: 1, offset: 5, length: 2, severity: "info" }],
    },
    {
      name: "一是 inside a run-in heading without 。 counts for the sequence",
      text: ["一、甲", "（二）加强建设一是开展教育。三是开展警示教育。"],
      errors: [{ paragraph: 1, offset: 14, length: 2, severity: "warning" }],
    },
    {
      text: ["一、甲", "第一，加强学习。第三，强化督查。"],
      errors: [{ paragraph: 1, offset: 8, length: 2, severity: "warning" }],
    },
  ],
});

const WORK = ["一、主要工作情况", "（一）强化组织领导。认真落实主体责任，履行一岗双责。"];
ruleTester(requiredSections, {
  valid: [
    {
      text: [OPENING, ...WORK, "二、存在的问题", "学习不够深入。", "三、下一步工作打算", "继续加强学习。"],
      kind: "unit-annual",
    },
    {
      text: [OPENING, ...WORK, "二、存在问题及整改措施", "学习不够深入。"],
      kind: "personal-responsibility-system",
    },
    {
      text: [OPENING, ...WORK, "二、存在的不足", "学习不够深入。", "三、2025年工作安排", "继续加强学习。"],
      kind: "unit-annual",
    },
    { text: ["没有标题的一段话。"], kind: "unit-annual" },
    {
      name: "述责述廉 with both parts",
      text: [
        OPENING,
        "一、履行主体责任情况",
        "认真履行一岗双责。",
        "二、廉洁自律情况",
        "严格执行中央八项规定精神。",
        "三、存在的问题",
        "不足。",
        "四、下一步打算",
        "改进。",
      ],
      kind: "personal-shuzeshulian",
    },
  ],
  invalid: [
    {
      name: "unit report without a problems section",
      text: [OPENING, ...WORK, "二、工作打算", "继续加强学习。"],
      kind: "unit-annual",
      errors: [{ paragraph: null, severity: "error", fix: null }],
    },
    {
      name: "closing paragraph instead of headings (first-responsible): info",
      text: [
        OPENING,
        "一、抓好政治建设",
        "始终旗帜鲜明讲政治。",
        "虽然取得了一些成绩，但还存在不足和差距。下一步，我们将强化责任落实。",
      ],
      kind: "first-responsible",
      errors: [
        { paragraph: 3, offset: 14, length: 2, severity: "info" },
        { paragraph: 3, offset: 20, length: 3, severity: "info" },
      ],
    },
    {
      name: "next steps before problems",
      text: [OPENING, ...WORK, "二、下一步打算", "继续。", "三、存在的问题", "不足。"],
      kind: "unit-annual",
      errors: [{ paragraph: 5, offset: 2, length: 5, severity: "warning" }],
    },
    {
      name: "述责述廉 without 述廉",
      text: [
        OPENING,
        "一、履行主体责任情况",
        "认真履行一岗双责。",
        "二、存在的问题",
        "不足。",
        "三、下一步打算",
        "改进。",
      ],
      kind: "personal-shuzeshulian",
      errors: [{ paragraph: null, severity: "warning" }],
    },
  ],
});

ruleTester(titleForm, {
  valid: [
    ["关于2024年度落实党风廉政建设主体责任情况的报告", OPENING, "一、主要工作情况"],
    ["2022年度述责述廉报告", "", OPENING, "一、廉政履责情况"],
    ["关于【请填写年度】年度党风廉政建设工作情况的报告", OPENING, "一、主要工作情况"],
    {
      name: "a year field with another label, followed by 年度",
      text: ["【请填写】年度述责述廉报告", OPENING, "一、主要工作情况"],
    },
    {
      name: "periodic title with the year and period fields unfilled",
      text: [
        "关于【请填写年度】年【请填写季度或半年】履行全面从严治党主体责任情况的报告",
        OPENING,
        "一、主要做法",
      ],
      kind: "periodic-main-responsibility",
    },
    {
      name: "periodic title with the period field after a filled year",
      text: ["关于2025年【请填写】履行全面从严治党主体责任情况的报告", OPENING, "一、主要做法"],
      kind: "periodic-main-responsibility",
    },
    {
      name: "periodic title naming the first half-year",
      text: ["关于2025年上半年履行全面从严治党主体责任情况的报告", OPENING, "一、主要做法"],
      kind: "periodic-main-responsibility",
    },
    {
      name: "a title broken over two paragraphs, the year on the second (issue 10)",
      text: [
        "中共东岭县委员会",
        "关于2023年度落实全面从严治党主体责任情况的报告",
        "",
        OPENING,
        "一、主要工作",
      ],
    },
  ],
  invalid: [
    {
      name: "a two-line title is read whole: 汇报材料 on its second line",
      text: ["中共东岭县委员会", "关于2023年度全面从严治党工作的汇报材料", "", OPENING, "一、主要工作"],
      errors: [{ paragraph: 1, offset: 17, length: 4, severity: "error" }],
    },
    {
      name: "a two-line title without a year on either line",
      text: ["中共东岭县委员会", "关于落实全面从严治党主体责任情况的报告", "", OPENING, "一、主要工作"],
      errors: [{ paragraph: 0, offset: 0, length: 8, severity: "warning" }],
    },
    {
      text: ["关于党风廉政建设工作情况的报告", OPENING, "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 0, length: 15, severity: "warning" }],
    },
    {
      name: "a field that is not the year does not stand for it",
      text: ["关于【请填写单位】党风廉政建设工作情况的报告", OPENING, "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 0, length: 22, severity: "warning" }],
    },
    {
      name: "periodic title: a unit field does not stand for the period",
      text: ["关于【请填写单位】2025年履行全面从严治党主体责任情况的报告", OPENING, "一、主要做法"],
      kind: "periodic-main-responsibility",
      errors: [{ paragraph: 0, offset: 0, length: 31, severity: "warning" }],
    },
    {
      // the transition sentence names the kind (……主体责任，现将有关情况报告如下): error
      text: ["2024年度党风廉政建设工作总结", OPENING, "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 14, length: 2, severity: "error" }],
    },
    {
      name: "总结 when the kind is only guessed from the body: warning (issue 10)",
      text: [
        "2024年度党风廉政建设工作总结",
        "主要工作情况如下。",
        "一、主要工作情况",
        "认真履行主体责任，落实主体责任清单。",
        "二、存在的问题",
        "主体责任压得不实。",
      ],
      errors: [{ paragraph: 0, offset: 14, length: 2, severity: "warning" }],
    },
    {
      name: "总结 on a title that names one of the genre's kinds: error",
      text: ["2024年度落实全面从严治党主体责任情况总结", OPENING, "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 20, length: 2, severity: "error" }],
    },
    {
      name: "总结 with the kind given by the configuration: error",
      text: [
        "2024年度党风廉政建设工作总结",
        "主要工作情况如下。",
        "一、主要工作情况",
        "认真履行主体责任，落实主体责任清单。",
      ],
      kind: "main-responsibility",
      errors: [{ paragraph: 0, offset: 14, length: 2, severity: "error" }],
    },
    {
      name: "a title with a final mark and the wrong document type (not a title: the kind is a guess)",
      text: ["关于2021年度党风廉政建设工作情况的汇报。", OPENING, "一、主要工作情况"],
      errors: [
        { paragraph: 0, offset: 19, length: 2, severity: "warning" },
        { paragraph: 0, offset: 21, length: 1, severity: "error", fix: "" },
      ],
    },
    {
      text: ["2024年度述责述廉报告。", OPENING, "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 12, length: 1, severity: "error", fix: "" }],
      output: ["2024年度述责述廉报告", OPENING, "一、主要工作情况"],
    },
    { text: [OPENING, "一、主要工作情况"], errors: [{ paragraph: null, severity: "info" }] },
    {
      text: ["关于2025年履行全面从严治党主体责任情况的报告", OPENING, "一、主要做法"],
      kind: "periodic-main-responsibility",
      errors: [{ paragraph: 0, offset: 0, length: 24, severity: "warning" }],
    },
  ],
});

ruleTester(addresseeForm, {
  valid: [
    { text: ["市纪委：", OPENING, "一、主要工作情况"], kind: "unit-annual" },
    { text: [OPENING, "一、主要工作情况"], kind: "personal-shuzeshulian" },
  ],
  invalid: [
    {
      text: ["市纪委:", OPENING, "一、主要工作情况"],
      kind: "unit-annual",
      errors: [{ paragraph: 0, offset: 3, length: 1, severity: "error", fix: "：" }],
      output: ["市纪委：", OPENING, "一、主要工作情况"],
    },
    {
      text: [OPENING, "一、主要工作情况"],
      kind: "unit-annual",
      errors: [{ paragraph: null, severity: "info" }],
    },
  ],
});

ruleTester(openingTransition, {
  valid: [
    [OPENING, "一、主要工作情况"],
    ["现将有关情况汇报如下:", "一、主要工作情况"],
    ["没有标题的一段话，如下。"],
  ],
  invalid: [
    {
      text: ["一年来，我认真履行职责，现将有关情况报告如下。", "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 22, length: 1, severity: "info", fix: "：" }],
      output: ["一年来，我认真履行职责，现将有关情况报告如下：", "一、主要工作情况"],
    },
    {
      text: ["一年来，我认真履行职责，现将有关情况报告如下；", "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 22, length: 1, severity: "warning", fix: "：" }],
    },
    {
      name: "the transition in a later paragraph than the outline's opening",
      text: ["关于2021年度工作情况的报告。", "市纪委:", "现将有关情况报告如下。", "一、主要工作情况"],
      errors: [{ paragraph: 2, offset: 10, length: 1, severity: "info", fix: "：" }],
    },
    {
      text: ["一年来，我认真履行职责，取得了较好成效，各项工作稳步推进。", "一、主要工作情况"],
      errors: [{ paragraph: 0, offset: 0, length: 0, severity: "info" }],
    },
  ],
});

ruleTester(signatureDate, {
  valid: [
    [OPENING, "一、主要工作情况", "正文。", "中共某某市某某局党组", "2024年12月20日"],
    ["没有标题的一段话。"],
    [OPENING, "一、主要工作情况", "正文。", "【请填写单位】", "【请填写成文日期】"],
    {
      name: "signed under the title: the reporter's post and name, the date in brackets (issue 10)",
      text: [
        "2024年度述责述廉报告",
        "市水务局党组书记、局长　林建华",
        "（2025年1月10日）",
        "",
        OPENING,
        "一、主要工作情况",
        "正文。",
      ],
    },
    {
      name: "a byline with a padded two-character name",
      text: [
        "2024年度述责述廉报告",
        "副校长　王　琛",
        "（2025年1月10日）",
        OPENING,
        "一、主要工作情况",
        "正文。",
      ],
    },
    {
      name: "报告人：… under the title, the date at the end",
      text: ["2024年度述责述廉报告", "报告人：周文", OPENING, "一、主要工作情况", "正文。", "2025年1月6日"],
    },
  ],
  invalid: [
    {
      name: "a subtitle under the title is not a byline",
      text: ["2024年度述责述廉报告", "（在区纪委全会上的述责述廉）", OPENING, "一、主要工作情况", "正文。"],
      errors: [
        { paragraph: null, severity: "info" },
        { paragraph: null, severity: "info" },
      ],
    },
    {
      text: [OPENING, "一、主要工作情况", "正文。"],
      errors: [
        { paragraph: null, severity: "info" },
        { paragraph: null, severity: "info" },
      ],
    },
    {
      text: [OPENING, "一、主要工作情况", "正文。", "中共某某市某某局党组"],
      errors: [{ paragraph: null, severity: "info" }],
    },
  ],
});

ruleTester(dateForm, {
  valid: [[OPENING, "一、主要工作情况", "正文。", "某某局党组", "2024年12月20日"]],
  invalid: [
    {
      text: [OPENING, "一、主要工作情况", "正文。", "某某局党组", "2024.12.20"],
      errors: [{ paragraph: 4, offset: 0, length: 10, severity: "warning", fix: "2024年12月20日" }],
      output: [OPENING, "一、主要工作情况", "正文。", "某某局党组", "2024年12月20日"],
    },
    {
      text: [OPENING, "一、主要工作情况", "正文。", "某某局党组", "二〇二四年十二月二十日"],
      errors: [{ paragraph: 4, offset: 0, length: 11, fix: "2024年12月20日" }],
    },
    {
      text: [OPENING, "一、主要工作情况", "正文。", "某某局党组", "2024年01月05日"],
      errors: [{ paragraph: 4, offset: 0, length: 11, fix: "2024年1月5日" }],
    },
  ],
});

describe("standardDate", () => {
  it.each([
    ["2024-12-20", "2024年12月20日"],
    ["2024/1/5", "2024年1月5日"],
    ["２０２４年１２月２０日", "2024年12月20日"],
    ["二○二一年十二月三十日", "2021年12月30日"],
    ["二〇二四年一月三十一日", "2024年1月31日"],
    ["2024年12月20日", "2024年12月20日"],
    ["不是日期", null],
  ])("%s → %s", (input, want) => {
    expect(standardDate(input)).toBe(want);
  });
});
