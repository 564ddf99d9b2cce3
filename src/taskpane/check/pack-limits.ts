/** Largest rule-pack file the 检查 tab accepts (here apart from pack.ts, which loads the schemas). */
export const PACK_MAX_BYTES = 256 * 1024;
