/**
 * dated-reference: a report on year Y that cites something which began after Y (a 2021 report
 * citing 党的二十大, GENRE.md section 7). Needs the report's year (detected or configured).
 */
import { rulesText } from "../../i18n/messages/rules";
import { datedRefs, type DatedRef } from "../../genre/dated-refs";
import { literalSet, localized } from "./util";
import { paragraphRule } from "./types";

export const DATED_REFS = literalSet(() =>
  datedRefs.flatMap((r) => r.patterns.map((p): [string, DatedRef] => [p, r])),
);

export const datedReference = paragraphRule(
  {
    id: "dated-reference",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：报告只能引用当年及以前的会议和文件",
      "en-US": "Practice: a report cites only what existed in its year",
    },
    fixable: false,
    description: {
      "zh-CN": "报告年度早于所引用的会议、活动或文件的时间（时间错位）。",
      "en-US": "The report cites a meeting, campaign or text that began after the report's year.",
    },
  },
  (pc) => {
    const citeYear = pc.citeYear;
    if (citeYear === null) return;
    const s = pc.text;
    if (s.length < 2) return;
    let coveredTo = -1;
    for (const m of pc.literals(DATED_REFS)) {
      if (m.offset < coveredTo) continue;
      const since = Number(m.value.since.slice(0, 4));
      if (since <= citeYear) continue;
      coveredTo = m.offset + m.text.length;
      pc.report(
        m.offset,
        m.text.length,
        localized(rulesText, "dated.after", {
          name: m.value.name,
          since: m.value.since,
          year: pc.year ?? citeYear,
        }),
      );
    }
  },
);
