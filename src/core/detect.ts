/**
 * Detect the report's kind (ids of GENRE.md section 2) and year from its title and text.
 * Looks first at the title, then at the opening's transition sentence (现将……报告如下), then at the
 * opening paragraph, then at the first paragraphs of the text. The year comes from the same places,
 * then from the most frequent 20xx年 of the whole text.
 */
import type { DocModel } from "./model";
import type { DocStructure } from "./outline-types";
import type { KindId } from "../terms";
import { BUILTIN_KIND_REGISTRY, type KindRegistry } from "./kinds";
export interface Detection {
  kind: KindId | null;
  year: number | null;
  /** Where the year came from: the title is certain; the opening and the text are a guess. */
  yearFrom?: "title" | "opening" | "text" | null;
}

const YEAR_RE = /((?:19|20)\d\d)(?:年|年度)/;

function yearIn(text: string): number | null {
  const m = YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}

/** The sentence of the opening that carries 如下 (the transition), or null. */
function transitionSentence(opening: string): string | null {
  const k = opening.lastIndexOf("如下");
  if (k < 0) return null;
  const before = opening.slice(0, k);
  const start = Math.max(before.lastIndexOf("。"), before.lastIndexOf("；"), before.lastIndexOf("！")) + 1;
  return opening.slice(start, k + 2);
}

export function detect(
  model: DocModel,
  structure: DocStructure,
  kinds: KindRegistry = BUILTIN_KIND_REGISTRY,
): Detection {
  const kindIn = (text: string): KindId | null => kinds.match(text)?.id ?? null;
  const ps = model.paragraphs;
  const title = structure.title !== null ? ps[structure.title].text : "";
  const opening = structure.opening !== null ? ps[structure.opening].text : "";
  const transition = transitionSentence(opening) ?? "";
  // the head of the document: up to the first heading (or the first 5 paragraphs), at most 3,000 chars
  const firstHeading = structure.headings.length ? structure.headings[0].paragraph : Math.min(5, ps.length);
  let head = "";
  for (let i = 0; i < Math.max(firstHeading, 1) && i < ps.length && head.length < 3000; i++)
    head += ps[i].text + "\n";

  let kind = kindIn(title) ?? kindIn(transition) ?? kindIn(opening) ?? kindIn(head);
  if (kind === null && structure.addressee !== null) kind = kinds.impliedByAddressee()?.id ?? null;

  let yearFrom: Detection["yearFrom"] = null;
  let year = yearIn(title);
  if (year !== null) yearFrom = "title";
  else {
    year = yearIn(transition) ?? yearIn(opening);
    if (year !== null) yearFrom = "opening";
  }
  if (year === null) {
    const counts = new Map<number, number>();
    const re = /((?:19|20)\d\d)(?=年)/g;
    let scanned = 0;
    for (const p of ps) {
      if (scanned > 2_000_000) break;
      scanned += p.text.length;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.text))) {
        const y = Number(m[1]);
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
    let best = 0;
    for (const [y, n] of counts)
      if (n > best || (n === best && year !== null && y > year)) [year, best] = [y, n];
    if (year !== null) yearFrom = "text";
  }
  return { kind, year, yearFrom };
}

/** The latest four-digit year written as 20xx年 anywhere in the document (null when none). */
export function latestYear(model: DocModel): number | null {
  let best: number | null = null;
  const re = /((?:19|20)\d\d)(?=年)/g;
  for (const p of model.paragraphs) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const y = Number(m[1]);
      if (best === null || y > best) best = y;
    }
  }
  return best;
}
