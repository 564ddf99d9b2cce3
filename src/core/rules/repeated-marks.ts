/**
 * repeated-marks: two sentence marks in a row (。。 ，， 、、 ，。 ；， …) and doubled or mixed
 * exclamation/question marks (！！ ？！), which a report does not use. The fix keeps the stronger mark.
 * Three or more 。 are an ellipsis typed wrongly (rule dash-ellipsis).
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { paragraphRule } from "./types";

/** Strength: the fix keeps the strongest mark of the run. */
const RANK: Record<string, number> = { "、": 1, "，": 2, "：": 3, "；": 4, "。": 5, "！": 6, "？": 7 };

export const repeatedMarks = paragraphRule(
  {
    id: "repeated-marks",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011《标点符号用法》",
      "en-US": "GB/T 15834-2011 Use of punctuation marks",
    },
    fixable: true,
    description: {
      "zh-CN": "标点重复或连用（。。 ，， 、、 ，。 ！！ ？！）。",
      "en-US": "A punctuation mark doubled or two marks in a row (。。 ，， 、、 ，。 ！！ ？！).",
    },
  },
  (pc) => {
    const s = pc.text;
    const re = /[、，：；。！？]{2,}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const run = m[0];
      if (/^。{3,}$/.test(run)) continue; // 。。。: dash-ellipsis
      let best = run[0];
      for (const ch of run) if (RANK[ch] > RANK[best]) best = ch;
      pc.report(m.index, run.length, localized(rulesText, "repeated.found", { text: run, fix: best }), best);
    }
  },
);
