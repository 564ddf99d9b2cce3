/**
 * Schemas of report templates, section scaffolds and organisation packs (data, validated with zod).
 *
 * Text in the data may carry field tokens (rendered by core/fields.ts):
 * - form fields `{year}` `{unit}` `{name}` `{post}` `{to}` `{date}` `{period}`, filled from the short form
 *   before inserting; left empty they render as 【请填写年度】 etc.;
 * - guidance `{?what to write}` (a phrase, never with its final punctuation: the data puts 。 after it) and
 *   figures `{#what to count}`; both render as 【请填写…】 for the writer to replace.
 */
import { z } from "zod";
import { kindProfileSchema, type KindProfile } from "./kinds";
import { PACK_LIMITS, findLimitIssue, idSchema, localizedSchema as localized } from "./schema-parts";
import { datedRefSchema, yearRowSchema } from "./year-data-schema";
import { datedRefs } from "./dated-refs";

/** Form fields a template can ask for. */
const FORM_FIELDS = ["year", "period", "unit", "name", "post", "to", "date"] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Themes of the scaffolds (issue 4). */
export const THEMES = [
  "political",
  "study",
  "main-responsibility",
  "dual-duty",
  "supervision",
  "conduct",
  "integrity",
  "ideology",
  "cadres",
  "institutions",
  "inspection",
  "audit",
  "livelihood",
  "warning",
  "family",
  "problems",
  "next-steps",
  "law",
] as const;
export type Theme = (typeof THEMES)[number];

/** A section: a heading (without its marker), body paragraphs and sub-sections. */
export interface SectionData {
  /** Heading text without the marker and without final punctuation, e.g. 主要工作情况. */
  heading: string;
  /**
   * Run-in heading (levels 2-4): the heading sentence ends with 。 and the first body paragraph continues in
   * the same paragraph. Ignored at level 1, whose heading always stands on its own line.
   */
  runIn?: boolean;
  body?: string[];
  children?: SectionData[];
  /** "skip": the children skip a level (一、 directly followed by 1., accepted practice). */
  childStyle?: "next" | "skip";
}

const headingText = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((s) => !/[。，；：、.]$/.test(s), { message: "heading must not end with punctuation" })
  .refine(
    (s) => !/^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/.test(s),
    {
      message: "heading must not carry its marker (numbers are assigned on insertion)",
    },
  );

const sectionSchema: z.ZodType<SectionData> = z.lazy(() =>
  z.object({
    heading: headingText,
    runIn: z.boolean().optional(),
    body: z.array(z.string().trim().min(1)).optional(),
    children: z.array(sectionSchema).optional(),
    childStyle: z.enum(["next", "skip"]).optional(),
  }),
);

export const templateSchema = z.object({
  id: idSchema,
  /** The kind of GENRE.md section 2 the template writes (its id, or the id of a related kind). */
  kind: idSchema,
  name: localized,
  description: localized,
  /** The form fields it asks for (in form order). */
  fields: z.array(z.enum(FORM_FIELDS)).min(1),
  title: z.string().trim().min(1),
  addressee: z.string().trim().min(1).optional(),
  opening: z.array(z.string().trim().min(1)).min(1),
  sections: z.array(sectionSchema).min(1),
  closing: z.string().trim().min(1).optional(),
  signature: z.array(z.string().trim().min(1)).min(1),
  date: z.literal(true).or(z.literal(false)),
});
export type TemplateData = z.infer<typeof templateSchema>;

export const scaffoldSchema = z.object({
  id: idSchema,
  theme: z.enum(THEMES),
  name: localized,
  /** Extra words the search matches (synonyms, formulations). */
  keywords: z.array(z.string().trim().min(1)).optional(),
  /** The level the section naturally has in a report (1: a whole part, such as 存在的问题). */
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  section: sectionSchema,
});
export type ScaffoldData = z.infer<typeof scaffoldSchema>;

/**
 * An organisation's pack of templates, scaffolds and report kinds (JSON). A kind added by a pack is
 * detected and checked like a built-in one; its `template` names a template of the pack or a built-in one.
 */
export const packSchema = z.object({
  format: z.literal("lianzheng-pack"),
  version: z.literal(1),
  name: z.string().trim().min(1).optional(),
  templates: z.array(templateSchema).optional(),
  scaffolds: z.array(scaffoldSchema).optional(),
  kinds: z.array(kindProfileSchema).max(50).optional(),
  /** Dated references (its own plenums, local regulations…; an entry with a shipped id replaces it). */
  references: z.array(datedRefSchema).max(500).optional(),
  /** Year rows (plenum, campaign, plan period, own plenum); a row replaces the shipped row of its year. */
  yearItems: z.array(yearRowSchema).max(100).optional(),
});
export type PackData = z.infer<typeof packSchema>;

