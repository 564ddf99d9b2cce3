// Build-time generator of the typo rule's near-misses (issue 10 class 1): for each set phrase of
// src/genre/lexicon/set-phrases.ts, the forms with one character replaced by a character of the
// same or a near pinyin (pinyin-pro, tones ignored; z/zh, c/ch, s/sh, -n/-ng are near) or of a
// similar shape (lookAlikeGroups). Candidates are limited to characters that occur in the genre's
// own texts and the lexicon's right forms, and the 3,000 most frequent characters
// (src/genre/lexicon/common-chars.ts): the characters an input method offers. They are dropped when:
//   - the candidate is a right form (another phrase, a lexicon right form) or a lexicon wrong form
//     (the lexicon reports those itself, at its own severity);
//   - the candidate occurs in the shipped snippets, templates, scaffolds, formulations or fixtures;
//   - the replaced character forms, with a neighbour in the candidate, a two-character sequence
//     that occurs in those texts, or a word of the list of exclusions (src/genre/lexicon/
//     set-phrases-exclude.ts, written by scripts/typo-audit.mjs from a word list: 形成合力 → 形成合理
//     has 合理, the sequence can be right).
// Writes src/genre/generated/typo-near-miss.json (git-ignored) in the compact form of
// src/core/near-miss-codec.ts (each reading's characters once, a bit per candidate), which decodes to
// { phrases: { phrase: [chars that may replace position 0, 1, …] } }. Run by `npm run gen`.
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Buffer } from "node:buffer";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const HAN = /[\u4e00-\u9fff]/g;

