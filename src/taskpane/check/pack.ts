/**
 * Organisation rule packs in the 检查 tab: the same files `lianzheng check --config` reads
 * (src/genre/rule-config-schema.ts): either a pack `{ "name", "version", "config": { "rules": … },
 * "disables"?: […] }` or a plain config `{ "rules": … }`. Importing is all-or-nothing: an invalid file
 * imports nothing, and the message names the first field at fault, in the user's language. Only the
 * rule settings are taken from a pack: the report's kind and year belong to each document.
 */
import {
  parseRuleConfig,
  parseRulePack,
  packToConfig,
  rulePackSchema,
  type RulePack,
} from "../../genre/rule-config-schema";
import { pick } from "../../i18n";
import { checkText } from "../../i18n/messages/check";
import { allRules } from "./engine";
import { effectiveRules, type RulePackState, type RuleSetting, type UserCheckSettings } from "./settings";

export { PACK_MAX_BYTES } from "./pack-limits";

export type ParsedPack = { ok: true; pack: RulePackState } | { ok: false; message: string };

function isPackShaped(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "config" in value;
}

export function parsePack(text: string): ParsedPack {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return {
      ok: false,
      message: checkText("pack.invalidJson", { message: e instanceof Error ? e.message : String(e) }),
    };
  }
  const known = allRules().map((m) => m.id);
  if (isPackShaped(data)) {
    const r = parseRulePack(data, known);
    if (!r.ok) return { ok: false, message: checkText("pack.invalid", { detail: pick(r.errors[0]) }) };
    return { ok: true, pack: { name: r.value.name, rules: { ...(packToConfig(r.value).rules ?? {}) } } };
  }
  const r = parseRuleConfig(data, known);
  if (!r.ok) return { ok: false, message: checkText("pack.invalid", { detail: pick(r.errors[0]) }) };
  return {
    ok: true,
    pack: { name: null, rules: { ...(r.value.rules ?? {}) } as Record<string, RuleSetting> },
  };
}

/**
 * The settings in force as a pack file that `lianzheng check --config` and this tab both read. Only
 * the overrides are written (defaults are not pinned, so later improvements of the defaults apply).
 */
export function exportPack(
  settings: UserCheckSettings,
  defaultName: string,
): { fileName: string; json: string } {
  const known = new Set(allRules().map((m) => m.id));
  const rules = Object.fromEntries(
    Object.entries(effectiveRules(settings))
      .filter(([id]) => known.has(id))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const pack: RulePack = { name: settings.pack?.name ?? defaultName, version: "1", config: { rules } };
  // The file must read back: validate what is written with the same schema.
  rulePackSchema.parse(pack);
  return { fileName: "lianzheng-rules.json", json: JSON.stringify(pack, null, 2) + "\n" };
}
