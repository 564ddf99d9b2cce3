/**
 * Shape of the wrong-character lexicon (错别字, issue 10 class 1): groups of lines, each line the right
 * form followed by its wrong forms, separated by spaces:
 *
 *     以身作则 以身做则 以身座则
 *
 * A plain wrong form is wrong in every context (the whole form is replaced by the right one). A wrong
 * form with a bracketed part carries the context that decides it: only the bracketed part is wrong,
 * and the right form replaces that part (`权力 手中的[权利]`: 权利 after 手中的 becomes 权力).
 *
 * The tables are data; the rule (src/core/rules/typo.ts) parses the lines, the tests validate every
 * group with this schema. Validation is not run in the task pane (it needs no zod for this).
 */
import { z } from "zod";

/** One Han word or phrase, possibly with full-width punctuation inside (、 in a list, “” marks). */
const FORM = "[\\u3400-\\u4dbf\\u4e00-\\u9fff“”、·（）0-9]+";
/** A wrong form: plain, or with one bracketed part that is the wrong text (context around it). */
const WRONG = `(?:${FORM}|(?:${FORM})?\\[${FORM}\\](?:${FORM})?)`;
const TYPO_LINE = new RegExp(`^${FORM}(?: ${WRONG})+$`);

export const typoGroupSchema = z.object({
  /** Stable kebab-case id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Where the right forms come from (a standard, a dictionary, a regulation), zh-CN. */
  source: z.string().min(4),
  /**
   * error: the wrong form is a misspelling in every context; warning: a form the norm does not
   * recommend (异形词) or one decided by context; info: a usage note.
   */
  severity: z.enum(["error", "warning", "info"]),
  /**
   * How the finding words it: misspelling (a wrong character), variant (a form the norm does not
   * recommend), context (a slip decided by the words around it).
   */
  kind: z.enum(["misspelling", "variant", "context"]),
  /**
   * Why the forms are wrong, shown in the finding: zh-CN and en-US, both or neither (the variant
   * group's reason is in its message already).
   */
  note: z.object({ "zh-CN": z.string().min(2), "en-US": z.string().min(2) }).optional(),
  /** One entry a line: the right form, then its wrong forms (see the file comment). */
  lines: z.string().refine(
    (s) =>
      s
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l.length > 0)
        .every((l) => TYPO_LINE.test(l)),
    { message: "every line is: right wrong1 wrong2 …, a context in one [bracketed] part" },
  ),
});

export type TypoGroup = z.infer<typeof typoGroupSchema>;

/**
 * A set phrase (四字格, fixed genre phrase) checked for one-character near-misses: the build-time
 * generator (scripts/gen/typo-near-miss.mjs) writes the forms with one character replaced by one of
 * the same pinyin (tone ignored) or of a similar shape.
 */
export const setPhraseGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  source: z.string().min(4),
  /** The phrases, separated by spaces or new lines; each 4 to 13 Han characters (the longest: 新时代中国特色社会主义思想). */
  phrases: z.string().refine(
    (s) =>
      s
        .split(/\s+/)
        .filter((p) => p.length > 0)
        .every((p) => /^[\u4e00-\u9fff]{4,13}$/.test(p)),
    { message: "phrases are 4 to 13 Han characters, separated by spaces" },
  ),
});

export type SetPhraseGroup = z.infer<typeof setPhraseGroupSchema>;
