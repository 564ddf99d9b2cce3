/**
 * Settings of the 检查 tab and how they become a CheckConfig.
 * - per user (host.userSettings, USER_SETTINGS_KEY): the user's own rule overrides, the imported
 *   organisation rule pack, live mode;
 * - per document (host.documentSettings, DOC_SETTINGS_KEY): the report kind and year chosen by hand
 *   (overriding detection). Ignored findings live under IGNORES_SETTING_KEY (core/ignores).
 * Pure: reading is tolerant (a damaged value falls back to defaults), writing is JSON.
 */
import { isReportYear } from "../../terms";
import type { Severity } from "../../core/findings";
import type { CheckConfig } from "../../genre/rule-config-schema";

export const USER_SETTINGS_KEY = "lianzheng.check.settings";
export const DOC_SETTINGS_KEY = "lianzheng.check.document";

export type RuleSetting = "off" | Severity;

export interface RulePackState {
  /** Name of the pack (from its file), or null. */
  name: string | null;
  rules: Record<string, RuleSetting>;
}

export interface UserCheckSettings {
  /** The user's own overrides, applied over the pack. */
  rules: Record<string, RuleSetting>;
  pack: RulePackState | null;
  live: boolean;
}

export interface DocCheckSettings {
  kind: string | null;
  year: number | null;
}

export const DEFAULT_USER_SETTINGS: UserCheckSettings = { rules: {}, pack: null, live: false };
const DEFAULT_DOC_SETTINGS: DocCheckSettings = { kind: null, year: null };

const SETTINGS = new Set<string>(["off", "error", "warning", "info"]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readRules(v: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!isRecord(v)) return out;
  for (const [k, s] of Object.entries(v))
    if (typeof s === "string" && SETTINGS.has(s)) out[k] = s as RuleSetting;
  return out;
}

export function readUserSettings(value: unknown): UserCheckSettings {
  if (!isRecord(value)) return { ...DEFAULT_USER_SETTINGS, rules: {} };
  const pack = isRecord(value.pack)
    ? {
        name: typeof value.pack.name === "string" ? value.pack.name : null,
        rules: readRules(value.pack.rules),
      }
    : null;
  return { rules: readRules(value.rules), pack, live: value.live === true };
}

export function readDocSettings(value: unknown): DocCheckSettings {
  if (!isRecord(value)) return { ...DEFAULT_DOC_SETTINGS };
  return {
    kind: typeof value.kind === "string" && value.kind ? value.kind : null,
    year: isReportYear(value.year) ? value.year : null,
  };
}

/** The rule overrides in force: the pack's, then the user's own on top. */
export function effectiveRules(settings: UserCheckSettings): Record<string, RuleSetting> {
  return { ...(settings.pack?.rules ?? {}), ...settings.rules };
}

/** The CheckConfig (contract shape) for a check. */
export function toConfig(settings: UserCheckSettings, doc: DocCheckSettings): CheckConfig {
  const config: CheckConfig = { rules: effectiveRules(settings) };
  if (doc.kind) config.kind = doc.kind;
  if (doc.year !== null) config.year = doc.year;
  return config;
}

/**
 * Change one rule. Setting it back to what the pack (or, without one, the default) says removes the
 * personal override, so that a later pack update applies.
 */
export function setRule(
  settings: UserCheckSettings,
  id: string,
  value: RuleSetting,
  defaultSeverity: Severity,
): UserCheckSettings {
  const rules = { ...settings.rules };
  const base = settings.pack?.rules[id] ?? defaultSeverity;
  if (value === base) delete rules[id];
  else rules[id] = value;
  return { ...settings, rules };
}

/** A year typed by the user: "" means detect; otherwise four digits in range, or an error. */
export function parseYearInput(text: string): { ok: true; year: number | null } | { ok: false } {
  const t = text.trim();
  if (t === "") return { ok: true, year: null };
  if (!/^\d{4}$/.test(t)) return { ok: false };
  const y = Number(t);
  return isReportYear(y) ? { ok: true, year: y } : { ok: false };
}
