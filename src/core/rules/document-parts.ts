/**
 * Rules on the parts around the body (GENRE.md section 3, 《党政机关公文处理工作条例》第九条,
 * GB/T 9704-2012 7.3.5.1):
 * - title-form: the title names the year, its 文种 is 报告 (not 总结, 汇报材料, 请示), no final mark;
 * - addressee-form: 主送 line ends with a full-width colon; a unit's report has one (info);
 * - opening-transition: the 导语 ends with a transition …如下：(。 after 如下 is info);
 * - signature-date: 落款 and 成文日期 present (info when missing);
 * - date-form: 成文日期 written 2024年12月20日 (not 2024.12.20, not 二〇二四年十二月二十日, no leading zeros).
 */
import { rulesText } from "../../i18n/messages/rules";
import { parseChineseNumeral } from "../numerals";
import { isDateLine } from "../outline-parts";
import { titleTextOf } from "../outline";
import { lastNonSpace, localized } from "./util";
import { documentRule } from "./types";

const TIAOLI = {
  "zh-CN": "《党政机关公文处理工作条例》第九条",
  "en-US": "Regulation on the Handling of Official Documents, art. 9",
};

const TITLE_FINAL = "。，；：、,.;:!?！？";
/** A template field for the year: its label names the year, or 年 follows it (【请填写】年度). */
const YEAR_FIELD = /【[^】]*年[^】]*】|【[^】]*】年/;
/** A template field for the period: its label names it, or it follows the year (…年【请填写】). */
const PERIOD_FIELD = /【[^】]*(?:季|半年|期)[^】]*】|年【[^】]*】/;
const WRONG_GENRE = /(总结|汇报材料|汇报提纲|汇报|请示|材料|发言提纲|发言)$/;

export const titleForm = documentRule(
  {
    id: "title-form",
    category: "genre",
    severity: "error",
    sourceKind: "regulation",
    source: TIAOLI,
    fixable: true,
    description: {
      "zh-CN": "标题应写明年度，文种为“报告”，末尾不加标点。",
      "en-US": "The title names the year, its document type is 报告, and it has no final punctuation.",
    },
  },
  (ctx) => {
    const ps = ctx.model.paragraphs;
    const t = ctx.structure.title;
    if (t === null) {
      // A title with a final mark is not recognised as a title: look at the first line.
      let i = 0;
      while (i < ps.length && (ctx.roles[i] === "empty" || ctx.roles[i] === "table")) i++;
      const s = i < ps.length ? ps[i].text.trim() : "";
      if (
        s.length > 0 &&
        s.length <= 60 &&
        TITLE_FINAL.includes(s[s.length - 1]) &&
        /报告|总结|^关于.+的/.test(s) &&
        !/[。，]/.test(s.slice(0, -1))
      ) {
        const end = lastNonSpace(ps[i].text);
        ctx.report({
          paragraph: i,
          offset: end,
          length: 1,
          message: localized(rulesText, "title.punct", { mark: ps[i].text[end] }),
          fix: "",
        });
        const g = WRONG_GENRE.exec(s.slice(0, -1));
        if (g) {
          const at = ps[i].text.indexOf(s) + g.index;
          ctx.report({
            paragraph: i,
            offset: at,
            length: g[1].length,
            message: localized(rulesText, "title.genre", { word: g[1] }),
            severity: ctx.kindCertain ? undefined : "warning",
          });
        }
        return;
      }
      ctx.report({ paragraph: null, severity: "info", message: localized(rulesText, "title.missing") });
      return;
    }
    const text = ps[t].text;
    // A title broken over two paragraphs (中共某县委员会 / 关于2024年度……的报告) is read whole.
    const whole = titleTextOf(ctx.structure, ps);
    const trimmed = whole.text;
    // A template field standing where the year belongs (【请填写年度】, 【…】年度) is unfilled-field's.
    if (
      ctx.profile?.profile.yearInTitle !== false &&
      !/(?:19|20)\d\d|[〇零○一二三四五六七八九]{4}年/.test(trimmed) &&
      !YEAR_FIELD.test(trimmed)
    ) {
      ctx.report({
        paragraph: t,
        offset: 0,
        length: text.length,
        severity: "warning",
        message: localized(rulesText, "title.year"),
      });
    }
    if (
      ctx.profile?.profile.periodInTitle === true &&
      !/季度|半年/.test(trimmed) &&
      !PERIOD_FIELD.test(trimmed)
    ) {
      ctx.report({
        paragraph: t,
        offset: 0,
        length: text.length,
        severity: "warning",
        message: localized(rulesText, "title.period"),
      });
    }
    const core = trimmed.replace(/[（(][^（）()]*[）)]$/, "");
    const g = WRONG_GENRE.exec(core);
    // The kind's own 文种 (对照检查材料) is right for it.
    const own = ctx.profile?.profile.titleGenre;
    if (g && !(own !== undefined && new RegExp(own, "u").test(core))) {
      // the line the word is on (the last one that starts at or before it; a word is not split)
      const line = whole.lines.filter((l) => l.at <= g.index).pop() ?? whole.lines[0];
      ctx.report({
        paragraph: line.paragraph,
        offset: line.offset + g.index - line.at,
        length: g[1].length,
        message: localized(rulesText, "title.genre", { word: g[1] }),
        // 汇报材料、总结 on a text the title does not name as one of the genre's kinds: perhaps
        // another genre (a 工作总结), so not an error
        severity: ctx.kindCertain ? undefined : "warning",
      });
    }
  },
);

