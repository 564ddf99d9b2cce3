/** Finding counts for the outline's badges. */
import type { DocStructure, OutlineNode } from "../../core/outline-types";

export interface OutlineBadge {
  errors: number;
  warnings: number;
  infos: number;
}

export type BadgeMap = ReadonlyMap<number, OutlineBadge>;

/** Counts per paragraph from anything with a paragraph and a severity (findings). */
export function countByParagraph(
  items: Iterable<{ paragraph: number | null; severity: "error" | "warning" | "info" }>,
): Map<number, OutlineBadge> {
  const out = new Map<number, OutlineBadge>();
  for (const item of items) {
    if (item.paragraph === null) continue;
    const b = out.get(item.paragraph) ?? { errors: 0, warnings: 0, infos: 0 };
    if (item.severity === "error") b.errors++;
    else if (item.severity === "warning") b.warnings++;
    else b.infos++;
    out.set(item.paragraph, b);
  }
  return out;
}

/**
 * Badges per heading (keyed by the heading's paragraph) summing the counts of every paragraph of its
 * section, sub-sections included: a collapsed section still shows what it holds.
 */
export function sectionBadges(structure: DocStructure, byParagraph: BadgeMap): Map<number, OutlineBadge> {
  const out = new Map<number, OutlineBadge>();
  const visit = (node: OutlineNode): void => {
    const sum: OutlineBadge = { errors: 0, warnings: 0, infos: 0 };
    for (let p = node.start; p < node.end; p++) {
      const b = byParagraph.get(p);
      if (!b) continue;
      sum.errors += b.errors;
      sum.warnings += b.warnings;
      sum.infos += b.infos;
    }
    if (sum.errors + sum.warnings + sum.infos > 0) out.set(node.heading.paragraph, sum);
    node.children.forEach(visit);
  };
  structure.roots.forEach(visit);
  return out;
}
