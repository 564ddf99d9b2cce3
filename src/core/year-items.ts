/**
 * Year-bound tokens (src/genre/year-items.ts): `{{plenum}}`, `{{campaign}}` and `{{plan}}` in a data text
 * name the 中央纪委全会, the 学习教育 and the plan period of the report's year. Resolved when a template,
 * scaffold or snippet is rendered; without a year (or an item for it) the token becomes a 【请填写…】 field.
 * Pure TypeScript.
 */
import type { YearItems } from "../genre/year-items";
import { BUILTIN_YEAR_DATA, type YearData } from "./year-data";

export const YEAR_TOKENS = ["plenum", "campaign", "plan"] as const;
export type YearToken = (typeof YEAR_TOKENS)[number];

/** The label of each token's placeholder (document text, hence Chinese). */
export const YEAR_TOKEN_LABELS: Record<YearToken, string> = {
  plenum: "本年度学习贯彻的中央纪委全会",
  campaign: "本年度开展的学习教育",
  plan: "规划期",
};

/** The regular expression source of a year token, `{{name}}` (group 1: the name). */
export const YEAR_TOKEN_SOURCE = String.raw`\{\{(plenum|campaign|plan)\}\}`;

/** The items of a year (undefined when the data has no row for it); `data`: with an organisation's rows. */
export function yearItemsFor(
  year: number | null | undefined,
  data: YearData = BUILTIN_YEAR_DATA,
): YearItems | undefined {
  return data.itemsFor(year);
}

/** The value of a token for a year, or undefined when the data has none. */
export function yearTokenValue(
  token: YearToken,
  year: number | null | undefined,
  data: YearData = BUILTIN_YEAR_DATA,
): string | undefined {
  const items = yearItemsFor(year, data);
  if (!items) return undefined;
  if (token === "plenum") return items.plenum.name;
  if (token === "campaign") return items.campaign?.name;
  return items.plan;
}

/** Parse a form year ("2024") into a number, or null. */
export function yearOfValue(value: string | undefined): number | null {
  const m = /^\s*((?:19|20)\d\d)\s*$/.exec(value ?? "");
  return m ? Number(m[1]) : null;
}

const TOKENS = new RegExp(YEAR_TOKEN_SOURCE, "g");

/** Replace the year tokens of a text (a snippet's) by their values, or by 【请填写…】 placeholders. */
export function resolveYearTokens(
  text: string,
  year: number | null | undefined,
  data: YearData = BUILTIN_YEAR_DATA,
): string {
  return text.replace(TOKENS, (_m, token: YearToken) => {
    const value = yearTokenValue(token, year, data);
    return value ?? `【请填写${YEAR_TOKEN_LABELS[token]}】`;
  });
}

/** True when a text carries a year token. */
export function hasYearTokens(text: string): boolean {
  return new RegExp(YEAR_TOKEN_SOURCE).test(text);
}
