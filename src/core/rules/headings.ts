/**
 * Heading rules (GENRE.md section 4, GB/T 9704-2012 7.3.3, GB/T 15834-2011 B.3):
 * - heading-sequence: numbers run 1, 2, 3 … within one parent and marker kind, restarting under a
 *   new parent; gaps, repeats and out-of-order numbers are reported;
 * - heading-level-order: a marker kind is never placed under a lower-ranked one (1. then （一）);
 *   skipping a level (一、 then 1.) is accepted;
 * - heading-mixed-style: one marker kind per depth in a document;
 * - heading-marker-form: the mark after each marker (一、 （一） 1. （1）), with fixes (an automatic
 *   numbering label is never rewritten: the finding says to change the numbering format), and a marker
 *   typed after an automatic one of the same level (一、一、主要工作);
 * - heading-punctuation: a stand-alone heading has no trailing 。，；：;
 * - heading-run-in: a run-in heading ends its heading sentence with 。 before the body.
 */
import { rulesText } from "../../i18n/messages/rules";
import type { Heading, HeadingLevel, OutlineNode } from "../outline-types";
import type { LocalizedText } from "../../i18n";
import { localized } from "./util";
import { documentRule, paragraphRule } from "./types";
import type { HeadingEx } from "../outline";
import { canonicalMarker, matchMarker } from "../outline-markers";

const GBT9704 = {
  "zh-CN": "GB/T 9704-2012 7.3.3 结构层次序数",
  "en-US": "GB/T 9704-2012 7.3.3 numbering of levels",
};
const GBT15834 = {
  "zh-CN": "GB/T 15834-2011 附录B.3 序次语之后的标点",
  "en-US": "GB/T 15834-2011 appendix B.3 marks after ordinals",
};

function markerOffset(h: Heading): number {
  const ex = h as Heading & { markerOffset?: number };
  return ex.markerOffset ?? Math.max(0, h.textOffset - h.marker.length);
}

/** Where a finding about the marker goes: the marker, or for automatic numbering the text's start. */
function markerSpan(h: Heading): { offset: number; length: number } {
  return { offset: markerOffset(h), length: h.autoNumbered ? 0 : h.marker.length };
}

/** A message about a marker, with a note when the marker is automatic numbering (changed in its format). */
function aboutMarker(h: Heading, message: LocalizedText): LocalizedText {
  if (!h.autoNumbered) return message;
  const note = localized(rulesText, "heading.autoNumbered");
  return { "zh-CN": message["zh-CN"] + note["zh-CN"], "en-US": `${message["en-US"]} ${note["en-US"]}` };
}

export const headingSequence = documentRule(
  {
    id: "heading-sequence",
    category: "numbering",
    severity: "error",
    sourceKind: "standard",
    source: GBT9704,
    fixable: false,
    description: {
      "zh-CN":
        "同一上级下的标题序号应连续（一、二、三；（一）（二）；1. 2.；（1）（2）），在新的上级下重新编号。",
      "en-US":
        "Heading numbers run 1, 2, 3 … without gaps or repeats under one parent and restart under a new parent.",
    },
  },
  (ctx) => {
    const previousIsBody = (h: Heading) => h.paragraph > 0 && ctx.roles[h.paragraph - 1] === "body";
    const walk = (siblings: readonly OutlineNode[]) => {
      const last = new Map<HeadingLevel, number>();
      for (const node of siblings) {
        const h = node.heading;
        const prev = last.get(h.level) ?? 0;
        const expected = prev + 1;
        // A list of 1. or （1） items may start again under the same heading after body text.
        const restart = h.level >= 3 && h.number === 1 && prev > 0 && previousIsBody(h);
        if (h.number !== expected && !restart) {
          const key =
            h.number === prev
              ? "heading.sequence.repeat"
              : h.number < prev
                ? "heading.sequence.order"
                : "heading.sequence.gap";
          ctx.report({
            paragraph: h.paragraph,
            ...markerSpan(h),
            message: aboutMarker(
              h,
              localized(rulesText, key, {
                // 1． is an accepted form: the expected number keeps the writer's dot.
                expected: isFullwidthDotMarker(h) ? `${expected}．` : canonicalMarker(h.level, expected),
                actual: h.marker,
              }),
            ),
          });
        }
        last.set(h.level, h.number);
        walk(node.children);
      }
    };
    walk(ctx.structure.roots);
  },
);

