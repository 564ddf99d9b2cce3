/**
 * The shipped phrase library: the handwritten categories plus the set formulations generated from the
 * checker's dictionary. Data only; the build-time index (pinyin) is src/genre/generated/snippet-index.json.
 */
import type { Snippet } from "../snippet-schema";
import { closingSnippets } from "./closing";
import { conductSnippets } from "./conduct";
import { ideologySnippets } from "./ideology";
import { institutionSnippets } from "./institution";
import { integritySnippets } from "./integrity";
import { nextStepsSnippets } from "./next-steps";
import { openingSnippets } from "./opening";
import { politicalSnippets } from "./political";
import { problemsSnippets } from "./problems";
import { responsibilitySnippets } from "./responsibility";
import { supervisionSnippets } from "./supervision";
import { teamSnippets } from "./team";
import { kindSnippets } from "./kinds";
import { formulationSnippets } from "./formulations";
import { formulations } from "../formulations";

/** The handwritten snippets, category by category. */
export const handwrittenSnippets: readonly Snippet[] = [
  ...openingSnippets,
  ...politicalSnippets,
  ...responsibilitySnippets,
  ...supervisionSnippets,
  ...conductSnippets,
  ...integritySnippets,
  ...ideologySnippets,
  ...teamSnippets,
  ...institutionSnippets,
  ...problemsSnippets,
  ...nextStepsSnippets,
  ...closingSnippets,
  ...kindSnippets,
];

/** The whole shipped library: set formulations first (they are the most searched), then the rest. */
export const librarySnippets: readonly Snippet[] = [
  ...formulationSnippets(formulations),
  ...handwrittenSnippets,
];
