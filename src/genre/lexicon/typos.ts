/**
 * The wrong-character lexicon (错别字) and the set phrases checked for near-misses, all groups in
 * one list each. Data only: the typo rule (src/core/rules/typo.ts) reads it; nothing the task pane
 * loads at start-up imports it (it reaches the pane with the 检查 tab's chunk).
 */
import type { TypoGroup } from "./typos-schema";
import { idiomTypos } from "./typos-idioms";
import { wordTypos } from "./typos-words";
import { variantTypos } from "./typos-variants";
import { contextTypos } from "./typos-context";

// The set phrases (./set-phrases.ts) are read by the build-time generator and the tests only: the
// pane gets their near-misses from src/genre/generated/typo-near-miss.json.

export const typoGroups: readonly TypoGroup[] = [
  ...idiomTypos,
  ...wordTypos,
  ...contextTypos,
  ...variantTypos,
];