export const headingLevelOrder = documentRule(
  {
    id: "heading-level-order",
    category: "numbering",
    severity: "error",
    sourceKind: "standard",
    source: GBT9704,
    fixable: false,
    description: {
      "zh-CN": "结构层次依次为一、（一）1.（1），可以越级，但不能颠倒（如1.之下出现（一））。",
      "en-US":
        "Levels run 一、 （一） 1. （1）; a level may be skipped but never reversed (（一） under 1.).",
    },
  },
  (ctx) => {
    const walk = (nodes: readonly OutlineNode[], parent: Heading | null) => {
      for (const node of nodes) {
        const h = node.heading;
        if (parent && h.level < parent.level) {
          ctx.report({
            paragraph: h.paragraph,
            ...markerSpan(h),
            message: localized(rulesText, "heading.reversed", {
              marker: h.marker,
              level: h.level,
              parent: parent.marker,
              parentLevel: parent.level,
            }),
          });
        }
        walk(node.children, h);
      }
    };
    walk(ctx.structure.roots, null);
  },
);

/**
 * Paragraphs of 1. / （1） items that form a list led in by a sentence ending with a colon (继续抓好以下工作：
 * 1.…； 2.…；): an enumeration inside the section's body, not a heading level of the report.
 */
function listItems(
  roots: readonly OutlineNode[],
  paragraphs: readonly { text: string }[],
  roles: readonly string[],
): Set<number> {
  const items = new Set<number>();
  const leadIn = (h: Heading) => {
    let p = h.paragraph - 1;
    while (p >= 0 && roles[p] === "empty") p--;
    return p >= 0 && roles[p] === "body" && /[：:]\s*$/.test(paragraphs[p].text);
  };
  const walk = (nodes: readonly OutlineNode[]) => {
    let level: HeadingLevel | null = null;
    for (const node of nodes) {
      const h = node.heading;
      if (h.level >= 3 && h.number === 1 && leadIn(h)) level = h.level;
      else if (h.level !== level) level = null;
      if (level !== null) items.add(h.paragraph);
      walk(node.children);
    }
  };
  walk(roots);
  return items;
}

/** A level-3 marker written with a full-width dot (1．), the accepted variant of 1.. */
function isFullwidthDotMarker(h: Heading): boolean {
  return h.level === 3 && h.marker.endsWith("．");
}

export const headingMixedStyle = documentRule(
  {
    id: "heading-mixed-style",
    category: "numbering",
    severity: "warning",
    sourceKind: "practice",
    source: { "zh-CN": "实务：同一层级使用同一种序号", "en-US": "Practice: one marker kind per depth" },
    fixable: false,
    description: {
      "zh-CN": "同一层级混用了不同形式的序号（如有的二级标题用（一），有的用1.）。",
      "en-US": "Two marker kinds used at the same depth (（一） in one section, 1. in another).",
    },
  },
  (ctx) => {
    const lists = listItems(ctx.structure.roots, ctx.model.paragraphs, ctx.roles);
    const first = new Map<number, Heading>();
    for (const h of ctx.structure.headings) {
      if (lists.has(h.paragraph)) continue;
      const f = first.get(h.depth);
      if (!f) {
        first.set(h.depth, h);
        continue;
      }
      if (f.level !== h.level) {
        ctx.report({
          paragraph: h.paragraph,
          ...markerSpan(h),
          message: localized(rulesText, "heading.mixed", { marker: h.marker, first: f.marker }),
        });
      }
    }
    // 1. and 1． mixed in one document: note the less used form (the later one on a tie), as info.
    const dots = ctx.structure.headings.filter((h) => h.level === 3 && h.problem === null);
    const wide = ctx.structure.headings.filter(isFullwidthDotMarker);
    if (dots.length > 0 && wide.length > 0) {
      const firstWide = wide[0].paragraph < dots[0].paragraph;
      const minority = wide.length < dots.length || (wide.length === dots.length && !firstWide) ? wide : dots;
      const other = minority === wide ? "1." : "1．";
      for (const h of minority) {
        ctx.report({
          paragraph: h.paragraph,
          ...markerSpan(h),
          severity: "info",
          message: localized(rulesText, "heading.mixedDot", { marker: h.marker, other }),
        });
      }
    }
  },
);

