/**
 * party-ordinal: ordinals of Party congresses and plenums checked by grammar (issue 10, class 2).
 * 党的X大, X届X中全会 (with elided lists: 二十届二中、三中全会), X届中央纪委X次全会: a numeral that is
 * not well formed (十二十大), 界 for 届, 第 inside the short form (二十届第三中全会, 第二十届三中全会),
 * 次全会 where the Central Committee's 中全会 is meant and the reverse, Arabic digits, a plenum
 * beyond those a term held, and one that had not been held by the report's year. Year checks of
 * the meetings listed in src/genre/dated-refs.ts are left to dated-reference (no duplicate).
 */
import { rulesText } from "../../i18n/messages/rules";
import {
  centralPlenums,
  congresses,
  congressInterval,
  disciplinePlenums,
  knownThrough,
  maxPlenums,
  type TermPlenums,
} from "../../genre/lexicon/formulas-ordinals";
import { DATED_REFS } from "./dated-reference";
import { localized } from "./util";
import { paragraphRule, type ParagraphContext } from "./types";

const DIGIT = "一二三四五六七八九";
// 两 and 百 are left out: 党的两大法宝 is no congress, and no ordinal here needs 百.
const NUM_CHARS = "〇零一二三四五六七八九十";
const NUM = `[${NUM_CHARS}]+|[0-9０-９]+`;

/** 1–99 in the counting form (十, 十八, 二十, 二十一); null when not well formed. */
export function parseOrdinal(s: string): number | null {
  const m = /^(?:([二三四五六七八九])?十([一二三四五六七八九])?|([一二三四五六七八九]))$/.exec(s);
  if (!m) return null;
  if (m[3]) return DIGIT.indexOf(m[3]) + 1;
  return (m[1] ? DIGIT.indexOf(m[1]) + 1 : 1) * 10 + (m[2] ? DIGIT.indexOf(m[2]) + 1 : 0);
}

function toOrdinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? "" : (tens === 1 ? "" : DIGIT[tens - 1]) + "十";
  return t + (ones ? DIGIT[ones - 1] : "");
}

function arabic(s: string): number | null {
  if (!/^[0-9０-９]+$/.test(s)) return null;
  const n = Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return n >= 1 && n <= 99 ? n : null;
}

const year = (d: string) => Number(d.slice(0, 4));
const KNOWN_YEAR = year(knownThrough);
const LAST_CONGRESS = Math.max(...Object.keys(congresses).map(Number));

/** The congress' opening date, estimated for the next one (due five years after the last listed). */
function congressDate(n: number): { date: string; estimated: boolean } | null {
  if (congresses[n]) return { date: congresses[n], estimated: false };
  if (n <= LAST_CONGRESS) return null;
  return {
    date: String(year(congresses[LAST_CONGRESS]) + congressInterval * (n - LAST_CONGRESS)),
    estimated: true,
  };
}

type Say = (key: string, params: Record<string, string | number>) => ReturnType<typeof localized>;
const say: Say = (key, params) => localized(rulesText, key, params);

interface Span {
  offset: number;
  length: number;
}

/** Whether a dated-reference pattern overlaps the span (that rule owns its year check). */
function datedRefCovers(pc: ParagraphContext, span: Span): boolean {
  return pc
    .literals(DATED_REFS)
    .some((m) => m.offset < span.offset + span.length && m.offset + m.text.length > span.offset);
}

const latestTerm = (table: Readonly<Record<number, TermPlenums>>) =>
  Math.max(...Object.keys(table).map(Number));

/** Report a plenum the term never held, or one not yet held in the report's year. */
function checkPlenum(
  pc: ParagraphContext,
  span: Span,
  text: string,
  term: number,
  n: number,
  table: Readonly<Record<number, TermPlenums>>,
): boolean {
  if (n > maxPlenums) {
    pc.report(span.offset, span.length, say("ordinal.noSuchPlenum", { text, max: maxPlenums }));
    return true;
  }
  const t = table[term];
  if (t && t.complete && n > t.dates.length) {
    pc.report(span.offset, span.length, say("ordinal.termPlenums", { text, count: t.dates.length }));
    return true;
  }
  const cite = pc.citeYear;
  if (cite === null) return false;
  let since: string | null = null;
  if (t && n <= t.dates.length) since = t.dates[n - 1];
  else if (t && !t.complete && term === latestTerm(table) && cite <= KNOWN_YEAR) since = `${KNOWN_YEAR + 1}`;
  else if (!t) {
    const c = congressDate(term);
    if (c && year(c.date) > cite) since = c.date;
  }
  if (since === null || year(since) <= cite || datedRefCovers(pc, span)) return false;
  pc.report(span.offset, span.length, say("ordinal.notYet", { text, year: pc.year ?? cite }));
  return true;
}

