/**
 * `lianzheng check` for a reviewer (issue 13): folders as arguments, files in parallel in worker
 * threads (`--jobs N`, default the number of cores; threads only from 4 files on, or when --jobs is
 * given), output in the order of the inputs whatever finishes first, a progress bar on a terminal,
 * `--previous`, `--annotate` and `--summary`. The output format is that of check-run.ts.
 *
 * A worker thread runs the CLI's entry file again (bin/lianzheng.js, or $LIANZHENG_WORKER_ENTRY) with
 * workerData `{ lianzheng: "check-worker" }`; main.ts then serves tasks (check-worker.ts) instead of
 * parsing arguments. When the entry is unknown (the CLI run in-process), files are checked in turn.
 */
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { Worker } from "node:worker_threads";
import type { DocModel } from "../core/model";
import { getLocale } from "../i18n";
import { rulesText } from "../i18n/messages/rules";
import { reviewText } from "../i18n/messages/review";
import { expandInputs } from "./check-inputs";
import { checkSetup, printResult } from "./check-setup";
import type { TaskContext, TaskOutcome } from "./check-task";
import { ellipsize, InputError, reportError } from "./common";
import type { CheckOpts } from "./contracts";
import type { CliIo } from "./io";

/** Files from which worker threads are used when --jobs is not given. */
const THREADS_FROM = 4;

/** The file a worker thread runs, or null (then no threads). */
export function workerEntry(): string | null {
  const env = process.env.LIANZHENG_WORKER_ENTRY;
  if (env) return env;
  const argv1 = process.argv[1];
  return argv1 && /^lianzheng(\.c?js)?$/.test(basename(argv1)) ? argv1 : null;
}

function bar(done: number, total: number, file: string): string {
  const width = 24;
  const full = Math.round((done / total) * width);
  const line = rulesText("cli.progress", { n: done, total, file: ellipsize(file, 40) });
  return `\r\x1b[K[${"#".repeat(full)}${"-".repeat(width - full)}] ${line}`;
}

/**
 * Young generation of a worker thread, in MB: room for all the objects of a 100-page report (its
 * model, the rules' scratch, the findings), which then die young instead of being promoted and
 * marked (on the folder bench: 83 scavenges in the two threads instead of 115 with V8's 48 MB).
 */
const WORKER_YOUNG_MB = 96;

/** Files sent to a worker ahead of its results, so that it never waits for the main thread. */
const IN_FLIGHT = 2;

/** Worker threads, started before the run's setup so that they load while the main thread reads it. */
interface Pool {
  workers: Worker[];
}

function startPool(entry: string, threads: number): Pool {
  const workers: Worker[] = [];
  for (let w = 0; w < threads; w++)
    workers.push(
      new Worker(entry, {
        workerData: { lianzheng: "check-worker" },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      }),
    );
  return { workers };
}

function stopPool(pool: Pool | null): void {
  for (const w of pool?.workers ?? []) void w.terminate();
}

/** Run tasks over the files, in the pool's threads or in turn; `onDone` is called in input order. */
async function runAll(
  files: readonly string[],
  ctx: TaskContext,
  pool: Pool | null,
  onDone: (i: number, o: TaskOutcome) => void,
  onProgress: (done: number, file: string) => void,
): Promise<void> {
  const results: (TaskOutcome | undefined)[] = new Array<TaskOutcome | undefined>(files.length);
  let next = 0;
  let emitted = 0;
  let done = 0;
  const finish = (i: number, o: TaskOutcome) => {
    results[i] = o;
    done++;
    onProgress(done, files[i]);
    while (emitted < files.length && results[emitted]) {
      onDone(emitted, results[emitted]!);
      results[emitted] = undefined;
      emitted++;
    }
  };
  if (!pool) {
    // the engine loads here only: with threads, this thread never checks a file
    const { runTask } = await import(/* webpackChunkName: "check-task" */ "./check-task");
    for (let i = 0; i < files.length; i++) finish(i, await runTask(files[i], ctx));
    return;
  }
  await new Promise<void>((resolveAll, rejectAll) => {
    let alive = pool.workers.length;
    const feeds: ((upTo: number) => void)[] = [];
    for (const worker of pool.workers) {
      /** Files sent to this worker and not yet answered. */
      const pending = new Set<number>();
      const feed = (upTo: number) => {
        while (pending.size < upTo && next < files.length) {
          pending.add(next);
          worker.postMessage({ i: next, file: files[next] });
          next++;
        }
        if (pending.size === 0) void worker.terminate();
      };
      feeds.push(feed);
      worker.on("message", (m: { i: number; outcome: TaskOutcome }) => {
        pending.delete(m.i);
        finish(m.i, m.outcome);
        feed(IN_FLIGHT);
      });
      worker.on("error", (e) => {
        rejectAll(e);
      });
      worker.on("exit", () => {
        if (pending.size > 0) {
          const first = Math.min(...pending);
          rejectAll(new Error(`worker stopped while checking ${files[first]}`));
          pending.clear();
        }
        if (--alive === 0) resolveAll();
      });
      worker.postMessage({ ctx });
    }
    // one file each first (two files on two threads are checked side by side), then the queues
    for (const feed of feeds) feed(1);
    for (const feed of feeds) feed(IN_FLIGHT);
  });
}

