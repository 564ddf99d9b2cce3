/**
 * enumeration-sequence: inline enumerations 一是、二是、三是 (and 第一，第二，) run in sequence within a
 * section; 一是 with no 二是 after it in the section is reported as info (GENRE.md section 4).
 * Enumerations inside quotations and book titles are not enumerations (the outline skips them).
 */
import { rulesText } from "../../i18n/messages/rules";
import { toChineseNumeral } from "../numerals";
import type { Enumeration } from "../outline-types";
import { flattenOutline } from "../outline";
import { localized } from "./util";
import { documentRule } from "./types";

function word(style: Enumeration["style"], n: number): string {
  return style === "shi" ? `${toChineseNumeral(n)}是` : `第${toChineseNumeral(n)}`;
}

export const enumerationSequence = documentRule(
  {
    id: "enumeration-sequence",
    category: "numbering",
    severity: "warning",
    sourceKind: "practice",
    source: { "zh-CN": "实务：一是、二是……依次排列", "en-US": "Practice: 一是, 二是 … in order" },
    fixable: false,
    description: {
      "zh-CN": "同一节内“一是、二是、三是”应依次排列，不缺号、不重复；只有“一是”而没有“二是”的给出提示。",
      "en-US": "Within a section 一是, 二是, 三是 run in order without gaps or repeats; 一是 alone is noted.",
    },
  },
  (ctx) => {
    const n = ctx.model.paragraphs.length;
    // innermost section (index into nodes) of every paragraph; -1 before the first heading
    const sectionOf = new Int32Array(n).fill(-1);
    const nodes = flattenOutline(ctx.structure.roots);
    nodes.forEach((node, k) => {
      for (let p = node.start; p < node.end && p < n; p++) sectionOf[p] = k;
    });
    type Run = { section: number; style: Enumeration["style"]; items: Enumeration[] };
    const open = new Map<string, Run>();
    const finish = (run: Run) => {
      if (run.items.length === 1 && run.items[0].ordinal === 1 && run.style === "shi") {
        const e = run.items[0];
        ctx.report({
          paragraph: e.paragraph,
          offset: e.offset,
          length: e.length,
          severity: "info",
          message: localized(rulesText, "enum.single", { word: e.word, next: word(e.style, 2) }),
        });
      }
    };
    for (const e of ctx.structure.enumerations) {
      if (e.style === "shouxian") continue;
      if (e.paragraph >= n) continue;
      const section = sectionOf[e.paragraph];
      const key = e.style;
      let run = open.get(key);
      if (run && run.section !== section) {
        finish(run);
        run = undefined;
        open.delete(key);
      }
      if (e.ordinal === 1) {
        if (run) finish(run);
        open.set(key, { section, style: e.style, items: [e] });
        continue;
      }
      let prev = run ? run.items[run.items.length - 1].ordinal : 0;
      if (!run) {
        // 一是 inside a run-in heading without 。 is not collected (heading-run-in reports it): take
        // the highest earlier word of the series in the same paragraph as the previous one.
        const before = ctx.model.paragraphs[e.paragraph].text.slice(0, e.offset);
        for (let k = e.ordinal - 1; k >= 1; k--)
          if (before.includes(word(e.style, k))) {
            prev = k;
            break;
          }
      }
      const expected = prev + 1;
      if (e.ordinal !== expected) {
        const msgKey = e.ordinal === prev ? "enum.repeat" : "enum.gap";
        ctx.report({
          paragraph: e.paragraph,
          offset: e.offset,
          length: e.length,
          message: localized(rulesText, msgKey, { expected: word(e.style, expected), actual: e.word }),
        });
      }
      if (run) run.items.push(e);
      else open.set(key, { section, style: e.style, items: [e] });
    }
    for (const run of open.values()) finish(run);
  },
);
