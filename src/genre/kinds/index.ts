/**
 * Report-kind profiles: the schema (zod, for organisations' packs) and the built-in kinds. Code on a
 * start-up path imports ./builtin (plain data) so that zod is not loaded.
 */
export { kindProfileSchema, kindPartSchema, kindContentSchema } from "./schema";
export type { KindProfile, KindProfileInput, KindPart, KindContent } from "./schema";
export { KINDS, STANDARD_PARTS } from "./builtin";
