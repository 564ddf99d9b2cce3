/**
 * The compact form of the typo rule's generated near-misses (src/genre/generated/typo-near-miss.json),
 * which reaches the task pane with the 检查 tab. Written by scripts/gen/typos.mjs, read by
 * core/rules/typo.ts.
 *
 * Plain, each set phrase maps to the characters that may replace each of its positions
 * ({ 以身作则: ["义乙亦…", "什伸…", …] }): some 72 KB, 35 KB gzip, because the same reading's
 * characters repeat in every phrase that has that reading. Compact, the characters of each reading are
 * written once (`groups`), and a position says which groups it draws from and which of their
 * characters it keeps, one bit each:
 *
 *   { version: 2, groups: ["一义乙…", …], phrases: { 以身作则: "0|A9_|;1,2|…|;…" } }
 *
 * A position is `ids|mask|extra`:
 * - ids: the groups, base-36 indexes joined by ",". Their characters, less the phrase's own character
 *   at that position, sorted by code point, are the position's candidates.
 * - mask: base64url digits, six candidates each, bit j of digit i standing for candidate 6i + j; an
 *   empty mask keeps every candidate.
 * - extra: characters kept that are in none of the groups (look-alikes of another reading).
 * Decoded, a position's characters are the kept candidates and the extras, sorted by code point: the
 * plain form exactly (the generator checks the round trip).
 */

export const NEAR_MISS_VERSION = 2;

export interface NearMissPlain {
  /** Each set phrase → for each of its positions, the characters that make a near-miss there. */
  phrases: Record<string, string[]>;
}

export interface NearMissCompact {
  version: number;
  groups: string[];
  phrases: Record<string, string>;
}

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT_VALUE = new Map([...DIGITS].map((d, i) => [d, i]));

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The candidates of a position: the groups' characters less the phrase's own, sorted. */
function candidates(groups: readonly string[], ids: readonly number[], own: string): string[] {
  const set = new Set<string>();
  for (const id of ids) {
    const g = groups[id];
    if (g === undefined) throw new Error(`near-miss group ${id} does not exist`);
    for (const c of g) set.add(c);
  }
  set.delete(own);
  return [...set].sort(byCodePoint);
}

/**
 * Encode: `groupIds(phrase, k)` names the groups position k draws from (the generator's readings);
 * every kept character outside them becomes an extra.
 */
export function encodeNearMisses(
  plain: NearMissPlain,
  groups: readonly string[],
  groupIds: (phrase: string, position: number) => readonly number[],
): NearMissCompact {
  const phrases: Record<string, string> = {};
  for (const [phrase, slots] of Object.entries(plain.phrases)) {
    const chars = [...phrase];
    phrases[phrase] = slots
      .map((kept, k) => {
        const ids = groupIds(phrase, k);
        const cands = candidates(groups, ids, chars[k] ?? "");
        const keep = new Set(kept);
        let mask = "";
        if (!cands.every((c) => keep.has(c))) {
          for (let i = 0; i < cands.length; i += 6) {
            let v = 0;
            for (let j = 0; j < 6 && i + j < cands.length; j++) if (keep.has(cands[i + j])) v |= 1 << j;
            mask += DIGITS[v];
          }
        }
        const inGroups = new Set(cands);
        const extra = [...kept].filter((c) => !inGroups.has(c)).join("");
        return `${ids.map((id) => id.toString(36)).join(",")}|${mask}|${extra}`;
      })
      .join(";");
  }
  return { version: NEAR_MISS_VERSION, groups: [...groups], phrases };
}

/** Decode; throws on a malformed file (a stale or hand-edited generated file). */
export function decodeNearMisses(file: NearMissCompact): NearMissPlain {
  const phrases: Record<string, string[]> = {};
  for (const [phrase, encoded] of Object.entries(file.phrases)) {
    const chars = [...phrase];
    const slots = encoded.split(";");
    if (slots.length !== chars.length)
      throw new Error(`near-miss entry of ${phrase} has ${slots.length} positions, not ${chars.length}`);
    phrases[phrase] = slots.map((slot, k) => {
      const parts = slot.split("|");
      if (parts.length !== 3) throw new Error(`near-miss entry of ${phrase} is malformed at position ${k}`);
      const [idText, mask, extra] = parts;
      const ids = idText === "" ? [] : idText.split(",").map((s) => parseInt(s, 36));
      const cands = candidates(file.groups, ids, chars[k]);
      const out: string[] = [];
      if (mask === "") out.push(...cands);
      else {
        if (mask.length !== Math.ceil(cands.length / 6))
          throw new Error(`near-miss entry of ${phrase} has a mask of the wrong length at position ${k}`);
        for (let i = 0; i < mask.length; i++) {
          const v = DIGIT_VALUE.get(mask[i]);
          if (v === undefined)
            throw new Error(`near-miss entry of ${phrase} has a bad mask at position ${k}`);
          for (let j = 0; j < 6 && 6 * i + j < cands.length; j++)
            if (v & (1 << j)) out.push(cands[6 * i + j]);
        }
      }
      out.push(...extra);
      return out.sort(byCodePoint).join("");
    });
  }
  return { phrases };
}