// 党的X大 (prefix 党的), or X大 with a multi-character numeral and a telling word after it; sticky,
// tried only where a numeral ends right before 大.
const CONGRESS = new RegExp(
  `(党的)(第?)(${NUM})大|(${NUM})大(?=精神|报告|以来|胜利召开|召开|和二十届|和十九届|党章)`,
  "y",
);
/** Looked forward to, not cited: 迎接/喜迎/筹备 before it, or 召开 right after it. */
function upcoming(s: string, span: Span): boolean {
  const before = s.slice(Math.max(0, span.offset - 6), span.offset);
  return /迎|筹备|即将/.test(before) || /^(?:胜利)?召开|^即将/.test(s.slice(span.offset + span.length));
}

const isNumeral = (ch: string | undefined) =>
  ch !== undefined && (NUM_CHARS.includes(ch) || /[0-9０-９]/.test(ch));
// X届 … 中全会 / 次全会 (with an elided list 二中、三中), or X届中央纪委 … 次全会.
/** Homophones typed for the 中 of X中全会 (十九届五种全会). */
const ZHONG_SLIPS = "种众钟终忠重";
const PLENUM = new RegExp(
  `(第?)(${NUM})([届界])(中央纪委)?((?:第?(?:${NUM})[中次${ZHONG_SLIPS}]、)*)(第?)(${NUM})(中全会|次全会|次全体会议|[${ZHONG_SLIPS}]全会)`,
  "g",
);
const ITEM = new RegExp(`(第?)(${NUM})([中次${ZHONG_SLIPS}])、`, "g");

function ordinalOf(s: string): { n: number | null; arabic: boolean } {
  const a = arabic(s);
  if (a !== null) return { n: a, arabic: true };
  return { n: parseOrdinal(s), arabic: false };
}

/** A local Party committee or commission named earlier in the clause (its own X届X次全会). */
const LOCAL_CLAUSE = /[省市县区镇乡州]委|党委|党工委|(?<!中央)纪委|工委/;
function clauseBefore(before: string): string {
  let i = before.length - 1;
  while (i >= 0 && !"。；！？\n".includes(before[i])) i--;
  return before.slice(i + 1);
}

/** Characters that may end the name of a local body before its own X届X次全会 (市委十二届五次全会). */
const LOCAL_BEFORE = /[委会协盟旗]$/;

function checkCongress(pc: ParagraphContext, m: RegExpExecArray): void {
  const s = pc.text;
  const numText = m[3] ?? m[4];
  // Without 党的, only a multi-character numeral (十九大精神; not 十大精神, which may be a list of ten).
  if (!m[1] && (numText.length < 2 || NUM_CHARS.includes(s[m.index - 1] ?? ""))) return;
  const numOffset = m.index + (m[1] ? 2 + m[2].length : 0);
  const { n, arabic: isArabic } = ordinalOf(numText);
  const whole: Span = { offset: m.index, length: m[0].length };
  const text = m[0];
  if (n === null) {
    if (!isArabic) pc.report(numOffset, numText.length, say("ordinal.illFormed", { text, num: numText }));
    return;
  }
  if (isArabic) return; // 党的20大: the formulation rule has it.
  if (m[2]) {
    pc.report(m.index + 2, 1, say("ordinal.extraDi", { text, fix: `党的${numText}大` }), "", "warning");
  }
  checkCongressYear(pc, whole, text, n);
}

