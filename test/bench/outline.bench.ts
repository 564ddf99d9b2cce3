/**
 * Outline recognition of a 2,000-paragraph document built from the seeds' paragraphs, with the
 * level-1 headings renumbered to run on (一、 … 九十九、 and round again). Budget ≤ 10 ms median.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { buildOutline, matchMarker } from "../../src/core/outline";
import { toChineseNumeral } from "../../src/core/numerals";
import { readTextFile } from "../../src/host/text";
import type { DocModel } from "../../src/core/model";
import { type BenchRow, timeMedian } from "./util";

const SEEDS = join(__dirname, "../../../shared/seeds");

export function seedDocument(paragraphs: number): DocModel {
  const pool: string[] = [];
  for (const f of readdirSync(SEEDS)
    .filter((n) => n.endsWith(".txt"))
    .sort())
    pool.push(...readTextFile(new Uint8Array(readFileSync(join(SEEDS, f)))).paragraphs.map((p) => p.text));
  const lines: string[] = [];
  let level1 = 0;
  for (let i = 0; lines.length < paragraphs; i++) {
    const t = pool[i % pool.length];
    const m = matchMarker(t.trimStart(), 0);
    if (m && m.level === 1) {
      level1 = (level1 % 99) + 1;
      lines.push(`${toChineseNumeral(level1)}、${t.trimStart().slice(m.end)}`);
    } else lines.push(t);
  }
  return { paragraphs: lines.map((text) => ({ text })) };
}

export default async function bench(): Promise<BenchRow[]> {
  const doc = seedDocument(2000);
  const s = buildOutline(doc);
  const chars = doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const median = timeMedian(() => buildOutline(doc), 50, 10);
  return [
    {
      name: `buildOutline, 2,000 paragraphs (${Math.round(chars / 1000)}k chars, ${s.headings.length} headings, ${s.enumerations.length} enumerations)`,
      median,
      budget: 10,
    },
  ];
}
