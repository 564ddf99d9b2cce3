// `npm run bench`: runs every test/bench/*.bench.ts (each exports a default async function that
// returns rows) and prints medians against the budgets of the issues. Not part of `npm test`.
import { createRequire } from "node:module";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
require("./ts-hook.cjs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv[2];
const files = readdirSync(join(root, "test", "bench"))
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
let over = 0;
for (const f of files) {
  const mod = require(join(root, "test", "bench", f));
  const rows = await mod.default();
  console.log(`\n${f}`);
  for (const r of rows) {
    const ok = r.budget === undefined || r.median <= r.budget;
    if (!ok) over++;
    const unit = r.unit ?? "ms";
    const budget = r.budget === undefined ? "" : ` (budget ≤ ${r.budget} ${unit}) ${ok ? "ok" : "OVER"}`;
    console.log(`  ${r.name}: median ${r.median.toFixed(r.digits ?? 3)} ${unit}${budget}`);
  }
}
if (over) console.log(`\n${over} figure(s) over budget`);
