/**
 * Issue 10, "What it gets wrong" and class 5 "Consistency and form": false findings the checker
 * raised on real reports, and the form slips it missed. The sentences are the project's own.
 */
import { enumerationSequence } from "../../../src/core/rules/enumeration-sequence";
import { headingMarkerForm, headingMixedStyle, headingPunctuation } from "../../../src/core/rules/headings";
import { dateForm, openingTransition, signatureDate } from "../../../src/core/rules/document-parts";
import { yearRangeDash } from "../../../src/core/rules/number-forms";
import { spaceInChinese } from "../../../src/core/rules/space-in-chinese";
import { check } from "../../../src/core/check";
import { createCheckSession } from "../../../src/core/check-session";
import { modelFromLines } from "../../../src/core/model";
import { ruleTester } from "./rule-tester";

// 1． (full-width dot) is an accepted form of 1.: never an error; mixing both is info.
ruleTester(headingMarkerForm, {
  valid: [["一、主要工作", "1．落实主体责任", "2．加强队伍建设"], "1．抓好理论学习。每月集中学习一次。"],
  invalid: [
    {
      name: "1、 is still wrong next to an accepted 1．",
      text: ["一、主要工作", "1．落实主体责任", "2、加强队伍建设"],
      errors: [{ paragraph: 2, offset: 0, length: 2, severity: "error", fix: "2." }],
    },
  ],
});

describe("heading-sequence with 1．", () => {
  it("names the expected number with the writer's dot", () => {
    const r = check(modelFromLines(["一、主要工作", "1．落实主体责任", "3．加强队伍建设"]));
    const f = r.findings.filter((x) => x.rule === "heading-sequence");
    expect(f.map((x) => [x.paragraph, x.offset, x.length])).toEqual([[2, 0, 2]]);
    expect(f[0].message["zh-CN"]).toContain("“2．”");
  });
});

ruleTester(headingMixedStyle, {
  valid: [
    ["一、主要工作", "1．落实主体责任", "2．加强队伍建设", "二、存在问题", "1．学习不深"],
    ["一、主要工作", "1.落实主体责任", "2.加强队伍建设"],
  ],
  invalid: [
    {
      name: "one 1． among 1. is noted as info",
      text: ["一、主要工作", "1.落实主体责任", "2.加强队伍建设", "二、存在问题", "1．学习不深"],
      errors: [{ paragraph: 4, offset: 0, length: 2, severity: "info", fix: null }],
    },
    {
      name: "on a tie the later form is noted",
      text: ["一、主要工作", "1．落实主体责任", "二、存在问题", "1.学习不深"],
      errors: [{ paragraph: 3, offset: 0, length: 2, severity: "info" }],
    },
  ],
});

// A stand-alone 1. heading over body text ending in 。 is flagged as at （一）; list items are not.
ruleTester(headingPunctuation, {
  valid: [
    {
      name: "items of a list whose last ends with 。",
      text: ["三、下一步打算", "1.坚持学在前面；", "2.坚持干在实处。"],
    },
    {
      name: "one-sentence items without body text under them",
      text: ["二、存在的问题", "1.理论学习还不够系统。", "2.监督检查还不够经常。"],
    },
    ["一、主要工作", "1.压实主体责任", "全年召开专题会议四次。"],
  ],
  invalid: [
    {
      text: ["一、主要工作", "1.压实主体责任。", "全年召开专题会议四次。"],
      errors: [{ paragraph: 1, offset: 8, length: 1, severity: "warning", fix: "" }],
      output: ["一、主要工作", "1.压实主体责任", "全年召开专题会议四次。"],
    },
    {
      name: "（1） over body text likewise",
      text: ["一、主要工作", "（1）抓好廉政教育。", "组织观看警示片两次。"],
      errors: [{ paragraph: 1, offset: 9, length: 1, severity: "warning" }],
    },
    {
      name: "（一） as before",
      text: ["一、主要工作", "（一）抓好廉政教育。", "组织观看警示片两次。"],
      errors: [{ paragraph: 1, offset: 9, length: 1, severity: "warning" }],
    },
  ],
});

// Enumerators after a comma or semicolon, and a new series after a lead-in.
ruleTester(enumerationSequence, {
  valid: [
    ["一、主要工作", "一是加强学习，二是压实责任。"],
    ["一、主要工作", "一是加强学习，二是压实责任，三是严格监督。"],
    ["一、主要工作", "一是抓学习。二是抓落实。三是抓督查。今后一是加强学习；二是压实责任。"],
    ["一、主要工作", "一是抓学习。二是抓落实。三是抓督查。", "今后一是加强学习，二是压实责任。"],
    ["一、主要工作", "一是抓学习。二是抓落实。", "为此，一是加强学习，三是压实责任。"],
  ],
  invalid: [
    {
      name: "a gap after a comma is not taken for the next item",
      text: ["一、主要工作", "一是抓学习，三是抓落实。"],
      errors: [{ paragraph: 1, offset: 0, length: 2, severity: "info" }],
    },
    {
      name: "a series started after a lead-in is checked in its turn",
      text: ["一、主要工作", "一是抓学习。二是抓落实。", "下一步一是加强学习。三是压实责任。"],
      errors: [{ paragraph: 2, offset: 10, length: 2, severity: "warning" }],
    },
  ],
});

