/**
 * Report-kind profiles: the schema (zod, for organisations' packs) and the built-in kinds. Code on a
 * start-up path imports ./builtin (plain data) so that zod is not loaded.
 */
export { kindProfileSchema } from "./schema";
export type { KindProfile } from "./schema";
export { KINDS } from "./builtin";
