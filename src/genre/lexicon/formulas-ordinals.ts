/**
 * Party congresses and plenums, for the rule party-ordinal (issue 10, class 2): the ordinals are
 * checked by grammar (a well-formed Chinese numeral before 大 / 届 / 中全会 / 次全会), and these dates
 * say which congress or plenum existed in a report's year. Dates "YYYY-MM" from the communiqués
 * (新华社; 中国共产党历次全国代表大会数据库, cpc.people.com.cn). Known through `knownThrough`: a
 * plenum not listed for the current term is only "not yet held" for a report on a year up to then.
 */
export interface TermPlenums {
  /** Dates of the 1st, 2nd… plenum of the term. */
  dates: readonly string[];
  /** The term is over: no plenum beyond `dates.length` exists. */
  complete: boolean;
}

/** The last month these tables are known to be complete for. */
export const knownThrough = "2025-12";

/** National congresses (党的X大) from the 15th: number → date it opened. */
export const congresses: Readonly<Record<number, string>> = {
  15: "1997-09",
  16: "2002-11",
  17: "2007-10",
  18: "2012-11",
  19: "2017-10",
  20: "2022-10",
};

/** The congress after the last one listed is due five years later (党章第二十条: 每五年举行一次). */
export const congressInterval = 5;

/** Plenums of the Central Committee by term (X届X中全会). */
export const centralPlenums: Readonly<Record<number, TermPlenums>> = {
  17: {
    dates: ["2007-10", "2008-02", "2008-10", "2009-09", "2010-10", "2011-10", "2012-11"],
    complete: true,
  },
  18: {
    dates: ["2012-11", "2013-02", "2013-11", "2014-10", "2015-10", "2016-10", "2017-10"],
    complete: true,
  },
  19: {
    dates: ["2017-10", "2018-01", "2018-02", "2019-10", "2020-10", "2021-11", "2022-10"],
    complete: true,
  },
  20: { dates: ["2022-10", "2023-02", "2024-07", "2025-10"], complete: false },
};

/**
 * Plenums of the Central Commission for Discipline Inspection by term (X届中央纪委X次全会); only
 * the dates known for certain are listed, so earlier terms are not marked complete.
 */
export const disciplinePlenums: Readonly<Record<number, TermPlenums>> = {
  19: { dates: ["2017-10", "2018-01", "2019-01", "2020-01", "2021-01", "2022-01"], complete: false },
  20: { dates: ["2022-10", "2023-01", "2024-01", "2025-01"], complete: false },
};

/** No term has held more than nine plenums (the 13th Central Committee held nine). */
export const maxPlenums = 9;
