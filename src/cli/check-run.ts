/** The work of `lianzheng check` (declared in check.ts): read, check and print each file. */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { check, ruleMetas } from "../core/check";
import { BUILTIN_KIND_REGISTRY, kindRegistry, type KindRegistry } from "../core/kinds";
import { yearData } from "../core/year-data";
import type { Finding } from "../core/findings";
import type { CheckConfig } from "../genre/rule-config-schema";
import { pick } from "../i18n";
import { rulesText } from "../i18n/messages/rules";
import type { CheckFileJson, CheckFindingJson, CheckJson, CheckOpts } from "./contracts";
import { ellipsize, printJson, readInputFile, reportError, InputError } from "./common";
import type { CliIo } from "./io";
import type { PackData } from "../genre/template-schema";

/** Files from which on a progress line is shown (on a terminal). */
const PROGRESS_FROM = 5;

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
    ...(f.match ? { match: { ...f.match } } : {}),
  };
}

export function findingLine(file: string, f: Finding): string {
  const where = f.paragraph === null ? "-:-" : `${f.paragraph}:${f.offset}`;
  return `${file}:${where} ${f.severity} ${f.rule} ${pick(f.message).replace(/[\r\n]+/g, " ")}`;
}

export async function loadConfig(file: string, io: CliIo, kinds: KindRegistry): Promise<CheckConfig | null> {
  // The schema (zod) loads only when a configuration is given.
  const { parseConfigOrPack, RULE_CONFIG_MAX_BYTES } = await import(
    /* webpackChunkName: "rule-config" */ "../genre/rule-config-schema"
  );
  let raw: string;
  try {
    const size = (await stat(resolve(io.cwd, file))).size;
    if (size > RULE_CONFIG_MAX_BYTES) {
      reportError(
        io,
        "check",
        rulesText("cli.configTooLarge", { file, limit: RULE_CONFIG_MAX_BYTES / 1024 }),
      );
      return null;
    }
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
    kinds.kinds.map((k) => k.id),
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

/** What every file of one `check` run is checked with. */
export interface CheckSetup {
  config: CheckConfig;
  kinds: KindRegistry;
  /** The organisation's pack given with --pack (plain JSON: worker threads rebuild the kinds from it). */
  pack: PackData | null;
}

/** The kinds of an organisation's pack, with its dated references and year rows. */
export function kindsOfPack(pack: PackData | null): KindRegistry {
  if (!pack) return BUILTIN_KIND_REGISTRY;
  // its dated references and year rows (own plenums, local regulations, next year's row) too
  const { references = [], yearItems = [] } = pack;
  const data = references.length || yearItems.length ? yearData({ references, yearItems }) : undefined;
  return kindRegistry(pack.kinds ?? [], data);
}

/**
 * The pack, the kind, the configuration and the options that override it, read once for the run (both
 * the one-by-one runner and the folder runner). Null when one of them is wrong (the problem is on stderr).
 */
export async function checkSetup(opts: CheckOpts, io: CliIo): Promise<CheckSetup | null> {
  let pack: PackData | null = null;
  if (opts.pack) {
    // The pack's schema (zod) loads only when a pack is given.
    const { loadTemplatePack } = await import(/* webpackChunkName: "packs" */ "./packs");
    pack = await loadTemplatePack(opts.pack, io, "check");
    if (!pack) return null;
  }
  const kinds = kindsOfPack(pack);
  if (opts.kind !== undefined && !kinds.byId(opts.kind)) {
    const ids = kinds.kinds.map((k) => k.id).join(", ");
    reportError(io, "check", rulesText("cli.badKind", { kind: opts.kind, kinds: ids }));
    return null;
  }
  let config: CheckConfig = {};
  if (opts.config) {
    const c = await loadConfig(opts.config, io, kinds);
    if (!c) return null;
    config = c;
  }
  const disabled = ruleMetas()
    .filter((m) => m.sourceKind !== "practice" && config.rules?.[m.id] === "off")
    .map((m) => m.id);
  if (disabled.length)
    io.stderr(`lianzheng check: ${rulesText("cli.disabledStandard", { rules: disabled.join(", ") })}\n`);
  if (opts.kind) config = { ...config, kind: opts.kind };
  if (opts.year !== undefined) config = { ...config, year: opts.year };
  return { config, kinds, pack };
}

/** The JSON of the run, or the closing summary line of the text output. */
export function printResult(
  io: CliIo,
  format: CheckOpts["format"],
  json: CheckJson,
  files: number,
  counts: { error: number; warning: number; info: number },
  unreadable: number,
): void {
  if (format === "json") return printJson(io, json);
  let summary = rulesText("cli.summary", {
    files,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  });
  if (unreadable) summary += ` ${rulesText("cli.summaryUnreadable", { count: unreadable })}`;
  io.stdout(`${summary}\n`);
}

export async function runCheck(files: string[], opts: CheckOpts, io: CliIo): Promise<number> {
  const setup = await checkSetup(opts, io);
  if (!setup) return 2;
  const { config, kinds } = setup;

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
      const r = check(model, config, { kinds });
      for (const f of r.findings) counts[f.severity]++;
      // The code earned so far, before any output: a closed pipe exits with it (safe-output.ts).
      if (counts.error > 0) io.exitCode = Math.max(io.exitCode ?? 0, 1);
      entry = { file, kind: r.kind, year: r.year, error: null, findings: r.findings.map(findingJson) };
      if (opts.format === "text") {
        let out = "";
        for (const f of r.findings) out += findingLine(file, f) + "\n";
        io.stdout(out);
      }
    } catch (e) {
      unreadable++;
      io.exitCode = 2;
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
  printResult(io, opts.format, json, files.length, counts, unreadable);
  return unreadable ? 2 : counts.error > 0 ? 1 : 0;
}
