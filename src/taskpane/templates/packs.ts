/**
 * Organisation packs in the 模板 tab: the imported pack is kept in the user's settings; invalid packs import
 * nothing and every problem is described by entry and field in the user's language.
 */
import {
  makePack,
  validatePack,
  type PackData,
  type ScaffoldData,
  type TemplateData,
} from "../../genre/template-schema";
import { describePackIssue } from "../../genre/template-pack-issues";
import type { KindProfile } from "../../genre/kinds";
import type { DatedRef } from "../../genre/dated-refs";
import type { YearItems } from "../../genre/year-items";
import type { KeyValueStore } from "../../host/host";

import { PACK_KEY } from "./pack-key";

export { PACK_KEY };

export interface LoadedPack {
  templates: TemplateData[];
  scaffolds: ScaffoldData[];
  kinds: KindProfile[];
  /** Dated references and year rows (the checker's year-aware data). */
  references: DatedRef[];
  yearItems: YearItems[];
}

const EMPTY_PACK: LoadedPack = {
  templates: [],
  scaffolds: [],
  kinds: [],
  references: [],
  yearItems: [],
};

function loaded(pack: PackData): LoadedPack {
  return {
    templates: pack.templates ?? [],
    scaffolds: pack.scaffolds ?? [],
    kinds: pack.kinds ?? [],
    references: pack.references ?? [],
    yearItems: pack.yearItems ?? [],
  };
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
