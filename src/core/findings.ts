/**
 * Findings: what a check reports. The contract shared by the rules, the 检查 tab and the CLI's JSON
 * (DESIGN.md sections 3-5).
 */
import type { LocalizedText } from "../i18n";

export type Severity = "error" | "warning" | "info";
export type RuleCategory =
  | "structure"
  | "numbering"
  | "placeholder"
  | "punctuation"
  | "wording"
  | "genre"
  | "layout"
  /** Comparison with last year's report (core/previous.ts). */
  | "previous";

export interface Fix {
  /** Text that replaces the finding's span (offset, length) of its paragraph. */
  replacement: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  category: RuleCategory;
  message: LocalizedText;
  /** null for a finding about the whole document (a missing section). */
  paragraph: number | null;
  offset: number;
  length: number;
  excerpt: string;
  fix: Fix | null;
  /** The paragraph's whole text when the finding was computed (guard for fixes and ignores). */
  expected: string | null;
  /** The matching paragraph of last year's report (previous-* findings only; core/previous.ts). */
  match?: { paragraph: number; text: string; similarity: number };
}
