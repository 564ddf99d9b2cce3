/**
 * `lianzheng check <file.docx|file.txt>... [--kind <id>] [--year <yyyy>] [--config <rules.json>]
 * [--format text|json]` (DESIGN.md section 5, contract).
 *
 * Text: one line a finding, `file:paragraph:offset severity rule message` (paragraph and offset are
 * `-` for a finding about the whole document), then a summary line. JSON:
 * `{"version":1,"files":[{"file","kind","year","error","findings":[…]}]}`.
 * Exit codes: 0 no error finding; 1 at least one error finding; 2 bad usage or an unreadable input
 * (the other files are still checked). A progress line goes to stderr when many files are checked
 * and stderr is a terminal.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { check, ruleMetas } from "../core/check";
import type { CheckConfig, Finding } from "../core/findings";
import { REPORT_KINDS, isReportKind } from "../core/rules/types";
import { parseConfigOrPack } from "../genre/rule-config-schema";
import { pick } from "../i18n";
import { rulesText } from "../i18n/messages/rules";
import {
  ellipsize,
  formatOption,
  type OutputFormat,
  printJson,
  readInputFile,
  reportError,
  InputError,
} from "./common";
import type { CliIo } from "./io";

export interface CheckFindingJson {
  rule: string;
  severity: Finding["severity"];
  message: string;
  paragraph: number | null;
  offset: number;
  length: number;
  excerpt: string;
  fix: { replacement: string } | null;
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

/** Files from which on a progress line is shown (on a terminal). */
const PROGRESS_FROM = 5;

function parseKind(value: string): string {
  if (!isReportKind(value))
    throw new InvalidArgumentError(rulesText("cli.badKind", { kind: value, kinds: REPORT_KINDS.join(", ") }));
  return value;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()))
    throw new InvalidArgumentError(rulesText("cli.badYear", { year: value }));
  const y = Number(value);
  if (y < 1949 || y > 2100) throw new InvalidArgumentError(rulesText("cli.badYear", { year: value }));
  return y;
}

export function findingJson(f: Finding): CheckFindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    message: pick(f.message),
    paragraph: f.paragraph,
    offset: f.offset,
    length: f.length,
    excerpt: f.excerpt,
    fix: f.fix ? { replacement: f.fix.replacement } : null,
  };
}

export function findingLine(file: string, f: Finding): string {
  const where = f.paragraph === null ? "-:-" : `${f.paragraph}:${f.offset}`;
  return `${file}:${where} ${f.severity} ${f.rule} ${pick(f.message).replace(/[\r\n]+/g, " ")}`;
}

async function loadConfig(file: string, io: CliIo): Promise<CheckConfig | null> {
  let raw: string;
  try {
    raw = await readFile(resolve(io.cwd, file), "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
    reportError(io, "check", rulesText("cli.configRead", { file, message: code }));
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    reportError(
      io,
      "check",
      rulesText("cli.configJson", { file, message: e instanceof Error ? e.message : String(e) }),
    );
    return null;
  }
  const parsed = parseConfigOrPack(
    value,
    ruleMetas().map((m) => m.id),
  );
  if (!parsed.ok) {
    reportError(
      io,
      "check",
      rulesText("cli.configInvalid", { file, message: parsed.errors.map((e) => pick(e)).join("; ") }),
    );
    return null;
  }
  return parsed.value;
}

interface CheckOpts {
  kind?: string;
  year?: number;
  config?: string;
  format: OutputFormat;
}

export async function runCheck(files: string[], opts: CheckOpts, io: CliIo): Promise<number> {
  let config: CheckConfig = {};
  if (opts.config) {
    const c = await loadConfig(opts.config, io);
    if (!c) return 2;
    config = c;
  }
  const disabled = ruleMetas()
    .filter((m) => m.sourceKind !== "practice" && config.rules?.[m.id] === "off")
    .map((m) => m.id);
  if (disabled.length)
    io.stderr(`lianzheng check: ${rulesText("cli.disabledStandard", { rules: disabled.join(", ") })}\n`);
  if (opts.kind) config = { ...config, kind: opts.kind };
  if (opts.year !== undefined) config = { ...config, year: opts.year };

  const json: CheckJson = { version: 1, files: [] };
  const counts = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  const progress = io.stderrIsTTY && files.length >= PROGRESS_FROM;
  for (let n = 0; n < files.length; n++) {
    const file = files[n];
    if (progress)
      io.stderr(
        `\r\x1b[K${rulesText("cli.progress", { n: n + 1, total: files.length, file: ellipsize(file, 50) })}`,
      );
    let entry: CheckFileJson;
    try {
      const model = await readInputFile(file, io);
      const r = check(model, config);
      for (const f of r.findings) counts[f.severity]++;
      entry = { file, kind: r.kind, year: r.year, error: null, findings: r.findings.map(findingJson) };
      if (opts.format === "text") {
        let out = "";
        for (const f of r.findings) out += findingLine(file, f) + "\n";
        io.stdout(out);
      }
    } catch (e) {
      unreadable++;
      const message =
        e instanceof InputError
          ? e.message
          : rulesText("cli.fileError", { message: e instanceof Error ? e.message : String(e) });
      if (progress) io.stderr("\r\x1b[K");
      reportError(io, "check", message);
      entry = { file, kind: null, year: null, error: message, findings: [] };
    }
    json.files.push(entry);
  }
  if (progress) io.stderr("\r\x1b[K");
  if (opts.format === "json") printJson(io, json);
  else {
    let summary = rulesText("cli.summary", {
      files: files.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    });
    if (unreadable) summary += ` ${rulesText("cli.summaryUnreadable", { count: unreadable })}`;
    io.stdout(`${summary}\n`);
  }
  return unreadable ? 2 : counts.error > 0 ? 1 : 0;
}

export function register(program: Command, io: CliIo): void {
  program
    .command("check")
    .description(rulesText("cli.description"))
    .argument("<files...>", rulesText("cli.arg.files"))
    .addOption(
      new Option("--kind <id>", rulesText("cli.opt.kind", { kinds: REPORT_KINDS.join(", ") })).argParser(
        parseKind,
      ),
    )
    .addOption(new Option("--year <yyyy>", rulesText("cli.opt.year")).argParser(parseYear))
    .addOption(new Option("--config <rules.json>", rulesText("cli.opt.config")))
    .addOption(formatOption())
    .action(async (files: string[], opts: CheckOpts) => {
      const code = await runCheck(files, opts, io);
      io.exitCode = Math.max(io.exitCode ?? 0, code);
    });
}
