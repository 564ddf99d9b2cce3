/**
 * Headings numbered by Word's automatic list numbering (issue 10): the label (Paragraph.listLabel) is
 * recognised like a typed marker, the numbering checks and required sections see it, and no fix
 * rewrites it as text. Sentences written for this test.
 */
import { check } from "../../src/core/check";
import { CheckSession } from "../../src/core/check-session";
import type { DocModel, Paragraph } from "../../src/core/model";
import { buildOutline } from "../../src/core/outline";

const p = (text: string, listLabel?: string): Paragraph => (listLabel ? { text, listLabel } : { text });

function report(labels: {
  work: string;
  sub1: string;
  sub2: string;
  problems: string;
  next: string;
}): DocModel {
  return {
    paragraphs: [
      p("关于2025年度履行全面从严治党主体责任情况的报告"),
      p("今年以来，局党组认真落实全面从严治党主体责任，现将有关情况报告如下："),
      p("主要工作情况", labels.work),
      p("压实责任链条", labels.sub1),
      p("局党组逐级签订责任书，明确任务清单。"),
      p("加强日常监督", labels.sub2),
      p("对重点岗位开展廉政谈话，及时提醒苗头性问题。"),
      p("存在的问题", labels.problems),
      p("个别支部落实责任还有温差。"),
      p("下一步打算", labels.next),
      p("持续压实责任，推动全面从严治党向纵深发展。"),
    ],
  };
}

const GOOD = { work: "一、", sub1: "（一）", sub2: "（二）", problems: "二、", next: "三、" };
const NUMBERING = ["heading-sequence", "heading-level-order", "heading-mixed-style", "heading-marker-form"];

describe("automatic numbering labels", () => {
  it("builds the outline from the labels", () => {
    const s = buildOutline(report(GOOD));
    expect(s.roots.map((r) => [r.heading.marker, r.heading.text, r.heading.autoNumbered])).toEqual([
      ["一、", "主要工作情况", true],
      ["二、", "存在的问题", true],
      ["三、", "下一步打算", true],
    ]);
    expect(s.roots[0].children.map((c) => [c.heading.level, c.heading.number, c.heading.textOffset])).toEqual(
      [
        [2, 1, 0],
        [2, 2, 0],
      ],
    );
    expect(s.title).toBe(0);
    expect(s.opening).toBe(1);
  });

  it("a well-numbered report raises no numbering or section finding", () => {
    const r = check(report(GOOD));
    expect(r.kind).toBe("main-responsibility");
    expect(r.findings.filter((f) => [...NUMBERING, "required-sections"].includes(f.rule))).toEqual([]);
  });

  it("a missing problems part is found through the labels", () => {
    const m = report(GOOD);
    m.paragraphs[7] = p("工作体会", "二、");
    const r = check(m, { kind: "unit-annual" });
    const sections = r.findings.filter((f) => f.rule === "required-sections");
    expect(sections.map((f) => [f.paragraph, f.severity])).toEqual([[null, "error"]]);
  });

  it("reports a gap at the text's start with no length, no fix and a note on the numbering format", () => {
    const r = check(report({ ...GOOD, sub2: "（三）" }));
    const seq = r.findings.filter((f) => f.rule === "heading-sequence");
    expect(seq.map((f) => [f.paragraph, f.offset, f.length, f.fix])).toEqual([[5, 0, 0, null]]);
    expect(seq[0].message["zh-CN"]).toContain("自动编号");
    expect(seq[0].message["en-US"]).toContain("automatic list numbering");
  });

  it("never fixes a wrong automatic label as text", () => {
    const r = check(report({ ...GOOD, work: "一.", problems: "二.", next: "三." }));
    const form = r.findings.filter((f) => f.rule === "heading-marker-form");
    expect(form.map((f) => [f.paragraph, f.offset, f.length, f.fix])).toEqual([
      [2, 0, 0, null],
      [7, 0, 0, null],
      [9, 0, 0, null],
    ]);
    expect(form[0].message["zh-CN"]).toContain("“一.”");
    expect(form[0].message["zh-CN"]).toContain("自动编号");
  });

  it("a typed marker of the same form gets its fix as before", () => {
    const m = report(GOOD);
    m.paragraphs[2] = p("一.主要工作情况");
    const form = check(m).findings.filter((f) => f.rule === "heading-marker-form");
    expect(form.map((f) => [f.paragraph, f.offset, f.length, f.fix?.replacement])).toEqual([
      [2, 0, 2, "一、"],
    ]);
  });

  it("ignores labels that are not heading markers (bullets, 1.1, 第一章) and reads the text instead", () => {
    const s = buildOutline({
      paragraphs: [p("甲项工作", "•"), p("乙项工作", "1.1"), p("一、丙项工作", "第一章")],
    });
    expect(s.headings.map((h) => [h.paragraph, h.marker, h.autoNumbered ?? false])).toEqual([
      [2, "一、", false],
    ]);
  });
});

describe("live check with automatic numbering", () => {
  it("re-reads an edited auto-numbered heading and re-checks all when a label changes", () => {
    const m = report(GOOD);
    const session = new CheckSession(m);
    expect(session.result.findings.filter((f) => f.rule === "heading-punctuation")).toEqual([]);
    const after = session.updateParagraph(7, "存在的问题。");
    expect(
      after.findings.filter((f) => f.rule === "heading-punctuation").map((f) => [f.paragraph, f.offset]),
    ).toEqual([[7, 5]]);
    const relabelled = report({ ...GOOD, sub2: "（三）" });
    const seq = session.update(relabelled).findings.filter((f) => f.rule === "heading-sequence");
    expect(seq.map((f) => f.paragraph)).toEqual([5]);
  });
});

describe("a marker typed after an automatic one", () => {
  it("is reported with a fix that deletes the typed marker", () => {
    const m = report(GOOD);
    m.paragraphs[7] = p("二、 存在的问题", "二、");
    const r = check(m);
    const form = r.findings.filter((f) => f.rule === "heading-marker-form");
    expect(form.map((f) => [f.paragraph, f.offset, f.length, f.fix?.replacement])).toEqual([[7, 0, 2, ""]]);
    expect(r.findings.filter((f) => f.rule === "space-in-chinese" && f.paragraph === 7)).toHaveLength(1);
  });

  it("a typed marker of another level or an enumeration after the label is left alone", () => {
    const m = report(GOOD);
    m.paragraphs[7] = p("一是存在的问题", "二、");
    m.paragraphs[9] = p("1.下一步打算", "三、");
    expect(check(m).findings.filter((f) => f.rule === "heading-marker-form")).toEqual([]);
  });
});
