/**
 * 规范表述: the set formulations of the checker's dictionary (src/genre/formulations.ts, helper
 * CHECK-ENGINE) offered as snippets: one snippet for the canonical wording, one for each usual
 * collocation. Generated from the dictionary, never copied, so the two cannot drift apart.
 *
 * A formulation whose canonical wording explains or enumerates its name (两个维护 → 坚决维护…, 四个意识
 * → 政治意识、大局意识…) is a term: its snippet carries `term` (the name), which is what Enter inserts;
 * the canonical wording is the explanation (插入释义). When the canonical wording uses the name (一体推进
 * 不敢腐、不能腐、不想腐) or is a fuller form of it (筑牢拒腐防变的思想防线 for 筑牢拒腐防变防线), the name is
 * not a term and the canonical wording is what is inserted.
 */
import type { Formulation } from "../formulation-types";
import type { Snippet } from "../snippet-schema";

/** Quotation marks and book-title marks do not count when comparing a name with its wording. */
function bare(s: string): string {
  return s.replace(/[“”‘’《》〈〉"']/g, "");
}

/** Whether every character of `short` occurs in `long`, in order (a shortened form of it). */
function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const c of long) if (j < short.length && c === short[j]) j++;
  return j === short.length;
}

/** The term a formulation stands for, or undefined when its canonical wording is not an explanation of it. */
export function formulationTerm(f: Pick<Formulation, "name" | "canonical">): string | undefined {
  const name = bare(f.name);
  const canonical = bare(f.canonical);
  if (!name || [...f.name].length > 60) return undefined;
  if (isSubsequence(name, canonical)) return undefined;
  return f.name;
}

export function formulationSnippets(formulations: readonly Formulation[]): Snippet[] {
  const out: Snippet[] = [];
  for (const f of formulations) {
    const tags = [...new Set([f.name, ...(f.theme ? [f.theme] : []), ...(f.variants ?? [])])].filter(
      (t) => t.length <= 30,
    );
    const term = formulationTerm(f);
    out.push({
      id: `formulation-${f.id}`,
      title: f.name,
      text: f.canonical,
      ...(term ? { term } : {}),
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
