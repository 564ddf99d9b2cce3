/**
 * `lianzheng check` on a folder with worker threads (issue 13): the threads check the files, so the
 * main thread never loads the engine (core/check.ts, the rules, the lexicon) nor the .docx reader;
 * with --jobs 1 it does.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "../..");
const SEEDS = join(ROOT, "../shared/seeds");

/** The project's modules the main thread has loaded after the run (paths from the root), and stdout. */
function mainThreadModules(args: string[]): { modules: string[]; out: string } {
  const print = "process.stderr.write('\\nMODULES' + JSON.stringify(Object.keys(require.cache)))";
  const script =
    `const { main } = require("./src/cli/index.ts"); const { memoryIo } = require("./src/cli/io.ts");` +
    `(async () => { const io = memoryIo("."); await main(${JSON.stringify(["check", ...args])}, io);` +
    ` process.stdout.write(io.out); ${print}; })()`;
  const r = spawnSync(process.execPath, ["-r", "./scripts/ts-hook.cjs", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LIANZHENG_WORKER_ENTRY: join(__dirname, "worker-entry.cjs") },
  });
  const at = r.stderr.lastIndexOf("\nMODULES");
  expect(at).toBeGreaterThanOrEqual(0);
  const modules = (JSON.parse(r.stderr.slice(at + "\nMODULES".length)) as string[])
    .filter((p) => p.startsWith(ROOT))
    .map((p) => p.slice(ROOT.length + 1));
  return { modules, out: r.stdout };
}

test("with threads the main thread loads neither the engine nor the readers; with --jobs 1 it does", () => {
  const dir = mkdtempSync(join(tmpdir(), "lz-folder-lazy-"));
  mkdirSync(join(dir, "reports"));
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
  seeds.forEach((f) => copyFileSync(join(SEEDS, f), join(dir, "reports", f)));
  copyFileSync(join(ROOT, "test/fixtures/docx/lo-report.docx"), join(dir, "reports", "lo-report.docx"));

  const threads = mainThreadModules([join(dir, "reports"), "--jobs", "2", "--format", "json"]);
  const files = (JSON.parse(threads.out) as { files: { findings: unknown[] }[] }).files;
  expect(files).toHaveLength(seeds.length + 1);
  expect(files.every((f) => f.findings.length > 0)).toBe(true);
  expect(threads.modules).toContain("src/cli/check-folder.ts");
  const heavy = /^src\/(core\/check\.ts|core\/rules\/|formats\/docx\.ts|cli\/check-task\.ts)/;
  expect(threads.modules.filter((p) => heavy.test(p))).toEqual([]);

  const one = mainThreadModules([join(dir, "reports"), "--jobs", "1", "--format", "json"]);
  expect(one.out).toBe(threads.out);
  expect(one.modules).toEqual(expect.arrayContaining(["src/core/check.ts", "src/cli/check-task.ts"]));
}, 120_000);

test("threads started before a wrong setup are stopped: the process ends with code 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "lz-folder-stop-"));
  mkdirSync(join(dir, "reports"));
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith(".txt")))
    copyFileSync(join(SEEDS, f), join(dir, "reports", f));
  const script =
    `const { main } = require("./src/cli/index.ts"); const { memoryIo } = require("./src/cli/io.ts");` +
    `(async () => { const io = memoryIo("."); const code = await main(${JSON.stringify([
      "check",
      join(dir, "reports"),
      "--jobs",
      "2",
      "--config",
      join(dir, "missing.json"),
    ])}, io); process.stderr.write(io.err); process.exitCode = code; })()`;
  const r = spawnSync(process.execPath, ["-r", "./scripts/ts-hook.cjs", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, LIANZHENG_WORKER_ENTRY: join(__dirname, "worker-entry.cjs") },
  });
  expect(r.signal).toBeNull(); // not killed by the timeout: nothing kept it alive
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("missing.json");
}, 90_000);
