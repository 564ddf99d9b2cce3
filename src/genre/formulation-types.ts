/**
 * A standard political formulation (规范表述, GENRE.md section 7): the checker's dictionary and the
 * phrase library's set formulations both read the entries of src/genre/formulations.ts.
 */
export interface WrongForm {
  /** The wrong wording as it appears in text. */
  text: string;
  /** What replaces it (defaults to the entry's canonical form). */
  fix?: string;
  severity?: "error" | "warning" | "info";
  /** Why it is wrong, zh-CN. */
  note?: string;
  /**
   * An outdated wording: right before this date ("YYYY-MM"), superseded from it on. Flagged only in a
   * report whose year is known and not earlier than this year.
   */
  since?: string;
  /**
   * A verb written before a term (增强“两个维护”): wrong only where the term ends the verb's object,
   * not where a noun follows the term (增强“两个维护”意识: the verb governs the noun) nor 的 and one
   * of these nouns (增强“两个维护”的政治自觉). 和、与、及 after the term do not end the object.
   */
  verbObject?: { nounsAfterDe: readonly string[] };
}

export interface Formulation {
  /** Stable kebab-case id, e.g. "liangge-weihu". */
  id: string;
  /** Short name, e.g. 两个维护. */
  name: string;
  /** The canonical wording. */
  canonical: string;
  /** Accepted variant wordings (never flagged). */
  variants?: string[];
  wrong?: WrongForm[];
  /** The usual collocations, e.g. 坚决做到“两个维护”. */
  collocations?: string[];
  /** Where the wording comes from (document, article, date). */
  source: string;
  /** Theme, for the phrase library. */
  theme?: string;
  /** When the wording was first used, "YYYY-MM" (where known). */
  since?: string;
  /** false: the wording or its date could not be checked against a primary source (never error level). */
  confirmed?: boolean;
}
