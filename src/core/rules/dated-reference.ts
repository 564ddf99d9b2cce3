/**
 * dated-reference: the dates of what a report cites (GENRE.md section 7, src/genre/dated-refs.ts).
 * - A report on year Y that cites something which began after Y (a 2021 report citing 党的二十大):
 *   error, or warning where the date is marked unconfirmed in the data. A dated report may cite up to
 *   its 成文日期 (a 2024 report dated 2025年1月20日, the plenum of January 2025); an undated one gets a
 *   warning for what began in the first three months of Y + 1 (written then, or copied forward?).
 * - A report on a year after a text was replaced or abolished that cites it as current (严格执行《中国共产党
 *   党员领导干部廉洁从政若干准则》 in a 2020 report): warning, with what replaced it. Only a mention that a
 *   verb of application (执行, 遵守, 对照, 依据…) governs in the same clause counts as "cited as current";
 *   a historical mention (原《…》, 修订前的《…》, a version named by a leading clause 2018年修订的《…》) is
 *   not flagged; a version named after the title (《…》（2018年修订）) under such a verb is.
 * - A report on year Y that studies an earlier year's 中央纪委全会 as the current one (认真学习贯彻 the plenum of
 *   Y-1, a report copied from last year's): warning; that runs an earlier year's 学习教育 as this year's
 *   (扎实开展 the campaign of Y-1): info. Not when the clause names a year or the paragraph also cites
 *   this year's plenum.
 * Needs the report's year (detected or configured). An organisation's pack may add references and year
 * rows (its own plenums, local regulations; core/year-data.ts): they come with its kinds (KindRegistry).
 */
import { rulesText } from "../../i18n/messages/rules";
import { datedRefs, type DatedRef } from "../../genre/dated-refs";
import { BUILTIN_YEAR_DATA, type YearData } from "../year-data";
import { literalSet, localized } from "./util";
import { paragraphRule } from "./types";

export const DATED_REFS = literalSet(() =>
  datedRefs.flatMap((r) => r.patterns.map((p): [string, DatedRef] => [p, r])),
);

/** How far back (characters, within the clause) a verb of application may govern the citation. */
const LOOKBACK = 16;
/** Verbs that present a text as the rule in force. */
const APPLY =
  /(?:执行|遵守|遵循|落实|贯彻|对照|依据|根据|按照|依照|遵照|严守|恪守|学习|宣传|践行|运用|适用)[^。；！？，]*$/;
/** Words that make a mention historical (directly before the citation, or anywhere in the clause). */
const HISTORICAL_BEFORE = /(?:原|旧|原来的|此前的|以前的|过去的|修订前的|已废止的|已失效的|废止的|当年的)$/;
const HISTORICAL_CLAUSE = /曾|当时|此前|过去|修订前|废止|失效|取代|替代|代替/;
/** Clause boundaries. */
const BOUNDARY = /[。；！？，：\n]/;

/** Studying a plenum as the current one. */
const STUDY = /(?:学习贯彻|学习宣传贯彻|传达学习|贯彻落实|深入贯彻|认真贯彻)[^。；！？，]{0,4}$/;
/** Running a campaign as this year's. */
const RUN = /(?:扎实|深入|全面|认真|集中)开展$/;
/** What makes a campaign mention a look back (成果, 以来…). */
const AFTER_CAMPAIGN = /^(?:成果|以来|期间|中|的成果|取得)/;
const YEAR_MENTION = /(?:19|20)\d\d年|上年|去年|上一年/;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: string): number {
  return Number(date.slice(5, 7)) || 12;
}

/** The months of the next year in which an annual report is usually written. */
const EARLY_MONTHS = 3;

/** The clause before an offset (up to LOOKBACK characters, stopping at a clause boundary). */
function clauseBefore(s: string, offset: number): string {
  let k = offset;
  while (k > 0 && offset - k < LOOKBACK && !BOUNDARY.test(s[k - 1])) k--;
  return s.slice(k, offset);
}

/** The rest of the clause after a citation (for 曾…、已废止 written after it). */
function clauseAfter(s: string, end: number): string {
  let k = end;
  while (k < s.length && k - end < LOOKBACK && !BOUNDARY.test(s[k])) k++;
  return s.slice(end, k);
}

/** A citation that names its version by a leading clause (2018年修订的《…》) is a historical mention. */
const VERSION_CLAUSE = /^\d{4}年[^《]*的/;

export function citedAsCurrent(s: string, offset: number, length: number): boolean {
  if (VERSION_CLAUSE.test(s.slice(offset, offset + length))) return false;
  const before = clauseBefore(s, offset);
  if (HISTORICAL_BEFORE.test(before)) return false;
  if (HISTORICAL_CLAUSE.test(before) || HISTORICAL_CLAUSE.test(clauseAfter(s, offset + length))) return false;
  return APPLY.test(before);
}

