/**
 * leader-title: the standard form of 习近平总书记 (issue 10, class 2). 习总书记 and 近平总书记 are
 * errors, 习主席 a warning in this genre, nicknames (习大大) errors. 学习总书记重要讲话 is 学习 +
 * 总书记: a 习 closing a word (学习, 练习, 见习…) is not the surname.
 */
import { rulesText } from "../../i18n/messages/rules";
import { leaderTitleForms, wordsEndingInXi, type LeaderTitleForm } from "../../genre/lexicon/formulas-leader";
import { literalSet, localized } from "./util";
import { paragraphRule } from "./types";

const FORMS = literalSet(() => leaderTitleForms.map((f): [string, LeaderTitleForm] => [f.text, f]));

export const leaderTitle = paragraphRule(
  {
    id: "leader-title",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "规范表述：人民日报和中央文件的称谓用法",
      "en-US": "Standard wording: how the People's Daily and central documents name the leader",
    },
    fixable: true,
    description: {
      "zh-CN": "领导人称谓不规范（如“习总书记”“习主席”“习大大”），应为“习近平总书记”。",
      "en-US": "A non-standard name of the General Secretary (习总书记, 习主席, 习大大); write 习近平总书记.",
    },
  },
  (pc) => {
    const s = pc.text;
    for (const m of pc.literals(FORMS)) {
      const f = m.value;
      const prev = s[m.offset - 1] ?? "";
      if (f.text.startsWith("习") && wordsEndingInXi.includes(prev)) continue;
      if (f.text.startsWith("近平") && prev === "习") continue;
      pc.report(
        m.offset,
        m.text.length,
        localized(rulesText, f.kind === "informal" ? "leader.informal" : "leader.short", {
          text: m.text,
          fix: f.fix,
        }),
        f.fix,
        f.severity,
      );
    }
  },
);
