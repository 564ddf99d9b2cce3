/**
 * Incremental check for live mode (DESIGN.md section 4):
 * - `update(model)` compares the new paragraphs with the last ones. When the paragraph count and
 *   the structural signature of every changed paragraph (heading marker, blank, date line, role) are
 *   unchanged, only the paragraph-scope rules run, on the changed paragraphs (a few hundred µs for
 *   one paragraph); the document-scope findings come from the cache, minus those located in a
 *   changed paragraph (their offsets may be stale). Otherwise it runs the full check.
 * - `refresh()` runs the full check (call it when typing pauses; ≤ 15 ms for 100 pages).
 * Findings always carry `expected` (the paragraph's text), so a fix computed from a stale finding is
 * refused by the host.
 */
import type { StructureRole } from "../terms";
import { BUILTIN_KIND_REGISTRY } from "./kinds";
import type { Finding } from "./findings";
import type { CheckConfig } from "../genre/rule-config-schema";
import type { DocModel, Paragraph } from "./model";
import { paragraphHeading } from "./outline-markers";
import { isDateLine } from "./outline-parts";
import type { CheckResult } from "./check";
import {
  activeRules,
  compareFindings,
  prepare,
  runAll,
  runParagraphRules,
  type CheckOptions,
  type Prepared,
} from "./check-run";

/** What must stay equal for the cached structure to remain valid. */
function signature(p: Paragraph, index: number, role: StructureRole): string {
  const text = p.text;
  const h = paragraphHeading(p, index);
  const blank = text.trim() === "" ? "b" : "t";
  const date = isDateLine(text) ? "d" : "-";
  // The structure-bearing roles depend on the whole text; any edit to them needs a full check.
  const fixedRole = role === "body" || role === "heading" || role === "empty" || role === "table";
  const hs = h ? `${h.level}:${h.number}:${h.marker}:${h.runIn ? h.text : "*"}:${h.problem}` : "";
  return `${blank}${date}${fixedRole ? role : `${role}:${text}`}|${hs}`;
}

export class CheckSession {
  private prep!: Prepared;
  private local: Finding[][] = [];
  private documentLevel: Finding[] = [];
  private disabled: string[] = [];
  private lastResult!: CheckResult;

  constructor(
    model: DocModel,
    private readonly config: CheckConfig = {},
    private readonly options: CheckOptions = {},
  ) {
    this.full(model);
  }

  get result(): CheckResult {
    return this.lastResult;
  }

  /** Full check. */
  refresh(model: DocModel = this.prep.model): CheckResult {
    return this.full(model);
  }

  /** Re-check after an edit: only the changed paragraphs when the structure is unchanged. */
  update(model: DocModel): CheckResult {
    const old = this.prep.model.paragraphs;
    const ps = model.paragraphs;
    if (ps.length !== old.length) return this.full(model);
    const changed: number[] = [];
    for (let i = 0; i < ps.length; i++) {
      // A list label that changed (Word renumbered) changes the structure: check the whole.
      if (ps[i].listLabel !== old[i].listLabel) return this.full(model);
      if (ps[i].text !== old[i].text) changed.push(i);
    }
    if (changed.length === 0) return this.lastResult;
    if (changed.length > 8) return this.full(model);
    for (const i of changed) {
      const role = this.prep.roles[i];
      if (signature(ps[i], i, role) !== signature(old[i], i, role)) return this.full(model);
    }
    // Keep structure, roles, kind and year; swap in the new model.
    const headingByParagraph = new Map(this.prep.headingByParagraph);
    for (const i of changed) {
      const h = paragraphHeading(ps[i], i);
      const prev = headingByParagraph.get(i);
      // Keep what the outline knew of the whole (depth, HeadingEx.listItem) for the edited heading.
      if (h && prev) headingByParagraph.set(i, { ...prev, ...h, depth: prev.depth });
    }
    this.prep = { ...this.prep, model, headingByParagraph };
    const { rules } = activeRules(this.config, this.options);
    const changedSet = new Set(changed);
    const paragraphRules = rules.filter((r) => r.checkParagraph);
    for (const i of changed) {
      const out: Finding[] = [];
      runParagraphRules(this.prep, paragraphRules, this.config, i, (f) => out.push(f));
      this.local[i] = out;
    }
    this.documentLevel = this.documentLevel.filter(
      (f) => f.paragraph === null || !changedSet.has(f.paragraph),
    );
    return this.compose();
  }

  /** Re-check one paragraph whose text changed (live mode's common case). */
  updateParagraph(index: number, text: string): CheckResult {
    const paragraphs = this.prep.model.paragraphs.slice();
    if (index < 0 || index >= paragraphs.length) return this.lastResult;
    paragraphs[index] = { ...paragraphs[index], text };
    return this.update({ paragraphs });
  }

  private full(model: DocModel): CheckResult {
    this.prep = prepare(model, this.config, this.options.kinds ?? BUILTIN_KIND_REGISTRY);
    const { rules, disabledStandardRules } = activeRules(this.config, this.options);
    this.disabled = disabledStandardRules;
    this.local = model.paragraphs.map(() => []);
    this.documentLevel = [];
    runAll(
      this.prep,
      rules,
      this.config,
      (f) => (f.paragraph !== null ? this.local[f.paragraph].push(f) : this.documentLevel.push(f)),
      (f) => this.documentLevel.push(f),
    );
    return this.compose();
  }

  private compose(): CheckResult {
    const findings = [...this.documentLevel];
    for (const l of this.local) for (const f of l) findings.push(f);
    findings.sort(compareFindings);
    this.lastResult = {
      findings,
      kind: this.prep.kind,
      year: this.prep.year,
      structure: this.prep.structure,
      disabledStandardRules: [...this.disabled],
    };
    return this.lastResult;
  }
}

export function createCheckSession(
  model: DocModel,
  config: CheckConfig = {},
  options: CheckOptions = {},
): CheckSession {
  return new CheckSession(model, config, options);
}