/** A congress not yet held in the report's year (the next one is due five years after the last). */
function checkCongressYear(pc: ParagraphContext, whole: Span, text: string, n: number): void {
  const c = congressDate(n);
  const cite = pc.citeYear;
  // 以优异成绩迎接党的二十大胜利召开 (a report on 2021): the next congress, looked forward to.
  if (!c || upcoming(pc.text, whole)) return;
  if (c.estimated) {
    // Without the report's year only a congress two or more ahead of the next one is impossible.
    const impossible = cite === null ? n >= LAST_CONGRESS + 2 : year(c.date) > cite;
    if (impossible)
      pc.report(
        whole.offset,
        whole.length,
        say("ordinal.notYet", { text, year: pc.year ?? cite ?? KNOWN_YEAR }),
      );
    return;
  }
  if (cite !== null && year(c.date) > cite && !datedRefCovers(pc, whole))
    pc.report(whole.offset, whole.length, say("ordinal.notYet", { text, year: pc.year ?? cite }));
}

const FULL_CONGRESS = "次全国代表大会";

/** 党的第X次全国代表大会, 中国共产党第X次全国代表大会: the same checks as 党的X大. */
function checkFullCongress(pc: ParagraphContext, i: number): void {
  const s = pc.text;
  let j = i;
  while (j > 0 && isNumeral(s[j - 1])) j--;
  if (j === i || s[j - 1] !== "第") return;
  const prefix = s.startsWith("党的", j - 3) ? 2 : s.startsWith("中国共产党", j - 6) ? 5 : 0;
  if (!prefix) return;
  const start = j - 1 - prefix;
  const whole: Span = { offset: start, length: i + FULL_CONGRESS.length - start };
  const text = s.slice(start, whole.offset + whole.length);
  const numText = s.slice(j, i);
  const { n, arabic: isArabic } = ordinalOf(numText);
  if (n === null) {
    if (!isArabic) pc.report(j, numText.length, say("ordinal.illFormed", { text, num: numText }));
    return;
  }
  if (!isArabic) checkCongressYear(pc, whole, text, n);
}

