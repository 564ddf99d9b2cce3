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