export const headingMarkerForm = paragraphRule(
  {
    id: "heading-marker-form",
    category: "numbering",
    severity: "error",
    sourceKind: "standard",
    source: GBT15834,
    fixable: true,
    description: {
      "zh-CN": "序号后的标点不规范：一、（顿号）；（一）后不加标点；1.（下脚点）；括号用全角。",
      "en-US":
        "The mark after a marker: 一、 (顿号); nothing after （一）; 1. (full stop); full-width parentheses.",
    },
  },
  (pc) => {
    const h = pc.heading;
    if (h?.autoNumbered) {
      // 一、一、主要工作: a marker typed after the automatic one shows the number twice.
      const typed = matchMarker(pc.text, h.textOffset);
      if (typed && typed.level === h.level) {
        // Only the marker: a space after it is space-in-chinese's (two fixes that do not overlap).
        const end = typed.end;
        const message = localized(rulesText, "heading.typedAfterAuto", {
          label: h.marker,
          marker: typed.marker,
        });
        pc.report(typed.offset, end - typed.offset, message, "");
        return;
      }
    }
    if (!h || h.problem === null) return;
    // 1． (full-width dot) is a common, accepted form of 1. (GENRE.md section 4): mixing both in one
    // document is heading-mixed-style's (info), never an error here.
    if (isFullwidthDotMarker(h)) return;
    if (h.autoNumbered) {
      // The label is not text: say where to change it instead of rewriting it.
      const message = localized(rulesText, "heading.marker", { marker: h.marker, fix: h.canonicalMarker });
      pc.report(markerOffset(h), 0, aboutMarker(h, message));
      return;
    }
    pc.report(
      markerOffset(h),
      h.marker.length,
      localized(rulesText, "heading.marker", { marker: h.marker, fix: h.canonicalMarker }),
      h.canonicalMarker,
    );
  },
);

export const headingPunctuation = paragraphRule(
  {
    id: "heading-punctuation",
    category: "numbering",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：独立成行的标题末尾不加标点",
      "en-US": "Practice: no mark after a stand-alone heading",
    },
    fixable: true,
    description: {
      "zh-CN": "独立成行的标题末尾带有“。，；：”等标点。",
      "en-US": "A stand-alone heading ends with 。，；： or the like.",
    },
  },
  (pc) => {
    const h = pc.heading as HeadingEx | undefined;
    if (!h || h.runIn || h.text.length === 0) return;
    const end = h.textOffset + h.text.length - 1;
    const mark = pc.text[end];
    if (!"。，；：,;:、.".includes(mark)) return;
    // Level 1 is always a heading: any mark is an error. A comma or 顿号 is an error at every level.
    // At levels 2-4, 。；： are doubtful (warning), as at （一） so at 1. over body text; 1. and （1）
    // lines ending with ； are list items (分项列举, punctuated so by GB/T 15834), and so are those
    // ending with 。 that the outline takes for list items (no body under them, a ；-series, a lead-in).
    const comma = "，,、.".includes(mark);
    if (h.level > 1 && !comma) {
      if (h.level >= 3 && ("；;".includes(mark) || (mark === "。" && h.listItem !== false))) return;
      const key = mark === "。" ? "heading.trailingStop" : "heading.trailing";
      pc.report(end, 1, localized(rulesText, key, { mark }), "", "warning");
      return;
    }
    pc.report(end, 1, localized(rulesText, "heading.trailing", { mark }), "");
  },
);

const ENUM_IN_HEADING = /[一二三四五六七八九十]是|首先|第一[，,]/g;

export const headingRunIn = paragraphRule(
  {
    id: "heading-run-in",
    category: "numbering",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：标题句与正文连排时以句号断开",
      "en-US": "Practice: a run-in heading sentence ends with 。",
    },
    fixable: true,
    description: {
      "zh-CN": "标题与正文连排时，标题句未以“。”结束就接排了正文（如“（一）强化组织领导一是……”）。",
      "en-US": "A heading runs into its body without ending the heading sentence with 。.",
    },
  },
  (pc) => {
    const h = pc.heading;
    if (!h || h.level === 1) return;
    const from = h.textOffset;
    const to = h.textOffset + h.text.length;
    const s = pc.text;
    ENUM_IN_HEADING.lastIndex = 0;
    const head = s.slice(from, to);
    let m: RegExpExecArray | null;
    while ((m = ENUM_IN_HEADING.exec(head))) {
      if (m.index < 2) continue;
      const at = from + m.index;
      const before = s[at - 1];
      if ("。！？；：“‘《（".includes(before)) continue;
      if (before === "，" || before === ",")
        pc.report(at - 1, 1, localized(rulesText, "heading.runIn"), "。");
      else pc.report(at, 0, localized(rulesText, "heading.runIn"), "。");
      return;
    }
  },
);
