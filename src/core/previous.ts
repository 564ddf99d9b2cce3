/**
 * Comparison with last year's report (issue 13): paragraphs of this year's report that are the same
 * as, or nearly the same as, a paragraph of last year's, and inside them the years, figures and
 * campaign or plenum names left as they were last year. Rules `previous-*`, warning level, category
 * "previous"; every finding carries the matching paragraph of last year (`match`).
 *
 * The measure: the Sørensen–Dice coefficient of the multisets of character bigrams of the two
 * paragraphs, after removing white space and replacing every run of ASCII digits by one "#" (so that
 * a paragraph whose only changes are its year and figures still counts as the same text):
 *   dice = 2·|A ∩ B| / (|A| + |B|).
 * A pair is near-duplicate at dice ≥ 0.85 (NEAR_THRESHOLD). Only body text is compared: paragraphs of
 * at least 20 characters with a sentence-ending mark (。！？；); titles, headings, dates and signatures,
 * which are the same every year by nature, are not.
 *
 * Speed: exact duplicates by a hash map; the others by prefix filtering on an inverted index of
 * bigrams. Since dice ≥ t needs min(|A|,|B|)/max(|A|,|B|) ≥ t/(2−t) and an overlap of at least
 * t/(2−t)·|A|, a candidate must share one of the ⌊(1 − t/(2−t))·|A|⌋ + 1 rarest distinct bigrams of A;
 * only those postings are walked, and each candidate is verified exactly. Two 100-page reports take a
 * few milliseconds (test/unit/previous.test.ts).
 */
import { campaigns } from "../genre/lexicon/campaigns";
import { YEAR_ITEMS } from "../genre/year-items";
import { reviewText } from "../i18n/messages/review";
import type { LocalizedText } from "../i18n";
import type { Finding } from "./findings";
import type { DocModel } from "./model";

export const NEAR_THRESHOLD = 0.85;
export const MIN_COMPARED_LENGTH = 20;

export type PreviousRuleId =
  | "previous-same-paragraph"
  | "previous-near-paragraph"
  | "previous-year"
  | "previous-figure"
  | "previous-campaign";

export const PREVIOUS_RULE_IDS: readonly PreviousRuleId[] = [
  "previous-same-paragraph",
  "previous-near-paragraph",
  "previous-year",
  "previous-figure",
  "previous-campaign",
];

export interface PreviousOptions {
  /** The year this report is about (default: none; the year checks then use lastYear + 1). */
  year?: number | null;
  /** The year last year's report is about (default: year − 1). */
  lastYear?: number | null;
}

export interface ParagraphMatch {
  /** Paragraph of this year's report. */
  paragraph: number;
  /** Paragraph of last year's report. */
  previous: number;
  similarity: number;
}

const SENTENCE_END = /[。！？；]/;

function normalize(text: string): string {
  return text.replace(/\s+/g, "").replace(/\d+/g, "#");
}

/** Bigram codes of a normalized text (two UTF-16 units in one number), sorted. */
function bigrams(s: string): Float64Array {
  const out = new Float64Array(Math.max(0, s.length - 1));
  for (let i = 0; i + 1 < s.length; i++) out[i] = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
  return out.sort();
}

/** |A ∩ B| of two sorted multisets. */
function overlap(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** The Dice coefficient of the bigram multisets of two texts (after normalization). */
export function similarity(a: string, b: string): number {
  const ba = bigrams(normalize(a));
  const bb = bigrams(normalize(b));
  if (ba.length + bb.length === 0) return normalize(a) === normalize(b) ? 1 : 0;
  return (2 * overlap(ba, bb)) / (ba.length + bb.length);
}

/** The distinct values of a sorted array. */
function distinctOf(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) out.push(a[i]);
  return out;
}

