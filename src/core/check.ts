/**
 * The check: run the configured rules over a document model and return sorted findings
 * (DESIGN.md sections 3-4). Also the rules' metadata for the UI and fixes as guarded edits. The
 * engine is in core/check-run.ts, the incremental session for live mode in core/check-session.ts.
 */
import type { ReplaceEdit } from "./edits";
import type { KindId } from "../terms";
import { BUILTIN_KIND_REGISTRY } from "./kinds";
import type { Finding } from "./findings";
import type { CheckConfig } from "../genre/rule-config-schema";
import type { DocModel } from "./model";
import type { DocStructure } from "./outline-types";
import { rules as allRules } from "./rules";
import type { RuleMeta } from "./rules/types";
import { activeRules, compareFindings, prepare, runAll, type CheckOptions } from "./check-run";

export interface CheckResult {
  findings: Finding[];
  kind: KindId | null;
  year: number | null;
  structure: DocStructure;
  /** Ids of rules with a 条例 or 国标 source that the configuration switched off (the UI shows them). */
  disabledStandardRules: string[];
}

/** Metadata of every registered rule, in registry order. */
export function ruleMetas(): RuleMeta[] {
  return allRules.map((r) => r.meta);
}

/** Check a whole document model. Severities come from the config ("off" removes a rule); kind/year override detection. */
export function check(model: DocModel, config: CheckConfig = {}, options: CheckOptions = {}): CheckResult {
  const prep = prepare(model, config, options.kinds ?? BUILTIN_KIND_REGISTRY);
  const { rules, disabledStandardRules } = activeRules(config, options);
  const findings: Finding[] = [];
  runAll(
    prep,
    rules,
    config,
    (f) => findings.push(f),
    (f) => findings.push(f),
  );
  findings.sort(compareFindings);
  return { findings, kind: prep.kind, year: prep.year, structure: prep.structure, disabledStandardRules };
}

/**
 * Fixes as guarded replace edits (each carries the paragraph's text as `expected`). Within one
 * paragraph, a fix that overlaps one already taken is dropped (the first in document order wins;
 * two insertions at the same offset count as overlapping).
 */
export function fixesToEdits(findings: readonly Finding[], model: DocModel): ReplaceEdit[] {
  const withFix = findings.filter((f) => f.fix !== null && f.paragraph !== null);
  const sorted = [...withFix].sort(compareFindings);
  const edits: ReplaceEdit[] = [];
  /** The last fix taken in each paragraph (fixes come sorted by offset, so it ends last). */
  const last = new Map<number, [number, number]>();
  for (const f of sorted) {
    const p = f.paragraph as number;
    const text = model.paragraphs[p]?.text;
    if (text === undefined) continue;
    if (f.expected !== null && f.expected !== text) continue; // computed from another text
    if (f.offset + f.length > text.length) continue;
    const a0 = f.offset;
    const a1 = f.offset + f.length;
    const prev = last.get(p);
    if (prev) {
      const [b0, b1] = prev;
      const overlaps = a0 < b1 || a0 === b0 || (a0 === b1 && (a0 === a1 || b0 === b1));
      if (overlaps) continue;
    }
    last.set(p, [a0, a1]);
    edits.push({
      kind: "replace",
      paragraph: p,
      offset: f.offset,
      length: f.length,
      text: f.fix!.replacement,
      expected: text,
    });
  }
  return edits;
}
