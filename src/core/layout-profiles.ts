/**
 * Layout profile packs: parse (atomic: the whole pack is valid or nothing is taken), make, and merge
 * into the user's own profiles. Pure TypeScript; the schemas are in src/genre/layout-profile.ts.
 */
import {
  LAYOUT_PACK_FORMAT,
  layoutPackSchema,
  layoutProfileSchema,
  type LayoutPack,
  type LayoutProfile,
} from "../genre/layout-profile";
import { STANDARD_PROFILE } from "../genre/layout-profile-data";

export type LayoutPackResult = { ok: true; pack: LayoutPack } | { ok: false; issues: string[] };

export function parseLayoutPack(json: string): LayoutPackResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, issues: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const r = layoutPackSchema.safeParse(raw);
  if (r.success) return { ok: true, pack: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => `${i.path.join(".") || "(pack)"}: ${i.message}`),
  };
}

export function makeLayoutPack(profiles: readonly LayoutProfile[], name?: string): LayoutPack {
  return { format: LAYOUT_PACK_FORMAT, version: 1, ...(name ? { name } : {}), profiles: [...profiles] };
}

/** The user's profiles with a pack's: same id replaces, new ids are added; the standard id is never taken. */
export function mergeProfiles(
  own: readonly LayoutProfile[],
  incoming: readonly LayoutProfile[],
): { profiles: LayoutProfile[]; added: number; replaced: number; skipped: number } {
  const out = [...own];
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  for (const p of incoming) {
    if (p.id === STANDARD_PROFILE.id) {
      skipped++;
      continue;
    }
    const i = out.findIndex((x) => x.id === p.id);
    if (i >= 0) {
      out[i] = p;
      replaced++;
    } else {
      out.push(p);
      added++;
    }
  }
  return { profiles: out, added, replaced, skipped };
}

/** The user's saved profiles, keeping only valid ones (a damaged setting never breaks the tab). */
export function validProfiles(value: unknown): LayoutProfile[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const r = layoutProfileSchema.safeParse(v);
    return r.success && r.data.id !== STANDARD_PROFILE.id ? [r.data] : [];
  });
}