/** For each paragraph of `current`, its best match in `previous` (dice ≥ threshold), in order. */
export function matchParagraphs(
  current: DocModel,
  previous: DocModel,
  threshold = NEAR_THRESHOLD,
): ParagraphMatch[] {
  const exact = new Map<string, number>();
  const prevIndex: number[] = [];
  const prevCodes: Float64Array[] = [];
  const postings = new Map<number, number[]>();
  previous.paragraphs.forEach((p, index) => {
    const norm = normalize(p.text);
    if (norm.length < MIN_COMPARED_LENGTH || !SENTENCE_END.test(norm)) return;
    if (!exact.has(norm)) exact.set(norm, index);
    const codes = bigrams(norm);
    const k = prevIndex.length;
    prevIndex.push(index);
    prevCodes.push(codes);
    for (const code of distinctOf(codes)) {
      const list = postings.get(code);
      if (list) list.push(k);
      else postings.set(code, [k]);
    }
  });
  const ratio = threshold / (2 - threshold);
  const out: ParagraphMatch[] = [];
  const seen = new Int32Array(prevIndex.length).fill(-1);
  current.paragraphs.forEach((p, paragraph) => {
    const norm = normalize(p.text);
    if (norm.length < MIN_COMPARED_LENGTH || !SENTENCE_END.test(norm)) return;
    const same = exact.get(norm);
    if (same !== undefined) {
      out.push({ paragraph, previous: same, similarity: 1 });
      return;
    }
    const codes = bigrams(norm);
    const size = codes.length;
    const all = distinctOf(codes);
    const distinct = all
      .map((code) => ({ code, list: postings.get(code) }))
      .filter((x): x is { code: number; list: number[] } => x.list !== undefined)
      .sort((x, y) => x.list.length - y.list.length);
    // a candidate sharing none of the floor((1 − ratio)·size) + 1 rarest distinct bigrams cannot reach
    // the threshold; the bigrams no paragraph of last year has are the rarest of all
    const unshared = all.length - distinct.length;
    const prefix = Math.min(distinct.length, Math.max(0, Math.floor((1 - ratio) * size) + 1 - unshared));
    let best: ParagraphMatch | null = null;
    for (let i = 0; i < prefix; i++) {
      for (const k of distinct[i].list) {
        if (seen[k] === paragraph) continue;
        seen[k] = paragraph;
        const q = prevCodes[k];
        if (Math.min(size, q.length) < ratio * Math.max(size, q.length)) continue;
        const dice = (2 * overlap(codes, q)) / (size + q.length);
        if (dice >= threshold && (!best || dice > best.similarity))
          best = { paragraph, previous: prevIndex[k], similarity: dice };
      }
    }
    if (best) out.push(best);
  });
  return out;
}

/** Years of the report and of campaign or plenum names that belong to an earlier year. */
interface Dated {
  name: string;
  year: number;
}

let datedNames: Dated[] | null = null;
function pastNames(): Dated[] {
  if (!datedNames) {
    const list: Dated[] = [];
    for (const c of campaigns)
      for (const name of new Set([c.name, ...c.patterns]))
        list.push({ name, year: Number(c.since.slice(0, 4)) });
    for (const y of YEAR_ITEMS) {
      list.push({ name: y.plenum.name, year: y.year });
      if (y.campaign) list.push({ name: y.campaign.name, year: y.year });
    }
    // longest first, so that a name inside a longer one is not reported twice
    list.sort((a, b) => b.name.length - a.name.length);
    datedNames = list;
  }
  return datedNames;
}

const YEAR_RE = /(?<!\d)((?:19|20)\d\d)(?=年)/g;
const FIGURE_RE =
  /(?<![\d.])\d+(?:\.\d+)?(?:余|多)?(?:万元|亿元|元|人次|%|％|次|人|名|件|个|场|篇|项|条|期|批|家|户|起|份|万字|课时|学时|小时|天)/g;

