/**
 * Engine check benchmarks (issue 3 budgets), all rules on, median in Node:
 * - a 100-page report (≈ 62,000 characters) ≤ 15 ms;
 * - a 2,000-paragraph, 1 MB report ≤ 100 ms;
 * - re-checking one changed paragraph (live mode) ≤ 2 ms.
 * The reports are built from the paragraphs of the five seeds (real text with real defects).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core/check";
import { createCheckSession } from "../../src/core/check-session";
import type { DocModel } from "../../src/core/model";
import { modelFromLines } from "../../src/core/model";
import { type BenchRow, median, timeMedian } from "./util";

const SEEDS = join(__dirname, "../../../shared/seeds");

export function seedLines(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort())
    lines.push(...readFileSync(join(SEEDS, f), "utf8").split(/\r?\n/));
  return lines;
}

/** A report of about `chars` characters: the seeds' paragraphs repeated. */
export function reportOf(chars: number): string[] {
  const src = seedLines();
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const line = src[i % src.length];
    out.push(line);
    n += line.length;
  }
  return out;
}

/** `count` paragraphs of about `size` characters each, from the seeds' sentences. */
export function paragraphsOf(count: number, size: number): string[] {
  const sentences = seedLines()
    .join("")
    .split("。")
    .filter((s) => s.length > 0)
    .map((s) => s + "。");
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    let p =
      i % 40 === 0
        ? `${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][(i / 40) % 10]}、主要工作情况`
        : "";
    if (p === "") while (p.length < size) p += sentences[k++ % sentences.length];
    out.push(p);
  }
  return out;
}

export default async function bench(): Promise<BenchRow[]> {
  const hundredPages: DocModel = modelFromLines(reportOf(62_000));
  const big: DocModel = modelFromLines(paragraphsOf(2000, 500));
  const bigChars = big.paragraphs.reduce((n, p) => n + p.text.length, 0);

  const rows: BenchRow[] = [];
  rows.push({
    name: `check, 100 pages (${hundredPages.paragraphs.length} paragraphs, 62,000 chars)`,
    median: timeMedian(() => check(hundredPages), 30, 5),
    budget: 15,
  });
  rows.push({
    name: `check, 2,000 paragraphs (${(bigChars / 1e6).toFixed(2)} M chars)`,
    median: timeMedian(() => check(big), 15, 3),
    budget: 100,
  });

  // live mode: change one body paragraph again and again
  const session = createCheckSession(hundredPages);
  const target = hundredPages.paragraphs.findIndex(
    (p, i) => i > 40 && p.text.length > 100 && !/^[一二三四五六七八九十（\d]/.test(p.text),
  );
  const base = hundredPages.paragraphs[target].text;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const text = i % 2 === 0 ? base + "X" : base;
    const t0 = performance.now();
    session.updateParagraph(target, text);
    times.push(performance.now() - t0);
  }
  rows.push({
    name: "re-check one changed paragraph (live mode, 100 pages)",
    median: median(times.slice(20)),
    budget: 2,
  });
  return rows;
}
