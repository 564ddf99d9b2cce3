/**
 * Template fields: the 【请填写…】 syntax shared by templates, scaffolds, the phrase library and the checker.
 *
 * In data (src/genre), a text may carry tokens: form fields `{year}` `{period}` `{unit}` `{name}` `{post}`
 * `{to}` `{date}`, guidance `{?what to write}` and figures `{#what to count}`. Rendering replaces a filled form
 * field by its value and everything else by a placeholder 【请填写…】, and reports each placeholder as a
 * FieldSpan (edits.ts) so that a host can turn it into a content control and walk through them.
 * Year-bound tokens `{{plenum}}` `{{campaign}}` `{{plan}}` (core/year-items.ts) take the value of the form's
 * year, or render as a placeholder when there is none.
 * In a document, `findFields` finds the placeholders again from the text alone. Pure TypeScript.
 */
import type { YearData } from "./year-data";
import { isReportYear } from "../terms";
import type { FieldSpan } from "./edits";
import type { FormField } from "../genre/template-schema";
import {
  YEAR_TOKEN_LABELS,
  YEAR_TOKEN_SOURCE,
  yearOfValue,
  yearTokenValue,
  type YearToken,
} from "./year-items";

const FIELD_OPEN = "【";
const FIELD_CLOSE = "】";
const FIELD_PROMPT = "请填写";

/** Values of the short form; empty or missing values stay placeholders. */
export type FieldValues = Partial<Record<FormField, string>>;

/** The label each form field shows inside its placeholder (document text, hence Chinese). */
const FORM_FIELD_LABELS: Record<FormField, string> = {
  year: "年度",
  period: "季度或半年",
  unit: "单位名称",
  name: "报告人姓名",
  post: "职务",
  to: "主送机关",
  date: "成文日期",
};

const LABEL_TO_FIELD = new Map<string, string>(Object.entries(FORM_FIELD_LABELS).map(([k, v]) => [v, k]));

/** The placeholder text of a field label: 【请填写年度】. */
function placeholder(label: string): string {
  return `${FIELD_OPEN}${FIELD_PROMPT}${label}${FIELD_CLOSE}`;
}

const TOKEN = new RegExp(
  YEAR_TOKEN_SOURCE + String.raw`|\{(year|period|unit|name|post|to|date)\}|\{([?#])([^{}]+)\}`,
  "g",
);

/** Render a data text with the form values: placeholders for what is not filled, with their spans. */
export function renderFields(
  source: string,
  values: FieldValues = {},
  data?: YearData,
): { text: string; fields: FieldSpan[] } {
  let text = "";
  const fields: FieldSpan[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    text += source.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    if (m[1]) {
      const token = m[1] as YearToken;
      const value = yearTokenValue(token, yearOfValue(values.year), data);
      if (value) {
        text += value;
      } else {
        const ph = placeholder(YEAR_TOKEN_LABELS[token]);
        fields.push({ offset: text.length, length: ph.length, name: "text" });
        text += ph;
      }
    } else if (m[2]) {
      const name = m[2] as FormField;
      const value = values[name]?.trim();
      if (value) {
        text += value;
      } else {
        const ph = placeholder(FORM_FIELD_LABELS[name]);
        fields.push({ offset: text.length, length: ph.length, name });
        text += ph;
      }
    } else {
      const ph = placeholder(m[4].trim());
      fields.push({ offset: text.length, length: ph.length, name: m[3] === "#" ? "figure" : "text" });
      text += ph;
    }
  }
  text += source.slice(last);
  return { text, fields };
}

/** Field tokens a data text uses (for validation and tests). */
export function fieldTokens(source: string): string[] {
  return [...source.matchAll(TOKEN)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const FIGURE_LABEL = /(?:数|数量|次数|人数|金额|比例|个数|件数|笔数)$/;

/** The name of a placeholder from its label: a form field's name, "figure" for counts, else "text". */
function fieldNameOfLabel(label: string): string {
  const l = label.startsWith(FIELD_PROMPT) ? label.slice(FIELD_PROMPT.length) : label;
  const known = LABEL_TO_FIELD.get(l);
  if (known) return known;
  return FIGURE_LABEL.test(l) ? "figure" : "text";
}

/**
 * Find the fill-in fields of a paragraph: every 【…】 span (non-empty, not nested, closed in the same
 * paragraph). Offsets and lengths in UTF-16 code units, the brackets included.
 */
export function findFields(text: string): FieldSpan[] {
  const spans: FieldSpan[] = [];
  const re = /【([^【】\n]+)】/g;
  for (const m of text.matchAll(re)) {
    spans.push({ offset: m.index ?? 0, length: m[0].length, name: fieldNameOfLabel(m[1].trim()) });
  }
  return spans;
}

/** 2024年12月20日: Arabic numerals, full year, no leading zeros (GB/T 9704-2012 7.3.5.1). */
export function formatChineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/**
 * Read a date typed by the user: 2024-12-20, 2024/12/20, 2024.12.20, 20241220 or 2024年12月20日 (leading
 * zeros allowed). Returns the 2024年12月20日 form, or null when it is not a real date.
 */
export function normalizeDate(input: string): string | null {
  const s = input.trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(y, mo - 1, d);
  if (probe.getFullYear() !== y || probe.getMonth() !== mo - 1 || probe.getDate() !== d) return null;
  return `${y}年${mo}月${d}日`;
}

/** A four-digit year (MIN_YEAR-MAX_YEAR) as a string, or null. */
export function normalizeYear(input: string): string | null {
  const s = input.trim().replace(/年度?$/, "");
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return isReportYear(y) ? String(y) : null;
}

/** The form's defaults: last year, and today's date in the 2024年12月20日 form. */
export function defaultFieldValues(now: Date = new Date()): FieldValues {
  return { year: String(now.getFullYear() - 1), date: formatChineseDate(now) };
}
