/**
 * Organisation rule packs: the JSON file an office hands round so that everyone checks the same way.
 * Shape (the CheckConfig contract plus a name): `{ "name"?: "…", "rules": { "<id>": "off" | "info" |
 * "warning" | "error" } }`. Parsing is all-or-nothing: an invalid pack imports nothing, and the
 * message names the first field at fault, in the user's language.
 */
import { z } from "zod";
import { checkText } from "../../i18n/messages/check";
import { allRules } from "./engine";
import { effectiveRules, type RulePackState, type UserCheckSettings } from "./settings";

/** Largest pack file accepted. */
export const PACK_MAX_BYTES = 256 * 1024;

const ruleSetting = z.enum(["off", "info", "warning", "error"]);

export const rulePackSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(2000).optional(),
    rules: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), ruleSetting),
    kind: z.string().optional(),
    year: z.number().int().optional(),
  })
  .strict();

export type RulePackFile = z.infer<typeof rulePackSchema>;

export type ParsedPack = { ok: true; pack: RulePackState } | { ok: false; message: string };

/** A field path as the user would recognise it in the file: rules.placeholder, name … */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? checkText("pack.rootField") : path.map((p) => String(p)).join(".");
}

function problemText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return checkText("pack.problem.type", { expected: issue.expected });
    case "invalid_value":
      return checkText("pack.problem.value", { values: issue.values.map((v) => String(v)).join(" / ") });
    case "unrecognized_keys":
      return checkText("pack.problem.unknownKey", { keys: issue.keys.join(", ") });
    case "invalid_format":
      return checkText("pack.problem.format");
    case "invalid_key":
      return checkText("pack.problem.key");
    case "too_small":
    case "too_big":
      return checkText("pack.problem.size");
    default:
      return issue.message;
  }
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
  const r = rulePackSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field =
      issue.code === "unrecognized_keys" ? fieldName([...issue.path, issue.keys[0]]) : fieldName(issue.path);
    return { ok: false, message: checkText("pack.invalid", { field, problem: problemText(issue) }) };
  }
  const known = new Set(allRules().map((m) => m.id));
  for (const id of Object.keys(r.data.rules)) {
    if (!known.has(id)) return { ok: false, message: checkText("pack.unknownRule", { rule: id }) };
  }
  return { ok: true, pack: { name: r.data.name ?? null, rules: { ...r.data.rules } } };
}

/** The settings in force as a pack file (the overrides only: defaults are not pinned). */
export function exportPack(
  settings: UserCheckSettings,
  defaultName: string,
): { fileName: string; json: string } {
  const name = settings.pack?.name ?? defaultName;
  const known = new Set(allRules().map((m) => m.id));
  const rules = Object.fromEntries(
    Object.entries(effectiveRules(settings))
      .filter(([id]) => known.has(id))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const file: RulePackFile = { version: 1, name, rules };
  return { fileName: "lianzheng-rules.json", json: JSON.stringify(file, null, 2) + "\n" };
}
