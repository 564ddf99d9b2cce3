/**
 * Layout rules (category layout): paragraphs whose East Asian font, size, first-line indent, alignment or
 * line spacing differ from GB/T 9704-2012 for their recognised element (title, 主送, body, headings,
 * 落款, date). Reported once per element and kind of deviation, with the count and the paragraphs; the
 * 排版 tab applies the profile to them. Only documents that carry formats are checked (.docx with styles
 * resolved, Word); a .txt has no layout. Facts a reader does not know (undefined) are not judged, except
 * line spacing in a document with formats: undefined there means "not fixed" (single, multiple).
 */
import type { Alignment, LayoutRole } from "../../terms";
import type { LocalizedText } from "../../i18n";
import { layoutText } from "../../i18n/messages/layout";
import { FONTS, LINE_SPACING_PT, PAGE, ROLE_LAYOUT } from "../../genre/layout";
import { profileFormat } from "../layout-plan";
import { rolesFromStructure } from "../layout";
import type { Paragraph } from "../model";
import { documentRule, type RuleContext } from "./types";
import type { Rule } from "./types";

type Kind = "font" | "size" | "indent" | "alignment" | "lineSpacing";

const SOURCE = { "zh-CN": "GB/T 9704-2012 第7章 公文格式各要素编排规则", "en-US": "GB/T 9704-2012 ch. 7" };

const ROLE_ZH: Record<LayoutRole, string> = {
  title: "标题",
  addressee: "主送机关",
  body: "正文",
  heading1: "一级标题",
  heading2: "二级标题",
  heading3: "三级标题",
  heading4: "四级标题",
  closing: "结束语",
  signature: "落款",
  date: "成文日期",
};
const ROLE_EN: Record<LayoutRole, string> = {
  title: "title",
  addressee: "addressee",
  body: "body",
  heading1: "level-1 headings",
  heading2: "level-2 headings",
  heading3: "level-3 headings",
  heading4: "level-4 headings",
  closing: "closing",
  signature: "signature",
  date: "date",
};
const ALIGN_ZH: Record<Alignment, string> = {
  left: "左对齐",
  centered: "居中",
  right: "右对齐",
  justified: "两端对齐",
  distributed: "分散对齐",
};

/** A document carries formats when its reader told at least one paragraph's size. */
export function hasLayoutFacts(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => p.fontSize !== undefined);
}

/** The standard's font or its fallback (仿宋 for 仿宋_GB2312): both are the element's font. */
function fontOk(role: LayoutRole, name: string): boolean {
  const f = FONTS[ROLE_LAYOUT[role].font];
  const n = name.replace(/\s+/g, "");
  return n === f.name || n === f.fallback;
}

function deviates(kind: Kind, role: LayoutRole, p: Paragraph): boolean {
  const want = profileFormat(role);
  switch (kind) {
    case "font":
      return p.fontName !== undefined && !fontOk(role, p.fontName);
    case "size":
      return p.fontSize !== undefined && Math.abs(p.fontSize - (want.fontSize ?? 0)) > 0.25;
    case "indent":
      return p.firstLineIndent !== undefined && Math.abs(p.firstLineIndent - (want.firstLineIndent ?? 0)) > 1;
    case "alignment": {
      if (p.alignment === undefined) return false;
      const a = p.alignment === "distributed" ? "justified" : p.alignment;
      // A line that fits on one line (28 characters) looks the same left-aligned as justified.
      if (want.alignment === "justified" && a === "left") return p.text.length > PAGE.charsPerLine;
      return a !== want.alignment;
    }
    case "lineSpacing":
      return (
        p.lineSpacing === undefined ||
        p.lineSpacing < LINE_SPACING_PT.min - 0.05 ||
        p.lineSpacing > LINE_SPACING_PT.max + 0.05
      );
  }
}

