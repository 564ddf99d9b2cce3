/**
 * required-sections: the parts a report of its kind has, in their order (GENRE.md sections 2-3), as the
 * kind's profile lists them (src/genre/kinds): for most kinds work done, problems, next steps; for 述责述廉
 * also both 述责 and 述廉 content. The sections are recognised by the structure, keywords only breaking
 * ties (./section-parts.ts): 补齐能力短板 among the work headings is work, 产生问题的主要原因 states problems.
 * Where the profile accepts it (first-responsible, main-responsibility:
 * seeds 001, 002) a part written as a closing paragraph without a heading is info, not an error. Runs
 * only on documents with numbered level-1 sections; a report of unknown kind is held to the standard
 * parts at warning level.
 */
import { rulesText } from "../../i18n/messages/rules";
import type { LocalizedText } from "../../i18n";
import type { KindPart } from "../../genre/kinds/schema";
import type { OutlineNode } from "../outline-types";
import { BUILTIN_KIND_REGISTRY } from "../kinds";
import { classifySections } from "./section-parts";
import { localized } from "./util";
import { documentRule, type RuleContext } from "./types";

/** The parts of a report of unknown kind: those of the most common kind. */
const DEFAULT_KIND = BUILTIN_KIND_REGISTRY.compiled("main-responsibility")!;

function both(key: Parameters<typeof rulesText>[0], params: Record<string, LocalizedText>): LocalizedText {
  const at = (locale: "zh-CN" | "en-US") =>
    rulesText(key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v[locale]])), locale);
  return { "zh-CN": at("zh-CN"), "en-US": at("en-US") };
}

function kindName(ctx: RuleContext): LocalizedText {
  return ctx.profile ? ctx.profile.profile.shortName : localized(rulesText, "kind.unknown");
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
        "报告缺少其类型的必备部分（如主要工作情况、存在的问题、下一步打算）或顺序不当；述责述廉报告须兼有述责和述廉内容。",
      "en-US":
        "A part the report's kind requires (work done, problems, next steps…) is missing or out of order; a 述责述廉 report covers both.",
    },
  },
  (ctx) => {
    const roots = ctx.structure.roots.filter((r) => r.heading.level === 1);
    if (roots.length === 0) return;
    const kind = ctx.profile ?? DEFAULT_KIND;
    const parts = kind.profile.parts;
    const ps = ctx.model.paragraphs;
    const rank = new Map(parts.map((p, i) => [p.id, i]));
    const found = new Set<string>();
    let maxRank = -1;
    let maxPart: KindPart | null = null;
    const classes = classifySections(kind, roots);
    roots.forEach((node, i) => {
      const opened = classes[i].map((m) => m.part);
      for (const part of opened) {
        found.add(part.id);
        const r = rank.get(part.id)!;
        // A heading that opens two parts (问题和下一步) is in order as long as one of them is.
        if (r < maxRank && maxPart && opened.every((p) => rank.get(p.id)! < maxRank)) {
          ctx.report({
            paragraph: node.heading.paragraph,
            offset: node.heading.textOffset,
            length: node.heading.text.length,
            severity: "warning",
            message: both("sections.order", { section: part.name, after: maxPart.name }),
          });
        }
        if (r > maxRank) {
          maxRank = r;
          maxPart = part;
        }
      }
    });
    const last: OutlineNode = roots[roots.length - 1];
    const closingParagraph = (re: RegExp): { p: number; offset: number; length: number } | null => {
      for (let p = ps.length - 1; p > last.start; p--) {
        if (ctx.roles[p] !== "body") continue;
        const m = re.exec(ps[p].text);
        if (!m) continue;
        // A pattern with groups marks the word itself (the first group that took part).
        const g = m.slice(1).findIndex((x) => x !== undefined);
        if (g < 0) return { p, offset: m.index, length: m[0].length };
        const word = m[g + 1];
        return { p, offset: m.index + m[0].indexOf(word), length: word.length };
      }
      return null;
    };
    const name = kindName(ctx);
    for (const part of parts) {
      if (found.has(part.id) || !part.required) continue;
      const closing = kind.closing.get(part.id);
      const c = closing ? closingParagraph(closing) : null;
      if (c !== null) {
        ctx.report({
          paragraph: c.p,
          offset: c.offset,
          length: c.length,
          // A report of unknown kind: the advice is info (its parts are a guess).
          severity: ctx.profile?.profile.closingParts ?? "info",
          message: both("sections.closing", { section: part.name, kind: name }),
        });
        continue;
      }
      ctx.report({
        paragraph: null,
        // error only for a kind given or read from the title: a guessed kind may be wrong (an audit
        // report taken for a unit's annual report)
        severity: ctx.profile && ctx.kindCertain !== false ? "error" : "warning",
        message: both("sections.missing", { section: part.name, kind: name }),
      });
    }
    if (kind.content.length) {
      const seen = new Set<string>();
      for (const p of ps) {
        for (const c of kind.content) if (!seen.has(c.id) && c.cue.test(p.text)) seen.add(c.id);
        if (seen.size === kind.content.length) break;
      }
      for (const c of kind.profile.content) {
        if (seen.has(c.id)) continue;
        ctx.report({
          paragraph: null,
          severity: "warning",
          message: both("sections.content", { part: c.name, kind: name }),
        });
      }
    }
  },
);