/** One problem of an invalid pack: which entry, which field, what kind of problem. */
export interface PackIssue {
  /** "templates" | "scaffolds" | "kinds" | "references" | "yearItems" | "" (the pack itself). */
  list: string;
  /** Index in the list, -1 for the pack itself. */
  index: number;
  /** The entry's id when it has one. */
  id: string | null;
  /** Path of the field inside the entry, e.g. "section.children.0.heading" ("" for the entry itself). */
  field: string;
  /** zod's issue code (invalid_type, too_small, custom …) or "duplicate-id" / "unknown-ref" / "json". */
  code: string;
  /** zod's own (English) message, for the log. */
  detail: string;
}

export type PackResult = { ok: true; pack: PackData } | { ok: false; issues: PackIssue[] };

const PACK_LISTS = new Set(["templates", "scaffolds", "kinds", "references", "yearItems"]);

/** The id an entry goes by in messages (a year row by its year). */
function entryId(entry: Record<string, unknown> | undefined): string | null {
  if (typeof entry?.id === "string") return entry.id;
  if (typeof entry?.year === "number") return String(entry.year);
  return null;
}

/**
 * Validate an organisation's pack (parsed JSON or its text). Invalid packs import nothing: the result lists
 * every problem by entry and field.
 */
export function validatePack(input: unknown): PackResult {
  let data = input;
  if (typeof input === "string") {
    if (input.length > PACK_LIMITS.maxChars)
      return {
        ok: false,
        issues: [
          {
            list: "",
            index: -1,
            id: null,
            field: "(pack)",
            code: "too_big",
            detail: `more than ${PACK_LIMITS.maxChars} characters`,
          },
        ],
      };
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch (e) {
      return {
        ok: false,
        issues: [
          {
            list: "",
            index: -1,
            id: null,
            field: "",
            code: "json",
            detail: e instanceof Error ? e.message : String(e),
          },
        ],
      };
    }
  }
  // Size and depth first: the schema must never meet a 3,000-deep or 20 MB value.
  const limit = findLimitIssue(data);
  const parsed = limit
    ? {
        success: false as const,
        error: { issues: [{ path: limit.path, code: limit.code, message: limit.message }] },
      }
    : packSchema.safeParse(data);
  const issues: PackIssue[] = [];
  const record = data as Record<string, unknown> | null;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [list, index, ...rest] = issue.path;
      const isEntry = typeof list === "string" && PACK_LISTS.has(list) && typeof index === "number";
      const entries = isEntry ? (record?.[list as string] as unknown[]) : undefined;
      const entry = isEntry ? (entries?.[index as number] as Record<string, unknown> | undefined) : undefined;
      issues.push({
        list: isEntry ? String(list) : "",
        index: isEntry ? (index as number) : -1,
        id: entryId(entry),
        field: (isEntry ? rest : issue.path).map(String).join("."),
        code: issue.code,
        detail: issue.message,
      });
    }
    return { ok: false, issues };
  }
  for (const list of ["templates", "scaffolds", "kinds", "references"] as const) {
    const seen = new Set<string>();
    (parsed.data[list] ?? []).forEach((e, index) => {
      if (seen.has(e.id))
        issues.push({
          list,
          index,
          id: e.id,
          field: "id",
          code: "duplicate-id",
          detail: `duplicate id ${e.id}`,
        });
      seen.add(e.id);
    });
  }
  // A year once; every item names a dated reference of the pack or a shipped one.
  const refIds = new Set([...datedRefs.map((r) => r.id), ...(parsed.data.references ?? []).map((r) => r.id)]);
  const years = new Set<number>();
  (parsed.data.yearItems ?? []).forEach((row, index) => {
    const id = String(row.year);
    if (years.has(row.year))
      issues.push({
        list: "yearItems",
        index,
        id,
        field: "year",
        code: "duplicate-id",
        detail: `duplicate year ${id}`,
      });
    years.add(row.year);
    for (const what of ["plenum", "campaign", "localPlenum"] as const) {
      const item = row[what];
      if (item && !refIds.has(item.ref))
        issues.push({
          list: "yearItems",
          index,
          id,
          field: `${what}.ref`,
          code: "unknown-ref",
          detail: `no dated reference ${item.ref}`,
        });
    }
  });
  return issues.length ? { ok: false, issues } : { ok: true, pack: parsed.data };
}

/** A pack of the given entries, ready for JSON.stringify. */
export function makePack(
  templates: readonly TemplateData[],
  scaffolds: readonly ScaffoldData[],
  name?: string,
  kinds: readonly KindProfile[] = [],
): PackData {
  return {
    format: "lianzheng-pack",
    version: 1,
    ...(name ? { name } : {}),
    templates: [...templates],
    scaffolds: [...scaffolds],
    ...(kinds.length ? { kinds: [...kinds] } : {}),
  };
}
