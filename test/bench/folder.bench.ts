/**
 * `lianzheng check <folder>` on 200 reports of 100 pages (.docx) (issue 13): wall time of the whole
 * process with `--jobs 1` and with the default (one worker thread a core). Budgets: ≤ 20 s, and the
 * threads ≥ 1.6× faster than one. Runs the bundle (bin/lianzheng.js) when built, else the TypeScript
 * sources through the require hook (slower start: every thread compiles them). Set LZ_FOLDER_FILES
 * for a smaller folder.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { reportOf } from "./check.bench";
import type { BenchRow } from "./util";

const ROOT = join(__dirname, "../..");

function command(): { args: string[]; env: NodeJS.ProcessEnv; how: string } {
  // a bundle built with the folder runner has its chunk (an older bundle does not know --jobs)
  if (existsSync(join(ROOT, "dist/cli/check-folder.js")))
    return { args: [join(ROOT, "bin/lianzheng.js")], env: process.env, how: "bundle" };
  const entry = join(ROOT, "test/host/worker-entry.cjs");
  return { args: [entry], env: { ...process.env, LIANZHENG_WORKER_ENTRY: entry }, how: "ts sources" };
}

const TIME = "/usr/bin/time";

/** Wall time and, where /usr/bin/time exists, CPU time (user + system) of the whole process, in s. */
function measure(args: string[], scratch: string): { wall: number; cpu: number } {
  const { args: base, env } = command();
  const out = join(scratch, "time.txt");
  const timed = existsSync(TIME);
  const argv = timed
    ? [TIME, "-f", "%U %S", "-o", out, process.execPath, ...base, ...args]
    : [process.execPath, ...base, ...args];
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", env, maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`lianzheng check failed (${r.status}): ${r.stderr}`);
  let cpu = Number.NaN;
  if (timed) {
    const [u, s] = readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    cpu = u + s;
  }
  return { wall, cpu };
}

export default async function bench(): Promise<BenchRow[]> {
  const files = Number(process.env.LZ_FOLDER_FILES ?? 200);
  const dir = mkdtempSync(join(tmpdir(), "lz-folder-bench-"));
  const reports = join(dir, "reports");
  mkdirSync(reports);
  const lines = reportOf(62_000);
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  const one = join(dir, "one.docx");
  writeFileSync(one, await Packer.toBuffer(doc));
  for (let i = 0; i < files; i++)
    copyFileSync(one, join(reports, `report-${String(i).padStart(3, "0")}.docx`));
  try {
    const serial = measure(["check", reports, "--jobs", "1", "--format", "json"], dir);
    const parallel = measure(["check", reports, "--format", "json"], dir);
    const how = command().how;
    const cores = availableParallelism();
    return [
      { name: `check ${files} × 100-page .docx, --jobs 1 (${how}), wall`, median: serial.wall, unit: "s" },
      { name: "  the same, CPU time (user + system)", median: serial.cpu, unit: "s" },
      {
        name: `check ${files} × 100-page .docx, --jobs ${cores} (default), wall`,
        median: parallel.wall,
        budget: 20,
        unit: "s",
      },
      { name: "  the same, CPU time (user + system)", median: parallel.cpu, unit: "s" },
      // negated so that the budget reads as "at most": a speed-up of at least 1.6
      {
        name: "speed-up of the threads over --jobs 1 (wall)",
        median: -(serial.wall / parallel.wall),
        budget: -1.6,
        unit: "× (negated)",
        digits: 2,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
