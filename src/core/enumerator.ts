/**
 * Inserting a snippet where the cursor is (pure): which part of the report the cursor is in (for the
 * "section at cursor" filter), continuing an inline enumeration (after …二是… an enumerator snippet
 * starts with 三是), and the InsertAtCursorEdit with the 【…】 placeholders as fields.
 */
import type { CursorInfo } from "../terms";
import type { ReportSection, Snippet } from "../genre/snippet-schema";
import type { InsertAtCursorEdit } from "./edits";
import type { DocModel } from "./model";
import type { Enumeration } from "./outline-types";
import { buildOutline } from "./outline";
import { findEnumerations } from "./outline-enumerations";
import { toChineseNumeral } from "./numerals";
import { findFields } from "./fields";
import { detect } from "./detect";
import { resolveYearTokens } from "./year-items";
import type { YearData } from "./year-data";

const PROBLEMS = /问题|不足|差距|短板|薄弱/;
const NEXT_STEPS = /下一步|下步|打算|措施|努力方向|改进|计划|思路|整改/;
const CLOSING = /^\s*(特此报告|以上报告)/;

/**
 * The part of the report that holds `paragraph`: before the first heading → opening; under a level-1
 * heading about problems → problems, about next steps or measures → next-steps, any other → work;
 * 特此报告 and the 落款/date lines → closing.
 */
export function sectionAtParagraph(model: DocModel, paragraph: number): ReportSection {
  const paras = model.paragraphs;
  if (paragraph < 0 || paras.length === 0) return "opening";
  const p = Math.min(paragraph, paras.length - 1);
  const s = buildOutline(model);
  if (CLOSING.test(paras[p].text)) return "closing";
  const tail = [s.signature, s.date].filter((x): x is number => x !== null);
  if (tail.length > 0 && p >= Math.min(...tail)) return "closing";
  const root = s.roots.find((n) => n.start <= p && p < n.end);
  if (!root) {
    const first = s.roots[0];
    if (!first || p < first.start) return "opening";
    // After the last section but before the signature: a closing paragraph.
    return "closing";
  }
  const heading = root.heading.text;
  // "存在的问题及整改措施": a problems heading that also names measures counts as problems.
  if (PROBLEMS.test(heading) && !/^(下一步|下步)/.test(heading)) return "problems";
  if (NEXT_STEPS.test(heading)) return "next-steps";
  return "work";
}

/** The enumeration word a snippet's text starts with (一是, 首先, 第一，), or null. */
export function leadingEnumeration(text: string): Enumeration | null {
  const first = findEnumerations(text, 0)[0];
  return first && first.offset === 0 ? first : null;
}

function wordFor(style: Enumeration["style"], ordinal: number): string | null {
  if (ordinal < 1 || ordinal > 99) return null;
  switch (style) {
    case "shi":
      return `${toChineseNumeral(ordinal)}是`;
    case "diyi":
      return `第${toChineseNumeral(ordinal)}`;
    case "shouxian":
      return ordinal === 1 ? "首先" : ordinal === 2 ? "其次" : "再次";
  }
}

/**
 * The enumerations before the cursor in the cursor's section (from the nearest heading on): in the
 * cursor's paragraph only those that start before the cursor (inline) or all of them (new paragraph).
 */
export function enumerationsBeforeCursor(
  model: DocModel,
  cursor: Pick<CursorInfo, "paragraph" | "offset">,
  mode: InsertAtCursorEdit["mode"],
): Enumeration[] {
  const paras = model.paragraphs;
  if (cursor.paragraph < 0 || cursor.paragraph >= paras.length) return [];
  const s = buildOutline(model);
  let start = 0;
  for (const h of s.headings) if (h.paragraph <= cursor.paragraph) start = h.paragraph;
  const out: Enumeration[] = [];
  for (let i = start; i <= cursor.paragraph; i++) {
    if ((paras[i].tableNestingLevel ?? 0) > 0) continue;
    const h = s.headings.find((x) => x.paragraph === i);
    // In a run-in heading's paragraph, enumerations follow the heading sentence.
    const from = h ? h.textOffset + h.text.length : 0;
    let found = findEnumerations(paras[i].text, i, from);
    if (i === cursor.paragraph && mode === "inline" && cursor.offset >= 0) {
      found = found.filter((e) => e.offset < cursor.offset);
    }
    out.push(...found);
  }
  return out;
}

/**
 * The snippet's text with its leading enumeration word continued from the enumerations before the
 * cursor: after 一是…二是… the snippet "一是……" becomes "三是……". Without a previous item of the same
 * style the text is unchanged. A text that does not start with an enumeration word is unchanged.
 */
export function continueEnumeration(text: string, previous: readonly Enumeration[]): string {
  const lead = leadingEnumeration(text);
  if (!lead) return text;
  const same = previous.filter((e) => e.style === lead.style);
  const last = same[same.length - 1];
  if (!last || last.ordinal === 0) return text; // nothing before it, or the series ended with 最后
  const word = wordFor(lead.style, last.ordinal + 1);
  return word ? word + text.slice(lead.length) : text;
}

/**
 * Plan the insertion of a snippet at the cursor: year tokens ({{plenum}}…) resolved for the report's year
 * (given, or detected from the document; `data`: with an organisation's year rows), enumeration continued,
 * 【…】 placeholders as fields.
 */
export function planSnippetInsert(
  model: DocModel,
  cursor: Pick<CursorInfo, "paragraph" | "offset"> & Partial<Pick<CursorInfo, "selectedText">>,
  snippet: Pick<Snippet, "text">,
  mode: InsertAtCursorEdit["mode"],
  year?: number | null,
  data?: YearData,
): InsertAtCursorEdit {
  const source = snippet.text.includes("{{")
    ? resolveYearTokens(
        snippet.text,
        year !== undefined ? year : detect(model, buildOutline(model)).year,
        data,
      )
    : snippet.text;
  const text = continueEnumeration(source, enumerationsBeforeCursor(model, cursor, mode));
  const fields = findFields(text);
  const guard =
    mode === "inline" && cursor.selectedText !== undefined ? { expectedSelection: cursor.selectedText } : {};
  return { kind: "insertAtCursor", mode, text, ...(fields.length ? { fields } : {}), ...guard };
}
