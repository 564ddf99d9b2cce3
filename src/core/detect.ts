/**
 * Detect the report's kind (ids of GENRE.md section 2) and year from its title and text.
 * Kind: the title (or a first line the outline did not take for one), then the opening's transition
 * sentence (现将……报告如下); then, in a text that presents itself as a report (a transition sentence, or
 * an addressee other than a salutation such as 同志们), the opening and the first paragraphs; then, for
 * such a text without a title line, its body: the level-1 headings (一、履行第一责任人职责情况), then the
 * kind whose cues occur in the most paragraphs (at least two). A title that names another kind of
 * document (…讲话, …通知, 政府工作报告, 督查调研报告, 审计工作报告) gives no kind.
 * Year: the title, then the opening (a year that names a period, 2024年 or 2024年度, not an event's
 * date such as 2021年11月8日), then the 成文日期, then the most frequent 20xx年 of the whole text.
 */
import type { DocModel } from "./model";
import type { DocStructure } from "./outline-types";
import { titleTextOf } from "./outline";
import type { KindId } from "../terms";
import { BUILTIN_KIND_REGISTRY, type KindRegistry } from "./kinds";
export interface Detection {
  kind: KindId | null;
  year: number | null;
  /** Where the year came from: the title is certain; the opening and the text are a guess. */
  yearFrom?: "title" | "opening" | "date" | "text" | null;
}

/** A title that names another kind of document (a speech, a notice, a plan): not a report of the genre. */
const OTHER_GENRE =
  /(?:讲话|讲话稿|讲话提纲|致辞|通知|方案|纪要|点评|政府工作报告|调研报告|审计(?:工作)?报告)$/;

/** A short first line without sentence punctuation (a title the outline did not recognise). */
function isHeadline(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 60 && !/[。；！？：:]/.test(t);
}

/** The salutation of a speech (同志们：), not a report's addressee. */
const SALUTATION = /^(?:同志们|各位(?:领导|同志|代表|委员|嘉宾)|女士们|朋友们|大家好)/;

const YEAR_RE = /((?:19|20)\d\d)(?:年|年度)/;

function yearIn(text: string): number | null {
  const m = YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}

/** A year that names a period (2024年, 2024年度), not the date of an event (2021年11月8日). */
const PERIOD_YEAR_RE = /((?:19|20)\d\d)(?:年度|年(?![0-9０-９一二三四五六七八九十]{1,2}月))/;

function periodYearIn(text: string): number | null {
  const m = PERIOD_YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}

