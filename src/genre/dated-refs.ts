/**
 * Dated references (GENRE.md section 7): events, campaigns, meetings and texts with the date they
 * began. A report on year Y cannot cite what came after Y (rule dated-reference). Dates are year and
 * month ("YYYY-MM"); extend the list each year.
 */
export interface DatedRef {
  id: string;
  /** Short name shown in messages. */
  name: string;
  /** Literal strings that cite it. */
  patterns: string[];
  /** When it began (or took effect), "YYYY-MM". */
  since: string;
  source: string;
}

export const datedRefs: DatedRef[] = [
  {
    id: "ershida",
    name: "党的二十大",
    patterns: [
      "党的二十大",
      "二十大精神",
      "二十大报告",
      "党的第二十次全国代表大会",
      "二十大会议精神",
      "二十大学习",
    ],
    since: "2022-10",
    source: "中国共产党第二十次全国代表大会，2022年10月16日至22日",
  },
  {
    id: "ershijie-erzhong",
    name: "党的二十届二中全会",
    patterns: ["二十届二中全会"],
    since: "2023-02",
    source: "中国共产党第二十届中央委员会第二次全体会议，2023年2月",
  },
  {
    id: "ershijie-sanzhong",
    name: "党的二十届三中全会",
    patterns: ["二十届三中全会"],
    since: "2024-07",
    source: "中国共产党第二十届中央委员会第三次全体会议，2024年7月",
  },
  {
    id: "ershijie-sizhong",
    name: "党的二十届四中全会",
    patterns: ["二十届四中全会"],
    since: "2025-10",
    source: "中国共产党第二十届中央委员会第四次全体会议，2025年10月",
  },
  {
    id: "zhongjiwei-20-2",
    name: "二十届中央纪委二次全会",
    patterns: [
      "二十届中央纪委二次全会",
      "二十届中央纪委第二次全会",
      "二十届中央纪委第二次全体会议",
      "中央纪委二十届二次全会",
    ],
    since: "2023-01",
    source: "中国共产党第二十届中央纪律检查委员会第二次全体会议，2023年1月9日至10日",
  },
  {
    id: "zhongjiwei-20-3",
    name: "二十届中央纪委三次全会",
    patterns: [
      "二十届中央纪委三次全会",
      "二十届中央纪委第三次全会",
      "二十届中央纪委第三次全体会议",
      "中央纪委二十届三次全会",
    ],
    since: "2024-01",
    source: "中国共产党第二十届中央纪律检查委员会第三次全体会议，2024年1月8日至10日",
  },
  {
    id: "zhongjiwei-20-4",
    name: "二十届中央纪委四次全会",
    patterns: [
      "二十届中央纪委四次全会",
      "二十届中央纪委第四次全会",
      "二十届中央纪委第四次全体会议",
      "中央纪委二十届四次全会",
    ],
    since: "2025-01",
    source: "中国共产党第二十届中央纪律检查委员会第四次全体会议，2025年1月6日至8日",
  },
  {
    id: "zhuti-jiaoyu-2023",
    name: "学习贯彻习近平新时代中国特色社会主义思想主题教育",
    patterns: ["学习贯彻习近平新时代中国特色社会主义思想主题教育"],
    since: "2023-04",
    source: "中共中央《关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》，2023年4月",
  },
  {
    id: "xuanji-xuandu",
    name: "《习近平著作选读》",
    patterns: ["《习近平著作选读》"],
    since: "2023-04",
    source: "人民出版社出版发行，2023年4月",
  },
  {
    id: "dangji-xuexi-jiaoyu",
    name: "党纪学习教育",
    patterns: ["党纪学习教育"],
    since: "2024-04",
    source: "中共中央办公厅《关于在全党开展党纪学习教育的通知》，2024年4月",
  },
  {
    id: "baxiang-xuexi-jiaoyu",
    name: "深入贯彻中央八项规定精神学习教育",
    patterns: ["深入贯彻中央八项规定精神学习教育", "中央八项规定精神学习教育"],
    since: "2025-03",
    source: "中共中央办公厅《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》，2025年3月",
  },
  {
    id: "chufen-tiaoli-2023",
    name: "2023年修订的《中国共产党纪律处分条例》",
    patterns: [
      "2023年修订的《中国共产党纪律处分条例》",
      "2023年12月修订的《中国共产党纪律处分条例》",
      "新修订的《中国共产党纪律处分条例》（2023年",
    ],
    since: "2024-01",
    source: "《中国共产党纪律处分条例》2023年12月修订，2024年1月1日起施行",
  },
  {
    id: "dangshi-xuexi-jiaoyu",
    name: "党史学习教育",
    patterns: ["党史学习教育"],
    since: "2021-02",
    source: "党史学习教育动员大会，2021年2月20日",
  },
  {
    id: "liangge-queli",
    name: "“两个确立”",
    patterns: ["两个确立"],
    since: "2021-11",
    source: "党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》，2021年11月",
  },
  {
    id: "shijiujie-liuzhong",
    name: "党的十九届六中全会",
    patterns: ["十九届六中全会"],
    since: "2021-11",
    source: "中国共产党第十九届中央委员会第六次全体会议，2021年11月",
  },
  {
    id: "zhongjiwei-19-5",
    name: "十九届中央纪委五次全会",
    patterns: ["十九届中央纪委五次全会", "十九届中央纪委第五次全会", "十九届中央纪委第五次全体会议"],
    since: "2021-01",
    source: "中国共产党第十九届中央纪律检查委员会第五次全体会议，2021年1月",
  },
  {
    id: "zhongjiwei-19-6",
    name: "十九届中央纪委六次全会",
    patterns: ["十九届中央纪委六次全会", "十九届中央纪委第六次全会", "十九届中央纪委第六次全体会议"],
    since: "2022-01",
    source: "中国共产党第十九届中央纪律检查委员会第六次全体会议，2022年1月",
  },
  {
    id: "xi-fazhi-sixiang",
    name: "习近平法治思想",
    patterns: ["习近平法治思想"],
    since: "2020-11",
    source: "中央全面依法治国工作会议，2020年11月",
  },
  {
    id: "jiwei-gongzuo-tiaoli",
    name: "《中国共产党纪律检查委员会工作条例》",
    patterns: ["《中国共产党纪律检查委员会工作条例》"],
    since: "2022-01",
    source: "中共中央印发，2022年1月",
  },
  {
    id: "xunshi-tiaoli-2024",
    name: "2024年修订的《中国共产党巡视工作条例》",
    patterns: ["2024年修订的《中国共产党巡视工作条例》"],
    since: "2024-02",
    source: "中共中央印发修订后的《中国共产党巡视工作条例》，2024年2月",
  },
];
