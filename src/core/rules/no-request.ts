/**
 * no-request: a 报告 does not carry a request (《党政机关公文处理工作条例》第十五条（四）: 报告不得夹带
 * 请示事项). Flags 妥否，请批示 / 请予批准 / 特此请示 and kin.
 */
import { rulesText } from "../../i18n/messages/rules";
import { localized } from "./util";
import { paragraphRule } from "./types";

const RE =
  /(?:妥否|当否|可否)[，,]?\s*请(?:批示|批复|审批|指示|示复|审定)|请予(?:批准|审批|批复|批示)|特此请示|恳请(?:批准|审批|批复)|请(?:批示|批复|审批)[。！]?$|望(?:批准|批复)/g;

export const noRequest = paragraphRule(
  {
    id: "no-request",
    category: "genre",
    severity: "error",
    sourceKind: "regulation",
    source: {
      "zh-CN": "《党政机关公文处理工作条例》第十五条（四）",
      "en-US": "Regulation on the Handling of Official Documents, art. 15 (4)",
    },
    fixable: false,
    description: {
      "zh-CN": "报告中不得夹带请示事项（如“妥否，请批示”）。",
      "en-US": "A report must not carry a request (妥否，请批示 and the like).",
    },
  },
  (pc) => {
    const s = pc.text;
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(s))) {
      pc.report(m.index, m[0].length, localized(rulesText, "request.found", { text: m[0] }));
    }
  },
);
