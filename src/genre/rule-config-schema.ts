/**
 * Schemas of the rule configuration (contract, DESIGN.md section 4:
 * `{ "rules": { "<id>": "off"|"info"|"warning"|"error" }, "kind": "<kind id>", "year": 2024 }`) and of
 * an organisation's rule pack (name, version, config, and the standard rules it switches off).
 * Validation errors name the field, in zh-CN and en-US.
 */
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "../terms";
import type { LocalizedText } from "../i18n";
import { KINDS } from "./kinds";
import { idSchema } from "./schema-parts";
import { rulesText } from "../i18n/messages/rules";

const severitySettingSchema = z.enum(["off", "info", "warning", "error"]);

const ruleConfigSchema = z
  .object({
    rules: z.record(z.string(), severitySettingSchema).optional(),
    kind: idSchema.optional(),
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  })
  .strict();

export const rulePackSchema = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    config: ruleConfigSchema,
    /** Standard (条例 / 国标) rules the pack switches off; the UI shows them as off. */
    disables: z.array(z.string()).optional(),
  })
  .strict();

/** The schemas with the kind restricted to the known kinds (the built-in ones and an organisation's). */
function schemasFor(kinds: readonly string[]): {
  config: typeof ruleConfigSchema;
  pack: typeof rulePackSchema;
} {
  const kind = idSchema.refine((k) => kinds.includes(k)).optional();
  const config = ruleConfigSchema.extend({ kind });
  return { config, pack: rulePackSchema.extend({ config }) };
}

export type RuleConfig = z.infer<typeof ruleConfigSchema>;
/** The configuration of one check (contract, DESIGN.md section 4), as its schema defines it. */
export type CheckConfig = RuleConfig;
export type RulePack = z.infer<typeof rulePackSchema>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: LocalizedText[] };

function both(key: Parameters<typeof rulesText>[0], params?: Record<string, string | number>): LocalizedText {
  return { "zh-CN": rulesText(key, params, "zh-CN"), "en-US": rulesText(key, params, "en-US") };
}

const BUILTIN_KIND_IDS: readonly string[] = KINDS.map((k) => k.id);

function fieldError(path: string, detail: LocalizedText): LocalizedText {
  return {
    "zh-CN": rulesText("config.field", { path, message: detail["zh-CN"] }, "zh-CN"),
    "en-US": rulesText("config.field", { path, message: detail["en-US"] }, "en-US"),
  };
}

function issueText(issue: z.core.$ZodIssue, kinds: readonly string[]): LocalizedText {
  const path = issue.path.map(String).join(".") || "(root)";
  const last = issue.path[0];
  let detail: LocalizedText;
  if (last === "rules" && issue.path.length === 2) detail = both("config.severity");
  else if (last === "kind" || (issue.path[0] === "config" && issue.path[1] === "kind"))
    detail = both("config.kind", { kinds: kinds.join(", ") });
  else if (last === "year" || (issue.path[0] === "config" && issue.path[1] === "year"))
    detail = both("config.year", { min: MIN_YEAR, max: MAX_YEAR });
  else if (issue.path[0] === "config" && issue.path[1] === "rules" && issue.path.length === 3)
    detail = both("config.severity");
  else detail = { "zh-CN": issue.message, "en-US": issue.message };
  return fieldError(path, detail);
}

/** Unknown rule ids listed one by one at most this many times, then counted. */
export const MAX_LISTED_UNKNOWN_RULES = 20;

/** Largest rule configuration or rule pack file, in bytes (the pane's import has the same cap). */
export const RULE_CONFIG_MAX_BYTES = 256 * 1024;

function unknownRules(ids: Iterable<string>, prefix: string, known?: readonly string[]): LocalizedText[] {
  if (!known) return [];
  const knownSet = new Set(known);
  const errors: LocalizedText[] = [];
  let more = 0;
  for (const id of ids) {
    if (knownSet.has(id)) continue;
    if (errors.length < MAX_LISTED_UNKNOWN_RULES)
      errors.push(fieldError(`${prefix}${ellipsis(id)}`, both("config.unknownRule", { id: ellipsis(id) })));
    else more++;
  }
  if (more) errors.push(both("config.moreUnknown", { count: more }));
  return errors;
}

/** An id as it is quoted in a message: at most 64 characters. */
function ellipsis(id: string): string {
  return id.length > 64 ? `${id.slice(0, 63)}…` : id;
}

/**
 * Validate a rule configuration; `knownRuleIds` makes unknown rule ids an error; the kind must be one of
 * `knownKinds` (default: the built-in kinds).
 */
export function parseRuleConfig(
  value: unknown,
  knownRuleIds?: readonly string[],
  knownKinds: readonly string[] = BUILTIN_KIND_IDS,
): Validated<CheckConfig> {
  const r = schemasFor(knownKinds).config.safeParse(value);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => issueText(i, knownKinds)) };
  const errors = [...unknownRules(Object.keys(r.data.rules ?? {}), "rules.", knownRuleIds)];
  return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
}

/** Validate an organisation's rule pack. */
export function parseRulePack(
  value: unknown,
  knownRuleIds?: readonly string[],
  knownKinds: readonly string[] = BUILTIN_KIND_IDS,
): Validated<RulePack> {
  const r = schemasFor(knownKinds).pack.safeParse(value);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => issueText(i, knownKinds)) };
  const errors = [
    ...unknownRules(Object.keys(r.data.config.rules ?? {}), "config.rules.", knownRuleIds),
    ...unknownRules(r.data.disables ?? [], "disables.", knownRuleIds),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, value: r.data };
}

/** The effective configuration of a pack: its config with the rules it disables set to off. */
export function packToConfig(pack: RulePack): CheckConfig {
  const rules: Record<string, "off" | "info" | "warning" | "error"> = { ...(pack.config.rules ?? {}) };
  for (const id of pack.disables ?? []) rules[id] = "off";
  return { ...pack.config, rules };
}

/** A file may hold a plain config or a pack: read either into a config. */
export function parseConfigOrPack(
  value: unknown,
  knownRuleIds?: readonly string[],
  knownKinds: readonly string[] = BUILTIN_KIND_IDS,
): Validated<CheckConfig> {
  if (value && typeof value === "object" && "name" in value && "config" in value) {
    const p = parseRulePack(value, knownRuleIds, knownKinds);
    return p.ok ? { ok: true, value: packToConfig(p.value) } : p;
  }
  return parseRuleConfig(value, knownRuleIds, knownKinds);
}