export const addresseeForm = documentRule(
  {
    id: "addressee-form",
    category: "genre",
    severity: "error",
    sourceKind: "standard",
    source: { "zh-CN": "GB/T 9704-2012 7.3.2 主送机关", "en-US": "GB/T 9704-2012 7.3.2 addressee" },
    fixable: true,
    description: {
      "zh-CN": "主送机关顶格写，其后用全角冒号“：”；单位向上级报送的报告应有主送机关。",
      "en-US": "The addressee line ends with a full-width colon; a unit's report to a higher organ has one.",
    },
  },
  (ctx) => {
    const a = ctx.structure.addressee;
    if (a === null) {
      if (ctx.profile?.profile.addressee === "expected")
        ctx.report({ paragraph: null, severity: "info", message: localized(rulesText, "addressee.missing") });
      return;
    }
    const text = ctx.model.paragraphs[a].text;
    const end = lastNonSpace(text);
    if (text[end] === ":") {
      ctx.report({
        paragraph: a,
        offset: end,
        length: 1,
        message: localized(rulesText, "addressee.colon"),
        fix: "：",
      });
    }
  },
);

export const openingTransition = documentRule(
  {
    id: "opening-transition",
    category: "genre",
    severity: "warning",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：导语以“现将……报告如下：”过渡",
      "en-US": "Practice: the opening ends with 现将……报告如下：",
    },
    fixable: true,
    description: {
      "zh-CN": "导语应以“现将……报告如下：”之类的过渡语引出正文，“如下”后用冒号。",
      "en-US": "The opening leads into the body with a transition such as 现将……报告如下：, with a colon.",
    },
  },
  (ctx) => {
    let o = ctx.structure.opening;
    if (o === null || ctx.structure.headings.length === 0) return;
    // The transition may sit in a later paragraph before the first heading (a title line with a final
    // mark is taken for the opening by the outline).
    const firstHeading = ctx.structure.headings[0].paragraph;
    for (let p = firstHeading - 1; p > o; p--) {
      if (ctx.model.paragraphs[p].text.includes("如下")) {
        o = p;
        break;
      }
    }
    const text = ctx.model.paragraphs[o].text;
    const k = text.lastIndexOf("如下");
    if (k < 0) {
      ctx.report({
        paragraph: o,
        offset: 0,
        length: 0,
        severity: "info",
        message: localized(rulesText, "opening.missing"),
      });
      return;
    }
    const mark = text[k + 2];
    if (mark === undefined || mark === "：" || mark === ":") return; // ":" is halfwidth-punctuation's
    // The 述职 formula: ……汇报如下，请予评议。 (a request to the audience, then the body).
    if ((mark === "，" || mark === ",") && /^\s*请/.test(text.slice(k + 3))) return;
    if (mark === "。") {
      ctx.report({
        paragraph: o,
        offset: k + 2,
        length: 1,
        severity: "info",
        message: localized(rulesText, "opening.stop"),
        fix: "：",
      });
    } else if ("；，;,.、".includes(mark)) {
      ctx.report({
        paragraph: o,
        offset: k + 2,
        length: 1,
        message: localized(rulesText, "opening.mark", { mark }),
        fix: "：",
      });
    }
  },
);

