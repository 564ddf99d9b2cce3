/**
 * required-sections: the parts a report of each kind has (GENRE.md sections 2-3): work done,
 * problems, next steps, in this order; for 述责述廉 both 述责 and 述廉 content. In the
 * first-responsible and main-responsibility kinds the problems and next steps are often a closing
 * paragraph without a heading (seeds 001, 002): that is info, not an error. Runs only on documents
 * with numbered level-1 sections.
 */
import { rulesText } from "../../i18n/messages/rules";
import type { LocalizedText } from "../../i18n";
import type { OutlineNode } from "../outline-types";
import { localized } from "./util";
import { documentRule, type RuleContext } from "./types";

export const PROBLEMS_HEADING =
  /存在的?(?:主要|突出)?(?:问题|不足|差距|短板)|问题(?:和|与|及)(?:不足|差距|短板)|不足之处|^(?:主要)?不足|差距|短板|薄弱环节|问题清单|查摆.{0,4}问题/;
export const NEXT_HEADING =
  /下一步|下步|下一阶段|下阶段|今后|打算|改进措施|整改措施|努力方向|工作计划|工作思路|工作安排|意见建议|改进方向/;
const CLOSING_PROBLEMS = /不足|差距|短板|问题和不足|薄弱/;
const CLOSING_NEXT = /下一步|下步|今后|下一阶段/;
const SHUZE = /主体责任|一岗双责|管党治党|述责|第一责任人|党风廉政建设责任|履职尽责|监督责任/;
const SHULIAN = /廉洁自律|廉洁从政|中央八项规定|个人有关事项|廉洁纪律|述廉|廉洁用权|拒腐防变|廉洁从业/;

type Part = "work" | "problems" | "next";

function classify(text: string): Part[] {
  const parts: Part[] = [];
  if (PROBLEMS_HEADING.test(text)) parts.push("problems");
  if (NEXT_HEADING.test(text)) parts.push("next");
  if (parts.length === 0) parts.push("work");
  return parts;
}

function sectionName(part: Part): LocalizedText {
  return localized(rulesText, `section.${part}`);
}

function kindName(ctx: RuleContext): LocalizedText {
  return localized(rulesText, ctx.kind ? `kind.${ctx.kind}` : "kind.unknown");
}

export const requiredSections = documentRule(
  {
    id: "required-sections",
    category: "structure",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：报告由主要工作、存在问题、下一步打算组成",
      "en-US": "Practice: a report covers work done, problems and next steps",
    },
    fixable: false,
    description: {
      "zh-CN":
        "报告缺少必备部分（主要工作情况、存在的问题、下一步打算）或顺序不当；述责述廉报告须兼有述责和述廉内容。",
      "en-US":
        "A required part (work done, problems, next steps) is missing or out of order; a 述责述廉 report covers both.",
    },
  },
  (ctx) => {
    const roots = ctx.structure.roots.filter((r) => r.heading.level === 1);
    if (roots.length === 0) return;
    const ps = ctx.model.paragraphs;
    const firstAt = new Map<Part, OutlineNode>();
    const order: { part: Part; node: OutlineNode }[] = [];
    for (const node of roots) {
      for (const part of classify(node.heading.text)) {
        if (!firstAt.has(part)) firstAt.set(part, node);
        order.push({ part, node });
      }
    }
    // order: work < problems < next
    const rank: Record<Part, number> = { work: 0, problems: 1, next: 2 };
    let maxRank = -1;
    let maxPart: Part = "work";
    for (const { part, node } of order) {
      if (
        rank[part] < maxRank &&
        !(part === "work" && maxPart === "problems" && classify(node.heading.text).length > 1)
      ) {
        ctx.report({
          paragraph: node.heading.paragraph,
          offset: node.heading.textOffset,
          length: node.heading.text.length,
          severity: "warning",
          message: {
            "zh-CN": localized(rulesText, "sections.order", {
              section: sectionName(part)["zh-CN"],
              before: sectionName(maxPart)["zh-CN"],
            })["zh-CN"],
            "en-US": localized(rulesText, "sections.order", {
              section: sectionName(part)["en-US"],
              before: sectionName(maxPart)["en-US"],
            })["en-US"],
          },
        });
      }
      if (rank[part] > maxRank) {
        maxRank = rank[part];
        maxPart = part;
      }
    }
    const closingKinds = ctx.kind === "first-responsible" || ctx.kind === "main-responsibility";
    const last = roots[roots.length - 1];
    const closingParagraph = (re: RegExp): { p: number; offset: number; length: number } | null => {
      for (let p = ctx.model.paragraphs.length - 1; p > last.start; p--) {
        const role = ctx.roles[p];
        if (role !== "body") continue;
        const m = re.exec(ps[p].text);
        if (m) return { p, offset: m.index, length: m[0].length };
      }
      return null;
    };
    for (const part of ["work", "problems", "next"] as Part[]) {
      if (firstAt.has(part)) continue;
      const both = (key: string) => ({
        "zh-CN": localized(rulesText, key, {
          section: sectionName(part)["zh-CN"],
          kind: kindName(ctx)["zh-CN"],
        })["zh-CN"],
        "en-US": localized(rulesText, key, {
          section: sectionName(part)["en-US"],
          kind: kindName(ctx)["en-US"],
        })["en-US"],
      });
      if (part !== "work") {
        const c = closingParagraph(part === "problems" ? CLOSING_PROBLEMS : CLOSING_NEXT);
        if (c !== null) {
          ctx.report({
            paragraph: c.p,
            offset: c.offset,
            length: c.length,
            severity: closingKinds ? "info" : "warning",
            message: both("sections.closing"),
          });
          continue;
        }
      }
      ctx.report({
        paragraph: null,
        severity: ctx.kind ? "error" : "warning",
        message: both("sections.missing"),
      });
    }
    if (ctx.kind === "personal-shuzeshulian") {
      let shuze = false;
      let shulian = false;
      for (const p of ps) {
        if (!shuze && SHUZE.test(p.text)) shuze = true;
        if (!shulian && SHULIAN.test(p.text)) shulian = true;
        if (shuze && shulian) break;
      }
      for (const [found, key] of [
        [shuze, "part.shuze"],
        [shulian, "part.shulian"],
      ] as const) {
        if (found) continue;
        const part = localized(rulesText, key);
        ctx.report({
          paragraph: null,
          severity: "warning",
          message: {
            "zh-CN": localized(rulesText, "sections.shuLian", { part: part["zh-CN"] })["zh-CN"],
            "en-US": localized(rulesText, "sections.shuLian", { part: part["en-US"] })["en-US"],
          },
        });
      }
    }
  },
);