function checkPlenumMatch(pc: ParagraphContext, m: RegExpExecArray): void {
  const s = pc.text;
  const [text, diTerm, termText, jie, ccdiInside, list, diPlenum, plenumText, typedTail] = m;
  const start = m.index;
  if (NUM_CHARS.includes(s[start - 1] ?? "") || /[0-9０-９]/.test(s[start - 1] ?? "")) return;
  const termOffset = start + diTerm.length;
  const jieOffset = termOffset + termText.length;
  const listOffset = jieOffset + 1 + (ccdiInside ? 4 : 0);
  const plenumOffset = listOffset + list.length + diPlenum.length;
  const span: Span = { offset: start, length: text.length };
  const term = ordinalOf(termText);
  if (term.n === null) {
    if (!term.arabic)
      pc.report(termOffset, termText.length, say("ordinal.illFormed", { text, num: termText }));
    return;
  }
  const before = s.slice(0, start);
  const partyBefore = before.endsWith("党的");
  // 二十届中央纪委四次全会, or 中央纪委二十届四次全会.
  const ccdi = !!ccdiInside || before.endsWith("中央纪委");
  const localBody = !partyBefore && !ccdi && LOCAL_BEFORE.test(before);
  // 次全会 for a local body (县委十五届三次全会) is right: leave local meetings alone.
  if (localBody) return;
  if (jie === "界") pc.report(jieOffset, 1, say("ordinal.jie", { text }), "届");
  // 五种全会 → 五中全会 (or 五次全会 for the CCDI, reported below as 中全会).
  const slip = ZHONG_SLIPS.includes(typedTail[0]);
  const tail = slip ? "中全会" : typedTail;
  if (slip && !ccdi) {
    const at = plenumOffset + plenumText.length;
    pc.report(at, 1, say("ordinal.zhong", { text, wrong: typedTail[0] }), "中");
  }
  if (term.arabic) {
    pc.report(
      termOffset,
      termText.length,
      say("ordinal.arabic", { text, fix: toOrdinal(term.n) }),
      toOrdinal(term.n),
      "warning",
    );
  }
  if (diTerm && !ccdi && tail === "中全会") {
    const fix = text.slice(diTerm.length).replace("界", "届");
    pc.report(start, 1, say("ordinal.extraDi", { text, fix }), "", "warning");
  }
  if (diPlenum && tail === "中全会") {
    const fix = text.slice(0, plenumOffset - start - 1) + text.slice(plenumOffset - start);
    pc.report(plenumOffset - 1, 1, say("ordinal.extraDi", { text, fix }), "");
  }
  // Every plenum of the (possibly elided) list.
  const plenums: { text: string; offset: number }[] = [];
  ITEM.lastIndex = 0;
  for (let im = ITEM.exec(list); im; im = ITEM.exec(list)) {
    const at = listOffset + im.index + im[1].length;
    plenums.push({ text: im[2], offset: at });
    if (ZHONG_SLIPS.includes(im[3]))
      pc.report(at + im[2].length, 1, say("ordinal.zhong", { text, wrong: im[3] }), ccdi ? "次" : "中");
  }
  plenums.push({ text: plenumText, offset: plenumOffset });
  let bad = false;
  for (const p of plenums) {
    const o = ordinalOf(p.text);
    if (o.n === null) {
      if (!o.arabic) pc.report(p.offset, p.text.length, say("ordinal.illFormed", { text, num: p.text }));
      bad = true;
    } else if (o.arabic) {
      pc.report(
        p.offset,
        p.text.length,
        say("ordinal.arabic", { text, fix: toOrdinal(o.n) }),
        toOrdinal(o.n),
        "warning",
      );
    }
  }
  if (ccdi && tail === "中全会") {
    const tailOffset = plenumOffset + plenumText.length;
    pc.report(
      tailOffset,
      3,
      say("ordinal.ccdiZhong", { text, fix: text.slice(0, tailOffset - start) + "次全会" }),
      "次全会",
    );
  } else if (!ccdi && tail !== "中全会") {
    const cc = `${termText}届${plenumText}中全会`;
    const dc = `${termText}届中央纪委${plenumText}次全会`;
    if (partyBefore)
      pc.report(
        plenumOffset + plenumText.length,
        tail.length,
        say("ordinal.ciQuanhui", { text, fix: cc }),
        "中全会",
      );
    else if (term.n >= 17 && term.n <= 21 && !LOCAL_CLAUSE.test(clauseBefore(before)))
      pc.report(start, text.length, say("ordinal.ambiguous", { text, cc, dc }), null, "warning");
    return;
  }
  if (bad) return;
  for (const p of plenums) {
    const n = ordinalOf(p.text).n!;
    if (checkPlenum(pc, span, text, term.n, n, ccdi ? disciplinePlenums : centralPlenums)) return;
  }
}

export const partyOrdinal = paragraphRule(
  {
    id: "party-ordinal",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "规范表述：党的全国代表大会和中央全会的届次（新华社公报）",
      "en-US": "Standard wording: the ordinals of Party congresses and plenums (Xinhua communiqués)",
    },
    fixable: true,
    description: {
      "zh-CN":
        "党的代表大会、中央全会和中央纪委全会的届次写法有误（如“十二十大”“二十界三中全会”“党的二十届三次全会”），或引用了报告年度尚未召开的全会。",
      "en-US":
        "A Party congress or plenum ordinal is garbled (十二十大, 二十界三中全会, 党的二十届三次全会) or cites a plenum not yet held in the report's year.",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.length < 3) return;
    for (let i = s.indexOf("大", 1); i > 0; i = s.indexOf("大", i + 1)) {
      if (!isNumeral(s[i - 1])) continue;
      let j = i - 1;
      while (j > 0 && isNumeral(s[j - 1])) j--;
      CONGRESS.lastIndex = s.startsWith("党的第", j - 3) ? j - 3 : s.startsWith("党的", j - 2) ? j - 2 : j;
      const m = CONGRESS.exec(s);
      if (m) checkCongress(pc, m);
    }
    for (let i = s.indexOf(FULL_CONGRESS); i > 0; i = s.indexOf(FULL_CONGRESS, i + 1))
      checkFullCongress(pc, i);
    if (s.indexOf("全会") < 0 && s.indexOf("全体会议") < 0) return;
    PLENUM.lastIndex = 0;
    for (let m = PLENUM.exec(s); m; m = PLENUM.exec(s)) checkPlenumMatch(pc, m);
  },
);
