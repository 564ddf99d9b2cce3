/** Entry of the bundled CLI (dist/cli/lianzheng.js); in a worker thread of `check`, the worker. */
import { isMainThread, workerData } from "node:worker_threads";
import { main } from "./index";

if (!isMainThread && (workerData as { lianzheng?: string } | null)?.lianzheng === "check-worker") {
  void import(/* webpackChunkName: "check-worker" */ "./check-worker").then((m) => m.serveChecks());
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`lianzheng: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
