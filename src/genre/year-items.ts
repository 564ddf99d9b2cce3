/**
 * Year-bound items that snippets and templates name (issue 14): the 中央纪委全会 a report on each year
 * studies, the year's central 学习教育 or 集中教育, and the five-year plan period. Text in templates, scaffolds
 * and snippets names them by token, resolved from the report's year when the text is inserted
 * (core/year-items.ts): `{{plenum}}`, `{{campaign}}`, `{{plan}}`.
 *
 * To add next year: append one row below (and the same plenum and campaign to src/genre/dated-refs.ts,
 * with their dates and sources). A year without a row, or without a campaign, leaves a 【请填写…】 field.
 * An organisation can add the row itself before an update ships, in its pack (`yearItems` and
 * `references`, src/genre/year-data-schema.ts): its row replaces the shipped one of the same year.
 */
export interface YearItem {
  /** Name as written in a report. */
  name: string;
  /** The id of the matching entry of src/genre/dated-refs.ts (its date and source). */
  ref: string;
}

export interface YearItems {
  year: number;
  /** The 中央纪委全会 held in January of the year. */
  plenum: YearItem;
  /** The central 学习教育 or 集中教育 of the year, if there was one. */
  campaign?: YearItem;
  /** The five-year plan period the year belongs to. */
  plan: string;
  /** An organisation's own plenum of the year (from its pack; the shipped rows have none). */
  localPlenum?: YearItem;
}

export const YEAR_ITEMS: readonly YearItems[] = [
  {
    year: 2021,
    plenum: { name: "十九届中央纪委五次全会", ref: "zhongjiwei-19-5" },
    campaign: { name: "党史学习教育", ref: "dangshi-xuexi-jiaoyu" },
    plan: "十四五",
  },
  {
    year: 2022,
    plenum: { name: "十九届中央纪委六次全会", ref: "zhongjiwei-19-6" },
    plan: "十四五",
  },
  {
    year: 2023,
    plenum: { name: "二十届中央纪委二次全会", ref: "zhongjiwei-20-2" },
    campaign: {
      name: "学习贯彻习近平新时代中国特色社会主义思想主题教育",
      ref: "zhuti-jiaoyu-2023",
    },
    plan: "十四五",
  },
  {
    year: 2024,
    plenum: { name: "二十届中央纪委三次全会", ref: "zhongjiwei-20-3" },
    campaign: { name: "党纪学习教育", ref: "dangji-xuexi-jiaoyu" },
    plan: "十四五",
  },
  {
    year: 2025,
    plenum: { name: "二十届中央纪委四次全会", ref: "zhongjiwei-20-4" },
    campaign: { name: "深入贯彻中央八项规定精神学习教育", ref: "baxiang-xuexi-jiaoyu" },
    plan: "十四五",
  },
  {
    year: 2026,
    plenum: { name: "二十届中央纪委五次全会", ref: "zhongjiwei-20-5" },
    campaign: { name: "树立和践行正确政绩观学习教育", ref: "zhengjiguan-xuexi-jiaoyu" },
    plan: "十五五",
  },
];
