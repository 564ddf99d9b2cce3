/**
 * Outline recognition of a 2,000-paragraph document built from the seeds' paragraphs, with the
 * level-1 headings renumbered to run on (一、 … 九十九、 and round again). Budget ≤ 10 ms median.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { buildOutline } from "../../src/core/outline";
import { matchMarker } from "../../src/core/outline-markers";
import { toChineseNumeral } from "../../src/core/numerals";
import { readTextFile } from "../../src/formats/text";
import type { DocModel } from "../../src/core/model";
import { Document, Packer, Paragraph as DocxParagraph, TextRun } from "docx";
import { performance } from "node:perf_hooks";
import { readDocx } from "../../src/formats/docx";
import { type BenchRow, median, timeMedian } from "./util";

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

/** The model as a .docx made by the docx package (each paragraph one run in 仿宋_GB2312 16 pt). */
async function toDocx(doc: DocModel): Promise<Uint8Array> {
  const d = new Document({
    sections: [
      {
        children: doc.paragraphs.map(
          (p) =>
            new DocxParagraph({ children: [new TextRun({ text: p.text, font: "仿宋_GB2312", size: 32 })] }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(d));
}

async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** About 100 pages: 62,000 characters of seed paragraphs. */
function hundredPages(): DocModel {
  const big = seedDocument(2000);
  const out: DocModel = { paragraphs: [] };
  let chars = 0;
  for (const p of big.paragraphs) {
    if (chars >= 62_000) break;
    out.paragraphs.push(p);
    chars += p.text.length;
  }
  return out;
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
    ...(await docxRows(doc)),
  ];
}

async function docxRows(doc: DocModel): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, model] of [
    ["100 pages, 62k chars", hundredPages()],
    [
      `2,000 paragraphs, ${Math.round(doc.paragraphs.reduce((n, p) => n + p.text.length, 0) / 1000)}k chars`,
      doc,
    ],
  ] as const) {
    const bytes = await toDocx(model);
    const ms = await timeAsync(() => readDocx(bytes, "bench.docx"), 10, 2);
    rows.push({ name: `readDocx, ${label} (${Math.round(bytes.length / 1024)} KB .docx)`, median: ms });
  }
  return rows;
}