/** The year of a 成文日期 line (2024年12月20日, 2024.12.20, 二〇二四年…), or null. */
function dateLineYear(text: string): number | null {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /((?:19|20)\d\d)/.exec(t);
  if (m) return Number(m[1]);
  const cn = /^[\s\u3000（(]*([〇零○Ｏ一二三四五六七八九]{4})年/.exec(t);
  if (!cn) return null;
  const digit = (c: string) =>
    "〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : 0;
  return Number([...cn[1]].map(digit).join(""));
}

/**
 * The kind of an untitled report read from its body: the first level-1 heading that names one, else the
 * kind whose cues occur in the most paragraphs, at least two (null: no clear kind).
 */
function kindFromBody(model: DocModel, structure: DocStructure, kinds: KindRegistry): KindId | null {
  const ps = model.paragraphs;
  for (const node of structure.roots) {
    const k = kinds.match(node.heading.text);
    if (k) return k.id;
  }
  const hits = new Map<KindId, number>();
  let scanned = 0;
  for (const p of ps) {
    if (scanned > 200_000) break;
    scanned += p.text.length;
    const k = kinds.match(p.text);
    if (k) hits.set(k.id, (hits.get(k.id) ?? 0) + 1);
  }
  let best: KindId | null = null;
  let most = 1;
  // Ties go to the kind tried first (the more specific one).
  for (const k of kinds.kinds) {
    const n = hits.get(k.id) ?? 0;
    if (n > most) [best, most] = [k.id, n];
  }
  return best;
}

/** The sentence of the opening that carries 如下 (the transition), or null. */
function transitionSentence(opening: string): string | null {
  const k = opening.lastIndexOf("如下");
  if (k < 0) return null;
  const before = opening.slice(0, k);
  const start = Math.max(before.lastIndexOf("。"), before.lastIndexOf("；"), before.lastIndexOf("！")) + 1;
  return opening.slice(start, k + 2);
}

/** Detection with the source of the kind (used by the check to gate kind-specific errors). */
export interface DetectionEx extends Detection {
  /**
   * Where the kind came from: the title (or an untitled first line) and the transition sentence
   * (现将2021年度党风廉政建设和反腐败情况报告如下) name it; the rest of the opening, the body and the
   * addressee are a guess (an audit or inspection report may use the genre's words too).
   */
  kindFrom: "title" | "transition" | "opening" | "body" | "addressee" | null;
}

export function detect(
  model: DocModel,
  structure: DocStructure,
  kinds: KindRegistry = BUILTIN_KIND_REGISTRY,
): Detection {
  const { kind, year, yearFrom } = detectEx(model, structure, kinds);
  return { kind, year, yearFrom };
}

export function detectEx(
  model: DocModel,
  structure: DocStructure,
  kinds: KindRegistry = BUILTIN_KIND_REGISTRY,
): DetectionEx {
  const kindIn = (text: string): KindId | null => kinds.match(text)?.id ?? null;
  const ps = model.paragraphs;
  const title = titleTextOf(structure, ps).text;
  const opening = structure.opening !== null ? ps[structure.opening].text : "";
  const transition = transitionSentence(opening) ?? "";
  // the head of the document: up to the first heading (or the first 5 paragraphs), at most 3,000 chars
  const firstHeading = structure.headings.length ? structure.headings[0].paragraph : Math.min(5, ps.length);
  let head = "";
  for (let i = 0; i < Math.max(firstHeading, 1) && i < ps.length && head.length < 3000; i++)
    head += ps[i].text + "\n";

  // Beyond the title and the transition sentence, a cue counts only in a text that presents itself as a
  // report (现将……报告如下, or an addressee): a speech or a government work report names 主体责任 too.
  const addressee = structure.addressee !== null && !SALUTATION.test(ps[structure.addressee].text.trim());
  const presentsItself = transitionSentence(opening) !== null || addressee;
  // A first line the outline did not take for a title (no 报告 at its end) still names what the text is.
  const first = ps.find((p) => p.text.trim() !== "");
  const headline = first && structure.title === null && isHeadline(first.text) ? first.text.trim() : "";
  let kind: KindId | null = null;
  let kindFrom: DetectionEx["kindFrom"] = null;
  if (!OTHER_GENRE.test(title.trim()) && !OTHER_GENRE.test(headline)) {
    kind = kindIn(title) ?? kindIn(headline);
    if (kind !== null) kindFrom = "title";
    else {
      kind = kindIn(transition);
      if (kind !== null) kindFrom = "transition";
      else if (presentsItself) {
        kind = kindIn(opening) ?? kindIn(head);
        if (kind !== null) kindFrom = "opening";
      }
    }
    if (kind === null && structure.title === null && presentsItself) {
      kind = kindFromBody(model, structure, kinds);
      if (kind !== null) kindFrom = "body";
    }
    if (kind === null && addressee) {
      kind = kinds.impliedByAddressee()?.id ?? null;
      if (kind !== null) kindFrom = "addressee";
    }
  }

  let yearFrom: Detection["yearFrom"] = null;
  let year = yearIn(title);
  if (year !== null) yearFrom = "title";
  else {
    year = periodYearIn(headline) ?? periodYearIn(transition) ?? periodYearIn(opening);
    if (year !== null) yearFrom = "opening";
    else if (structure.date !== null) {
      year = dateLineYear(ps[structure.date].text);
      if (year !== null) yearFrom = "date";
    }
  }
  if (year === null) {
    const counts = new Map<number, number>();
    const re = /((?:19|20)\d\d)(?=年)/g;
    let scanned = 0;
    for (const p of ps) {
      if (scanned > 2_000_000) break;
      scanned += p.text.length;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.text))) {
        const y = Number(m[1]);
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
    let best = 0;
    for (const [y, n] of counts)
      if (n > best || (n === best && year !== null && y > year)) [year, best] = [y, n];
    if (year !== null) yearFrom = "text";
  }
  return { kind, kindFrom, year, yearFrom };
}

/** The latest four-digit year written as 20xx年 anywhere in the document (null when none). */
export function latestYear(model: DocModel): number | null {
  let best: number | null = null;
  const re = /((?:19|20)\d\d)(?=年)/g;
  for (const p of model.paragraphs) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const y = Number(m[1]);
      if (best === null || y > best) best = y;
    }
  }
  return best;
}
