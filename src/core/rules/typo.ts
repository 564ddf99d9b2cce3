/**
 * typo: wrong characters (错别字, issue 10 class 1). Two sources, found in the shared one-pass literal
 * scan of each paragraph (util.ts scanLiterals):
 * - the lexicon (src/genre/lexicon/typos*.ts): wrong → right pairs at the group's severity (error
 *   for misspellings that are wrong in every context, warning for 异形词 and for pairs decided by the
 *   context written around them, of which only the bracketed part is replaced);
 * - the near-misses of the set phrases (src/genre/generated/typo-near-miss.json, written at build
 *   time by scripts/gen/typos.mjs): a set phrase with one character replaced by a character of the
 *   same or near pinyin or of a similar shape, at warning.
 * A match inside a wrong form of a 规范表述 is left to the formulation rule (one finding, not two).
 * The lexicon reaches the task pane with the 检查 tab only (this file is imported by rules/index.ts,
 * which only core/check.ts imports).
 */
import { rulesText } from "../../i18n/messages/rules";
import { typoGroups } from "../../genre/lexicon/typos";
import type { TypoGroup } from "../../genre/lexicon/typos-schema";
import { formulations } from "../../genre/formulations";
import nearMissFile from "../../genre/generated/typo-near-miss.json";
import type { Severity } from "../findings";
import { literalSet, localized } from "./util";
import { paragraphRule } from "./types";

export type TypoKind = TypoGroup["kind"] | "near-miss";

export interface TypoEntry {
  /** The right form that replaces the wrong part. */
  right: string;
  /** Offset and length of the wrong part inside the matched literal (the rest is context). */
  at: number;
  length: number;
  severity: Severity;
  kind: TypoKind;
  /** The group's id, or "near-miss". */
  group: string;
}

/** One lexicon line: the right form, then its wrong forms (see typos-schema.ts). */
export function parseTypoLine(
  line: string,
): { right: string; wrongs: { text: string; at: number; length: number }[] } | null {
  const parts = line.trim().split(" ");
  if (parts.length < 2 || !parts[0]) return null;
  const wrongs = parts.slice(1).map((w) => {
    const open = w.indexOf("[");
    if (open < 0) return { text: w, at: 0, length: w.length };
    const close = w.indexOf("]", open);
    const mid = w.slice(open + 1, close);
    return { text: w.slice(0, open) + mid + w.slice(close + 1), at: open, length: mid.length };
  });
  return { right: parts[0], wrongs };
}

/** Every lexicon entry as [literal, entry]. */
export function lexiconEntries(groups: readonly TypoGroup[] = typoGroups): [string, TypoEntry][] {
  const out: [string, TypoEntry][] = [];
  for (const g of groups)
    for (const line of g.lines.split("\n")) {
      const parsed = parseTypoLine(line);
      if (!parsed) continue;
      for (const w of parsed.wrongs)
        out.push([
          w.text,
          {
            right: parsed.right,
            at: w.at,
            length: w.length,
            severity: g.severity,
            kind: g.kind,
            group: g.id,
          },
        ]);
    }
  return out;
}

interface NearMissFile {
  version: number;
  phrases: Record<string, string[]>;
}

/** Every generated near-miss as [literal, entry]. */
export function nearMissEntries(file: NearMissFile = nearMissFile as NearMissFile): [string, TypoEntry][] {
  const out: [string, TypoEntry][] = [];
  for (const [phrase, slots] of Object.entries(file.phrases))
    slots.forEach((chars, k) => {
      for (const c of chars)
        out.push([
          phrase.slice(0, k) + c + phrase.slice(k + 1),
          {
            right: phrase,
            at: 0,
            length: phrase.length,
            severity: "warning",
            kind: "near-miss",
            group: "near-miss",
          },
        ]);
    });
  return out;
}

const TYPOS = literalSet<TypoEntry>(() => lexiconEntries());

/**
 * The near-misses are found through the halves of the set phrases: a window that differs from a
 * phrase in one character matches the other half exactly, so the halves go into the shared scan
 * (about 1,300 short literals instead of 30,000 generated forms) and each half found is verified.
 */