function wanted(kind: Kind, role: LayoutRole, en: boolean): string {
  const f = profileFormat(role);
  switch (kind) {
    case "font":
      return FONTS[ROLE_LAYOUT[role].font].name;
    case "size":
      return en ? `${f.fontSize} pt` : `${f.fontSize}磅`;
    case "indent":
      return ROLE_LAYOUT[role].firstLineChars > 0
        ? en
          ? `a ${ROLE_LAYOUT[role].firstLineChars}-character first-line indent`
          : `${ROLE_LAYOUT[role].firstLineChars}个字符`
        : en
          ? "no first-line indent"
          : "无缩进";
    case "alignment":
      return en ? (f.alignment ?? "justified") : ALIGN_ZH[f.alignment ?? "justified"];
    case "lineSpacing":
      return "";
  }
}

function message(kind: Kind, role: LayoutRole, paragraphs: number[]): LocalizedText {
  const shown = paragraphs.slice(0, 8).map((i) => i + 1);
  const more = paragraphs.length > 8 ? "…" : "";
  const text = (locale: "zh-CN" | "en-US") => {
    const en = locale === "en-US";
    const list = layoutText("rule.paragraphs", { list: shown.join(en ? ", " : "、") + more }, locale);
    return layoutText(
      `rule.${kind}`,
      {
        role: en ? ROLE_EN[role] : ROLE_ZH[role],
        count: paragraphs.length,
        want: wanted(kind, role, en),
        list,
      },
      locale,
    );
  };
  return { "zh-CN": text("zh-CN"), "en-US": text("en-US") };
}

function layoutRule(id: string, kind: Kind, severity: "warning" | "info", description: LocalizedText): Rule {
  return documentRule(
    { id, category: "layout", severity, sourceKind: "standard", source: SOURCE, fixable: false, description },
    (ctx: RuleContext) => {
      const ps = ctx.model.paragraphs;
      if (!hasLayoutFacts(ps)) return;
      const roles = rolesFromStructure(ctx.model, ctx.structure);
      const runIn = new Set(ctx.structure.headings.filter((h) => h.runIn).map((h) => h.paragraph));
      const byRole = new Map<LayoutRole, number[]>();
      roles.forEach((role, i) => {
        if (!role) return;
        // A run-in heading's paragraph starts in the heading's font: its font is not the body's to judge.
        if (kind === "font" && runIn.has(i)) return;
        if (!deviates(kind, role, ps[i])) return;
        const list = byRole.get(role) ?? [];
        list.push(i);
        byRole.set(role, list);
      });
      for (const [role, list] of byRole) {
        ctx.report({ paragraph: list[0], offset: 0, length: 0, message: message(kind, role, list) });
      }
    },
  );
}

export const layoutFont = layoutRule("layout-font", "font", "warning", {
  "zh-CN":
    "段落的中文字体与公文格式不符（正文仿宋_GB2312，一级标题黑体，二级标题楷体_GB2312，标题方正小标宋简体）。",
  "en-US":
    "The Chinese font differs from the official format (body 仿宋_GB2312, level 1 黑体, level 2 楷体_GB2312, title 方正小标宋简体).",
});
export const layoutSize = layoutRule("layout-size", "size", "warning", {
  "zh-CN": "字号与公文格式不符（标题2号，其余3号）。",
  "en-US": "The font size differs from the official format (title 22 pt, the rest 16 pt).",
});
export const layoutIndent = layoutRule("layout-indent", "indent", "info", {
  "zh-CN": "首行缩进与公文格式不符（正文和各级标题空2字，标题、主送、落款不缩进）。",
  "en-US":
    "The first-line indent differs (body and headings 2 characters; title, addressee, signature none).",
});
export const layoutAlignment = layoutRule("layout-alignment", "alignment", "info", {
  "zh-CN": "对齐方式与公文格式不符（标题居中，正文两端对齐，落款和日期右对齐）。",
  "en-US": "The alignment differs (title centred, body justified, signature and date right).",
});
export const layoutLineSpacing = layoutRule("layout-line-spacing", "lineSpacing", "warning", {
  "zh-CN": "行距不是固定值28—29磅（每页22行）。",
  "en-US": "The line spacing is not exactly 28–29 pt (22 lines a page).",
});

export const layoutRules: readonly Rule[] = [
  layoutFont,
  layoutSize,
  layoutIndent,
  layoutAlignment,
  layoutLineSpacing,
];
