/**
 * formulation: a wrong form of a 规范表述 (src/genre/formulations.ts) is flagged with the canonical
 * form (or the entry's own fix) as the replacement. Accepted variants, the canonical form and the
 * collocations protect the text they cover: 八项规定精神 inside 中央八项规定精神 is not flagged.
 * The message names the formulation only when the fix does not already show it (not 应为“扫黑除恶”
 * （扫黑除恶）), and the en-US message carries the entry's note only in English.
 */
import { rulesText } from "../../i18n/messages/rules";
import { formulations } from "../../genre/formulations";
import { verbFormulations } from "../../genre/lexicon/formulas";
import type { Formulation, WrongForm } from "../../genre/formulation-types";
import type { LocalizedText } from "../../i18n";
import { isHan, literalSet, localized } from "./util";
import { paragraphRule } from "./types";

interface Entry {
  formulation: Formulation;
  wrong: WrongForm;
  /** Protected strings containing the wrong text, with the offset of the wrong text inside them. */
  guards: [string, number][];
}

function formulationEntries(list: readonly Formulation[]): [string, Entry][] {
  const entries: [string, Entry][] = [];
  for (const f of list) {
    const protectedTexts = [f.canonical, f.name, ...(f.variants ?? []), ...(f.collocations ?? [])];
    for (const w of f.wrong ?? []) {
      const guards: [string, number][] = [];
      const candidates = [
        ...protectedTexts,
        ...(f.wrong ?? []).filter((o) => o !== w && o.text.length > w.text.length).map((o) => o.text),
      ];
      for (const p of candidates) {
        if (p.length <= w.text.length) continue;
        let k = p.indexOf(w.text);
        while (k >= 0) {
          guards.push([p, k]);
          k = p.indexOf(w.text, k + 1);
        }
      }
      entries.push([w.text, { formulation: f, wrong: w, guards }]);
    }
  }
  return entries;
}

const FORMULATIONS = literalSet(() => formulationEntries([...formulations, ...verbFormulations]));

/** English for the data's usual notes (漏“扫”, “靡”误作“糜”, 顺序有误 …); null when there is none. */
export function noteInEnglish(note: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^漏“([^”]+)”$/.exec(note))) return `“${m[1]}” left out`;
  if ((m = /^“([^”]+)”误作“([^”]+)”$/.exec(note))) return `“${m[1]}” written as “${m[2]}”`;
  if ((m = /^“([^”]+)”不作“([^”]+)”$/.exec(note))) return `“${m[1]}”, not “${m[2]}”`;
  if ((m = /^搭配为“([^”]+)”$/.exec(note))) return `the verb is “${m[1]}”`;
  if ((m = /^宜写“([^”]+)”$/.exec(note))) return `better “${m[1]}”`;
  if (note === "顺序有误") return "wrong order";
  if (note === "不加引号") return "without quotation marks";
  return null;
}

/** The message of a wrong form: with the note and the formulation's name where they add something. */
export function formulationMessage(text: string, fix: string, name: string, note?: string): LocalizedText {
  const named = !fix.includes(name);
  const params = { text, fix, name, note: note ?? "" };
  const zh = localized(
    rulesText,
    `formulation.${note ? "wrongNote" : "wrong"}${named ? "" : "Bare"}`,
    params,
  );
  const en = note ? noteInEnglish(note) : null;
  const enText = localized(rulesText, `formulation.${en ? "wrongNote" : "wrong"}${named ? "" : "Bare"}`, {
    ...params,
    note: en ?? "",
  });
  return { "zh-CN": zh["zh-CN"], "en-US": enText["en-US"] };
}

/**
 * Whether a verb's term ends the verb's object at `end`: not when a noun follows (增强“两个维护”意识)
 * nor 的 and a noun the verb governs (增强“两个维护”的政治自觉); 和、与、及 join a second object.
 */
function endsObject(s: string, end: number, nounsAfterDe: readonly string[]): boolean {
  if (end >= s.length || !isHan(s.charCodeAt(end))) return true;
  const next = s[end];
  if ("和与及".includes(next)) return true;
  if (next !== "的") return false;
  return !nounsAfterDe.some((n) => s.startsWith(n, end + 1));
}

export const formulation = paragraphRule(
  {
    id: "formulation",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "规范表述：党章、党的代表大会报告和中央文件的原文",
      "en-US": "Standard wording: the Party Constitution, Congress reports and central documents",
    },
    fixable: true,
    description: {
      "zh-CN": "规范表述（政治术语、固定提法）的措辞、顺序或搭配有误。",
      "en-US": "A standard political formulation is worded, ordered or collocated wrongly.",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.length < 2) return;
    let coveredTo = -1;
    for (const m of pc.literals(FORMULATIONS)) {
      if (m.offset < coveredTo) continue; // inside a longer wrong form already reported
      const e = m.value;
      if (e.guards.some(([g, k]) => m.offset - k >= 0 && s.startsWith(g, m.offset - k))) continue;
      if (e.wrong.verbObject && !endsObject(s, m.offset + m.text.length, e.wrong.verbObject.nounsAfterDe))
        continue;
      // An outdated wording is wrong only in a report on its year or later.
      if (
        e.wrong.since !== undefined &&
        (pc.citeYear === null || pc.citeYear < Number(e.wrong.since.slice(0, 4)))
      )
        continue;
      const severity = e.wrong.severity ?? "error";
      const fix = e.wrong.fix ?? e.formulation.canonical;
      pc.report(
        m.offset,
        m.text.length,
        formulationMessage(m.text, fix, e.formulation.name, e.wrong.note),
        fix,
        e.formulation.confirmed === false && severity === "error" ? "warning" : severity,
      );
      coveredTo = m.offset + m.text.length;
    }
  },
);
