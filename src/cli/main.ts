/** Entry of the bundled CLI (dist/cli/lianzheng.js). */
import { main } from "./index";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`lianzheng: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
