/**
 * space-in-chinese: no spaces inside Chinese text (公文 has no space between Chinese and figures
 * either). Leading indentation and trailing spaces are other matters (trailing-space).
 */
import { rulesText } from "../../i18n/messages/rules";
import { isChineseContext, isDigit, isSpace, localized } from "./util";
import { paragraphRule } from "./types";

export const spaceInChinese = paragraphRule(
  {
    id: "space-in-chinese",
    category: "punctuation",
    severity: "warning",
    sourceKind: "practice",
    source: { "zh-CN": "实务：公文中文之间不留空格", "en-US": "Practice: no spaces inside Chinese text" },
    fixable: true,
    description: {
      "zh-CN": "中文文字之间（或中文与数字之间）有多余的空格。",
      "en-US": "A space inside Chinese text (or between Chinese and a figure).",
    },
  },
  (pc) => {
    // Spaces in the title, 落款, date lines and table cells are layout (张  三, centred titles), not text.
    if (pc.role === "title" || pc.role === "signature" || pc.role === "date" || pc.role === "table") return;
    const s = pc.text;
    let i = 0;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++; // indentation
    let seen = 0;
    let titleDepth = 0;
    const scan = /[ \t\u00a0\u3000\u2000-\u200b\u202f]/g;
    scan.lastIndex = i;
    let hit: RegExpExecArray | null;
    while ((hit = scan.exec(s))) {
      i = hit.index;
      let end = i + 1;
      while (end < s.length && isSpace(s.charCodeAt(end))) end++;
      if (end >= s.length) break; // trailing: trailing-space
      const p = s.charCodeAt(i - 1);
      const n = s.charCodeAt(end);
      const cp = isChineseContext(p);
      const cn = isChineseContext(n);
      // A title quoted in 《》 keeps its own spacing (《持续发力 纵深推进》): track the depth up to i.
      for (; seen < i; seen++) {
        const ch = s.charCodeAt(seen);
        if (ch === 0x300a) titleDepth++;
        else if (ch === 0x300b && titleDepth > 0) titleDepth--;
      }
      const inTitle = titleDepth > 0;
      if (!inTitle && ((cp && cn) || (cp && isDigit(n)) || (isDigit(p) && cn))) {
        pc.report(i, end - i, localized(rulesText, "space.found"), "");
      }
      scan.lastIndex = end;
    }
  },
);