/** Every Han string of a module's exports (deep). */
function strings(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Near pinyin: the syllable itself and its flat/retroflex, n/l and front/back nasal twins. */
function nearSyllables(s) {
  const out = new Set([s]);
  const initials = [
    ["zh", "z"],
    ["ch", "c"],
    ["sh", "s"],
  ];
  for (const [a, b] of initials) {
    if (s.startsWith(a)) out.add(b + s.slice(a.length));
    else if (s.startsWith(b)) out.add(a + s.slice(b.length));
  }
  for (const x of [...out]) {
    if (/(an|en|in)$/.test(x)) out.add(x + "g");
    else if (/(ang|eng|ing)$/.test(x)) out.add(x.slice(0, -1));
  }
  return out;
}

/** The genre texts that must stay silent, one string each. */
export function genreTexts() {
  require("../ts-hook.cjs");
  const texts = [];
  for (const m of [
    "src/genre/snippets/index.ts",
    "src/genre/templates/index.ts",
    "src/genre/scaffolds/index.ts",
    "src/genre/formulations.ts",
  ])
    strings(require(join(root, m)), texts);
  const fixtures = join(root, "test/fixtures/text");
  for (const f of readdirSync(fixtures))
    if (f.endsWith(".txt")) texts.push(readFileSync(join(fixtures, f), "utf8"));
  return texts;
}

/** The words of pinyin-pro's dictionary (its polyphone words; a few thousand). */
function pinyinProWords() {
  const src = readFileSync(require.resolve("pinyin-pro"), "utf8");
  return src.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
}

/** Parse the lexicon lines: [right, wrong (brackets removed), wrong text only] per wrong form. */
function lexiconForms(groups) {
  const rights = new Set();
  const wrongs = new Set();
  for (const g of groups)
    for (const line of g.lines.split("\n")) {
      const [right, ...ws] = line.trim().split(" ");
      if (!right) continue;
      rights.add(right);
      for (const w of ws) wrongs.add(w.replace(/[[\]]/g, ""));
    }
  return { rights, wrongs };
}

export function generateNearMisses(options = {}) {
  require("../ts-hook.cjs");
  const { pinyin } = require("pinyin-pro");
  const { typoGroups } = require(join(root, "src/genre/lexicon/typos.ts"));
  const { setPhraseGroups, lookAlikeGroups } = require(join(root, "src/genre/lexicon/set-phrases.ts"));
  const exclude =
    options.exclude ??
    new Set(require(join(root, "src/genre/lexicon/set-phrases-exclude.ts")).nearMissExclusions.split(/\s+/));
  const texts = genreTexts();
  const joined = texts.join("\n");
  const { rights, wrongs } = lexiconForms(typoGroups);
  const phrases = [
    ...new Set(setPhraseGroups.flatMap((g) => g.phrases.split(/\s+/).filter((p) => p.length > 0))),
  ];
  const phraseSet = new Set(phrases);

  // the characters writers of these reports use
  const common = new Set(joined.match(HAN) ?? []);
  for (const f of [...rights, ...phrases]) for (const c of f.match(HAN) ?? []) common.add(c);
  const frequent =
    options.commonChars ?? require(join(root, "src/genre/lexicon/common-chars.ts")).commonChars;
  for (const c of frequent.match(HAN) ?? []) common.add(c);
  for (const g of lookAlikeGroups) for (const c of g) common.add(c);

  // reading → characters (the main reading of each character)
  const byReading = new Map();
  for (const c of common) {
    const r = pinyin(c, { toneType: "none" });
    let list = byReading.get(r);
    if (!list) byReading.set(r, (list = new Set()));
    list.add(c);
  }
  const lookAlike = new Map();
  for (const g of lookAlikeGroups)
    for (const c of g) lookAlike.set(c, new Set([...(lookAlike.get(c) ?? []), ...g]));

  // two-character sequences that can be words: those of the genre's texts, of the lexicon's right
  // forms and of pinyin-pro's word dictionary (a stand-in for a word list)
  const bigrams = new Set();
  const words = [...texts, ...rights, ...phrases, ...pinyinProWords()];
  for (const t of words) for (let i = 0; i + 1 < t.length; i++) bigrams.add(t.slice(i, i + 2));

  const out = {};
  // the readings each position draws from, for the compact form (reading → group index)
  const groupIndex = new Map();
  const slotGroups = new Map();
  let count = 0;
  for (const phrase of phrases) {
    const readings = pinyin(phrase, { toneType: "none", type: "array" });
    const slots = [];
    for (let k = 0; k < phrase.length; k++) {
      const cands = new Set();
      const ids = [];
      for (const r of nearSyllables(readings[k] ?? "")) {
        const chars = byReading.get(r);
        if (!chars) continue;
        if (!groupIndex.has(r)) groupIndex.set(r, groupIndex.size);
        ids.push(groupIndex.get(r));
        for (const c of chars) cands.add(c);
      }
      slotGroups.set(`${phrase}:${k}`, ids);
      for (const c of lookAlike.get(phrase[k]) ?? []) cands.add(c);
      cands.delete(phrase[k]);
      let chars = "";
      for (const c of [...cands].sort()) {
        const v = phrase.slice(0, k) + c + phrase.slice(k + 1);
        if (exclude.has(v) || phraseSet.has(v) || rights.has(v) || joined.includes(v)) continue;
        if (wrongs.has(v) && !options.keepLexiconWrongs) continue;
        if (k > 0 && bigrams.has(v.slice(k - 1, k + 1))) continue;
        if (k + 1 < v.length && bigrams.has(v.slice(k, k + 2))) continue;
        chars += c;
        count++;
      }
      slots.push(chars);
    }
    out[phrase] = slots;
  }
  const groups = [...groupIndex.keys()].map((r) => [...byReading.get(r)].sort().join(""));
  return {
    data: { phrases: out },
    groups,
    groupIds: (phrase, k) => slotGroups.get(`${phrase}:${k}`) ?? [],
    count,
    phrases: phrases.length,
    common: common.size,
  };
}

export default async function generateTypoNearMisses() {
  const { data, groups, groupIds, count, phrases, common } = generateNearMisses();
  const { encodeNearMisses, decodeNearMisses } = require(join(root, "src/core/near-miss-codec.ts"));
  const compact = encodeNearMisses(data, groups, groupIds);
  // the pane reads the compact form: it must give back exactly what was generated
  if (!isDeepStrictEqual(decodeNearMisses(compact), data))
    throw new Error("typos: the compact near-miss form does not decode to the generated one");
  const file = join(root, "src/genre/generated/typo-near-miss.json");
  mkdirSync(dirname(file), { recursive: true });
  const json = JSON.stringify(compact);
  writeFileSync(file, json);
  console.log(
    `typos: ${count} near-misses of ${phrases} set phrases (${common} common characters) -> ${file} (${Buffer.byteLength(json)} bytes)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await generateTypoNearMisses();
