// The worker entry of `lianzheng check --jobs N` in tests (LIANZHENG_WORKER_ENTRY): the TypeScript
// sources through the project's require hook, as bin/lianzheng.js runs the bundle.
require("../../scripts/ts-hook.cjs");
require("../../src/cli/main.ts");
