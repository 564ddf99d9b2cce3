// Audit of the typo rule's generated near-misses against a word list (issue 10): a candidate whose
// replaced character forms a word with its neighbours (形成合力 → 形成合理: 合理) can be right across a
// word boundary, so it must not be flagged; so can a candidate whose replaced character is at an end
// next to a common word (目无法纪 → 目无法继 in 项目无法继续: 无法 + 继续). Given a word list (one word a
// line, an optional frequency column, e.g. the jieba dictionary dict.txt), writes those candidates to
// src/genre/lexicon/set-phrases-exclude.ts, which the generator (scripts/gen/typos.mjs) reads.
//
//   node scripts/typo-audit.mjs path/to/dict.txt
//
// Run it after changing the set phrases; the project ships no dictionary.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateNearMisses } from "./gen/typos.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dictPath = process.argv[2];
if (!dictPath) {
  console.error("usage: node scripts/typo-audit.mjs WORDLIST");
  process.exit(2);
}
const dict = new Set();
/** Character frequency: the sum of the frequencies of the words a character occurs in. */
const charFreq = new Map();
/** Common words (frequency column ≥ COMMON when the list has one). */
const common = new Set();
const COMMON = 1000;
for (const line of readFileSync(dictPath, "utf8").split("\n")) {
  const [w, freq] = line.split(/\s/);
  if (!w) continue;
  for (const c of w)
    if (/[\u4e00-\u9fff]/.test(c)) charFreq.set(c, (charFreq.get(c) ?? 0) + Number(freq ?? 1));
  if (w.length < 2) continue;
  dict.add(w);
  if (freq === undefined || Number(freq) >= COMMON) common.add(w);
}
// the 3,000 most frequent characters: the characters a writer's input method offers first
const CHARS = 3000;
const commonChars = [...charFreq.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, CHARS)
  .map(([c]) => c)
  .join("");
const charLines = [];
for (let i = 0; i < commonChars.length; i += 60) charLines.push(commonChars.slice(i, i + 60));
writeFileSync(
  join(root, "src/genre/lexicon/common-chars.ts"),
  `/**
 * The ${CHARS} most frequent Han characters (by the summed frequencies of the words they occur in, in
 * the jieba dictionary, MIT), written by scripts/typo-audit.mjs: the characters the near-miss
 * generator (scripts/gen/typos.mjs) may put in place of a set phrase's character. Build time only.
 */
export const commonChars = \`
${charLines.join("\n")}
\`;
`,
);

const { data } = generateNearMisses({ exclude: new Set(), commonChars });
const excluded = [];
let total = 0;
for (const [phrase, slots] of Object.entries(data.phrases)) {
  slots.forEach((chars, k) => {
    for (const c of chars) {
      total++;
      const v = phrase.slice(0, k) + c + phrase.slice(k + 1);
      let word = dict.has(v);
      for (let a = Math.max(0, k - 3); a <= k && !word; a++)
        for (let b = k + 1; b <= Math.min(v.length, a + 4) && !word; b++)
          if (b - a >= 2 && dict.has(v.slice(a, b))) word = true;
      // an edge character next to a common word: the window can be word + start of the next word
      // (目无法纪 → 目无法继 in 项目无法继续)
      if (!word && k === v.length - 1 && common.has(v.slice(k - 2, k))) word = true;
      if (!word && k === 0 && common.has(v.slice(1, 3))) word = true;
      if (word) excluded.push(v);
    }
  });
}
excluded.sort();
const lines = [];
for (let i = 0; i < excluded.length; i += 12) lines.push(excluded.slice(i, i + 12).join(" "));
const out = `/**
 * Near-miss candidates of the set phrases that are NOT flagged: the replaced character forms a word
 * with its neighbours (形成合理 has 合理), so the string can be right across a word boundary.
 * Written by scripts/typo-audit.mjs from a word list (the jieba dictionary, MIT); ${excluded.length} of
 * ${total} candidates. Regenerate after changing src/genre/lexicon/set-phrases.ts.
 */
export const nearMissExclusions = \`
${lines.join("\n")}
\`;
`;
writeFileSync(join(root, "src/genre/lexicon/set-phrases-exclude.ts"), out);
console.log(`typo-audit: ${excluded.length} of ${total} candidates excluded (${dict.size} words)`);
