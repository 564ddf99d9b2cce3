/**
 * The parts of a report around its body: the title (one line or two), 主送, 导语, 落款 and 成文日期
 * (GENRE.md section 4). Pure TypeScript.
 */
import type { Paragraph } from "./model";
import { charCount, isBlank, toHalfwidthDigits, trimSpan } from "./text-utils";

const DATE_PATTERNS: RegExp[] = [
  /^\d{4}年\d{1,2}月\d{1,2}日$/,
  /^\d{4}年\d{1,2}月\d{1,2}$/, // 日 left out (date-form says so)
  /^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$/,
  /^[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,4}日$/,
];

/**
 * True when the (trimmed) line is a date: 2024年12月20日, and the wrong forms 2024年12月20, 2024.12.20,
 * 2024-12-20, 2024/12/20, 二〇二四年十二月二十日 (spaces and full-width digits allowed; one pair of
 * parentheses around it allowed).
 */
export function isDateLine(text: string): boolean {
  let t = toHalfwidthDigits(trimSpan(text).text)
    .replace(/[\s\u3000]/g, "")
    .replace(/．/g, ".");
  const paren = /^[（(](.*)[）)]$/.exec(t);
  if (paren) t = paren[1];
  if (t.length < 6 || t.length > 16) return false;
  return DATE_PATTERNS.some((re) => re.test(t));
}

/** Marks that cannot end a title (or a 落款 line). */
const FINAL_PUNCT = "。，；：、,.;:!?！？";
const TITLE_WORDS = /(报告|情况|汇报|总结|述职|述廉|述责|材料|发言|发言提纲)$/;
/** Longest title, addressee and signature lines, in characters. */
const TITLE_MAX = 60;
const ADDRESSEE_MAX = 40;
const SIGNATURE_MAX = 40;

function looksLikeTitle(p: Paragraph): boolean {
  const t = trimSpan(p.text).text;
  const len = charCount(t);
  if (len < 2 || len > TITLE_MAX) return false;
  if (FINAL_PUNCT.includes(t[t.length - 1])) return false;
  if (t.includes("。") || isDateLine(t)) return false;
  if (p.styleBuiltIn === "Title" || p.alignment === "centered") return true;
  return TITLE_WORDS.test(t) || /^关于.+的/.test(t);
}

function looksLikeAddressee(p: Paragraph): boolean {
  const t = trimSpan(p.text).text;
  const len = charCount(t);
  if (len < 2 || len > ADDRESSEE_MAX) return false;
  const last = t[t.length - 1];
  if (last !== "：" && last !== ":") return false;
  const body = t.slice(0, -1);
  // One organ or a few organs separated by 、 or ，; no sentence inside.
  return body.length > 0 && !/[。；;：:！？]/.test(body) && !/如下$/.test(body);
}

/** A short line (落款 candidate): no sentence punctuation inside or at the end. */
function isShortPlainLine(p: Paragraph, max: number): boolean {
  const t = trimSpan(p.text).text;
  const len = charCount(t);
  return len >= 2 && len <= max && !/[。，；;！？!?]/.test(t) && !FINAL_PUNCT.includes(t[t.length - 1]);
}

/** A unit, a post or a reporter line: what a 落款 without a date usually says. */
const SIGNER_LIKE =
  /((委员会|党委|党组|党工委|总支|支部|纪委|监委|政府|人大|政协|局|厅|委|办公室|办|部|院|中心|公司|集团|学校|大学|医院|所|站|处|科|队|街道|镇|乡|村|社区)$)|^(报告人|述职人|述责述廉人|汇报人)[：:]/;

/** True for a paragraph inside a table cell (never a heading, title, 主送, 落款 or date). */
export function inTable(p: Paragraph): boolean {
  return (p.tableNestingLevel ?? 0) > 0;
}

/**
 * A reporter's line under the title: 报告人：…, or a post and a name (市农业农村局党组书记、局长 陈立新,
 * 副校长 王 琛), or a name after a space.
 */
