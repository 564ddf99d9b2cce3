/**
 * A worker thread of `lianzheng check` (check-folder.ts): the run's context comes in the first
 * message, then files; each answer carries the file's outcome. Files may queue up (the main thread
 * sends the next before this one is answered).
 */
import { parentPort } from "node:worker_threads";
import { failedOutcome, runTask, type TaskContext } from "./check-task";

export function serveChecks(): void {
  const port = parentPort;
  if (!port) return;
  let ctx: TaskContext | null = null;
  /** One file at a time, in the order they came. */
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (m: { ctx: TaskContext } | { i: number; file: string }) => {
    if ("ctx" in m) {
      ctx = m.ctx;
      return;
    }
    const run = ctx!;
    queue = queue.then(() =>
      runTask(m.file, run).then(
        (outcome) => port.postMessage({ i: m.i, outcome }),
        (e: unknown) => {
          const outcome = failedOutcome(m.file, e instanceof Error ? e.message : String(e), run.format);
          port.postMessage({ i: m.i, outcome });
        },
      ),
    );
  });
}
