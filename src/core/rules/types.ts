/**
 * Rule anatomy (DESIGN.md section 4, modelled on ESLint): every rule is one file exporting a `Rule`
 * with its `meta` and a `check(ctx)`. Paragraph-local rules (scope "paragraph") also expose
 * `checkParagraph`, which the incremental check (live mode) calls for a changed paragraph only.
 */
import type { YearData } from "../year-data";
import type { LocalizedText } from "../../i18n";
import type { RuleCategory, Severity } from "../findings";
import type { DocModel, Paragraph } from "../model";
import type { DocStructure, Heading } from "../outline-types";
import type { KindId, StructureRole } from "../../terms";
import type { CompiledKind } from "../kinds";
import { matchesOf, scanLiterals, type LiteralMatch, type LiteralSet } from "./util";

/**
 * Where a rule's requirement comes from. "regulation" (条例) and "standard" (国标) rules may be
 * switched off by an organisation's pack, but the UI shows that they are off.
 */
export type RuleSourceKind = "regulation" | "standard" | "practice";

export interface RuleMeta {
  /** Stable kebab-case id: the key in configs and in the CLI's JSON. */
  id: string;
  category: RuleCategory;
  /** Default severity. */
  severity: Severity;
  sourceKind: RuleSourceKind;
  /** The norm and clause, e.g. GB/T 15834-2011 4.1 (zh-CN + en-US). */
  source: LocalizedText;
  fixable: boolean;
  description: LocalizedText;
  /** "paragraph": findings depend only on one paragraph's text and role; "document": on the whole. */
  scope: "paragraph" | "document";
}

/** A finding as a rule reports it; the engine fills in severity, category, excerpt and guard. */
export interface RuleReport {
  paragraph: number | null;
  offset?: number;
  length?: number;
  message: LocalizedText;
  /** Replacement text for (offset, length) of the paragraph; omit when there is no safe fix. */
  fix?: string | null;
  /** Overrides the rule's default severity for this one finding (before the config applies). */
  severity?: Severity;
}

export interface DocInfo {
  kind: KindId | null;
  /**
   * false when the kind was guessed from the opening or the body rather than given (configuration,
   * --kind) or read from the title or the transition sentence (现将……报告如下): kind-specific findings
   * then stay below error level. Absent: certain.
   */
  kindCertain?: boolean;
  /** The kind's profile (compiled), when the kind is known. */
  profile: CompiledKind | null;
  year: number | null;
  /**
   * The latest year the report may cite things from: the year itself when it is certain (config
   * or title), otherwise the later of the guessed year and the latest 20xx年 in the text (a guess
   * must not turn a right citation into an error).
   */
  citeYear: number | null;
  /**
   * "YYYY-MM" of the report's 成文日期 when it was read: what began after it cannot be cited. Absent
   * or null: not dated (a draft), and what began early in the year after the report's year may be
   * cited (an annual report is written then).
   */
  citeMonth?: string | null;
  /** The dated references and year rows known (shipped plus an organisation's); absent: the shipped ones. */
  yearData?: YearData;
}

export interface RuleContext extends DocInfo {
  model: DocModel;
  structure: DocStructure;
  /** Role of each paragraph (same length as model.paragraphs). */
  roles: readonly StructureRole[];
  /** Heading recognised at a paragraph, if any. */
  headingAt(paragraph: number): Heading | undefined;
  report(r: RuleReport): void;
}

export interface ParagraphContext extends DocInfo {
  index: number;
  text: string;
  paragraph: Paragraph;
  role: StructureRole;
  heading: Heading | undefined;
  report(
    offset: number,
    length: number,
    message: LocalizedText,
    fix?: string | null,
    severity?: Severity,
  ): void;
  /** Matches of a registered literal set in this paragraph (one shared scan for all sets). */
  literals<T>(set: LiteralSet<T>): LiteralMatch<T>[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /** Present on paragraph-scope rules. */
  checkParagraph?(pc: ParagraphContext): void;
}

/** Define a paragraph-local rule: `check` runs `checkParagraph` over every paragraph. */
export function paragraphRule(
  meta: Omit<RuleMeta, "scope">,
  checkParagraph: (pc: ParagraphContext) => void,
): Rule {
  const full: RuleMeta = { ...meta, scope: "paragraph" };
  return {
    meta: full,
    checkParagraph,
    check(ctx) {
      const ps = ctx.model.paragraphs;
      for (let i = 0; i < ps.length; i++) {
        checkParagraph(paragraphContext(ctx, i));
      }
    },
  };
}

export function paragraphContext(ctx: RuleContext, index: number): ParagraphContext {
  const paragraph = ctx.model.paragraphs[index];
  let scanned: ReturnType<typeof scanLiterals> | null = null;
  return {
    literals<T>(set: LiteralSet<T>) {
      if (!scanned) scanned = scanLiterals(paragraph.text);
      return matchesOf(scanned, set);
    },
    index,
    text: paragraph.text,
    paragraph,
    role: ctx.roles[index] ?? "body",
    heading: ctx.headingAt(index),
    kind: ctx.kind,
    kindCertain: ctx.kindCertain,
    profile: ctx.profile,
    year: ctx.year,
    citeYear: ctx.citeYear,
    citeMonth: ctx.citeMonth,
    yearData: ctx.yearData,
    report: (offset, length, message, fix, severity) =>
      ctx.report({ paragraph: index, offset, length, message, fix, severity }),
  };
}

export function documentRule(meta: Omit<RuleMeta, "scope">, check: (ctx: RuleContext) => void): Rule {
  return { meta: { ...meta, scope: "document" }, check };
}
