/**
 * One file of `lianzheng check` in the folder mode (issue 13): read (converting when needed), check,
 * compare with last year's report, write the annotated copy. Runs in the main thread (--jobs 1) or in
 * a worker thread (cli/check-folder.ts); what it returns is plain data (structured-clonable).
 */
import { check } from "../core/check";
import type { Finding, Severity } from "../core/findings";
import type { DocModel } from "../core/model";
import { comparePrevious } from "../core/previous";
import type { CheckConfig } from "../genre/rule-config-schema";
import { setLocale, type Locale } from "../i18n";
import { rulesText } from "../i18n/messages/rules";
import { reviewText } from "../i18n/messages/review";
import { writeAnnotated } from "./check-annotate";
import { readCheckInput } from "./check-inputs";
import { findingJson, findingLine } from "./check-run";
import { kindsOfPack } from "./check-setup";
import { InputError } from "./common";
import type { CheckFileJson } from "./contracts";
import type { PackData } from "../genre/template-schema";
import type { KindRegistry } from "../core/kinds";
import type { OutputFormat } from "./common";

export interface TaskContext {
  cwd: string;
  config: CheckConfig;
  /** The organisation's pack (--pack): its kinds, dated references and year rows. */
  pack: PackData | null;
  previous: DocModel | null;
  annotate: string | null;
  format: OutputFormat;
  locale: Locale;
}

/** The file's entry in the JSON output without its findings (those are in `jsonText`). */
export type TaskFileMeta = Omit<CheckFileJson, "findings">;

export interface TaskOutcome {
  json: TaskFileMeta;
  /**
   * With --format json, the file's whole entry (findings included) as the output prints it: the
   * thread that checked the file writes it, the main thread only passes the text on (jsonEntry).
   */
  jsonText: string;
  /** Text-format lines of the findings. */
  lines: string;
  counts: Record<Severity, number>;
  /** Findings per rule. */
  rules: Record<string, number>;
  /** Error message when the file could not be read (also in json.error). */
  error: string | null;
  /** Line for stderr about the annotated copy (written or failed). */
  note: string | null;
  annotateFailed: boolean;
}

/** The entry of one file as `JSON.stringify(output, null, 2)` prints it inside "files": [...]. */
export function jsonEntry(entry: CheckFileJson): string {
  return `    ${JSON.stringify(entry, null, 2).replace(/\n/g, "\n    ")}`;
}

/** The outcome of a file that could not be read (or checked). */
export function failedOutcome(file: string, message: string, format: OutputFormat): TaskOutcome {
  const json: CheckFileJson = { file, kind: null, year: null, error: message, findings: [] };
  return {
    json: { file, kind: null, year: null, error: message },
    jsonText: format === "json" ? jsonEntry(json) : "",
    lines: "",
    counts: { error: 0, warning: 0, info: 0 },
    rules: {},
    error: message,
    note: null,
    annotateFailed: false,
  };
}

let cached: { pack: PackData | null; kinds: KindRegistry } | null = null;

/** The kinds of the run's pack, made once per thread. */
function kindsFor(pack: PackData | null): KindRegistry {
  if (cached?.pack !== pack) cached = { pack, kinds: kindsOfPack(pack) };
  return cached.kinds;
}

export async function runTask(file: string, ctx: TaskContext): Promise<TaskOutcome> {
  setLocale(ctx.locale);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rules: Record<string, number> = {};
  let model: DocModel;
  let docx: Uint8Array | null;
  try {
    ({ model, docx } = await readCheckInput(file, ctx.cwd));
  } catch (e) {
    const message =
      e instanceof InputError
        ? e.message
        : rulesText("cli.fileError", { message: e instanceof Error ? e.message : String(e) });
    return failedOutcome(file, message, ctx.format);
  }
  const r = check(model, ctx.config, { kinds: kindsFor(ctx.pack) });
  let findings: Finding[] = r.findings;
  if (ctx.previous) {
    const extra = comparePrevious(model, ctx.previous, { year: r.year });
    findings = [...findings, ...extra].sort(
      (a, b) => (a.paragraph ?? -1) - (b.paragraph ?? -1) || a.offset - b.offset,
    );
  }
  for (const f of findings) {
    counts[f.severity]++;
    rules[f.rule] = (rules[f.rule] ?? 0) + 1;
  }
  let lines = "";
  if (ctx.format === "text") for (const f of findings) lines += findingLine(file, f) + "\n";
  let note: string | null = null;
  let annotateFailed = false;
  if (ctx.annotate) {
    try {
      const w = await writeAnnotated(file, model, findings, ctx.annotate, ctx.cwd, docx);
      note = reviewText("cli.annotated", { file: w.path, count: w.count });
    } catch (e) {
      annotateFailed = true;
      note = reviewText("cli.writeFailed", { file, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const meta: TaskFileMeta = { file, kind: r.kind, year: r.year, error: null };
  return {
    json: meta,
    jsonText: ctx.format === "json" ? jsonEntry({ ...meta, findings: findings.map(findingJson) }) : "",
    lines,
    counts,
    rules,
    error: null,
    note,
    annotateFailed,
  };
}
