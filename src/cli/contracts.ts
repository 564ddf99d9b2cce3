/**
 * The contracts of the subcommands (DESIGN.md section 5): their parsed options and their JSON output.
 * Both a command's declaration (X.ts) and its work (X-run.ts) import them from here, so neither imports
 * the other's types.
 */
import type { Severity } from "../core/findings";
import type { ReportSection, SnippetCategory } from "../genre/snippet-schema";
import type { KindId } from "../terms";
import type { OutputFormat } from "./common";

export interface CheckFindingJson {
  rule: string;
  severity: Severity;
  message: string;
  paragraph: number | null;
  offset: number;
  length: number;
  excerpt: string;
  fix: { replacement: string } | null;
  /** previous-* findings (--previous): the matching paragraph of last year's report (0-based). */
  match?: { paragraph: number; text: string; similarity: number };
}

export interface CheckFileJson {
  file: string;
  kind: string | null;
  year: number | null;
  error: string | null;
  findings: CheckFindingJson[];
}

export interface CheckJson {
  version: 1;
  files: CheckFileJson[];
}

export interface CheckOpts {
  kind?: string;
  year?: number;
  config?: string;
  format: OutputFormat;
  /** An organisation's template pack: its report kinds are detected and checked; its dated references and year rows used. */
  pack?: string;
  /** Last year's report (issue 13). */
  previous?: string;
  /** Folder for the annotated copies. */
  annotate?: string;
  /** Summary file (.html or .csv). */
  summary?: string;
  /** Worker threads. */
  jobs?: number;
  /** Language of the summary. */
  lang?: "zh-CN" | "en-US";
}

export interface NewOptions {
  kind?: string;
  list?: boolean;
  year?: string;
  period?: string;
  unit?: string;
  name?: string;
  post?: string;
  to?: string;
  date?: string;
  output?: string;
  format: OutputFormat;
  fallbackFonts?: boolean;
  /** An organisation's template pack: its templates are listed and written like the built-in ones. */
  pack?: string;
  /** Replace an existing output file. */
  force?: boolean;
}

/** One file of the JSON output (contract). */
export interface OutlineFileJson {
  file: string;
  error: string | null;
  title: number | null;
  addressee: number | null;
  signature: number | null;
  date: number | null;
  headings: {
    paragraph: number;
    level: number;
    depth: number;
    number: number;
    marker: string;
    text: string;
    runIn: boolean;
  }[];
}

export interface OutlineJson {
  version: 1;
  files: OutlineFileJson[];
}

/** The JSON of `snippets` (contract). */
export interface SnippetsJson {
  version: 1;
  query: string;
  /** `term` only for a term (e.g. 两个维护): what the 短语 tab inserts on Enter; `text` is then its explanation. */
  results: { id: string; title: string; term?: string; text: string; category: string }[];
}

export interface SnippetsOptions {
  limit: number;
  category?: SnippetCategory;
  section?: ReportSection;
  kind?: KindId;
  /** The report's year: later phrases left out, year tokens resolved. */
  year?: number;
  format: OutputFormat;
  all?: boolean;
  export?: string;
  pack?: string[];
  /** Replace an existing --export file. */
  force?: boolean;
}
