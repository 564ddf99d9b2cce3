/**
 * halfwidth-punctuation: half-width , ; : ? ! ( ) " in Chinese text (GB/T 15834-2011: Chinese text
 * takes full-width marks). Right inside Latin text and numbers: 3.5%, 1:1000, 10:30, 1,000, (Word).
 */
import { rulesText } from "../../i18n/messages/rules";
import { isAsciiAlnum, isChineseContext, isHan, isSpace, localized } from "./util";
import { paragraphRule, type ParagraphContext } from "./types";

const HALF = /[,;:?!()"]/;
const FULL: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

function code(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** Nearest non-space neighbour code on one side. */
function neighbour(s: string, i: number, step: 1 | -1): number {
  let k = i + step;
  while (k >= 0 && k < s.length && s.charCodeAt(k) === 32) k += step;
  return code(s, k);
}

function chinese(c: number): boolean {
  return c >= 0 && isChineseContext(c);
}

function flag(pc: ParagraphContext, i: number, ch: string, full: string): void {
  pc.report(i, 1, localized(rulesText, "halfwidth.found", { mark: ch, full }), full);
}

export const halfwidthPunctuation = paragraphRule(
  {
    id: "halfwidth-punctuation",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011《标点符号用法》",
      "en-US": "GB/T 15834-2011 Use of punctuation marks",
    },
    fixable: true,
    description: {
      "zh-CN": '中文语境中使用了半角标点（, ; : ? ! ( ) "），应使用全角标点。',
      "en-US": 'A half-width mark (, ; : ? ! ( ) ") in Chinese text; Chinese text takes full-width marks.',
    },
  },
  (pc) => {
    const s = pc.text;
    if (!HALF.test(s)) return;
    // Heading markers like (一) are reported by heading-marker-form.
    const skipTo = pc.heading && pc.heading.problem ? pc.heading.textOffset : 0;
    const parenDone = new Set<number>();
    let quoteIndex = 0;
    const scan = /[,;:?!()"]/g;
    scan.lastIndex = skipTo;
    let hit: RegExpExecArray | null;
    while ((hit = scan.exec(s))) {
      const i = hit.index;
      const ch = hit[0];
      if (ch === '"') {
        const open = quoteIndex % 2 === 0;
        quoteIndex++;
        const p = code(s, i - 1);
        const n = code(s, i + 1);
        if (chinese(p) || chinese(n)) {
          const full = open ? "“" : "”";
          pc.report(i, 1, localized(rulesText, "halfwidth.found", { mark: ch, full }), full);
        }
        continue;
      }
      const full = FULL[ch];
      if (!full) continue;
      if (ch === "(" || ch === ")") {
        if (parenDone.has(i)) continue;
        if (ch === "(") {
          // the matching ) within 200 characters, with no ( in between
          let close = -1;
          for (let k = i + 1; k < s.length && k - i <= 200; k++) {
            const c = s.charCodeAt(k);
            if (c === 0x28) break;
            if (c === 0x29) {
              close = k;
              break;
            }
          }
          if (close >= 0) {
            let hanInside = false;
            for (let k = i + 1; k < close && !hanInside; k++) hanInside = isHan(s.charCodeAt(k));
            const outer = chinese(code(s, i - 1)) || chinese(code(s, close + 1));
            parenDone.add(close);
            if (hanInside || outer) {
              flag(pc, i, "(", "（");
              flag(pc, close, ")", "）");
            }
            continue;
          }
        }
        if (chinese(code(s, i - 1)) || chinese(code(s, i + 1))) flag(pc, i, ch, full);
        continue;
      }
      const p = code(s, i - 1);
      const n = code(s, i + 1);
      if (isAsciiAlnum(p) && isAsciiAlnum(n)) continue; // 1,000  1:1000  10:30
      if (ch === ":" && n === 47) continue; // http://
      const pn = isSpace(p) ? neighbour(s, i, -1) : p;
      const nn = isSpace(n) ? neighbour(s, i, 1) : n;
      if (chinese(pn) || chinese(nn)) flag(pc, i, ch, full);
    }
  },
);

/**
 * halfwidth-period: a half-width "." right between two Han characters (工作.下一步) is a full stop
 * typed in the wrong width. Never a number, a 1. marker, a URL or a file name (those have Latin or
 * digits beside the dot); a heading marker 一. is heading-marker-form's. Apart from
 * halfwidth-punctuation so that it can be judged on texts whose source normalised , : ; ( ) to
 * half-width: an ASCII "." survives such sources as written.
 */
export const halfwidthPeriod = paragraphRule(
  {
    id: "halfwidth-period",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011 4.1 句号",
      "en-US": "GB/T 15834-2011 4.1 full stop",
    },
    fixable: true,
    description: {
      "zh-CN": "两个汉字之间的半角“.”，应为句号“。”。",
      "en-US": "A half-width “.” between two Chinese characters, where a full stop “。” belongs.",
    },
  },
  (pc) => {
    const s = pc.text;
    let i = s.indexOf(".");
    if (i < 0) return;
    const markerEnd = Math.max(
      pc.heading ? pc.heading.textOffset : 0,
      /^[一二三四五六七八九十]+\./.exec(s)?.[0].length ?? 0,
    );
    for (; i >= 0; i = s.indexOf(".", i + 1)) {
      if (i < markerEnd) continue;
      if (!isHan(code(s, i - 1)) || !isHan(code(s, i + 1))) continue;
      pc.report(i, 1, localized(rulesText, "period.found", {}), "。");
    }
  },
);