interface Half {
  phrase: string;
  /** Offset of the half inside the phrase. */
  at: number;
  /** Characters that may replace each position of the phrase (a near-miss), from the generator. */
  slots: readonly string[];
}

export function phraseHalves(file: NearMissFile = nearMissFile as NearMissFile): [string, Half][] {
  const out: [string, Half][] = [];
  for (const [phrase, slots] of Object.entries(file.phrases)) {
    const mid = phrase.length >> 1;
    out.push([phrase.slice(0, mid), { phrase, at: 0, slots }]);
    out.push([phrase.slice(mid), { phrase, at: mid, slots }]);
  }
  return out;
}

const HALVES = literalSet<Half>(() => phraseHalves());

/** The near-miss of `h.phrase` whose half `h` was found at `offset`, if the text has one. */
function nearMissAt(s: string, offset: number, h: Half): { start: number; k: number } | null {
  const p = h.phrase;
  const start = offset - h.at;
  if (start < 0 || start + p.length > s.length) return null;
  // the other half holds exactly one differing character, one the generator allows
  const [from, to] = h.at === 0 ? [h.at + (p.length >> 1), p.length] : [0, h.at];
  let k = -1;
  for (let i = from; i < to; i++) {
    if (s.charCodeAt(start + i) === p.charCodeAt(i)) continue;
    if (k >= 0) return null;
    k = i;
  }
  if (k < 0 || !h.slots[k].includes(s[start + k])) return null;
  return { start, k };
}

/** The 规范表述 wrong forms: a typo inside one is left to the formulation rule. */
const FORMULATION_WRONGS = literalSet<true>(() =>
  formulations.flatMap((f) => (f.wrong ?? []).map((w): [string, true] => [w.text, true])),
);

const MESSAGE: Record<TypoKind, string> = {
  misspelling: "typo.misspelt",
  variant: "typo.variant",
  context: "typo.context",
  "near-miss": "typo.nearMiss",
};

export const typo = paragraphRule(
  {
    id: "typo",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "《现代汉语词典》（第7版）词形；《第一批异形词整理表》（GF 1001-2001）",
      "en-US":
        "Contemporary Chinese Dictionary (7th ed.) word forms; First List of Variant Forms (GF 1001-2001)",
    },
    fixable: true,
    description: {
      "zh-CN":
        "错别字：固定用语、成语和常用词中的音近、形近错字（如“以身做则”“布署”），以及异形词和依语境判断的误用。",
      "en-US":
        "Wrong characters: near-homophones and look-alikes in set phrases, idioms and common words (以身做则, 布署), non-recommended variant forms and slips decided by context.",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.length < 2) return;
    const lexicon = pc.literals(TYPOS);
    const halves = pc.literals(HALVES);
    if (lexicon.length === 0 && halves.length === 0) return;
    const blocked = pc.literals(FORMULATION_WRONGS);
    const isBlocked = (from: number, to: number) =>
      blocked.some((b) => b.offset < to && from < b.offset + b.text.length);
    const found: { from: number; to: number; e: TypoEntry; context: string }[] = [];
    let coveredTo = -1;
    for (const m of lexicon) {
      if (m.offset < coveredTo) continue;
      const end = m.offset + m.text.length;
      if (isBlocked(m.offset, end)) continue;
      found.push({ from: m.offset, to: end, e: m.value, context: m.text });
      coveredTo = end;
    }
    for (const m of halves) {
      const hit = nearMissAt(s, m.offset, m.value);
      if (!hit) continue;
      const phrase = m.value.phrase;
      const end = hit.start + phrase.length;
      if (isBlocked(hit.start, end) || found.some((f) => f.from < end && hit.start < f.to)) continue;
      found.push({
        from: hit.start,
        to: end,
        e: {
          right: phrase,
          at: 0,
          length: phrase.length,
          severity: "warning",
          kind: "near-miss",
          group: "near-miss",
        },
        context: s.slice(hit.start, end),
      });
    }
    found.sort((a, b) => a.from - b.from);
    for (const { from, e, context } of found) {
      const offset = from + e.at;
      const text = s.slice(offset, offset + e.length);
      pc.report(
        offset,
        e.length,
        localized(rulesText, MESSAGE[e.kind], { text, fix: e.right, context }),
        e.right,
        e.severity,
      );
    }
  },
);