// The 述职 opening formula.
ruleTester(openingTransition, {
  valid: [
    ["2024年度述职述廉报告", "现将一年来的履职情况汇报如下，请予评议。", "一、主要工作", "正文。"],
    ["现将有关情况报告如下，请各位评议。", "一、主要工作"],
  ],
  invalid: [
    {
      text: ["现将有关情况报告如下，加强学习。", "一、主要工作"],
      errors: [{ paragraph: 0, offset: 10, length: 1, severity: "warning", fix: "：" }],
    },
  ],
});

// Spaces: name padding and bylines are layout; spaces in a title, after a marker, after a comma are not.
ruleTester(spaceInChinese, {
  valid: [
    ["2024年度述责述廉报告", "副校长 王　琛", "一、主要工作", "正文。"],
    ["2024年度述责述廉报告", "蒋  明", "一、主要工作", "正文。"],
    ["2024年度述责述廉报告", "党委书记　陈  立", "一、主要工作", "正文。"],
    ["2024年度述责述廉报告　王　琛", "一、主要工作", "正文。"],
    ["述　职　报　告", "一、主要工作", "正文。"],
    ["2024年度述责述廉报告", "党委副书记、校长　王　琛", "一、主要工作", "正文。"],
    ["2024年度述职报告", "报告人：蒋  明", "一、主要工作", "正文。"],
    ["一、主要工作", "正文。", "三、下一步打算", "正文。", "县委副书记 王　琛"],
  ],
  invalid: [
    {
      name: "a space inside the title",
      text: ["关于2024年度 履行主体责任情况的报告", "一、主要工作", "正文。"],
      errors: [{ paragraph: 0, offset: 8, length: 1, severity: "warning", fix: "" }],
      output: ["关于2024年度履行主体责任情况的报告", "一、主要工作", "正文。"],
    },
    {
      name: "a space after a heading marker",
      text: ["一、主要工作", "1. 压实主体责任", "正文。"],
      errors: [{ paragraph: 1, offset: 2, length: 1, fix: "" }],
      output: ["一、主要工作", "1.压实主体责任", "正文。"],
    },
    {
      name: "a space after a half-width comma",
      text: "加强学习, 压实责任。",
      errors: [{ offset: 5, length: 1, fix: "" }],
    },
    {
      name: "a list of words with a 顿号 is no byline",
      text: "加强学习、压实 责任",
      errors: [{ offset: 7, length: 1 }],
    },
    {
      name: "a colon that is no label",
      text: "主要做法：加强 学习",
      errors: [{ offset: 7, length: 1 }],
    },
    {
      name: "a short body line that is no byline",
      text: "加强　学习",
      errors: [{ offset: 2, length: 1 }],
    },
  ],
});

// A date line missing 日 is recognised as the date and gets its own finding with a fix.
const BODY = ["一、主要工作", "全年召开专题会议四次。"];
ruleTester(dateForm, {
  valid: [[...BODY, "某某局党组", "2021年1月18日"]],
  invalid: [
    {
      text: [...BODY, "某某局党组", "2021年1月18"],
      errors: [{ paragraph: 3, offset: 9, length: 0, severity: "warning", fix: "日" }],
      output: [...BODY, "某某局党组", "2021年1月18日"],
    },
    {
      name: "with a leading zero the whole date is rewritten",
      text: [...BODY, "某某局党组", "2021年01月18"],
      errors: [{ paragraph: 3, offset: 0, length: 10, fix: "2021年1月18日" }],
    },
  ],
});

ruleTester(signatureDate, {
  valid: [[...BODY, "某某局党组", "2021年1月18"]],
  invalid: [
    {
      text: [...BODY, "某某局党组", "2021年1月"],
      errors: [{ paragraph: null, severity: "info" }],
    },
  ],
});

// A range of years takes the 一字线 (GB/T 15834-2011 4.13.3.2).
ruleTester(yearRangeDash, {
  valid: [
    "2020—2022年连续三年开展专项整治。",
    "按照GB/T 9704-2012排版。",
    "2020至2022年连续三年开展专项整治。",
    "电话0731-2022年不是年份。",
    "2020～2022年的数值范围。",
  ],
  invalid: [
    {
      text: "2020-2022年连续三年开展专项整治。",
      errors: [{ offset: 4, length: 1, severity: "warning", fix: "—" }],
      output: "2020—2022年连续三年开展专项整治。",
    },
    {
      text: "制定2021年 - 2025年工作规划。",
      errors: [{ offset: 7, length: 3, fix: "—" }],
      output: "制定2021年—2025年工作规划。",
    },
    { text: "2023~2024年度", errors: [{ offset: 4, length: 1 }] },
    { text: "2023–2024年", errors: [{ offset: 4, length: 1 }] },
  ],
});

describe("heading-punctuation in live mode (CheckSession.update)", () => {
  const stops = (r: { findings: { rule: string; paragraph: number | null }[] }) =>
    r.findings.filter((f) => f.rule === "heading-punctuation").map((f) => f.paragraph);

  it("re-checks an edited 1. heading over body text at once", () => {
    const lines = ["一、主要工作", "1.压实主体责任", "全年召开专题会议四次。"];
    const session = createCheckSession(modelFromLines(lines));
    expect(stops(session.result)).toEqual([]);
    expect(stops(session.updateParagraph(1, "1.压实主体责任。"))).toEqual([1]);
  });

  it("keeps an edited list item a list item", () => {
    const lines = ["三、下一步打算", "1.坚持学在前面；", "2.坚持干在实处。"];
    const session = createCheckSession(modelFromLines(lines));
    expect(stops(session.updateParagraph(2, "2.坚持干在实处，走在前列。"))).toEqual([]);
  });
});
