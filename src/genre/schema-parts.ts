/** Schema pieces the genre's data schemas share (ids, bilingual names, bounded regular expressions). */
import { z } from "zod";

/** A stable id: lowercase letters, digits and hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "id: lowercase letters, digits and hyphens" })
  .max(64);

/** A name in both languages of the add-in. */
export const localizedSchema = z.object({
  "zh-CN": z.string().trim().min(1).max(200),
  "en-US": z.string().trim().min(1).max(200),
});

/** A regular expression's source, as data (packs are JSON): must compile, at most 400 characters. */
export const regexSourceSchema = z
  .string()
  .min(1)
  .max(400)
  .refine(
    (s) => {
      try {
        new RegExp(s, "u");
        return true;
      } catch {
        return false;
      }
    },
    { message: "not a valid regular expression" },
  );

/**
 * Limits of the JSON packs an organisation may import (template, kind and snippet packs), checked before
 * the schema sees the data: a pack beyond them is refused with the entry and field named, never with a
 * stack overflow. Generous: the whole shipped phrase library exports to about 190 KB, depth 4, with no
 * string over 200 characters.
 */
export const PACK_LIMITS = {
  /** Characters of the pack's JSON text. */
  maxChars: 2 * 1024 * 1024,
  /** Nesting of objects and arrays. */
  maxDepth: 32,
  /** Characters of any one string (a title, a paragraph, a snippet). */
  maxString: 20_000,
  /** Values in the whole pack. */
  maxValues: 200_000,
} as const;

/** A value beyond PACK_LIMITS: where it is and what is wrong ("too_big" for size, "too_deep"). */
export interface LimitIssue {
  path: (string | number)[];
  code: "too_big" | "too_deep";
  message: string;
}

/** The first place where parsed JSON passes PACK_LIMITS, or null (iterative: any depth is safe). */
export function findLimitIssue(value: unknown, limits = PACK_LIMITS): LimitIssue | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  let values = 0;
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (++values > limits.maxValues)
      return { path: [], code: "too_big", message: `more than ${limits.maxValues} values` };
    if (typeof v === "string") {
      if (v.length > limits.maxString)
        return { path, code: "too_big", message: `longer than ${limits.maxString} characters` };
      continue;
    }
    if (!v || typeof v !== "object") continue;
    if (path.length >= limits.maxDepth)
      return { path, code: "too_deep", message: `nested deeper than ${limits.maxDepth} levels` };
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({ v: entries[i][1], path: [...path, entries[i][0]] });
  }
  return null;
}
