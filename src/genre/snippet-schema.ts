/**
 * The phrase library's data shape (zod): the shipped snippets (src/genre/snippets/*.ts), the user's own
 * snippets and the packs people import and export. Pure data + schemas, no logic beyond validation.
 */
import { z } from "zod";
import { PACK_LIMITS, findLimitIssue, idSchema, type LimitIssue } from "./schema-parts";

/** Categories of the library, in display order. Labels live in src/i18n/messages/phrases.ts. */
export const SNIPPET_CATEGORIES = [
  "opening",
  "political",
  "main-responsibility",
  "supervision",
  "conduct",
  "integrity",
  "ideology",
  "team",
  "institution",
  "problems",
  "next-steps",
  "closing",
  "formulations",
  "own",
] as const;
export type SnippetCategory = (typeof SNIPPET_CATEGORIES)[number];

/** The Chinese name of each category (also accepted by `lianzheng snippets --category`). */
export const CATEGORY_NAMES_ZH: Record<SnippetCategory, string> = {
  opening: "导语与过渡",
  political: "政治建设与理论学习",
  "main-responsibility": "主体责任",
  supervision: "监督执纪",
  conduct: "作风建设",
  integrity: "廉洁自律",
  ideology: "意识形态",
  team: "队伍建设",
  institution: "制度建设",
  problems: "存在问题",
  "next-steps": "整改与下步措施",
  closing: "结尾",
  formulations: "规范表述",
  own: "我的短语",
};

/** Parts of a report a snippet suits (GENRE.md section 3). */
export const REPORT_SECTIONS = ["opening", "work", "problems", "next-steps", "closing"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

const snippetIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "id: lowercase letters, digits and hyphens");

export const snippetSchema = z.strictObject({
  id: snippetIdSchema,
  title: z.string().trim().min(1).max(60),
  text: z.string().min(1).max(4000),
  /**
   * The term itself (e.g. 两个维护) when `text` explains or spells it out (坚决维护…): the term is what
   * a search's Enter inserts, `text` the secondary 插入释义. Absent: `text` is what is inserted.
   */
  term: z.string().trim().min(1).max(60).optional(),
  category: z.enum(SNIPPET_CATEGORIES),
  tags: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  /** Kinds it suits; empty = every kind. */
  kinds: z.array(idSchema).max(20).default([]),
  /** Sections it suits; empty = any section. */
  sections: z.array(z.enum(REPORT_SECTIONS)).default([]),
  /** Where a set formulation comes from. */
  source: z.string().max(200).optional(),
  /**
   * The first month it suits ("YYYY-MM"): the text cites something that began then (党纪学习教育 2024-04).
   * A report on an earlier year should not use it.
   */
  since: z
    .string()
    .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, "since: YYYY-MM")
    .optional(),
});
export type Snippet = z.output<typeof snippetSchema>;

const PACK_FORMAT = "lianzheng-snippets";

const snippetPackSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    version: z.literal(1),
    name: z.string().max(100).optional(),
    snippets: z.array(snippetSchema).max(5000),
  })
  .superRefine((pack, ctx) => {
    const seen = new Map<string, number>();
    pack.snippets.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["snippets", i, "id"],
          message: `duplicate id "${s.id}" (also entry ${first + 1})`,
          params: { kind: "duplicate-id", first: first + 1 },
        });
      } else seen.set(s.id, i);
    });
  });
export type SnippetPack = z.output<typeof snippetPackSchema>;

/** One problem of a pack, located: entry number (1-based, null for the pack itself), field path and message. */
export interface PackIssue {
  entry: number | null;
  id: string | null;
  field: string;
  /** What is wrong: a zod issue code, "duplicate-id" or "json" (the pane and CLI word it per locale). */
  code: string;
  /** Parameters of the wording: the unknown keys, the first entry of a duplicate id… */
  params?: Record<string, string | number>;
  /** The validator's own message (English), kept for "other" problems and logs. */
  message: string;
}

export type PackParseResult = { ok: true; pack: SnippetPack } | { ok: false; issues: PackIssue[] };

/** Parse and validate a pack from JSON text. Atomic: any issue means nothing is taken. */
export function parsePack(json: string): PackParseResult {
  if (json.length > PACK_LIMITS.maxChars)
    return {
      ok: false,
      issues: [limitIssue([], "too_big", `more than ${PACK_LIMITS.maxChars} characters`, [])],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return {
      ok: false,
      issues: [
        {
          entry: null,
          id: null,
          field: "",
          code: "json",
          params: { message: e instanceof Error ? e.message : String(e) },
          message: `not JSON: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
  const entries =
    raw && typeof raw === "object" && Array.isArray((raw as { snippets?: unknown }).snippets)
      ? ((raw as { snippets: unknown[] }).snippets as unknown[])
      : [];
  // Size and depth first: the schema must never meet a 3,000-deep or 20 MB value.
  const limit = findLimitIssue(raw);
  if (limit) return { ok: false, issues: [limitIssue(limit.path, limit.code, limit.message, entries)] };
  const r = snippetPackSchema.safeParse(raw);
  if (r.success) return { ok: true, pack: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((iss) => {
      const path = iss.path.map(String);
      const custom =
        iss.code === "custom" ? (iss as { params?: Record<string, string | number> }).params : undefined;
      const code = custom?.kind === "duplicate-id" ? "duplicate-id" : iss.code;
      const params: Record<string, string | number> = {};
      if (custom?.first !== undefined) params.first = custom.first;
      let field = "";
      if (iss.code === "unrecognized_keys") {
        const keys = (iss as { keys?: string[] }).keys ?? [];
        params.keys = keys.join(", ");
        field = keys.join(", ");
      }
      const base = { code, message: iss.message, ...(Object.keys(params).length ? { params } : {}) };
      if (path[0] === "snippets" && path.length >= 2 && /^\d+$/.test(path[1])) {
        const index = Number(path[1]);
        const e = entries[index];
        const id =
          e && typeof e === "object" && typeof (e as { id?: unknown }).id === "string"
            ? (e as { id: string }).id
            : null;
        return { entry: index + 1, id, field: path.slice(2).join(".") || field || "(entry)", ...base };
      }
      return { entry: null, id: null, field: path.join(".") || field || "(pack)", ...base };
    }),
  };
}

/** An issue for a value beyond PACK_LIMITS, located like the schema's issues. */
function limitIssue(
  path: (string | number)[],
  code: LimitIssue["code"],
  message: string,
  entries: unknown[],
): PackIssue {
  const p = path.map(String);
  if (p[0] === "snippets" && p.length >= 2 && /^\d+$/.test(p[1])) {
    const e = entries[Number(p[1])];
    const id =
      e && typeof e === "object" && typeof (e as { id?: unknown }).id === "string"
        ? (e as { id: string }).id
        : null;
    return { entry: Number(p[1]) + 1, id, field: p.slice(2).join(".") || "(entry)", code, message };
  }
  return { entry: null, id: null, field: p.join(".") || "(pack)", code, message };
}

/** Make a pack object (for export). */
export function makePack(snippets: readonly Snippet[], name?: string): SnippetPack {
  return { format: PACK_FORMAT, version: 1, ...(name ? { name } : {}), snippets: [...snippets] };
}
