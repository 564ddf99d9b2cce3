/**
 * 规范表述: the set formulations of the checker's dictionary (src/genre/formulations.ts, helper
 * CHECK-ENGINE) offered as snippets: one snippet for the canonical wording, one for each usual
 * collocation. Generated from the dictionary, never copied, so the two cannot drift apart.
 */
import type { Formulation } from "../formulation-types";
import type { Snippet } from "../snippet-schema";

export function formulationSnippets(formulations: readonly Formulation[]): Snippet[] {
  const out: Snippet[] = [];
  for (const f of formulations) {
    const tags = [...new Set([f.name, ...(f.theme ? [f.theme] : []), ...(f.variants ?? [])])].filter(
      (t) => t.length <= 30,
    );
    out.push({
      id: `formulation-${f.id}`,
      title: f.name,
      text: f.canonical,
      category: "formulations",
      tags,
      kinds: [],
      sections: [],
      source: f.source.slice(0, 200),
      ...(f.since ? { since: f.since } : {}),
    });
    (f.collocations ?? []).forEach((c, i) => {
      if (c === f.canonical) return;
      out.push({
        id: `formulation-${f.id}-c${i + 1}`,
        title: c.length <= 60 ? c : `${f.name}·${i + 1}`,
        text: c,
        category: "formulations",
        tags: [f.name],
        kinds: [],
        sections: [],
        source: f.source.slice(0, 200),
        ...(f.since ? { since: f.since } : {}),
      });
    });
  }
  return out;
}
