import { modelFromLines, type DocModel } from "../../src/core/model";
import { applyEditsToModel } from "../../src/core/edits";
import { buildOutline } from "../../src/core/outline";
import {
  planEdits,
  planScaffold,
  planSection,
  planTemplate,
  renderSection,
  renderTemplate,
  type InsertionPlan,
} from "../../src/core/scaffold";
import { findScaffold } from "../../src/genre/scaffolds";
import { findTemplate } from "../../src/genre/templates";
import type { HeadingLevel } from "../../src/core/outline-types";
import type { CursorInfo } from "../../src/terms";
import type { ScaffoldData } from "../../src/genre/template-schema";

/** The caret inside a paragraph (after its first character: the answer is the same anywhere past the start). */
const cursorAt = (paragraph: number, inTable = false, offset = 1): CursorInfo => ({
  paragraph,
  offset,
  length: 0,
  selectedText: "",
  inTable,
});

/** A level-2 theme scaffold (run-in) and a level-1 closing scaffold. */
const THEME = findScaffold("conduct-four-winds") as ScaffoldData;
const PROBLEMS = findScaffold("problems-general") as ScaffoldData;

const DOC_A = [
  "关于2024年度党风廉政建设工作情况的报告",
  "市纪委：",
  "2024年，我局认真落实管党治党责任。现将有关情况报告如下：",
  "一、主要工作情况",
  "（一）强化组织领导。一是召开专题会议。二是签订责任书。",
  "（二）加强教育引导。一是组织集中学习。",
  "（三）严格监督执纪。一是开展专项检查。",
  "二、存在的问题",
  "一是责任传导不够到位。二是监督力量不足。",
  "三、下一步工作打算",
  "一是压实责任。二是强化监督。",
  "特此报告。",
  "某某局",
  "2024年12月20日",
];

const DOC_B = [
  "2024年度述责述廉报告",
  "2024年，本人认真履行职责。现将有关情况述责述廉如下：",
  "一、履责情况",
  "1.执行政治纪律情况",
  "本人坚决贯彻上级部署。",
  "2.履行管党治党责任情况",
  "本人定期研究部署工作。",
  "二、存在问题和不足",
  "1.理论学习还不够深入。学用结合不够紧密。",
  "三、下一阶段改进措施",
  "1.强化理论武装。持续深入学习。",
];

const DOC_B2 = [
  "一、履责情况",
  "1.执行政治纪律情况",
  "本人坚决贯彻上级部署。",
  "二、存在问题和不足",
  "学习还不够深入。",
];

const DOC_C = [
  "一、主要工作情况",
  "今年以来，我们重点抓了以下工作。",
  "（一）强化组织领导",
  "一是召开专题会议。",
  "（二）加强教育引导",
  "一是组织集中学习。",
  "二、存在的问题",
  "监督力量不足。",
  "",
];

const DOC_D = [
  "一、主要工作情况",
  "（一）强化组织领导",
  "1.健全责任体系",
  "（1）细化清单",
  "清单覆盖全部岗位。",
];

const DOC_E = [
  "一、主要工作情况",
  "（一）压实主体责任",
  "1.健全制度",
  "2.细化清单",
  "3.传导压力",
  "4.强化考核",
  "考核结果与评先评优挂钩。",
  "",
];

const DOC_E2 = DOC_E.slice(0, 6).concat([""]);

const TEN = Array.from({ length: 10 }, (_, i) => `${"一二三四五六七八九十"[i]}、第${i + 1}部分`);

interface Case {
  name: string;
  lines: string[];
  cursor: CursorInfo;
  scaffold?: ScaffoldData;
  level?: HeadingLevel;
  tableAt?: number;
  expected:
    | { refused: "inTable" }
    | {
        level: HeadingLevel;
        number: number;
        marker: string;
        anchor: number;
        position: "before" | "after";
        parent: number | null;
        /** Renumbered paragraphs with their new marker. */
        renumber: [number, string][];
      };
}