const BYLINE =
  /^(?:报告人|述职人|述责述廉人|汇报人)[：:]|(?:书记|局长|主任|部长|厅长|处长|科长|院长|校长|经理|董事长|委员|主席|市长|县长|区长|镇长|乡长|所长|队长|组长|社长|馆长|同志)[\s\u3000]*[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,3}$|[\s\u3000][\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,3}$/;

/** The parts before the first heading. */
export interface FrontMatter {
  title: number | null;
  /** The title's lines (two when it is broken over two paragraphs). */
  titleLines: number[];
  addressee: number | null;
  opening: number | null;
  /** The reporter's line and the date line under the title, when the report is signed there. */
  byline: number | null;
  headDate: number | null;
}

/** Title, 主送 and 导语: from the top, before the first heading (paragraph `firstHeading`). */
export function findFrontMatter(paras: readonly Paragraph[], firstHeading: number): FrontMatter {
  const blank = (i: number) => isBlank(paras[i].text);
  let title: number | null = null;
  let addressee: number | null = null;
  let opening: number | null = null;
  let byline: number | null = null;
  let headDate: number | null = null;
  let i = 0;
  while (i < firstHeading && (blank(i) || inTable(paras[i]))) i++;
  const titleLines: number[] = [];
  if (i < firstHeading && looksLikeTitle(paras[i])) {
    title = i;
    titleLines.push(i);
    i++;
  } else if (i < firstHeading && isShortPlainLine(paras[i], TITLE_MAX)) {
    // A title broken over two lines: 关于2024年度履行党风廉政建设 / 主体责任情况的报告.
    let k = i + 1;
    while (k < firstHeading && blank(k)) k++;
    if (k < firstHeading && k === i + 1 && isShortPlainLine(paras[k], TITLE_MAX)) {
      const joined = trimSpan(paras[i].text).text + trimSpan(paras[k].text).text;
      if (looksLikeTitle({ text: joined })) {
        title = i;
        titleLines.push(i, k);
        i = k + 1;
      }
    }
  }
  for (; i < firstHeading; i++) {
    if (blank(i) || inTable(paras[i])) continue;
    const p = paras[i];
    if (addressee === null && opening === null && looksLikeAddressee(p)) {
      addressee = i;
      continue;
    }
    if (isDateLine(p.text)) {
      // a date under the title
      if (title !== null && headDate === null) headDate = i;
      continue;
    }
    // Short lines without final punctuation between the title and the body: a subtitle or the
    // reporter's name and post, not the opening.
    const t = trimSpan(p.text).text;
    if (charCount(t) < 30 && !/[。：:！？；]$/.test(t)) {
      if (title !== null && byline === null && BYLINE.test(t)) byline = i;
      continue;
    }
    opening = i;
    break;
  }
  return { title, titleLines, addressee, opening, byline, headDate };
}

/** The parts after the body. */
export interface Closing {
  date: number | null;
  /** All 落款 lines (unit, then person), top to bottom. */
  signatureLines: number[];
}

/** 成文日期 and 落款: in the tail block after the last body paragraph (after paragraph `floor`). */
export function findClosing(paras: readonly Paragraph[], floor: number): Closing {
  let date: number | null = null;
  const signatureLines: number[] = [];
  const tail: number[] = [];
  for (let j = paras.length - 1; j > floor; j--) {
    if (isBlank(paras[j].text) || inTable(paras[j])) continue;
    if (!isShortPlainLine(paras[j], SIGNATURE_MAX) && !isDateLine(paras[j].text)) break;
    tail.unshift(j);
    if (tail.length > 6) break;
  }
  for (let k = tail.length - 1; k >= 0; k--) {
    if (isDateLine(paras[tail[k]].text)) {
      date = tail[k];
      for (let s = k - 1; s >= 0 && signatureLines.length < 3; s--) {
        if (isDateLine(paras[tail[s]].text)) break;
        signatureLines.unshift(tail[s]);
      }
      break;
    }
  }
  if (date === null && tail.length > 0 && tail.length <= 3) {
    const t = tail.map((k) => trimSpan(paras[k].text).text);
    if (t.some((s) => SIGNER_LIKE.test(s))) signatureLines.push(...tail);
  }
  return { date, signatureLines };
}
