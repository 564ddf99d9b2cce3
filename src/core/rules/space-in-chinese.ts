/**
 * space-in-chinese: no spaces inside Chinese text (公文 has no space between Chinese and figures
 * either), also inside a title, after a heading marker (1. 加强) and after a half-width comma before
 * Chinese. Leading indentation and trailing spaces are other matters (trailing-space). Spaces that
 * pad a two-character name (王\u3000琛) or part a post from a name (副校长 王琛) on a title or byline line
 * are layout, not text.
 */
import { rulesText } from "../../i18n/messages/rules";
import { isChineseContext, isDigit, isSpace, localized } from "./util";
import { paragraphRule } from "./types";

const SP = "[ \\t\\u00a0\\u3000\\u2000-\\u200b\\u202f]";
const HAN = "[\\u4e00-\\u9fff\\u3400-\\u4dbf]";
/** A name at the end of a line: two characters padded (王\u3000琛) or two to three characters (王琛). */
const NAME = `(?:${HAN}${SP}+${HAN}|${HAN}{2,3})`;
/** The posts a byline names before the reporter (副校长 王琛, 党委副书记、校长\u3000张明). */
const POST =
  "(?:书记|主任|委员|[校局处科厅部院县市区镇乡村组所站队社行馆会省州旗署]长|主席|经理|董事|专员|巡视员|调研员|秘书|干部|代表|组员|成员)";
/** A trailing name after a post, after other text (the title), or alone on the line. */
const NAME_TAIL = new RegExp(`(?:^|${SP}+|[：:]${SP}*)(?:(?:${HAN}|、){1,24}${POST}${SP}*)?${NAME}${SP}*$`);
/** A label before a name (报告人：王\u3000琛). */
const LABEL = /^[\u4e00-\u9fff]{1,6}[：:]$/;
const LETTER_SPACED = new RegExp(`^${SP}*${HAN}(?:${SP}+${HAN})+${SP}*$`);
const SENTENCE_MARKS = /[。，；！？,;!?]/;

/** The units of SP, for the scan of every paragraph (a table lookup per unit). */
const SPACE_UNIT = new Uint8Array(0x10000);
for (const c of [0x20, 0x09, 0xa0, 0x3000, 0x202f]) SPACE_UNIT[c] = 1;
for (let c = 0x2000; c <= 0x200b; c++) SPACE_UNIT[c] = 1;

/** The next unit of SP at or after `from`, or -1. */
function nextSpace(s: string, from: number): number {
  for (let k = from; k < s.length; k++) if (SPACE_UNIT[s.charCodeAt(k)] === 1) return k;
  return -1;
}

/**
 * Offset from which the spaces of a title or byline line are layout: the name at its end (with the
 * post before it, after a title), or 0 for a letter-spaced short line (述\u3000职\u3000报\u3000告); the line's
 * length otherwise.
 */
function layoutFrom(s: string, role: string): number {
  if (s.length > 60 || SENTENCE_MARKS.test(s)) return s.length;
  if (LETTER_SPACED.test(s)) return 0;
  const m = NAME_TAIL.exec(s);
  if (!m) return s.length;
  // A line that is only a name, or a post and a name, anywhere; after other text only on a title.
  const before = s.slice(0, m.index).trim();
  if (before === "" || role === "title" || /报告$/.test(before)) return m.index;
  if (/^[：:]/.test(m[0]) && LABEL.test(before + m[0][0])) return m.index;
  return s.length;
}

export const spaceInChinese = paragraphRule(
  {
    id: "space-in-chinese",
    category: "punctuation",
    severity: "warning",
    sourceKind: "practice",
    source: { "zh-CN": "实务：公文中文之间不留空格", "en-US": "Practice: no spaces inside Chinese text" },
    fixable: true,
    description: {
      "zh-CN": "中文文字之间（或中文与数字之间）有多余的空格。",
      "en-US": "A space inside Chinese text (or between Chinese and a figure).",
    },
  },
  (pc) => {
    // Spaces in 落款, date lines and table cells are layout (张  三), not text.
    if (pc.role === "signature" || pc.role === "date" || pc.role === "table") return;
    const s = pc.text;
    const layout = pc.role === "heading" ? s.length : layoutFrom(s, pc.role);
    const h = pc.heading;
    const afterMarker = h ? ((h as typeof h & { markerOffset?: number }).markerOffset ?? 0) : -1;
    // An automatic-numbering label is not in the text: no space after it to report.
    const markerEnd = h && !h.autoNumbered ? afterMarker + h.marker.length : -1;
    let i = 0;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++; // indentation
    let seen = 0;
    let titleDepth = 0;
    for (let at = nextSpace(s, i); at >= 0;) {
      i = at;
      let end = i + 1;
      while (end < s.length && isSpace(s.charCodeAt(end))) end++;
      if (end >= s.length) break; // trailing: trailing-space
      const p = s.charCodeAt(i - 1);
      const n = s.charCodeAt(end);
      const cp = isChineseContext(p);
      const cn = isChineseContext(n);
      // A title quoted in 《》 keeps its own spacing (《持续发力 纵深推进》): track the depth up to i.
      for (; seen < i; seen++) {
        const ch = s.charCodeAt(seen);
        if (ch === 0x300a) titleDepth++;
        else if (ch === 0x300b && titleDepth > 0) titleDepth--;
      }
      const inTitle = titleDepth > 0;
      // 1. 加强: a space after a heading marker; 学习, 加强: after a half-width comma in Chinese.
      const afterHeadingMarker = i === markerEnd;
      const afterAsciiComma =
        i >= 2 && ",;:".includes(s[i - 1]) && isChineseContext(s.charCodeAt(i - 2)) && cn;
      if (i >= layout) {
        // layout of a name on a title or byline line
      } else if (
        afterHeadingMarker ||
        (!inTitle && ((cp && cn) || (cp && isDigit(n)) || (isDigit(p) && cn) || afterAsciiComma))
      ) {
        const key = afterHeadingMarker ? "space.afterMarker" : "space.found";
        pc.report(i, end - i, localized(rulesText, key, { marker: h?.marker ?? "" }), "");
      }
      at = nextSpace(s, end);
    }
  },
);
