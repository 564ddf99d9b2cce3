/**
 * The one place where the 检查 tab meets the engine (core/check): running a check, the rules' metadata
 * and turning fixes into guarded edits. Everything else in the tab works on these types.
 */
import { fixesToEdits, ruleMetas, type CheckResult } from "../../core/check";
import { CheckSession } from "../../core/check-session";
import type { Edit } from "../../core/edits";
import type { KindRegistry } from "../../core/kinds";
import type { Finding } from "../../core/findings";
import type { CheckConfig } from "../../genre/rule-config-schema";
import type { DocModel } from "../../core/model";
import type { DocStructure } from "../../core/outline-types";
import type { RuleMeta } from "../../core/rules/types";

export type { RuleMeta };

export interface CheckOutcome {
  findings: Finding[];
  kind: string | null;
  year: number | null;
  structure: DocStructure;
  /** Rules whose source is 条例 or 国标 that the configuration switched off. */
  disabledStandardRules: string[];
}

function toOutcome(r: CheckResult): CheckOutcome {
  return {
    findings: r.findings,
    kind: r.kind,
    year: r.year,
    structure: r.structure,
    disabledStandardRules: [...r.disabledStandardRules],
  };
}

/**
 * A check that can be updated incrementally (live mode): `full` checks the whole model; `update`
 * re-checks only the changed paragraphs when the structure is unchanged (the engine decides).
 */
export class LiveCheck {
  private readonly session: CheckSession;
  readonly config: CheckConfig;

  constructor(model: DocModel, config: CheckConfig, kinds?: KindRegistry) {
    this.config = config;
    this.session = new CheckSession(model, config, { kinds });
  }

  get outcome(): CheckOutcome {
    return toOutcome(this.session.result);
  }

  update(model: DocModel): CheckOutcome {
    return toOutcome(this.session.update(model));
  }
}

let metasCache: RuleMeta[] | null = null;
let metaById: Map<string, RuleMeta> | null = null;

export function allRules(): RuleMeta[] {
  if (!metasCache) metasCache = [...ruleMetas()];
  return metasCache;
}

export function ruleMeta(id: string): RuleMeta | undefined {
  if (!metaById) metaById = new Map(allRules().map((m) => [m.id, m]));
  return metaById.get(id);
}

/** Guarded replace edits for the fixable findings (overlapping fixes are left to the engine). */
export function editsFor(findings: readonly Finding[], model: DocModel): Edit[] {
  return fixesToEdits(
    findings.filter((f) => f.fix !== null && f.paragraph !== null),
    model,
  );
}