function parseJobsValue(jobs: number | undefined, files: number): number {
  if (jobs !== undefined) return jobs;
  return files >= THREADS_FROM ? Math.max(1, availableParallelism()) : 1;
}

export async function runCheckMany(args: string[], opts: CheckOpts, io: CliIo): Promise<number> {
  const files = expandInputs(args, io.cwd);
  // The threads start loading the engine now, while this thread reads the setup (one core would idle).
  const entry = workerEntry();
  const threads = entry ? Math.min(parseJobsValue(opts.jobs, files.length), files.length) : 1;
  const pool = entry && threads > 1 ? startPool(entry, threads) : null;
  try {
    return await runFiles(files, pool, opts, io);
  } finally {
    // stopped on every way out (a wrong setup, an unreadable --previous, an exception): a thread
    // left running would keep the process alive
    stopPool(pool);
  }
}

async function runFiles(files: string[], pool: Pool | null, opts: CheckOpts, io: CliIo): Promise<number> {
  const setup = await checkSetup(opts, io);
  if (!setup) return 2;
  const { config, pack } = setup;

  if (files.length === 0) {
    reportError(io, "check", reviewText("cli.noInputs"));
    return 2;
  }
  let previous: DocModel | null = null;
  if (opts.previous) {
    const { readCheckInput } = await import("./check-inputs");
    try {
      previous = (await readCheckInput(opts.previous, io.cwd)).model;
    } catch (e) {
      const message = e instanceof InputError || e instanceof Error ? e.message : String(e);
      reportError(io, "check", reviewText("cli.previousRead", { message }));
      return 2;
    }
  }
  const ctx: TaskContext = {
    cwd: io.cwd,
    config,
    pack,
    previous,
    annotate: opts.annotate ?? null,
    format: opts.format,
    locale: getLocale(),
  };
  // JSON output goes out file by file as the files come in order (each entry written by the thread
  // that checked it): the same text as printJson of the whole { version, files } object.
  let jsonStarted = false;
  const outcomes: TaskOutcome[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  let writeFailed = false;
  const progress = io.stderrIsTTY && files.length >= 2;
  await runAll(
    files,
    ctx,
    pool,
    (_i, o) => {
      outcomes.push(o);
      counts.error += o.counts.error;
      counts.warning += o.counts.warning;
      counts.info += o.counts.info;
      // The code earned so far, before any output: a closed pipe exits with it (safe-output.ts).
      if (counts.error > 0) io.exitCode = Math.max(io.exitCode ?? 0, 1);
      if (progress) io.stderr("\r\x1b[K");
      if (o.error) {
        unreadable++;
        reportError(io, "check", o.error);
      }
      if (o.note) {
        if (o.annotateFailed) {
          writeFailed = true;
          reportError(io, "check", o.note);
        } else io.stderr(`lianzheng check: ${o.note}\n`);
      }
      if (opts.format === "text" && o.lines) io.stdout(o.lines);
      if (opts.format === "json") {
        io.stdout(`${jsonStarted ? ",\n" : '{\n  "version": 1,\n  "files": [\n'}${o.jsonText}`);
        jsonStarted = true;
      }
    },
    (done, file) => {
      if (progress) io.stderr(bar(done, files.length, file));
    },
  );
  if (progress) io.stderr("\r\x1b[K");
  if (opts.summary) {
    const { writeSummary } = await import(/* webpackChunkName: "check-summary" */ "./check-summary");
    try {
      const path = await writeSummary(opts.summary, outcomes, io.cwd, opts.lang ?? getLocale());
      io.stderr(`lianzheng check: ${reviewText("cli.summaryWritten", { file: path })}\n`);
    } catch (e) {
      writeFailed = true;
      reportError(
        io,
        "check",
        reviewText("cli.writeFailed", {
          file: opts.summary,
          message: e instanceof Error ? e.message : String(e),
        }),
      );
    }
  }
  if (opts.format === "json")
    io.stdout(jsonStarted ? "\n  ]\n}\n" : '{\n  "version": 1,\n  "files": []\n}\n');
  else printResult(io, opts.format, { version: 1, files: [] }, files.length, counts, unreadable);
  return unreadable || writeFailed ? 2 : counts.error > 0 ? 1 : 0;
}
