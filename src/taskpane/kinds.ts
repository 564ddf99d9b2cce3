/**
 * The report kinds the pane knows: the built-in profiles and those of the organisation's pack imported in
 * the 模板 tab (kept in the user's settings), with the pack's dated references and year rows. The 检查 tab checks with them, its kind picker and the 短语
 * tab's filter name them.
 */
import { BUILTIN_KIND_REGISTRY, kindRegistry, type KindRegistry } from "../core/kinds";
import { yearData } from "../core/year-data";
import type { KeyValueStore } from "../host/host";
import { pick, type Locale } from "../i18n";
import type { LoadedPack } from "./templates/packs";
import { PACK_KEY } from "./templates/pack-key";

let cache: { raw: unknown; registry: KindRegistry } | null = null;
/**
 * The stored-pack reader (templates/packs.ts, with the schemas: zod). It is imported only when a pack is
 * stored (loadPaneKinds), so the 检查 tab does not carry zod for the writers who have none.
 */
let readPack: ((store: KeyValueStore) => LoadedPack) | null = null;

function storedRaw(store: KeyValueStore): unknown {
  try {
    return store.get<unknown>(PACK_KEY);
  } catch {
    return undefined;
  }
}

/**
 * The kinds of the stored pack plus the built-in ones, loading the pack reader first when a pack is
 * stored. Call before a check, a detection or an insertion that needs the organisation's kinds or years.
 */
export async function loadPaneKinds(store: KeyValueStore): Promise<KindRegistry> {
  if (storedRaw(store) !== undefined && !readPack) readPack = (await import("./templates/packs")).storedPack;
  return paneKinds(store);
}

/**
 * The kinds of the stored pack plus the built-in ones (recomputed only when the stored pack changes).
 * Synchronous: until loadPaneKinds has loaded the pack reader, a stored pack is not seen yet.
 */
export function paneKinds(store: KeyValueStore): KindRegistry {
  const raw = storedRaw(store);
  if (raw === undefined || !readPack) return BUILTIN_KIND_REGISTRY;
  if (cache?.raw !== raw) {
    const pack = readPack(store);
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