const cases: Case[] = [
  {
    name: "empty document",
    lines: [""],
    cursor: cursorAt(0),
    expected: {
      level: 1,
      number: 1,
      marker: "一、",
      anchor: -1,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "empty document, level override 2",
    lines: [""],
    cursor: cursorAt(-1),
    level: 2,
    expected: {
      level: 2,
      number: 1,
      marker: "（一）",
      anchor: -1,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "cursor in 导语",
    lines: DOC_A,
    cursor: cursorAt(2),
    expected: {
      level: 1,
      number: 1,
      marker: "一、",
      anchor: 3,
      position: "before",
      parent: null,
      renumber: [
        [3, "二、"],
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "cursor on the title",
    lines: DOC_A,
    cursor: cursorAt(0),
    expected: {
      level: 1,
      number: 1,
      marker: "一、",
      anchor: 3,
      position: "before",
      parent: null,
      renumber: [
        [3, "二、"],
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "cursor on 主送",
    lines: DOC_A,
    cursor: cursorAt(1),
    expected: {
      level: 1,
      number: 1,
      marker: "一、",
      anchor: 3,
      position: "before",
      parent: null,
      renumber: [
        [3, "二、"],
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "on 一、's heading: after 一、's section, between 一、 and 二、",
    lines: DOC_A,
    cursor: cursorAt(3),
    expected: {
      level: 1,
      number: 2,
      marker: "二、",
      anchor: 6,
      position: "after",
      parent: null,
      renumber: [
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "on 二、's heading: between 二、 and 三、 with renumbering",
    lines: DOC_A,
    cursor: cursorAt(7),
    expected: {
      level: 1,
      number: 3,
      marker: "三、",
      anchor: 8,
      position: "after",
      parent: null,
      renumber: [[9, "四、"]],
    },
  },
  {
    name: "on the last level-1 heading: before 特此报告",
    lines: DOC_A,
    cursor: cursorAt(9),
    expected: {
      level: 1,
      number: 4,
      marker: "四、",
      anchor: 10,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "after a run-in （三）",
    lines: DOC_A,
    cursor: cursorAt(6),
    expected: {
      level: 2,
      number: 4,
      marker: "（四）",
      anchor: 6,
      position: "after",
      parent: 3,
      renumber: [],
    },
  },
  {
    name: "on a run-in （二）: shifts （三）",
    lines: DOC_A,
    cursor: cursorAt(5),
    expected: {
      level: 2,
      number: 3,
      marker: "（三）",
      anchor: 5,
      position: "after",
      parent: 3,
      renumber: [[6, "（四）"]],
    },
  },
  {
    name: "inside 二、's body: a sub-section in the document's style",
    lines: DOC_A,
    cursor: cursorAt(8),
    expected: {
      level: 2,
      number: 1,
      marker: "（一）",
      anchor: 8,
      position: "after",
      parent: 7,
      renumber: [],
    },
  },
  {
    name: "a level-1 scaffold inside 二、's body goes after 二、's section",
    lines: DOC_A,
    cursor: cursorAt(8),
    scaffold: PROBLEMS,
    expected: {
      level: 1,
      number: 3,
      marker: "三、",
      anchor: 8,
      position: "after",
      parent: null,
      renumber: [[9, "四、"]],
    },
  },
  {
    name: "a level-1 scaffold with the cursor in （二）",
    lines: DOC_A,
    cursor: cursorAt(5),
    scaffold: PROBLEMS,
    expected: {
      level: 1,
      number: 2,
      marker: "二、",
      anchor: 6,
      position: "after",
      parent: null,
      renumber: [
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "cursor on 特此报告 (the end)",
    lines: DOC_A,
    cursor: cursorAt(11),
    expected: {
      level: 1,
      number: 4,
      marker: "四、",
      anchor: 10,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "cursor on the date (the end)",
    lines: DOC_A,
    cursor: cursorAt(13),
    expected: {
      level: 1,
      number: 4,
      marker: "四、",
      anchor: 10,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "level override 1 inside （一）",
    lines: DOC_A,
    cursor: cursorAt(4),
    level: 1,
    expected: {
      level: 1,
      number: 2,
      marker: "二、",
      anchor: 6,
      position: "after",
      parent: null,
      renumber: [
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "level override 2 on 一、's heading: first sub-section",
    lines: DOC_A,
    cursor: cursorAt(3),
    level: 2,
    expected: {
      level: 2,
      number: 1,
      marker: "（一）",
      anchor: 4,
      position: "before",
      parent: 3,
      renumber: [
        [4, "（二）"],
        [5, "（三）"],
        [6, "（四）"],
      ],
    },
  },
  {
    name: "level override 3 in （二）",
    lines: DOC_A,
    cursor: cursorAt(5),
    level: 3,
    expected: { level: 3, number: 1, marker: "1.", anchor: 5, position: "after", parent: 5, renumber: [] },
  },
  {
    name: "cursor in a table cell: refused",
    lines: DOC_A,
    cursor: cursorAt(8, true),
    expected: { refused: "inTable" },
  },
  {
    name: "paragraph in a table (host missed it): refused",
    lines: DOC_A,
    cursor: cursorAt(8),
    tableAt: 8,
    expected: { refused: "inTable" },
  },
  {
    name: "1.-style: on 2. heading",
    lines: DOC_B,
    cursor: cursorAt(5),
    expected: { level: 3, number: 3, marker: "3.", anchor: 6, position: "after", parent: 2, renumber: [] },
  },
  {
    name: "1.-style: on 1. heading shifts 2.",
    lines: DOC_B,
    cursor: cursorAt(3),
    expected: {
      level: 3,
      number: 2,
      marker: "2.",
      anchor: 4,
      position: "after",
      parent: 2,
      renumber: [[5, "3."]],
    },
  },
  {
    name: "1.-style: body under 1. gets its own （1）",
    lines: DOC_B,
    cursor: cursorAt(4),
    expected: { level: 4, number: 1, marker: "（1）", anchor: 4, position: "after", parent: 3, renumber: [] },
  },
  {
    name: "1.-style: after a run-in 1.",
    lines: DOC_B,
    cursor: cursorAt(8),
    expected: { level: 3, number: 2, marker: "2.", anchor: 8, position: "after", parent: 7, renumber: [] },
  },
  {
    name: "1.-style: on 二、 → 三、, shifts 三、",
    lines: DOC_B,
    cursor: cursorAt(7),
    expected: {
      level: 1,
      number: 3,
      marker: "三、",
      anchor: 8,
      position: "after",
      parent: null,
      renumber: [[9, "四、"]],
    },
  },
  {
    name: "1.-style habit: body of a section without sub-sections follows 1.",
    lines: DOC_B2,
    cursor: cursorAt(4),
    expected: { level: 3, number: 1, marker: "1.", anchor: 4, position: "after", parent: 3, renumber: [] },
  },
  {
    name: "intro paragraph of 一、: first sub-section, the others shift",
    lines: DOC_C,
    cursor: cursorAt(1),
    expected: {
      level: 2,
      number: 1,
      marker: "（一）",
      anchor: 2,
      position: "before",
      parent: 0,
      renumber: [
        [2, "（二）"],
        [4, "（三）"],
      ],
    },
  },
  {
    name: "inside （一）'s body (stand-alone heading)",
    lines: DOC_C,
    cursor: cursorAt(3),
    expected: { level: 3, number: 1, marker: "1.", anchor: 3, position: "after", parent: 2, renumber: [] },
  },
  {
    // Issue 12: an empty line after a body paragraph is the same place as the end of that paragraph.
    name: "blank line closing the last section: the same answer as the end of its body",
    lines: DOC_C,
    cursor: cursorAt(8),
    expected: {
      level: 2,
      number: 1,
      marker: "（一）",
      anchor: 7,
      position: "after",
      parent: 6,
      renumber: [],
    },
  },
  {
    name: "end of the body text of 二、: the same answer as the blank line after it",
    lines: DOC_C,
    cursor: cursorAt(7, false, "监督力量不足。".length),
    expected: {
      level: 2,
      number: 1,
      marker: "（一）",
      anchor: 7,
      position: "after",
      parent: 6,
      renumber: [],
    },
  },
  {
    name: "issue 12: end of the body under 4. gives （1）",
    lines: DOC_E,
    cursor: cursorAt(6, false, DOC_E[6].length),
    expected: { level: 4, number: 1, marker: "（1）", anchor: 6, position: "after", parent: 5, renumber: [] },
  },
  {
    name: "issue 12: an empty paragraph right after the body under 4. gives （1） as well",
    lines: DOC_E,
    cursor: cursorAt(7, false, 0),
    expected: { level: 4, number: 1, marker: "（1）", anchor: 6, position: "after", parent: 5, renumber: [] },
  },
  {
    name: "issue 12: the start of the body under 4. gives the same （1）",
    lines: DOC_E,
    cursor: cursorAt(6, false, 0),
    expected: { level: 4, number: 1, marker: "（1）", anchor: 6, position: "after", parent: 5, renumber: [] },
  },
  {
    name: "an empty line right after the 4. heading: the same answer as on the heading (5.)",
    lines: DOC_E2,
    cursor: cursorAt(6),
    expected: { level: 3, number: 5, marker: "5.", anchor: 5, position: "after", parent: 1, renumber: [] },
  },
  {
    name: "issue 12: at the start of the 三、 heading: before it, as 三、, and 三、 becomes 四、",
    lines: DOC_A,
    cursor: cursorAt(9, false, 0),
    expected: {
      level: 1,
      number: 3,
      marker: "三、",
      anchor: 9,
      position: "before",
      parent: null,
      renumber: [[9, "四、"]],
    },
  },
  {
    name: "inside the 三、 heading (any offset past the start): after all of 三、",
    lines: DOC_A,
    cursor: cursorAt(9, false, 4),
    expected: {
      level: 1,
      number: 4,
      marker: "四、",
      anchor: 10,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "at the start of 一、: before the first section",
    lines: DOC_A,
    cursor: cursorAt(3, false, 0),
    expected: {
      level: 1,
      number: 1,
      marker: "一、",
      anchor: 3,
      position: "before",
      parent: null,
      renumber: [
        [3, "二、"],
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "at the start of a run-in （二）: before it, as （二）",
    lines: DOC_A,
    cursor: cursorAt(5, false, 0),
    expected: {
      level: 2,
      number: 2,
      marker: "（二）",
      anchor: 5,
      position: "before",
      parent: 3,
      renumber: [
        [5, "（三）"],
        [6, "（四）"],
      ],
    },
  },
  {
    name: "a level-1 scaffold at the start of （二）: after the level-1 section, not inside it",
    lines: DOC_A,
    cursor: cursorAt(5, false, 0),
    scaffold: PROBLEMS,
    expected: {
      level: 1,
      number: 2,
      marker: "二、",
      anchor: 6,
      position: "after",
      parent: null,
      renumber: [
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "a level-1 scaffold at the start of 二、: before it",
    lines: DOC_A,
    cursor: cursorAt(7, false, 0),
    scaffold: PROBLEMS,
    expected: {
      level: 1,
      number: 2,
      marker: "二、",
      anchor: 7,
      position: "before",
      parent: null,
      renumber: [
        [7, "三、"],
        [9, "四、"],
      ],
    },
  },
  {
    name: "the caret after the leading spaces of an indented heading is still its start",
    lines: ["一、主要工作情况", "正文。", "　　二、存在的问题", "正文。"],
    cursor: cursorAt(2, false, 2),
    expected: {
      level: 1,
      number: 2,
      marker: "二、",
      anchor: 2,
      position: "before",
      parent: null,
      renumber: [[2, "三、"]],
    },
  },
  {
    name: "a selection starting at a heading is not 'the start of the heading'",
    lines: DOC_A,
    cursor: { paragraph: 9, offset: 0, length: 2, selectedText: "三、", inTable: false },
    expected: {
      level: 1,
      number: 4,
      marker: "四、",
      anchor: 10,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "no heading at all: 一、 after the cursor",
    lines: ["某某报告", "一年来，我们认真履职。现报告如下："],
    cursor: cursorAt(1),
    expected: {
      level: 1,
      number: 1,
      marker: "一、",
      anchor: 1,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "after 十、 comes 十一、",
    lines: TEN,
    cursor: cursorAt(9),
    expected: {
      level: 1,
      number: 11,
      marker: "十一、",
      anchor: 9,
      position: "after",
      parent: null,
      renumber: [],
    },
  },
  {
    name: "before 十、: 十、 becomes 十一、",
    lines: TEN,
    cursor: cursorAt(8),
    expected: {
      level: 1,
      number: 10,
      marker: "十、",
      anchor: 8,
      position: "after",
      parent: null,
      renumber: [[9, "十一、"]],
    },
  },
  {
    name: "deepest level: body under （1） stays at level 4",
    lines: DOC_D,
    cursor: cursorAt(4),
    expected: { level: 4, number: 2, marker: "（2）", anchor: 4, position: "after", parent: 2, renumber: [] },
  },
];

describe("planSection: level, number and renumbering from the context", () => {
  test("there are at least 25 insertion contexts", () => expect(cases.length).toBeGreaterThanOrEqual(25));

  test.each(cases)("$name", ({ lines, cursor, scaffold, level, tableAt, expected }) => {
    const model: DocModel = modelFromLines(lines);
    if (tableAt !== undefined) model.paragraphs[tableAt].tableNestingLevel = 1;
    const result = planScaffold(model, cursor, scaffold ?? THEME, { level });
    if ("refused" in expected) {
      expect(result).toEqual({ ok: false, reason: expected.refused });
      return;
    }
    expect(result.ok).toBe(true);
    const plan = result as InsertionPlan;
    expect({ level: plan.level, number: plan.number, marker: plan.marker }).toEqual({
      level: expected.level,
      number: expected.number,
      marker: expected.marker,
    });
    expect(plan.insert.paragraph).toBe(expected.anchor);
    expect(plan.insert.position).toBe(expected.position);
    if (expected.anchor >= 0) expect(plan.insert.expected).toBe(lines[expected.anchor]);
    expect(plan.parent).toBe(expected.parent);
    expect(plan.headingText.startsWith(expected.marker)).toBe(true);
    expect(plan.renumber.map((e) => [e.paragraph, e.text])).toEqual(expected.renumber);
    for (const e of plan.renumber) {
      expect(e.expected).toBe(lines[e.paragraph]);
      // Only the marker is replaced: the heading text after it is untouched.
      const old = lines[e.paragraph];
      expect(old.slice(e.offset + e.length)).not.toMatch(/^[、）.]/);
    }

    // Applying the plan with renumbering gives a gap-free sequence under the parent.
    const { model: after, result: applied } = applyEditsToModel(model, planEdits(plan));
    expect(applied.stale).toEqual([]);
    const outline = buildOutline(after);
    const inserted = outline.headings.find((h) => after.paragraphs[h.paragraph].text === plan.headingText);
    expect(inserted?.level).toBe(expected.level);
    const parentDepth = (inserted?.depth ?? 1) - 1;
    const siblings = outline.headings.filter(
      (h) => h.level === expected.level && h.depth === parentDepth + 1,
    );
    // Within each parent the numbers run 1, 2, 3 …
    let lastParent = -1;
    let n = 0;
    for (const h of siblings) {
      const par =
        outline.headings.filter((x) => x.paragraph < h.paragraph && x.depth === h.depth - 1).pop()
          ?.paragraph ?? -1;
      if (par !== lastParent) {
        lastParent = par;
        n = 0;
      }
      n++;
      expect(h.number).toBe(n);
    }
  });
});

describe("renumbering edits", () => {
  test("leaving the renumbering out inserts only", () => {
    const model = modelFromLines(DOC_A);
    const plan = planScaffold(model, cursorAt(7), THEME) as InsertionPlan;
    const edits = planEdits(plan, false);
    expect(edits).toEqual([plan.insert]);
    const { model: after } = applyEditsToModel(model, edits);
    expect(after.paragraphs.filter((p) => p.text.startsWith("三、")).length).toBe(2);
  });

  test("a heading changed after planning is not overwritten", () => {
    const model = modelFromLines(DOC_A);
    const plan = planScaffold(model, cursorAt(7), THEME) as InsertionPlan;
    const edited = modelFromLines(DOC_A.map((t, i) => (i === 9 ? "三、下一步的工作打算" : t)));
    const { model: after, result } = applyEditsToModel(edited, planEdits(plan));
    expect(result.stale).toEqual([1]);
    expect(after.paragraphs.some((p) => p.text === "三、下一步的工作打算")).toBe(true);
  });

  test("children of a shifted heading are untouched", () => {
    const model = modelFromLines(DOC_A);
    const plan = planScaffold(model, cursorAt(2), THEME) as InsertionPlan;
    const { model: after } = applyEditsToModel(model, planEdits(plan));
    expect(after.paragraphs.filter((p) => p.text.startsWith("（一）强化组织领导")).length).toBe(1);
    expect(after.paragraphs.map((p) => p.text)).toContain("二、主要工作情况");
  });
});

describe("rendering", () => {
  test("a run-in sub-section at level 2 ends its heading with 。 and continues", () => {
    const ps = renderSection(THEME.section, 2, 3);
    expect(ps[0].text.startsWith("（三）持续纠治“四风”。坚决整治")).toBe(true);
    expect(ps[0].role).toBe("body");
  });

  test("the same scaffold at level 1 stands on its own line with the heading role", () => {
    const ps = renderSection(THEME.section, 1, 2);
    expect(ps[0]).toEqual({ text: "二、持续纠治“四风”", role: "heading1" });
    expect(ps[1].text.startsWith("坚决整治")).toBe(true);
  });

  test("children are numbered from 1 at the next level, or skip to 1. when the data says so", () => {
    const sub = renderSection(findScaffold("main-resp-list")!.section, 1, 1);
    expect(sub.map((p) => p.text.slice(0, 5))).toEqual([
      "一、健全责",
      "（一）细化",
      "（二）强化",
      "（三）严格",
    ]);
    const skip = renderSection(findScaffold("problems-numbered")!.section, 1, 2);
    expect(skip.map((p) => p.text.slice(0, 2))).toEqual(["二、", "1.", "2.", "3."]);
    // At level 3, children go to level 4 and beyond that they become 一是/二是.
    const deep = renderSection(findScaffold("main-resp-list")!.section, 4, 1);
    expect(deep.map((p) => p.text.slice(0, 3))).toEqual(["（1）", "一是细", "二是强", "三是严"]);
  });

  test("sub-sections follow the document's habit: 1.-style data becomes （一） where 一、 has （一）, and back", () => {
    const numbered = findScaffold("problems-numbered")!;
    const intoA = planScaffold(modelFromLines(DOC_A), cursorAt(7), numbered) as InsertionPlan;
    expect(intoA.paragraphs.map((p) => p.text.slice(0, 3))).toEqual(["三、存", "（一）", "（二）", "（三）"]);
    const sub = findScaffold("problems-subsections")!;
    const intoB = planScaffold(modelFromLines(DOC_B), cursorAt(7), sub) as InsertionPlan;
    expect(intoB.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(["三、", "1.", "2.", "3."]);
    // An empty document keeps the data's own style.
    const intoEmpty = planScaffold(modelFromLines([""]), cursorAt(0), numbered) as InsertionPlan;
    expect(intoEmpty.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(["一、", "1.", "2.", "3."]);
  });

  test("field spans point at the placeholders exactly", () => {
    const ps = renderSection(findScaffold("dual-duty-talks")!.section, 2, 1);
    const p = ps[0];
    expect(p.fields?.length).toBe(2);
    for (const f of p.fields ?? []) {
      const s = p.text.slice(f.offset, f.offset + f.length);
      expect(s).toMatch(/^【请填写[^【】]+】$/);
    }
    expect(p.fields?.[0]).toEqual({
      offset: p.text.indexOf("【请填写廉政谈话人次数】"),
      length: 12,
      name: "figure",
    });
  });

  test("a template renders title, 主送, 导语, sections, 结尾, 落款, 成文日期 in order with the form's values", () => {
    const t = findTemplate("unit-annual")!;
    const ps = renderTemplate(t, {
      year: "2024",
      unit: "某某市某某局",
      to: "市纪委",
      date: "2024年12月20日",
    });
    expect(ps[0]).toEqual({ text: "关于2024年度党风廉政建设和反腐败工作情况的报告", role: "title" });
    expect(ps[1]).toEqual({ text: "市纪委：", role: "addressee" });
    expect(ps[2].text.startsWith("2024年，某某市某某局坚持")).toBe(true);
    expect(ps[2].text.endsWith("报告如下：")).toBe(true);
    expect(ps.slice(-3).map((p) => [p.text, p.role])).toEqual([
      ["特此报告。", "closing"],
      ["某某市某某局", "signature"],
      ["2024年12月20日", "date"],
    ]);
    const empty = renderTemplate(t, {});
    expect(empty[0].text).toBe("关于【请填写年度】年度党风廉政建设和反腐败工作情况的报告");
    expect(empty[0].fields).toEqual([{ offset: 2, length: 7, name: "year" }]);
    expect(empty[empty.length - 1]).toEqual({
      text: "【请填写成文日期】",
      role: "date",
      fields: [{ offset: 0, length: 9, name: "date" }],
    });
  });
});

describe("planTemplate", () => {
  const t = findTemplate("personal-shuzeshulian")!;
  test("an empty document gets the whole template at the start", () => {
    const plan = planTemplate(modelFromLines([""]), cursorAt(0), t, { year: "2024" });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const { model } = applyEditsToModel(modelFromLines([""]), plan.edits);
    expect(model.paragraphs[0].text).toBe("2024年度述责述廉报告");
  });
  test("a non-empty document needs the cursor confirmation", () => {
    const model = modelFromLines(DOC_A);
    expect(planTemplate(model, cursorAt(2), t)).toEqual({ ok: false, reason: "notEmpty" });
    const plan = planTemplate(model, cursorAt(2), t, {}, { atCursor: true });
    expect(plan.ok && plan.edits[0]).toMatchObject({
      kind: "insertParagraphs",
      paragraph: 2,
      position: "after",
      expected: DOC_A[2],
    });
  });
  test("refused in a table", () => {
    expect(planTemplate(modelFromLines(DOC_A), cursorAt(4, true), t, {}, { atCursor: true })).toEqual({
      ok: false,
      reason: "inTable",
    });
  });
  test("planSection on an unknown cursor (-1) in a non-empty document appends at the end", () => {
    const plan = planSection(modelFromLines(DOC_C), cursorAt(-1), THEME.section) as InsertionPlan;
    expect(plan.marker).toBe("三、");
  });
});

describe("where: the place said in one sentence", () => {
  const where = (lines: string[], cursor: CursorInfo, scaffold: ScaffoldData = THEME) =>
    (planScaffold(modelFromLines(lines), cursor, scaffold) as InsertionPlan).where;

  test.each([
    ["empty document", [""], cursorAt(0), THEME, { kind: "start", paragraph: -1, text: "" }],
    ["start of 三、", DOC_A, cursorAt(9, false, 0), THEME, { kind: "before", paragraph: 9, text: DOC_A[9] }],
    [
      "inside 二、's heading",
      DOC_A,
      cursorAt(7),
      THEME,
      { kind: "afterSection", paragraph: 7, text: DOC_A[7] },
    ],
    ["导语 → before 一、", DOC_A, cursorAt(2), THEME, { kind: "before", paragraph: 3, text: DOC_A[3] }],
    [
      "body of 二、 → end of 二、",
      DOC_C,
      cursorAt(7),
      THEME,
      { kind: "endOfSection", paragraph: 6, text: DOC_C[6] },
    ],
    [
      "on 特此报告 → after 三、",
      DOC_A,
      cursorAt(11),
      THEME,
      { kind: "afterSection", paragraph: 9, text: DOC_A[9] },
    ],
    [
      "no heading at all",
      ["某某报告", "一年来，我们认真履职。"],
      cursorAt(1),
      THEME,
      { kind: "afterParagraph", paragraph: 1, text: "一年来，我们认真履职。" },
    ],
  ] as const)("%s", (_name, lines, cursor, scaffold, expected) => {
    expect(where([...lines], cursor, scaffold)).toEqual(expected);
  });

  test("the answer does not depend on the caret's offset inside a body paragraph", () => {
    const text = DOC_E[6];
    const answers = new Set(
      Array.from({ length: text.length + 1 }, (_, i) =>
        JSON.stringify(planScaffold(modelFromLines(DOC_E), cursorAt(6, false, i), THEME)),
      ),
    );
    expect(answers.size).toBe(1);
  });

  test("on a heading, every offset past the start gives one answer and the start gives 'before'", () => {
    const text = DOC_A[9];
    const answers = new Set(
      Array.from({ length: text.length }, (_, i) =>
        JSON.stringify(planScaffold(modelFromLines(DOC_A), cursorAt(9, false, i + 1), THEME)),
      ),
    );
    expect(answers.size).toBe(1);
    expect(where(DOC_A, cursorAt(9, false, 0)).kind).toBe("before");
  });
});
