/**
 * Organisation packs in the 模板 tab: the imported pack is kept in the user's settings; invalid packs import
 * nothing and every problem is described by entry and field in the user's language.
 */
import {
  makePack,
  validatePack,
  type PackData,
  type PackIssue,
  type ScaffoldData,
  type TemplateData,
} from "../../genre/template-schema";
import type { KindProfile } from "../../genre/kinds";
import { templatesText as t } from "../../i18n/messages/templates";
import type { KeyValueStore } from "../../host/host";

export const PACK_KEY = "templates.pack";

type ProblemKey =
  | "pack.problem.json"
  | "pack.problem.invalid_type"
  | "pack.problem.too_small"
  | "pack.problem.too_big"
  | "pack.problem.invalid_value"
  | "pack.problem.invalid_format"
  | "pack.problem.duplicate-id"
  | "pack.problem.too_deep"
  | "pack.problem.other";

const KNOWN = new Set([
  "json",
  "invalid_type",
  "too_small",
  "too_big",
  "invalid_value",
  "invalid_format",
  "duplicate-id",
  "too_deep",
]);

/** One line per problem: 第 2 个章节框架（dual-duty）的字段“section.heading”：不能为空. */
export function describePackIssue(issue: PackIssue): string {
  const problem = t(
    (KNOWN.has(issue.code) ? `pack.problem.${issue.code}` : "pack.problem.other") as ProblemKey,
  );
  if (issue.code === "json") return problem;
  if (issue.index < 0) return t("pack.issue.pack", { field: issue.field || "—", problem });
  const entryKey =
    issue.list === "templates"
      ? "pack.entry.template"
      : issue.list === "kinds"
        ? "pack.entry.kind"
        : "pack.entry.scaffold";
  const entry = t(entryKey, {
    n: issue.index + 1,
    id: issue.id ?? "—",
  });
  return t("pack.issue", { entry, field: issue.field || "—", problem });
}

export interface LoadedPack {
  templates: TemplateData[];
  scaffolds: ScaffoldData[];
  kinds: KindProfile[];
}

export const EMPTY_PACK: LoadedPack = { templates: [], scaffolds: [], kinds: [] };

function loaded(pack: PackData): LoadedPack {
  return { templates: pack.templates ?? [], scaffolds: pack.scaffolds ?? [], kinds: pack.kinds ?? [] };
}

/** The pack stored in the user's settings (an invalid stored pack is ignored). */
export function storedPack(store: KeyValueStore): LoadedPack {
  const data = store.get<unknown>(PACK_KEY);
  if (data === undefined) return EMPTY_PACK;
  const r = validatePack(data);
  return r.ok ? loaded(r.pack) : EMPTY_PACK;
}

export type ImportResult = { ok: true; pack: LoadedPack } | { ok: false; messages: string[] };

/** Validate a pack's text; when valid, store it (replacing the previous one). */
export async function importPack(text: string, store: KeyValueStore): Promise<ImportResult> {
  const r = validatePack(text);
  if (!r.ok) return { ok: false, messages: r.issues.map(describePackIssue) };
  await store.set(PACK_KEY, r.pack);
  return { ok: true, pack: loaded(r.pack) };
}

/** The JSON text of a pack of the given entries. */
export function exportPackText(
  templates: readonly TemplateData[],
  scaffolds: readonly ScaffoldData[],
): string {
  const pack: PackData = makePack(templates, scaffolds);
  return JSON.stringify(pack, null, 2);
}

/** Merge built-in entries with imported ones: an imported entry with a built-in's id replaces it. */
export function mergeById<T extends { id: string }>(builtIn: readonly T[], extra: readonly T[]): T[] {
  const ids = new Set(extra.map((e) => e.id));
  return [...extra, ...builtIn.filter((b) => !ids.has(b.id))];
}
