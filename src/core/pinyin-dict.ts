/**
 * Pinyin of a text with pinyin-pro (a dictionary of ~300 KB): used at build time by
 * scripts/gen/snippets.mjs, by the CLI, and by the task pane ONLY through a dynamic import when the
 * user saves a snippet of their own (so the pane does not carry the dictionary at start-up).
 * Pure TypeScript (no DOM, no node: imports).
 */
import { customPinyin, pinyin } from "pinyin-pro";
import {
  encodeTokens,
  isAlnum,
  isHan,
  positionsOf,
  tokenSourceHash,
  type SnippetIndexFile,
  type TokenSource,
} from "./pinyin";

/**
 * Readings of polyphones as this genre uses them, where pinyin-pro's default or phrase choice is
 * wrong or unsure (区长 is qu zhang, 三重一大 is san chong yi da, 行 in 行动 / 银行 …).
 */
const POLYPHONE_OVERRIDES: Record<string, string> = {
  三重一大: "sān chóng yī dà",
  区长: "qū zhǎng",
  县长: "xiàn zhǎng",
  市长: "shì zhǎng",
  省长: "shěng zhǎng",
  镇长: "zhèn zhǎng",
  乡长: "xiāng zhǎng",
  村长: "cūn zhǎng",
  局长: "jú zhǎng",
  处长: "chù zhǎng",
  科长: "kē zhǎng",
  厅长: "tīng zhǎng",
  部长: "bù zhǎng",
  院长: "yuàn zhǎng",
  校长: "xiào zhǎng",
  所长: "suǒ zhǎng",
  站长: "zhàn zhǎng",
  队长: "duì zhǎng",
  组长: "zǔ zhǎng",
  行长: "háng zhǎng",
  家长: "jiā zhǎng",
  首长: "shǒu zhǎng",
  成长: "chéng zhǎng",
  增长: "zēng zhǎng",
  长效: "cháng xiào",
  长期: "cháng qī",
  重温: "chóng wēn",
  重申: "chóng shēn",
  重塑: "chóng sù",
  重整: "chóng zhěng",
  重新: "chóng xīn",
  重点: "zhòng diǎn",
  重大: "zhòng dà",
  重要: "zhòng yào",
  重视: "zhòng shì",
  行动: "xíng dòng",
  银行: "yín háng",
  行业: "háng yè",
  行风: "háng fēng",
  行政: "xíng zhèng",
  执行: "zhí xíng",
  践行: "jiàn xíng",
  履行: "lǚ xíng",
  一把手: "yī bǎ shǒu",
  调研: "diào yán",
  调查: "diào chá",
  调整: "tiáo zhěng",
  协调: "xié tiáo",
  处理: "chǔ lǐ",
  处分: "chǔ fèn",
  查处: "chá chǔ",
  干部: "gàn bù",
  干事: "gàn shì",
  能干: "néng gàn",
  苗头: "miáo tou",
  教育: "jiào yù",
  没收: "mò shōu",
  了解: "liǎo jiě",
  为民: "wèi mín",
  为人民: "wèi rén mín",
  作为: "zuò wéi",
  发挥: "fā huī",
  提供: "tí gōng",
  供给: "gōng jǐ",
  着力: "zhuó lì",
  着眼: "zhuó yǎn",
  着手: "zhuó shǒu",
  显著: "xiǎn zhù",
  差距: "chā jù",
  参差: "cēn cī",
  落实: "luò shí",
  落后: "luò hòu",
  应当: "yīng dāng",
  得当: "dé dàng",
  当作: "dàng zuò",
  只有: "zhǐ yǒu",
  数据: "shù jù",
  系统: "xì tǒng",
  关系: "guān xì",
  纪律: "jì lǜ",
  更加: "gèng jiā",
  更好: "gèng hǎo",
  变更: "biàn gēng",
  传统: "chuán tǒng",
  宣传: "xuān chuán",
};

let installed = false;
function install(): void {
  if (installed) return;
  customPinyin(POLYPHONE_OVERRIDES);
  installed = true;
}

/**
 * The token of every search position of `text` (see positionsOf): its toneless syllable for a Han
 * character (ü as v), itself for a Latin letter or digit, "" otherwise.
 */
export function pinyinTokens(text: string): string[] {
  install();
  const positions = positionsOf(text);
  if (positions.length === 0) return [];
  // pinyin-pro decides readings from context, so give it the positions joined (punctuation dropped
  // the same way the search drops it) and map its array back one character to one syllable.
  const joined = positions.join("");
  const syllables = pinyin(joined, { toneType: "none", type: "array", v: true });
  const chars = Array.from(joined);
  if (syllables.length !== chars.length) {
    // Defensive: fall back to one character at a time.
    return chars.map((ch) => tokenOf(ch, isHan(ch) ? pinyin(ch, { toneType: "none", v: true }) : ch));
  }
  return chars.map((ch, i) => tokenOf(ch, syllables[i]));
}

function tokenOf(ch: string, syllable: string): string {
  if (isAlnum(ch)) return ch;
  if (!isHan(ch)) return "";
  const s = syllable.toLowerCase().replace(/ü/g, "v");
  return /^[a-z]+$/.test(s) ? s : "";
}

/** Tokens of a snippet's title and tags (what the search index stores). */
export function snippetTokens(s: { title: string; tags: readonly string[] }): {
  title: string[];
  tags: string[][];
} {
  return { title: pinyinTokens(s.title), tags: s.tags.map((t) => pinyinTokens(t)) };
}

/** Build the content of the generated index file for a library (scripts/gen/snippets.mjs writes it). */
export function buildIndexFile(snippets: readonly TokenSource[]): SnippetIndexFile {
  const entries: Record<string, string[]> = {};
  for (const s of snippets) {
    const t = snippetTokens(s);
    entries[s.id] = [encodeTokens(t.title), ...t.tags.map((x) => encodeTokens(x))];
  }
  return { version: 1, hash: tokenSourceHash(snippets), count: snippets.length, entries };
}
