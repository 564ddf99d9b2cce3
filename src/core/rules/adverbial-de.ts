/**
 * adverbial-de: 的 written for 地 between an adverbial adjective and its verb (较好的完成了任务,
 * 认真的听，认真的记), from the curated lists of src/genre/lexicon/adverbial-de.ts. A warning, and only
 * where the verb is plainly a verb: followed by an object, 了/着 or a mark, not by a noun that makes it
 * a modifier (有效的落实机制) and not after a light verb that makes it a noun (得到了有效的落实).
 */
import { rulesText } from "../../i18n/messages/rules";
import {
  DE_ADVERBS,
  DE_DEGREE,
  DE_LIGHT_VERBS,
  DE_NOUNS,
  DE_SHORT_VERBS,
  DE_SUFFIXES,
  DE_VERBS,
} from "../../genre/lexicon/adverbial-de";
import { isHan, localized } from "./util";
import { paragraphRule } from "./types";

const ADVERBS = new Set<string>(DE_ADVERBS);
const VERBS = new Set<string>(DE_VERBS);
const SHORT_VERBS = new Set<string>(DE_SHORT_VERBS);

/** Whether the words before `at` end with a light verb (degree words and 了 skipped). */
function afterLightVerb(s: string, at: number): boolean {
  let end = at;
  for (let moved = true; moved;) {
    moved = false;
    for (const d of DE_DEGREE)
      if (end >= d.length && s.startsWith(d, end - d.length)) {
        end -= d.length;
        moved = true;
        break;
      }
  }
  return DE_LIGHT_VERBS.some((v) => end >= v.length && s.startsWith(v, end - v.length));
}

/** Whether the verb ending at `end` is used as a verb: an object, 了/着/好 or a mark follows. */
function verbUse(s: string, end: number, short: boolean): boolean {
  if (end >= s.length) return true;
  const next = s[end];
  if (!isHan(s.charCodeAt(end))) return true;
  if ("了着".includes(next)) return true;
  if (short) return next === "好";
  if (DE_SUFFIXES.includes(next)) return false;
  return !DE_NOUNS.some((n) => s.startsWith(n, end));
}

export const adverbialDe = paragraphRule(
  {
    id: "adverbial-de",
    category: "wording",
    severity: "warning",
    sourceKind: "practice",
    source: {
      "zh-CN": "《现代汉语词典》（第7版）“地”（状语的标志）、“的”（定语的标志）",
      "en-US": "Contemporary Chinese Dictionary (7th ed.): 地 marks an adverbial, 的 an attribute",
    },
    fixable: true,
    description: {
      "zh-CN": "状语与动词之间应用“地”（如“较好地完成”“认真地听”），不用“的”。",
      "en-US": "An adverbial before a verb takes 地 (较好地完成, 认真地听), not 的.",
    },
  },
  (pc) => {
    const s = pc.text;
    for (let i = s.indexOf("的", 2); i >= 0; i = s.indexOf("的", i + 1)) {
      const adverb = s.slice(i - 2, i);
      if (!ADVERBS.has(adverb)) continue;
      const verb2 = s.slice(i + 1, i + 3);
      const verb1 = s.slice(i + 1, i + 2);
      let ok = false;
      if (VERBS.has(verb2)) ok = verbUse(s, i + 3, false);
      else if (SHORT_VERBS.has(verb1)) ok = verbUse(s, i + 2, true);
      if (!ok || afterLightVerb(s, i - 2)) continue;
      const verb = VERBS.has(verb2) ? verb2 : verb1;
      pc.report(i, 1, localized(rulesText, "de.adverbial", { adverb, verb }), "地");
    }
  },
);