/** The plenum names of a year (its dated-reference patterns; with an organisation's own plenum). */
function plenumPatterns(data: YearData, year: number): string[] {
  const row = data.itemsFor(year);
  if (!row) return [];
  return [row.plenum, row.localPlenum].flatMap((item) => (item ? (data.ref(item.ref)?.patterns ?? []) : []));
}

interface Citation {
  offset: number;
  text: string;
  value: DatedRef;
}

/** Where a paragraph cites a reference: the shipped literal set, plus an organisation's new patterns. */
function citations(
  literal: readonly { offset: number; text: string; value: DatedRef }[],
  s: string,
  data: YearData,
): Citation[] {
  const out: Citation[] = literal.map((m) => ({
    offset: m.offset,
    text: m.text,
    value: data.builtin ? m.value : (data.ref(m.value.id) ?? m.value),
  }));
  if (data.extraRefs.length === 0) return out;
  for (const r of data.extraRefs)
    for (const p of r.patterns) {
      for (let k = s.indexOf(p); k >= 0; k = s.indexOf(p, k + p.length))
        out.push({ offset: k, text: p, value: r });
    }
  // by position, the longest citation first where two start together
  return out.sort((a, b) => a.offset - b.offset || b.text.length - a.text.length);
}

/** An earlier year's plenum studied, or campaign run, as the report year's own. */
function staleForYear(
  data: YearData,
  s: string,
  offset: number,
  length: number,
  what: "plenum" | "campaign",
  year: number,
): boolean {
  const before = clauseBefore(s, offset);
  if (YEAR_MENTION.test(before) || HISTORICAL_BEFORE.test(before) || HISTORICAL_CLAUSE.test(before))
    return false;
  if (what === "plenum") {
    if (plenumPatterns(data, year).some((p) => s.includes(p))) return false;
    return STUDY.test(before);
  }
  return RUN.test(before) && !AFTER_CAMPAIGN.test(s.slice(offset + length));
}

export const datedReference = paragraphRule(
  {
    id: "dated-reference",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：报告只能引用当年及以前的会议和文件，已被替代或废止的文件不能作为现行依据",
      "en-US": "Practice: a report cites only what existed in its year, and no replaced text as current",
    },
    fixable: false,
    description: {
      "zh-CN":
        "报告年度早于所引用的会议、活动或文件的时间，或把已被替代、废止的文件当作现行文件引用（时间错位）。",
      "en-US":
        "The report cites a meeting, campaign or text that began after the report's year, or cites a replaced text as current.",
    },
  },
  (pc) => {
    const citeYear = pc.citeYear;
    if (citeYear === null) return;
    const year = pc.year ?? citeYear;
    const s = pc.text;
    if (s.length < 2) return;
    const data = pc.yearData ?? BUILTIN_YEAR_DATA;
    let coveredTo = -1;
    for (const m of citations(pc.literals(DATED_REFS), s, data)) {
      if (m.offset < coveredTo) continue;
      const ref = m.value;
      // A date in a later year than the report's (2025年1月 on a 2024 report) bounds it by month; a date
      // within the report's year does not narrow the year (a speech of February looks ahead to October).
      const dated = pc.citeMonth ?? null;
      if (dated !== null && yearOf(dated) > year ? ref.since > dated : yearOf(ref.since) > citeYear) {
        coveredTo = m.offset + m.text.length;
        // Undated, a report on a year may have been written early in the next: what began then
        // (二十届中央纪委四次全会, 2025-01, in a 2024 report's plans) is a question, not an error.
        const early =
          dated === null && yearOf(ref.since) === citeYear + 1 && monthOf(ref.since) <= EARLY_MONTHS;
        pc.report(
          m.offset,
          m.text.length,
          localized(rulesText, early ? "dated.afterEarly" : "dated.after", {
            name: ref.name,
            since: ref.since,
            year,
          }),
          undefined,
          ref.confirmed === false || early ? "warning" : "error",
        );
        continue;
      }
      const bound = data.bound(ref.id);
      if (
        bound &&
        pc.year !== null &&
        bound.year < pc.year &&
        staleForYear(data, s, m.offset, m.text.length, bound.what, pc.year)
      ) {
        coveredTo = m.offset + m.text.length;
        pc.report(
          m.offset,
          m.text.length,
          localized(rulesText, bound.what === "plenum" ? "dated.stalePlenum" : "dated.staleCampaign", {
            name: ref.name,
            since: ref.since,
            year: pc.year,
          }),
          undefined,
          bound.what === "plenum" ? "warning" : "info",
        );
        continue;
      }
      if (ref.until !== undefined && year > yearOf(ref.until) && citedAsCurrent(s, m.offset, m.text.length)) {
        coveredTo = m.offset + m.text.length;
        pc.report(
          m.offset,
          m.text.length,
          localized(rulesText, ref.replacedBy ? "dated.ended" : "dated.endedNoReplacement", {
            name: ref.name,
            until: ref.until,
            replacedBy: ref.replacedBy ?? "",
            year,
          }),
          undefined,
          "warning",
        );
      }
    }
  },
);
