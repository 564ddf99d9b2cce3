/**
 * The year-aware data an organisation's pack may add (issue 14): dated references (its own plenums,
 * local regulations, campaigns; or a correction of a shipped entry, by id) and year rows (the 中央纪委全会,
 * 学习教育 and plan period of a year the shipped data does not have yet, or the organisation's own plenum of
 * a year). Same shapes as src/genre/dated-refs.ts and src/genre/year-items.ts, validated with zod.
 */
import { z } from "zod";
import { MIN_YEAR, MAX_YEAR } from "../terms";
import { idSchema } from "./schema-parts";

/** A month, "YYYY-MM". */
const monthSchema = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, { message: "YYYY-MM" });

export const datedRefSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().trim().min(1).max(120),
    /** Literal strings that cite it (at least two characters each). */
    patterns: z.array(z.string().trim().min(2).max(120)).min(1).max(20),
    since: monthSchema,
    until: monthSchema.optional(),
    replacedBy: z.string().trim().min(1).max(120).optional(),
    source: z.string().trim().min(1).max(300),
    confirmed: z.boolean().optional(),
  })
  .refine((r) => r.until === undefined || r.until >= r.since, {
    message: "until is before since",
    path: ["until"],
  });

const yearItemSchema = z.strictObject({
  name: z.string().trim().min(2).max(80),
  /** The id of a dated reference (the pack's or a shipped one). */
  ref: idSchema,
});

export const yearRowSchema = z.strictObject({
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  plenum: yearItemSchema,
  campaign: yearItemSchema.optional(),
  /** The five-year plan period, e.g. 十五五. */
  plan: z
    .string()
    .trim()
    .regex(/^十[一二三四五六七八九]?五$/, { message: "plan period, e.g. 十五五" }),
  /** The organisation's own plenum of the year (省纪委全会 …): also flagged when a later report studies it as current. */
  localPlenum: yearItemSchema.optional(),
});
export type YearRowInput = z.infer<typeof yearRowSchema>;
