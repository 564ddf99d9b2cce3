/**
 * Rendering of templates and section scaffolds into new paragraphs (pure): markers for a level and number,
 * run-in headings, sub-sections numbered from 1, and field spans that point at the 【…】 placeholders.
 */
import type { YearData } from "./year-data";
import type { NewParagraph, FieldSpan } from "./edits";
import type { HeadingLevel } from "./outline-types";
import { renderFields, type FieldValues } from "./fields";
import { enumerationWord, markerFor, roleOfLevel } from "./numbering";
import type { SectionData, TemplateData } from "../genre/template-schema";

function shift(fields: FieldSpan[], by: number): FieldSpan[] {
  return fields.map((f) => ({ ...f, offset: f.offset + by }));
}

function para(text: string, role: NewParagraph["role"], fields: FieldSpan[]): NewParagraph {
  return fields.length ? { text, role, fields } : { text, role };
}

function renderInto(
  out: NewParagraph[],
  s: SectionData,
  level: number,
  n: number,
  values: FieldValues,
  childLevelOverride?: number,
  data?: YearData,
): void {
  const heading = renderFields(s.heading, values, data);
  const body = (s.body ?? []).map((b) => renderFields(b, values, data));
  const deep = level > 4;
  const marker = deep ? enumerationWord(n) : markerFor(level as HeadingLevel, n);
  const runIn = deep || (s.runIn === true && level > 1 && body.length > 0);
  if (runIn) {
    const prefix = `${marker}${heading.text}。`;
    const first = body.shift();
    out.push(
      para(prefix + (first?.text ?? ""), "body", [
        ...shift(heading.fields, marker.length),
        ...(first ? shift(first.fields, prefix.length) : []),
      ]),
    );
  } else {
    out.push(
      para(marker + heading.text, roleOfLevel(level as HeadingLevel), shift(heading.fields, marker.length)),
    );
  }
  for (const b of body) out.push(para(b.text, "body", b.fields));
  const childLevel = childLevelOverride ?? level + (s.childStyle === "skip" && level <= 2 ? 2 : 1);
  (s.children ?? []).forEach((c, i) => renderInto(out, c, childLevel, i + 1, values, undefined, data));
}

/**
 * The paragraphs of a section rendered at a level (1-4) and number, with its sub-sections numbered from 1
 * (at `childLevel` when given: the document's habit wins over the data's style).
 */
export function renderSection(
  section: SectionData,
  level: HeadingLevel,
  number: number,
  values: FieldValues = {},
  childLevel?: HeadingLevel,
  data?: YearData,
): NewParagraph[] {
  const out: NewParagraph[] = [];
  renderInto(
    out,
    section,
    level,
    number,
    values,
    childLevel !== undefined && childLevel > level ? childLevel : undefined,
    data,
  );
  return out;
}

export interface TemplateRenderOptions {
  /** Leave the sections out (the frame only: title, 主送, 导语, 结尾, 落款, 成文日期). */
  sections?: boolean;
  /** The year rows known (an organisation's pack may add some) for the year tokens. */
  yearData?: YearData;
}

/** The paragraphs of a whole template, top to bottom. */
export function renderTemplate(
  template: TemplateData,
  values: FieldValues = {},
  options: TemplateRenderOptions = {},
): NewParagraph[] {
  const out: NewParagraph[] = [];
  const add = (src: string, role: NewParagraph["role"]) => {
    const r = renderFields(src, values, options.yearData);
    out.push(para(r.text, role, r.fields));
  };
  add(template.title, "title");
  if (template.addressee) add(template.addressee, "addressee");
  for (const o of template.opening) add(o, "body");
  if (options.sections !== false)
    template.sections.forEach((s, i) => renderInto(out, s, 1, i + 1, values, undefined, options.yearData));
  if (template.closing) add(template.closing, "closing");
  for (const s of template.signature) add(s, "signature");
  if (template.date) add("{date}", "date");
  return out;
}
