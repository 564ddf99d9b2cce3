/**
 * Party-wide study campaigns (学习教育、主题教育) with their exact names and years, for the rule
 * campaign-name (issue 10, class 2): a wrong form of the name, a campaign cited in a report on a
 * year before it began, or presented as under way in a report on a year after it ended. Dates
 * "YYYY-MM" from the notices that launched them and the meetings that concluded them (新华社).
 */
import type { WrongForm } from "../formulation-types";

export interface Campaign {
  id: string;
  /** The standard name. */
  name: string;
  /** Accepted ways of citing it (matched for the year checks; never flagged). */
  patterns: string[];
  wrong: WrongForm[];
  /** When it began and when it was concluded. */
  since: string;
  until: string;
  source: string;
}

const XI = "习近平新时代中国特色社会主义思想";

export const campaigns: readonly Campaign[] = [
  {
    id: "buwang-chuxin-zhuti-jiaoyu",
    name: "“不忘初心、牢记使命”主题教育",
    patterns: ["“不忘初心、牢记使命”主题教育"],
    wrong: [
      { text: "“不忘初心，牢记使命”主题教育", fix: "“不忘初心、牢记使命”主题教育" },
      { text: "“不忘初心 牢记使命”主题教育", fix: "“不忘初心、牢记使命”主题教育" },
      { text: "“不忘初心牢记使命”主题教育", fix: "“不忘初心、牢记使命”主题教育", severity: "warning" },
      { text: "不忘初心、牢记使命主题教育", fix: "“不忘初心、牢记使命”主题教育", severity: "warning" },
      { text: "不忘初心牢记使命主题教育", fix: "“不忘初心、牢记使命”主题教育", severity: "warning" },
    ],
    since: "2019-05",
    until: "2020-01",
    source:
      "中共中央《关于在全党开展“不忘初心、牢记使命”主题教育的意见》（2019年5月）；主题教育总结大会（2020年1月8日）",
  },
  {
    id: "dangshi-xuexi-jiaoyu",
    name: "党史学习教育",
    patterns: ["党史学习教育"],
    wrong: [{ text: "党史教育学习", fix: "党史学习教育" }],
    since: "2021-02",
    until: "2022-01",
    source:
      "党史学习教育动员大会（2021年2月20日）；中共中央《关于在全党开展党史学习教育的通知》（2021年2月）",
  },
  {
    id: "zhuti-jiaoyu-2023",
    name: `学习贯彻${XI}主题教育`,
    patterns: [`学习贯彻${XI}主题教育`],
    wrong: [
      {
        text: "学习贯彻新时代中国特色社会主义思想主题教育",
        fix: `学习贯彻${XI}主题教育`,
        note: "漏“习近平”",
      },
      { text: `学习${XI}主题教育`, fix: `学习贯彻${XI}主题教育`, severity: "warning", note: "漏“贯彻”" },
      { text: "社会主义思想主体教育", fix: "社会主义思想主题教育", note: "“主题”误作“主体”" },
    ],
    since: "2023-04",
    until: "2024-01",
    source: `中共中央《关于在全党深入开展学习贯彻${XI}主题教育的意见》（2023年4月）；第二批主题教育于2024年1月基本结束`,
  },
  {
    id: "dangji-xuexi-jiaoyu",
    name: "党纪学习教育",
    patterns: ["党纪学习教育"],
    wrong: [{ text: "党纪教育学习", fix: "党纪学习教育" }],
    since: "2024-04",
    until: "2024-07",
    source: "中共中央办公厅《关于在全党开展党纪学习教育的通知》（2024年4月），4月至7月开展",
  },
  {
    id: "baxiang-xuexi-jiaoyu",
    name: "深入贯彻中央八项规定精神学习教育",
    patterns: ["深入贯彻中央八项规定精神学习教育", "中央八项规定精神学习教育"],
    wrong: [
      {
        text: "深入贯彻中央八项规定学习教育",
        fix: "深入贯彻中央八项规定精神学习教育",
        note: "漏“精神”",
      },
      {
        text: "深入贯彻八项规定精神学习教育",
        fix: "深入贯彻中央八项规定精神学习教育",
        note: "漏“中央”",
      },
      { text: "中央八项规定学习教育", fix: "中央八项规定精神学习教育", note: "漏“精神”" },
      { text: "八项规定学习教育", fix: "中央八项规定精神学习教育", note: "漏“中央”“精神”" },
    ],
    since: "2025-03",
    until: "2025-07",
    source:
      "中共中央办公厅《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（2025年3月），3月至7月开展",
  },
];
