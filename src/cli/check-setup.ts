/**
 * The setup of one `lianzheng check` run, shared by the one-by-one runner (check-run.ts) and the
 * folder runner (check-folder.ts): the pack, the kind, the configuration and the options that
 * override them, and the closing output. It does not load the engine (core/check.ts) unless a
 * configuration names rules: the folder runner's main thread leaves the checking to its threads.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { BUILTIN_KIND_REGISTRY, kindRegistry, type KindRegistry } from "../core/kinds";
import { yearData } from "../core/year-data";
import type { CheckConfig } from "../genre/rule-config-schema";
import { pick } from "../i18n";
import { rulesText } from "../i18n/messages/rules";
import type { CheckJson, CheckOpts } from "./contracts";
import { printJson, reportError } from "./common";
import type { CliIo } from "./io";
import type { PackData } from "../genre/template-schema";

/** The rules' metadata: loads the engine (only when a configuration is read). */
async function ruleMetas() {
  const { ruleMetas: metas } = await import(/* webpackChunkName: "check" */ "../core/check");
  return metas();
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
    (await ruleMetas()).map((m) => m.id),
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
  const off = config.rules;
  const disabled = off
    ? (await ruleMetas()).filter((m) => m.sourceKind !== "practice" && off[m.id] === "off").map((m) => m.id)
    : [];
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
