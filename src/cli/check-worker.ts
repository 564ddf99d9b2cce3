/** A worker thread of `lianzheng check` (check-folder.ts): serves one task at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { runTask, type TaskContext, type TaskOutcome } from "./check-task";

export function serveChecks(): void {
  const port = parentPort;
  if (!port) return;
  const ctx = (workerData as { ctx: TaskContext }).ctx;
  port.on("message", (m: { i: number; file: string }) => {
    runTask(m.file, ctx).then(
      (outcome) => port.postMessage({ i: m.i, outcome }),
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        const outcome: TaskOutcome = {
          json: { file: m.file, kind: null, year: null, error: message, findings: [] },
          lines: "",
          counts: { error: 0, warning: 0, info: 0 },
          rules: {},
          error: message,
          note: null,
          annotateFailed: false,
        };
        port.postMessage({ i: m.i, outcome });
      },
    );
  });
}
