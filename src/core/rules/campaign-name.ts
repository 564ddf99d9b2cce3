/**
 * campaign-name: the Party-wide study campaigns (src/genre/lexicon/campaigns.ts) in the wrong form
 * (党纪教育学习, 中央八项规定学习教育 without 精神) or the wrong year: cited in a report on a year
 * before it began (error; left to dated-reference for the campaigns it lists), or presented as
 * under way (开展…) in a report on a year after it ended (warning).
 */
import { rulesText } from "../../i18n/messages/rules";
import { campaigns, type Campaign } from "../../genre/lexicon/campaigns";
import type { WrongForm } from "../../genre/formulation-types";
import { DATED_REFS } from "./dated-reference";
import { literalSet, localized } from "./util";
import { paragraphRule, type ParagraphContext } from "./types";

interface Hit {
  campaign: Campaign;
  wrong: WrongForm | null;
}

const CAMPAIGNS = literalSet(() =>
  campaigns.flatMap((c) => [
    ...c.patterns.map((p): [string, Hit] => [p, { campaign: c, wrong: null }]),
    ...c.wrong.map((w): [string, Hit] => [w.text, { campaign: c, wrong: w }]),
  ]),
);

const year = (d: string) => Number(d.slice(0, 4));

function years(c: Campaign): string {
  const a = year(c.since);
  const b = year(c.until);
  return a === b ? `${a}年` : `${a}—${b}年`;
}

/** A verb presenting the campaign as this year's work, right before the name. */
const UNDER_WAY = /(?:扎实|深入|全面|认真|正在|组织|持续|部署|启动|集中)?开展$|启动$/;
/** Words that put the campaign in the past or speak of its results. */
const PAST_AFTER = /^(?:成果|期间|以来|回头看|总结|中形成|中建立|的成果|常态化|长效化)/;
const PAST_CLAUSE = /以来|期间|回顾|此前|先后|曾|常态化|长效化|经常性|持续开展$|(?:19|20)\d\d年/;

function clauseBefore(s: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && !"。；！？".includes(s[i])) i--;
  return s.slice(i + 1, offset);
}

function datedRefCovers(pc: ParagraphContext, offset: number, length: number): boolean {
  return pc.literals(DATED_REFS).some((m) => m.offset < offset + length && m.offset + m.text.length > offset);
}

export const campaignName = paragraphRule(
  {
    id: "campaign-name",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "规范表述：中共中央、中共中央办公厅关于开展学习教育的通知",
      "en-US": "Standard wording: the notices of the CPC Central Committee launching each campaign",
    },
    fixable: true,
    description: {
      "zh-CN":
        "全党集中学习教育的名称有误（如“党纪教育学习”“中央八项规定学习教育”），或与报告年度不符（开展之前引用，或结束之后仍写作正在开展）。",
      "en-US":
        "A Party-wide study campaign is misnamed, or does not fit the report's year (cited before it began, or presented as under way after it ended).",
    },
  },
  (pc) => {
    const s = pc.text;
    if (s.length < 4 || s.indexOf("教育") < 0) return;
    let coveredTo = -1;
    for (const m of pc.literals(CAMPAIGNS)) {
      if (m.offset < coveredTo) continue;
      const { campaign: c, wrong } = m.value;
      coveredTo = m.offset + m.text.length;
      if (wrong) {
        const fix = wrong.fix ?? c.name;
        pc.report(
          m.offset,
          m.text.length,
          localized(rulesText, "campaign.wrong", { text: m.text, fix, name: c.name, years: years(c) }),
          fix,
          wrong.severity ?? "error",
        );
        continue;
      }
      const cite = pc.citeYear;
      if (cite !== null && year(c.since) > cite) {
        if (!datedRefCovers(pc, m.offset, m.text.length))
          pc.report(
            m.offset,
            m.text.length,
            localized(rulesText, "campaign.before", { name: c.name, since: c.since, year: pc.year ?? cite }),
          );
        continue;
      }
      const y = pc.year;
      if (y === null || y <= year(c.until)) continue;
      const clause = clauseBefore(s, m.offset);
      if (!UNDER_WAY.test(clause) || PAST_CLAUSE.test(clause)) continue;
      if (PAST_AFTER.test(s.slice(coveredTo))) continue;
      pc.report(
        m.offset,
        m.text.length,
        localized(rulesText, "campaign.ended", { name: c.name, until: c.until, year: y }),
        null,
        "warning",
      );
    }
  },
);
