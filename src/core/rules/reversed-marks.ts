/**
 * reversed-marks: a quotation or book-title pair written the wrong way round (”十五五“, 》条例《):
 * a closing mark with nothing open before it, then the same pair's opening mark left unclosed, a
 * short stretch apart (error, fixed to “…” / 《…》); and, inside a quotation, a reversed inner pair
 * around a numbered term (“……实现”十五五“良好开局……” → ‘十五五’, warning: the counts balance, so
 * only the form of the term decides). Apart from paired-marks so that it can be judged on texts
 * whose source normalised , : ; ( ) to half-width: “” and 《》 survive such sources unchanged.
 */
import { rulesText } from "../../i18n/messages/rules";
import { isHan, localized } from "./util";
import { paragraphRule } from "./types";

export interface ReversedPair {
  /** Offset of the closing mark that comes first. */
  start: number;
  /** Offset after the opening mark that comes second. */
  end: number;
  fix: string;
  /** true: inside an enclosing quotation (the fix uses ‘’). */
  nested: boolean;
}

/** Longest stretch between the reversed marks. */
const MAX_INSIDE = 30;
/** A clause or sentence break: the two marks are not one pair across it. */
const BREAK = /[。！？；，：!?;,:]/;
/** Numbered terms quoted inside a quotation: 十五五, 两个维护, 四个意识, 三重一大, 一岗双责. */
const NUMBERED_TERM =
  /^(?:[一二三四五六七八九十]{1,2}[一二三四五六七八九十]|[两三四五六七八九十]个[\u4e00-\u9fff]{1,4}|[一二三四五六七八九十两][\u4e00-\u9fff][一二三四五六七八九十两][\u4e00-\u9fff])$/;

function pairsOf(s: string, open: string, close: string, out: ReversedPair[]): void {
  const oc = open.charCodeAt(0);
  const cc = close.charCodeAt(0);
  // the marks of this pair, by indexOf (no per-character work on the usual paragraph)
  const marks: number[] = [];
  let o = s.indexOf(open);
  let c = s.indexOf(close);
  if (o < 0 || c < 0) return;
  while (o >= 0 || c >= 0) {
    if (c < 0 || (o >= 0 && o < c)) {
      marks.push(o);
      o = s.indexOf(open, o + 1);
    } else {
      marks.push(c);
      c = s.indexOf(close, c + 1);
    }
  }
  // only a close followed by an open, close enough, can be a reversed pair: most paragraphs have none
  let candidate = false;
  for (let k = 0; k + 1 < marks.length && !candidate; k++) {
    const gap = marks[k + 1] - marks[k] - 1;
    candidate =
      s.charCodeAt(marks[k]) === cc && s.charCodeAt(marks[k + 1]) === oc && gap > 0 && gap <= MAX_INSIDE;
  }
  if (!candidate) return;
  // standard matching of this pair only: unopened closes and unclosed opens
  const unopened = new Set<number>();
  const partner = new Map<number, number>();
  const stack: number[] = [];
  for (const i of marks) {
    if (s[i] === open) stack.push(i);
    else if (stack.length === 0) unopened.add(i);
    else {
      const o = stack.pop() as number;
      partner.set(o, i);
      partner.set(i, o);
    }
  }
  const unclosed = new Set(stack);
  for (let k = 0; k + 1 < marks.length; k++) {
    const i = marks[k];
    const j = marks[k + 1];
    if (s[i] !== close || s[j] !== open) continue;
    if (j - i - 1 === 0 || j - i - 1 > MAX_INSIDE) continue;
    const inside = s.slice(i + 1, j);
    if (BREAK.test(inside)) continue;
    if (unopened.has(i) && unclosed.has(j)) {
      out.push({ start: i, end: j + 1, fix: open + inside + close, nested: false });
      continue;
    }
    // “……”十五五“……”: balanced by count; the inner term is quoted the wrong way round
    if (
      open === "“" &&
      partner.has(i) &&
      partner.has(j) &&
      NUMBERED_TERM.test(inside) &&
      isHan(s.charCodeAt(i - 1)) &&
      isHan(s.charCodeAt(j + 1))
    )
      out.push({ start: i, end: j + 1, fix: `‘${inside}’`, nested: true });
  }
}

/** The last paragraph asked about: this rule and paired-marks ask in turn for the same paragraph. */
let lastText: string | null = null;
let lastPairs: readonly ReversedPair[] = [];

/** The reversed pairs of a paragraph, in order (paired-marks leaves their marks to this rule). */
export function reversedPairs(s: string): readonly ReversedPair[] {
  if (s === lastText) return lastPairs;
  const out: ReversedPair[] = [];
  pairsOf(s, "“", "”", out);
  pairsOf(s, "《", "》", out);
  out.sort((a, b) => a.start - b.start);
  lastText = s;
  lastPairs = out;
  return out;
}

export const reversedMarks = paragraphRule(
  {
    id: "reversed-marks",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011 4.8 引号、4.15 书名号",
      "en-US": "GB/T 15834-2011 4.8 quotation marks, 4.15 book-title marks",
    },
    fixable: true,
    description: {
      "zh-CN": "引号或书名号方向颠倒（如”十五五“、》条例《）；引号内的引号用单引号。",
      "en-US":
        "Quotation or book-title marks the wrong way round (”十五五“, 》条例《); a quotation inside a quotation takes ‘’.",
    },
  },
  (pc) => {
    const s = pc.text;
    if (!s.includes("”") && !s.includes("》")) return;
    for (const r of reversedPairs(s)) {
      const text = s.slice(r.start, r.end);
      pc.report(
        r.start,
        r.end - r.start,
        localized(rulesText, r.nested ? "reversed.nested" : "reversed.found", { text, fix: r.fix }),
        r.fix,
        r.nested ? "warning" : "error",
      );
    }
  },
);
