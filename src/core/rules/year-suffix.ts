/**
 * year-suffix: a four-digit year is followed by 年 or 年度 (2023以来 → 2023年以来; the slip
 * 2023以来年 → 2023年以来). Only time words after the figure make it a year: 以来 上半年 下半年 全年 初
 * 底 末 起 伊始 第一季度 期间, so counts (2023人, 2023个) and ranges (2023至2024年) stay silent.
 */
import { rulesText } from "../../i18n/messages/rules";
import { isDigit, localized } from "./util";
import { paragraphRule } from "./types";

const RE = /(?:19|20)\d\d(?=以来|上半年|下半年|全年|初|底|末|起|伊始|第[一二三四]季度|期间)/g;

export const yearSuffix = paragraphRule(
  {
    id: "year-suffix",
    category: "punctuation",
    severity: "error",
    sourceKind: "practice",
    source: { "zh-CN": "实务：年份写作“2024年”", "en-US": "Practice: a year is written 2024年" },
    fixable: true,
    description: {
      "zh-CN": "四位数年份后缺少“年”（如“2023以来”应为“2023年以来”）。",
      "en-US": "A four-digit year without 年 after it (2023以来 should be 2023年以来).",
    },
  },
  (pc) => {
    const s = pc.text;
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(s))) {
      const start = m.index;
      // part of a longer number, a standard's number (GB/T 9704-2012) or a code
      if (start > 0 && (isDigit(s.charCodeAt(start - 1)) || /[.\-/—A-Za-z]/.test(s[start - 1]))) continue;
      const year = m[0];
      // 2023以来年 → 2023年以来 (the 年 slipped behind the time word)
      if (s.startsWith("以来年", start + 4)) {
        pc.report(
          start,
          7,
          localized(rulesText, "year.misplaced", { text: s.slice(start, start + 7) }),
          `${year}年以来`,
        );
        continue;
      }
      pc.report(start, 4, localized(rulesText, "year.missing", { year }), `${year}年`);
    }
  },
);
