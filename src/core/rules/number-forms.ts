/**
 * Small form rules on numbers and ordinals (GENRE.md section 6):
 * - date-leading-zero: no leading zeros in a date (2024年1月5日, not 2024年01月05日);
 * - ordinal-comma: 第一，第二， and 首先，其次， take a comma, not a 顿号 (第一、 → 第一，);
 * - year-range-dash: a range of years takes the 一字线 (2020—2022年, not 2020-2022年).
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { paragraphRule } from "./types";

const DATE = /((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?/g;

export const dateLeadingZero = paragraphRule(
  {
    id: "date-leading-zero",
    category: "punctuation",
    severity: "warning",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 9704-2012 7.3.5.1（月、日不编虚位）",
      "en-US": "GB/T 9704-2012 7.3.5.1 (no leading zeros)",
    },
    fixable: true,
    description: {
      "zh-CN": "日期中的月、日不编虚位（写作2024年1月5日，不写2024年01月05日）。",
      "en-US": "No leading zeros in a date: 2024年1月5日, not 2024年01月05日.",
    },
  },
  (pc) => {
    if (pc.role === "date") return; // date-form reports the date line
    const s = pc.text;
    if (s.indexOf("月0") < 0 && s.indexOf("年0") < 0) return;
    DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(s))) {
      const [all, y, mo, d] = m;
      if (!mo.startsWith("0") && !(d ?? "").startsWith("0")) continue;
      const fix = `${y}年${Number(mo)}月${d !== undefined ? `${Number(d)}日` : ""}`;
      pc.report(m.index, all.length, localized(rulesText, "date.zero", { text: all, fix }), fix);
    }
  },
);

const ORDINAL =
  /(?:^|[。；：！？\s])(第[一二三四五六七八九十]{1,3}|首先|其次|再次)、(?![一二三四五六七八九十第])/g;

export const ordinalComma = paragraphRule(
  {
    id: "ordinal-comma",
    category: "punctuation",
    severity: "warning",
    sourceKind: "standard",
    source: { "zh-CN": "GB/T 15834-2011 附录B.3", "en-US": "GB/T 15834-2011 appendix B.3" },
    fixable: true,
    description: {
      "zh-CN": "“第一”“首先”等序次语之后用逗号，不用顿号。",
      "en-US": "Ordinals such as 第一 and 首先 take a comma after them, not a 顿号.",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.indexOf("、") < 0) return;
    ORDINAL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ORDINAL.exec(s))) {
      const at = m.index + m[0].length - 1;
      pc.report(at, 1, localized(rulesText, "ordinal.comma", { word: m[1] }), "，");
      ORDINAL.lastIndex = at;
    }
  },
);

/**
 * A range of years joined by a hyphen, en dash or tilde (2020-2022年, 2020年-2022年): GB/T 15834-2011
 * 4.13.3.2 marks the start and end of a time span with the 一字线 (2020—2022年). Standard numbers
 * (GB/T 9704-2012) and codes are left alone: the first year must not follow a figure, a letter, a dot,
 * a slash or a dash, and 年 must follow the second.
 */
const YEAR_RANGE = /(?<![\d.\-/A-Za-z]\s?)((?:19|20)\d\d年?)(\s*[-－–~]\s*)((?:19|20)\d\d)(?=年)/g;

export const yearRangeDash = paragraphRule(
  {
    id: "year-range-dash",
    category: "punctuation",
    severity: "warning",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011 4.13.3.2 一字线（标示时间的起止）",
      "en-US": "GB/T 15834-2011 4.13.3.2 the 一字线 dash (start and end of a time span)",
    },
    fixable: true,
    description: {
      "zh-CN": "年份的起止用一字线“—”连接（如2020—2022年），不用短横线“-”或“~”。",
      "en-US": "A range of years takes the 一字线 — (2020—2022年), not a hyphen - or a tilde ~.",
    },
  },
  (pc) => {
    const s = pc.text;
    YEAR_RANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_RANGE.exec(s))) {
      const at = m.index + m[1].length;
      const dash = m[2];
      pc.report(
        at,
        dash.length,
        localized(rulesText, "yearRange.dash", { text: m[0] + "年", fix: `${m[1]}—${m[3]}年` }),
        "—",
      );
    }
  },
);
