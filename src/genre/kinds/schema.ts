/**
 * The shape of a report-kind profile (zod): everything the add-in knows about one kind of report, in one
 * record. The built-in kinds are in ./builtin.ts; an organisation's pack may add more (template-schema.ts).
 *
 * Detection (core/kinds.ts) tests the `cues` against the title, then the opening's transition sentence,
 * the opening and the head of the text; the required-sections rule classifies the level-1 headings by the
 * `parts`' heading patterns (a part without one takes every other heading: the report's work); the
 * document-parts rules read `addressee` and `periodInTitle`.
 */
import { z } from "zod";
import { idSchema, localizedSchema, regexSourceSchema } from "../schema-parts";

const kindPartSchema = z.strictObject({
  /** Stable id within the kind, e.g. "problems". */
  id: idSchema,
  /** The part's name in findings, e.g. 存在的问题. */
  name: localizedSchema,
  /** Pattern of the level-1 headings that open this part; absent: the part takes every other heading. */
  headings: regexSourceSchema.optional(),
  /** Pattern that finds this part written as a closing paragraph without a heading. */
  closing: regexSourceSchema.optional(),
  /** false: the part is usual but not required (no finding when it is absent). */
  required: z.boolean().default(true),
});
export type KindPart = z.output<typeof kindPartSchema>;

const kindContentSchema = z.strictObject({
  id: idSchema,
  /** What the content is, e.g. 述廉（个人廉洁自律、执行中央八项规定精神）. */
  name: localizedSchema,
  /** Pattern of wording that shows the content is there (anywhere in the text). */
  cue: regexSourceSchema,
});
export type KindContent = z.output<typeof kindContentSchema>;

export const kindProfileSchema = z.strictObject({
  id: idSchema,
  /** The kind's full name (the pane's kind picker, `lianzheng new --list`). */
  name: localizedSchema,
  /** A short name for running text (“缺少…部分（{shortName}通常包含此部分）”, the phrase filter). */
  shortName: localizedSchema,
  /** Patterns whose presence in the title or opening names this kind. Kinds are tried in order. */
  cues: z.array(regexSourceSchema).min(1).max(20),
  /** The id of the template that writes this kind. */
  template: idSchema.optional(),
  /** "expected": a report of this kind goes to an addressee (info when there is none). */
  addressee: z.enum(["expected", "optional"]).default("optional"),
  /** A document with an addressee but no cue of any kind is taken to be this kind. */
  impliedByAddressee: z.boolean().default(false),
  /** The title names the period (第一季度, 上半年). */
  periodInTitle: z.boolean().default(false),
  /** false: the title need not name the year (a 巡察整改进展情况报告 names the inspection instead). */
  yearInTitle: z.boolean().default(true),
  /**
   * Pattern of the 文种 the title may end with besides 报告 (对照检查材料 ends with 材料), e.g. "材料|发言提纲";
   * absent: only 报告 (title-form flags 总结, 材料, 汇报…).
   */
  titleGenre: regexSourceSchema.optional(),
  /** The parts of the report, in their order. */
  parts: z.array(kindPartSchema).min(1).max(12),
  /**
   * A required part written as a closing paragraph without a heading: "info" where that is accepted
   * practice for the kind, "warning" where it is not.
   */
  closingParts: z.enum(["info", "warning"]).default("warning"),
  /** Content that must be there somewhere (a 述责述廉 report covers both 述责 and 述廉). */
  content: z.array(kindContentSchema).max(12).default([]),
});
export type KindProfile = z.output<typeof kindProfileSchema>;
export type KindProfileInput = z.input<typeof kindProfileSchema>;
