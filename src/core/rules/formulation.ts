/**
 * formulation: a wrong form of a 规范表述 (src/genre/formulations.ts) is flagged with the canonical
 * form (or the entry's own fix) as the replacement. Accepted variants, the canonical form and the
 * collocations protect the text they cover: 八项规定精神 inside 中央八项规定精神 is not flagged.
 */
import { rulesText } from "../../i18n/messages/rules";
import { formulations } from "../../genre/formulations";
import { verbFormulations } from "../../genre/lexicon/formulas";
import type { Formulation, WrongForm } from "../../genre/formulation-types";
import { literalSet, localized, LiteralMatcher } from "./util";
import { paragraphRule } from "./types";

interface Entry {
  formulation: Formulation;
  wrong: WrongForm;
  /** Protected strings containing the wrong text, with the offset of the wrong text inside them. */
  guards: [string, number][];
}

export function formulationEntries(list: readonly Formulation[]): [string, Entry][] {
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

export function buildFormulationMatcher(list: readonly Formulation[]): LiteralMatcher<Entry> {
  return new LiteralMatcher(formulationEntries(list));
}

const FORMULATIONS = literalSet(() => formulationEntries([...formulations, ...verbFormulations]));

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
      const fix = e.wrong.fix ?? e.formulation.canonical;
      pc.report(
        m.offset,
        m.text.length,
        localized(rulesText, e.wrong.note ? "formulation.wrongNote" : "formulation.wrong", {
          text: m.text,
          fix,
          name: e.formulation.name,
          note: e.wrong.note ?? "",
        }),
        fix,
        e.wrong.severity ?? "error",
      );
      coveredTo = m.offset + m.text.length;
    }
  },
);
