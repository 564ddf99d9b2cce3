/** A worker thread of `lianzheng check` (check-folder.ts): serves one task at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { failedOutcome, runTask, type TaskContext } from "./check-task";

export function serveChecks(): void {
  const port = parentPort;
  if (!port) return;
  const ctx = (workerData as { ctx: TaskContext }).ctx;
  port.on("message", (m: { i: number; file: string }) => {
    runTask(m.file, ctx).then(
      (outcome) => port.postMessage({ i: m.i, outcome }),
      (e: unknown) => {
        const outcome = failedOutcome(m.file, e instanceof Error ? e.message : String(e), ctx.format);
        port.postMessage({ i: m.i, outcome });
      },
    );
  });
}
