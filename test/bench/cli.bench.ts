/**
 * `lianzheng check` on a 100-page .docx and a 100-page .txt: wall time of the whole process
 * (node bin/lianzheng.js …), budget ≤ 0.5 s per file. Needs `npm run build:cli` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { reportOf } from "./check.bench";
import { type BenchRow, median } from "./util";

const ROOT = join(__dirname, "../..");

function wall(args: string[], runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, "bin/lianzheng.js"), ...args], { encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`lianzheng check failed (${r.status}): ${r.stderr}`);
  }
  return median(times.slice(1));
}

export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync(join(ROOT, "dist/cli/lianzheng.js"))) {
    return [
      { name: "lianzheng check (run `npm run build:cli` first: no bundle)", median: Number.NaN, unit: "s" },
    ];
  }
  const dir = mkdtempSync(join(tmpdir(), "lz-cli-bench-"));
  const lines = reportOf(62_000);
  const txt = join(dir, "report-100p.txt");
  writeFileSync(txt, lines.join("\n") + "\n");
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  const docx = join(dir, "report-100p.docx");
  writeFileSync(docx, await Packer.toBuffer(doc));
  return [
    {
      name: "lianzheng check, 100-page .txt (whole process)",
      median: wall(["check", txt]) / 1000,
      budget: 0.5,
      unit: "s",
    },
    {
      name: "lianzheng check, 100-page .docx (whole process)",
      median: wall(["check", docx]) / 1000,
      budget: 0.5,
      unit: "s",
    },
    {
      name: "lianzheng check --format json, 100-page .docx",
      median: wall(["check", "--format", "json", docx]) / 1000,
      budget: 0.5,
      unit: "s",
    },
  ];
}