export const signatureDate = documentRule(
  {
    id: "signature-date",
    category: "genre",
    severity: "info",
    sourceKind: "regulation",
    source: TIAOLI,
    fixable: false,
    description: {
      "zh-CN": "报告末尾应有落款（单位或报告人）和成文日期。",
      "en-US": "A report ends with a signature (unit or reporter) and the date.",
    },
  },
  (ctx) => {
    if (ctx.structure.headings.length === 0) return;
    // Unfilled template fields standing for the signature or the date (【请填写单位】) are
    // unfilled-field's; the parts are there.
    const ps = ctx.model.paragraphs;
    let seen = 0;
    for (let i = ps.length - 1; i >= 0 && seen < 4; i--) {
      const t = ps[i].text.trim();
      if (t === "") continue;
      seen++;
      if (/^【[^】]*】$/.test(t)) return;
    }
    // A 述责述廉 report read out at a meeting is signed under its title (structure.byline, headDate).
    if (ctx.structure.signature === null && (ctx.structure.byline ?? null) === null)
      ctx.report({ paragraph: null, message: localized(rulesText, "signature.missing") });
    if (ctx.structure.date === null && (ctx.structure.headDate ?? null) === null)
      ctx.report({ paragraph: null, message: localized(rulesText, "date.missing") });
  },
);

const CN_DIGIT = "〇一二三四五六七八九";

/** The standard form of a date line, or null when it cannot be read. */
export function standardDate(raw: string): string | null {
  const t = raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, "")
    .replace(/．/g, ".");
  let m = /^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?$/.exec(t);
  if (m) return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  m =
    /^([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,4})日$/.exec(
      t,
    );
  if (m) {
    const year = [...m[1]]
      .map((c) => (c === "零" || c === "○" || c === "Ｏ" ? 0 : CN_DIGIT.indexOf(c)))
      .join("");
    const month = parseChineseNumeral(m[2]);
    const day = parseChineseNumeral(m[3]);
    if (month === null || day === null) return null;
    return `${year}年${month}月${day}日`;
  }
  return null;
}

export const dateForm = documentRule(
  {
    id: "date-form",
    category: "genre",
    severity: "warning",
    sourceKind: "standard",
    source: { "zh-CN": "GB/T 9704-2012 7.3.5.1 成文日期", "en-US": "GB/T 9704-2012 7.3.5.1 date" },
    fixable: true,
    description: {
      "zh-CN": "成文日期用阿拉伯数字将年、月、日标全，年份不简写，月、日不编虚位（如2024年12月20日）。",
      "en-US": "The date is written in Arabic numerals, full year, no leading zeros: 2024年12月20日.",
    },
  },
  (ctx) => {
    const d = ctx.structure.date;
    if (d === null) return;
    const text = ctx.model.paragraphs[d].text;
    if (!isDateLine(text)) return;
    let start = 0;
    while (start < text.length && /[\s\u3000（(]/.test(text[start])) start++;
    let end = text.length;
    while (end > start && /[\s\u3000）)]/.test(text[end - 1])) end--;
    const span = text.slice(start, end);
    const fix = standardDate(span);
    if (fix === null || fix === span) return;
    // 2021年1月18: only 日 is missing (a slip, not a form): say so and add it.
    if (/^\d{4}年\d{1,2}月\d{1,2}$/.test(span) && fix === `${span}日`) {
      ctx.report({
        paragraph: d,
        offset: end,
        length: 0,
        message: localized(rulesText, "date.noDay", { text: span, fix }),
        fix: "日",
      });
      return;
    }
    ctx.report({
      paragraph: d,
      offset: start,
      length: end - start,
      message: localized(rulesText, "date.form", { text: span, fix }),
      fix,
    });
  },
);