function excerpt(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function both(t: (l: "zh-CN" | "en-US") => string): LocalizedText {
  return { "zh-CN": t("zh-CN"), "en-US": t("en-US") };
}

const SOURCE: LocalizedText = both((l) => reviewText("previous.source", {}, l));

function finding(
  rule: PreviousRuleId,
  message: LocalizedText,
  paragraph: number,
  offset: number,
  length: number,
  text: string,
  match: Finding["match"],
): Finding {
  return {
    rule,
    severity: "warning",
    category: "previous",
    message,
    paragraph,
    offset,
    length,
    excerpt: text.slice(offset, offset + length),
    fix: null,
    expected: text,
    match,
  };
}

/** The comparison's source, for comments and the CLI (one for all previous-* rules). */
export function previousSource(): LocalizedText {
  return SOURCE;
}

/**
 * Findings of this year's report against last year's (see the file comment). Pure; sorted in
 * document order.
 */
export function comparePrevious(
  current: DocModel,
  previous: DocModel,
  options: PreviousOptions = {},
): Finding[] {
  const year = options.year ?? (options.lastYear ? options.lastYear + 1 : null);
  const lastYear = options.lastYear ?? (year ? year - 1 : null);
  const out: Finding[] = [];
  for (const m of matchParagraphs(current, previous)) {
    const text = current.paragraphs[m.paragraph].text;
    const prevText = previous.paragraphs[m.previous].text;
    const match = { paragraph: m.previous, text: prevText, similarity: m.similarity };
    const quoted = excerpt(prevText);
    const identical = text.trim() === prevText.trim();
    const lead = text.length - text.trimStart().length;
    const body = text.trim().length;
    out.push(
      finding(
        identical ? "previous-same-paragraph" : "previous-near-paragraph",
        both((l) =>
          reviewText(
            identical ? "previous.same" : "previous.near",
            { paragraph: m.previous + 1, percent: Math.floor(m.similarity * 100), text: quoted },
            l,
          ),
        ),
        m.paragraph,
        lead,
        body,
        text,
        match,
      ),
    );
    // years of last year's report (or later than it and before this one) left unchanged
    if (year !== null && lastYear !== null) {
      const prevYears = new Set<string>();
      for (const x of prevText.matchAll(YEAR_RE)) prevYears.add(x[1]);
      for (const x of text.matchAll(YEAR_RE)) {
        const y = Number(x[1]);
        if (!prevYears.has(x[1]) || y < lastYear || y >= year) continue;
        out.push(
          finding(
            "previous-year",
            both((l) => reviewText("previous.year", { text: `${x[1]}年`, year, match: quoted }, l)),
            m.paragraph,
            x.index,
            4,
            text,
            match,
          ),
        );
      }
    }
    // figures with a measure word, the same as last year's
    const prevFigures = new Set<string>();
    for (const x of prevText.matchAll(FIGURE_RE)) prevFigures.add(x[0]);
    for (const x of text.matchAll(FIGURE_RE)) {
      if (!prevFigures.has(x[0])) continue;
      out.push(
        finding(
          "previous-figure",
          both((l) => reviewText("previous.figure", { text: x[0], match: quoted }, l)),
          m.paragraph,
          x.index,
          x[0].length,
          text,
          match,
        ),
      );
    }
    // campaigns and plenums of an earlier year, kept from last year's paragraph
    if (year !== null) {
      const taken: [number, number][] = [];
      for (const d of pastNames()) {
        if (d.year >= year || !prevText.includes(d.name)) continue;
        let i = text.indexOf(d.name);
        while (i >= 0) {
          const end = i + d.name.length;
          if (!taken.some(([a, b]) => a < end && i < b)) {
            taken.push([i, end]);
            out.push(
              finding(
                "previous-campaign",
                both((l) => reviewText("previous.campaign", { text: d.name, match: quoted }, l)),
                m.paragraph,
                i,
                d.name.length,
                text,
                match,
              ),
            );
          }
          i = text.indexOf(d.name, end);
        }
      }
    }
  }
  return out.sort(
    (a, b) => (a.paragraph ?? -1) - (b.paragraph ?? -1) || a.offset - b.offset || b.length - a.length,
  );
}
