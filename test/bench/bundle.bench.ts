/**
 * Bundle budgets: the task pane's initial JS (the scripts taskpane.html loads before anything shows;
 * the tabs' lazy chunks and Microsoft's office.js excluded) must stay ≤ 200 KB gzip; the 检查 tab, with
 * the checker's rules and lexicons, ≤ 200 KB gzip in all the chunks it loads when it is the first tab
 * opened (issue 10), and none of them in the initial JS. Always makes a fresh
 * production build (local office.js) in a temporary folder, so the figure is never that of a stale dist/.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BenchRow } from "./util";

interface PageSize {
  files: { src: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

export default async function bundleBench(): Promise<BenchRow[]> {
  const root = resolve(__dirname, "..", "..");
  const dist = mkdtempSync(join(tmpdir(), "lianzheng-bundle-"));
  execFileSync(
    "npx",
    [
      "webpack",
      "--mode",
      "production",
      "--env",
      "officeJs=local",
      "--env",
      "chunkGroups",
      "--output-path",
      dist,
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  let out: string;
  try {
    out = execFileSync("node", [join(root, "scripts", "bundle-size.mjs"), "--json", "--dist", dist], {
      cwd: root,
      encoding: "utf8",
    });
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  const r = JSON.parse(out) as Record<string, PageSize> & { tabs: Record<string, PageSize> };
  const kb = (n: number) => n / 1024;
  return [
    {
      name: "task pane initial JS (gzip)",
      median: kb(r["taskpane.html"].gzip),
      budget: 200,
      unit: "KB",
      digits: 1,
    },
    ...Object.entries(r.tabs).map(([tab, t]) => ({
      name: `${tab}, every chunk it loads when opened first (gzip)`,
      median: kb(t.gzip),
      budget: tab === "tab-check" ? 200 : undefined,
      unit: "KB",
      digits: 1,
    })),
    { name: "task pane initial JS (raw)", median: kb(r["taskpane.html"].raw), unit: "KB", digits: 1 },
    { name: "preview initial JS (gzip)", median: kb(r["preview.html"].gzip), unit: "KB", digits: 1 },
    { name: "commands page JS (gzip)", median: kb(r["commands.html"].gzip), unit: "KB", digits: 1 },
    {
      name: `lazy chunks, ${r.lazy.files.length} files (gzip)`,
      median: kb(r.lazy.gzip),
      unit: "KB",
      digits: 1,
    },
  ];
}
