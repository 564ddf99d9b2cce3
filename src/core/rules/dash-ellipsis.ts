/**
 * dash-ellipsis: the 破折号 is —— (two em dashes) and the 省略号 is …… (two ellipses). A single — between
 * Chinese characters, --, ─ or ——— , and ... or 。。。 or a single … are flagged with a fix.
 * A single — between figures is the 一字线 of ranges (2021—2025) and is right; so is a single — between two
 * short Chinese names (GB/T 15834-2011 4.13.3: 北京—上海特别旅客快车, “北京—天津”, 春节—元宵节期间).
 */
import { rulesText } from "../../i18n/messages/rules";
import { isAsciiAlnum, isChineseContext, isDigit, isHan, localized } from "./util";
import { paragraphRule } from "./types";

function cc(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

const NAME_MAX = 5;
/** What may follow the second name of a range: 北京—上海特别旅客快车, 春节—元宵节期间. */
const RANGE_TAIL =
  /^(?:特别旅客快车|特快|铁路|高铁|高速公路|高速|公路|航线|班列|专线|方向|之间|期间|沿线|段)/;

/** A single — between two short Chinese names (the 一字线 of a range of places or times). */
function nameRange(s: string, dash: number): boolean {
  let a = dash;
  while (a > 0 && isHan(s.charCodeAt(a - 1)) && dash - a <= NAME_MAX) a--;
  const left = dash - a;
  if (left === 0 || left > NAME_MAX) return false;
  let b = dash + 1;
  while (b < s.length && isHan(s.charCodeAt(b))) b++;
  const right = b - dash - 1;
  if (right === 0) return false;
  if (right <= NAME_MAX) return true;
  for (let k = 1; k <= NAME_MAX && k < right; k++) if (RANGE_TAIL.test(s.slice(dash + 1 + k, b))) return true;
  return false;
}

export const dashEllipsis = paragraphRule(
  {
    id: "dash-ellipsis",
    category: "punctuation",
    severity: "error",
    sourceKind: "standard",
    source: {
      "zh-CN": "GB/T 15834-2011 4.10 破折号、4.11 省略号",
      "en-US": "GB/T 15834-2011 4.10 dash, 4.11 ellipsis",
    },
    fixable: true,
    description: {
      "zh-CN": "破折号应为“——”，省略号应为“……”（单个—、--、─、...、。。。均不规范）。",
      "en-US": "The dash is —— and the ellipsis is ……; a single —, --, ─, ... or 。。。 is wrong.",
    },
  },
  (pc) => {
    const s = pc.text;
    const re = /[—─━]+|-{2,}|\.{3,}|。{3,}|…+|⋯+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const p = cc(s, start - 1);
      const n = cc(s, end);
      const ch = run[0];
      if (ch === "—" || ch === "─" || ch === "━" || ch === "-") {
        if (run === "——") continue;
        if (
          ch === "—" &&
          run.length === 1 &&
          (isDigit(p) || isDigit(n) || isAsciiAlnum(p) || isAsciiAlnum(n))
        )
          continue; // 2021—2025
        if (ch === "—" && run.length === 1 && nameRange(s, start)) continue; // 北京—上海
        if (ch === "-" && !(p >= 0 && isChineseContext(p)) && !(n >= 0 && isChineseContext(n))) continue; // --format
        if (run.length === 1 && ch !== "—" && !(p >= 0 && isChineseContext(p))) continue; // box drawing
        pc.report(start, run.length, localized(rulesText, "dash.found", { text: run }), "——");
      } else {
        if (run === "……") continue;
        if (ch === "." && !(p >= 0 && isChineseContext(p)) && !(n >= 0 && isChineseContext(n))) continue; // English text
        pc.report(start, run.length, localized(rulesText, "ellipsis.found", { text: run }), "……");
      }
    }
  },
);
