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
import type { Severity } from "../findings";
import type { LocalizedText } from "../../i18n";
import { literalSet, localized } from "./util";
import {
  decodeNearMisses,
  NEAR_MISS_VERSION,
  type NearMissCompact,
  type NearMissPlain,
} from "../near-miss-codec";
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
  /** Why, shown in the finding (zh-CN, en-US). */
  note?: LocalizedText;
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
            note: g.note,
          },
        ]);
    }
  return out;
}

export type NearMissFile = NearMissPlain;

const NEAR_MISS_PATH = "src/genre/generated/typo-near-miss.json";

/** The generated near-misses, decoded; throws a clear error when they are missing or stale. */
export function nearMissFile(): NearMissFile {
  let loaded: unknown;
  try {
    // A require inside try so that a missing file becomes a clear message (webpack still bundles it).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require("../../genre/generated/typo-near-miss.json");
  } catch (e) {
    throw new Error(
      `The typo rule's near-misses ${NEAR_MISS_PATH} are missing: run \`npm run gen\` first (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`,
    );
  }
  const f = loaded as NearMissCompact;
  if (
    !f ||
    f.version !== NEAR_MISS_VERSION ||
    !Array.isArray(f.groups) ||
    typeof f.phrases !== "object" ||
    f.phrases === null
  )
    throw new Error(`${NEAR_MISS_PATH} is not in the expected format: run \`npm run gen\` again`);
  try {
    return decodeNearMisses(f);
  } catch (e) {
    throw new Error(
      `${NEAR_MISS_PATH} is not in the expected format (${e instanceof Error ? e.message : String(e)}): run \`npm run gen\` again`,
    );
  }
}

/** Every generated near-miss as [literal, entry]. */
function nearMissEntries(file: NearMissFile = nearMissFile()): [string, TypoEntry][] {
  const out: [string, TypoEntry][] = [];
  for (const [phrase, slots] of Object.entries(file.phrases)) {
    // one entry object for all the near-misses of a phrase
    const entry: TypoEntry = {
      right: phrase,
      at: 0,
      length: phrase.length,
      severity: "warning",
      kind: "near-miss",
      group: "near-miss",
    };
    slots.forEach((chars, k) => {
      for (const c of chars) out.push([phrase.slice(0, k) + c + phrase.slice(k + 1), entry]);
    });
  }
  return out;
}

/** The lexicon and the generated near-misses (a lexicon entry wins over a generated one). */
const TYPOS = literalSet<TypoEntry>(() => {
  const lexicon = lexiconEntries();
  const known = new Set(lexicon.map(([t]) => t));
  return [...lexicon, ...nearMissEntries().filter(([t]) => !known.has(t))];
});

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
    const matches = pc.literals(TYPOS);
    if (matches.length === 0) return;
    // the spans of 规范表述 wrong forms, marked once (linear in the paragraph)
    const blocked = pc.literals(FORMULATION_WRONGS);
    let covered: Uint8Array | null = null;
    if (blocked.length > 0) {
      covered = new Uint8Array(s.length);
      for (const b of blocked) covered.fill(1, b.offset, b.offset + b.text.length);
    }
    const found: { from: number; to: number; e: TypoEntry; context: string }[] = [];
    let coveredTo = -1;
    for (const m of matches) {
      if (m.offset < coveredTo) continue;
      const end = m.offset + m.text.length;
      if (covered && covered.subarray(m.offset, end).includes(1)) continue;
      found.push({ from: m.offset, to: end, e: m.value, context: m.text });
      coveredTo = end;
    }
    for (const { from, e, context } of found) {
      const offset = from + e.at;
      const text = s.slice(offset, offset + e.length);
      const params = { text, fix: e.right, context };
      const message = e.note
        ? {
            "zh-CN": rulesText("typo.note", { ...params, note: e.note["zh-CN"] }, "zh-CN"),
            "en-US": rulesText("typo.note", { ...params, note: e.note["en-US"] }, "en-US"),
          }
        : localized(rulesText, MESSAGE[e.kind], params);
      pc.report(offset, e.length, message, e.right, e.severity);
    }
  },
);
