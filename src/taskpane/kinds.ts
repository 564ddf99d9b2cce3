/**
 * The report kinds the pane knows: the built-in profiles and those of the organisation's pack imported in
 * the 模板 tab (kept in the user's settings), with the pack's dated references and year rows. The 检查 tab checks with them, its kind picker and the 短语
 * tab's filter name them.
 */
import { BUILTIN_KIND_REGISTRY, kindRegistry, type KindRegistry } from "../core/kinds";
import { yearData } from "../core/year-data";
import type { KeyValueStore } from "../host/host";
import { pick, type Locale } from "../i18n";
import { PACK_KEY, storedPack } from "./templates/packs";

let cache: { raw: unknown; registry: KindRegistry } | null = null;

/** The kinds of the stored pack plus the built-in ones (recomputed only when the stored pack changes). */
export function paneKinds(store: KeyValueStore): KindRegistry {
  let raw: unknown;
  try {
    raw = store.get<unknown>(PACK_KEY);
  } catch {
    return BUILTIN_KIND_REGISTRY;
  }
  if (raw === undefined) return BUILTIN_KIND_REGISTRY;
  if (cache?.raw !== raw) {
    const pack = storedPack(store);
    const data =
      pack.references.length || pack.yearItems.length
        ? yearData({ references: pack.references, yearItems: pack.yearItems })
        : undefined;
    cache = { raw, registry: kindRegistry(pack.kinds, data) };
  }
  return cache.registry;
}

/** A kind's name in the pane's language (the id itself for a kind no profile describes). */
export function kindName(kinds: KindRegistry, id: string, locale?: Locale, short = false): string {
  const p = kinds.byId(id);
  return p ? pick(short ? p.shortName : p.name, locale) : id;
}
