/**
 * enumeration-sequence: inline enumerations 一是、二是、三是 (and 第一，第二，) run in sequence within a
 * section; 一是 with no 二是 after it in the section is reported as info (GENRE.md section 4).
 * Enumerations inside quotations and book titles are not enumerations (the outline skips them).
 * A new series may start in the same section after a lead-in (今后一是……), and words after a comma
 * (一是加强学习，二是压实责任) continue a series without starting one or breaking it. After 一是、二是,
 * a clause-initial 三 that starts an item (三切实履行……) is 三是 with 是 left out (warning, fix 三是).
 */
import { rulesText } from "../../i18n/messages/rules";
import { toChineseNumeral } from "../numerals";
import type { Enumeration } from "../outline-types";
import { flattenOutline } from "../outline";
import type { DocStructureEx } from "../outline";
import { insideQuoteOrTitle, localized } from "./util";
import { documentRule } from "./types";

/** Lead-ins that start a new 一是 series inside a clause: 今后一是……，二是…… */
const LEAD_IN =
  /(^|[。；！？：，;!?:,]\s*)(今后|下一步|下步|下阶段|下一阶段|接下来|新的一年|今年|明年|为此|对此|同时|此外|另外|其中|具体|具体而言|具体来说|主要表现在|主要表现为|表现在|体现在)(一是)/g;

/** 一是 words after a lead-in, which findEnumerations does not take for the start of a clause. */
function leadInEnumerations(paragraphs: readonly { text: string }[], skip: (p: number) => boolean) {
  const out: Enumeration[] = [];
  paragraphs.forEach((p, k) => {
    if (skip(k) || !p.text.includes("一是")) return;
    LEAD_IN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LEAD_IN.exec(p.text))) {
      const offset = m.index + m[1].length + m[2].length;
      if (insideQuoteOrTitle(p.text, offset)) continue;
      out.push({ paragraph: k, offset, length: 2, ordinal: 1, word: "一是", style: "shi" });
    }
  });
  return out;
}

/**
 * Characters that start an item after 一是、二是 (三切实履行, 三加强监督): a clause-initial 三 followed by
 * one of these, with no numeral after that (三严三实, 三会一课), is the next word with 是 left out.
 */
const ITEM_START = "切加强深狠坚扎持着推压建完落注突聚提健规认积主广创优筑做把夯始牢紧用立";
const NUMERALS = "一二三四五六七八九十两";

/**
 * Where the word after the last of a 是-series is written without 是 (一是……二是……三切实……): the
 * offset of its numeral in paragraph p, searched from `from` up to `to` (exclusive), or -1.
 */
function brokenNext(text: string, from: number, to: number, numeral: string): number {
  // a plain loop up to `to`: indexOf would scan past it (quadratic over many series in one paragraph)
  const code = numeral.charCodeAt(0);
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== code) continue;
    const before = i === 0 ? "" : text[i - 1];
    if (i > 0 && !"。；！？，;!?,".includes(before)) continue;
    const next = text[i + 1] ?? "";
    if (!next || !ITEM_START.includes(next) || NUMERALS.includes(text[i + 2] ?? "")) continue;
    if (insideQuoteOrTitle(text, i)) continue;
    return i;
  }
  return -1;
}

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
    fixable: true,
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
    const paragraphs = ctx.model.paragraphs;
    /** A series 一是、二是 followed by 三 without 是 before the next enumeration (or 3 paragraphs on). */
    const reportBroken = (run: Run) => {
      const lastItem = run.items[run.items.length - 1];
      if (run.style !== "shi" || lastItem.ordinal < 2) return;
      const numeral = toChineseNumeral(lastItem.ordinal + 1);
      if (numeral.length !== 1) return;
      // the first enumeration after the last item (all is sorted: a binary search)
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const x = all[mid];
        if (
          x.paragraph < lastItem.paragraph ||
          (x.paragraph === lastItem.paragraph && x.offset <= lastItem.offset)
        )
          lo = mid + 1;
        else hi = mid;
      }
      const after = lo < all.length ? all[lo] : undefined;
      for (let p = lastItem.paragraph; p < n && p <= lastItem.paragraph + 3; p++) {
        if (sectionOf[p] !== run.section || (p > lastItem.paragraph && ctx.headingAt(p))) return;
        if (after && p > after.paragraph) return;
        const text = paragraphs[p].text;
        const from = p === lastItem.paragraph ? lastItem.offset + lastItem.length : 0;
        const to = after && after.paragraph === p ? after.offset : text.length;
        const at = brokenNext(text, from, to, numeral);
        if (at < 0) continue;
        const expected = word("shi", lastItem.ordinal + 1);
        ctx.report({
          paragraph: p,
          offset: at,
          length: 1,
          fix: expected,
          message: localized(rulesText, "enum.broken", {
            previous: lastItem.word,
            actual: numeral,
            expected,
          }),
        });
        return;
      }
    };
    const finish = (run: Run) => {
      reportBroken(run);
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
    const ex = ctx.structure as Partial<DocStructureEx>;
    const mid = new Set<Enumeration>(ex.midSentenceEnumerations ?? []);
    const skip = (p: number) =>
      ctx.roles[p] === "table" ||
      ctx.roles[p] === "title" ||
      ctx.roles[p] === "signature" ||
      ctx.roles[p] === "date";
    const all = [...ctx.structure.enumerations, ...mid, ...leadInEnumerations(ctx.model.paragraphs, skip)];
    all.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    for (const e of all) {
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
      if (mid.has(e)) {
        // After a comma: it continues the open series when it is the next word (一是……，二是……),
        // starts one when none is open, and is otherwise left alone.
        const last = run ? run.items[run.items.length - 1].ordinal : 0;
        if (run && e.ordinal === last + 1) run.items.push(e);
        else if (!run && e.ordinal === 1) open.set(key, { section, style: e.style, items: [e] });
        continue;
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
