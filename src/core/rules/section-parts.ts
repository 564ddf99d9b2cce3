/**
 * Which parts of its kind (profile `parts`) each level-1 section of a report opens, recognised by the
 * structure first and by keywords only as a tie-breaker (GENRE.md section 3):
 * - a keyword counts only where it is the heading's topic: 补齐能力短板, 着力解决存在的问题 are work done
 *   (the keyword is the object of an action), not a problems part;
 * - a heading whose keyword is weak (a long slogan with a comma, or a keyword inside a longer phrase)
 *   and that is followed by a plain work heading is a work heading: the parts come in their order, so a
 *   part in the middle of the work run is not that part;
 * - a level-1 section whose own heading names no part but whose level-2 headings do (一、对照检查情况 /
 *   （一）政治方面存在的问题) opens that part as well.
 */
import type { KindPart } from "../../genre/kinds/schema";
import type { CompiledKind } from "../kinds";
import type { OutlineNode } from "../outline-types";

/** Verbs that make the keyword after them the object of work done or planned (补齐能力短板). */
const ACTION_BEFORE =
  /(?:补齐|补足|补强|补上|弥补|克服|解决|整改|破解|消除|缩小|堵塞|堵住|填补|改进|纠正|聚焦|针对|立足|坚持|紧盯|盯住|着眼)[^，。；、：]{0,4}$/u;
/** A contrast that names shortcomings beside achievements (有进步也有不足, 成绩与不足) is not a problems part. */
const CONTRAST_BEFORE = /(?:也有|又有|(?:成绩|成效|进步|亮点)(?:与|和|及))$/u;

export interface PartMatch {
  part: KindPart;
  /** True when the heading is a plain part title (short, one clause): honoured even out of order. */
  strong: boolean;
}

const HEADING_END = /[。．.；;：:！!]+$/u;

/** The parts whose pattern names the heading's topic. */
function topicParts(kind: CompiledKind, text: string): PartMatch[] {
  const t = text.replace(HEADING_END, "");
  const out: PartMatch[] = [];
  for (const part of kind.profile.parts) {
    const re = kind.headings.get(part.id);
    if (!re) continue;
    const g = new RegExp(re.source, "gu");
    let m: RegExpExecArray | null;
    let topic = false;
    while ((m = g.exec(t)) !== null) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      const before = t.slice(0, m.index);
      if (ACTION_BEFORE.test(before) || CONTRAST_BEFORE.test(before)) continue;
      topic = true;
      break;
    }
    if (topic) out.push({ part, strong: t.length <= 16 && !/[，,]/u.test(t) });
  }
  return out;
}

/** The catch-all part (no heading pattern): the report's work. */
export function catchAll(kind: CompiledKind): KindPart | null {
  return kind.profile.parts.find((p) => !p.headings) ?? null;
}

/**
 * For each level-1 node, the parts it opens (the catch-all part when it names none), and whether a
 * keyword part was overruled by the structure.
 */
export function classifySections(kind: CompiledKind, roots: readonly OutlineNode[]): PartMatch[][] {
  const rest = catchAll(kind);
  const plain = (): PartMatch[] => (rest ? [{ part: rest, strong: false }] : []);
  const own = roots.map((node) => {
    const mine = topicParts(kind, node.heading.text);
    if (mine.length) return mine;
    // No part named by the heading: its level-2 headings may name one (the node is then work and that part).
    const sub = node.children
      .filter((c) => c.heading.level === 2)
      .flatMap((c) => topicParts(kind, c.heading.text).filter((m) => m.strong));
    const parts = new Map(sub.map((m) => [m.part.id, m]));
    return parts.size ? [...plain(), ...parts.values()] : null;
  });
  // A weak keyword heading followed by a plain (work) heading is a work heading.
  let plainAfter = false;
  const out: PartMatch[][] = new Array(roots.length);
  for (let i = roots.length - 1; i >= 0; i--) {
    const mine = own[i];
    if (mine === null) {
      out[i] = plain();
      plainAfter = true;
    } else if (plainAfter && mine.every((m) => !m.strong)) out[i] = plain();
    else out[i] = mine;
  }
  return out;
}
