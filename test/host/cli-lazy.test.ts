/**
 * The CLI loads a subcommand's work only when that subcommand runs (src/cli/<command>-run.ts, imported
 * from the action), while --help still lists every subcommand and its options.
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { setLocale } from "../../src/i18n";

const ROOT = join(__dirname, "../..");

/** Modules node has loaded after running an async script with the TypeScript hook (paths from the root). */
function loadedAfter(script: string): string[] {
  const print = "process.stdout.write(JSON.stringify(Object.keys(require.cache)))";
  const r = spawnSync(
    process.execPath,
    ["-r", "./scripts/ts-hook.cjs", "-e", `(async () => { ${script}; ${print}; })()`],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as string[]).map((p) => p.slice(ROOT.length + 1));
}

const HEAVY = [
  /node_modules\/zod\//,
  /node_modules\/docx\//,
  /node_modules\/jszip\//,
  /node_modules\/pinyin-pro\//,
  /node_modules\/fast-xml-parser\//,
  /^src\/core\/check\.ts$/,
  /^src\/host\/docx\.ts$/,
  /^src\/genre\/snippets\//,
  /^src\/genre\/templates\//,
  /^src\/cli\/\w+-run\.ts$/,
];

beforeEach(() => setLocale("zh-CN"));

describe("lazy subcommands", () => {
  test("building the program loads no subcommand's work", () => {
    const loaded = loadedAfter(
      `const { buildProgram } = require("./src/cli/index.ts"); const { memoryIo } = require("./src/cli/io.ts"); buildProgram(memoryIo("."))`,
    );
    expect(loaded).toContain("src/cli/index.ts");
    expect(loaded).toContain("src/cli/check.ts");
    expect(loaded.filter((p) => HEAVY.some((re) => re.test(p)))).toEqual([]);
  });

  test("checking a .txt loads the check's work but not the .docx reader, templates, snippets or zod", () => {
    const file = join(ROOT, "test/fixtures/text/clean-unit-annual.txt");
    const loaded = loadedAfter(
      `const { main } = require("./src/cli/index.ts"); const { memoryIo } = require("./src/cli/io.ts");` +
        `await main(["check", ${JSON.stringify(file)}], memoryIo("."))`,
    );
    expect(loaded).toEqual(expect.arrayContaining(["src/cli/check-run.ts", "src/core/check.ts"]));
    expect(
      loaded.filter(
        (p) => HEAVY.some((re) => re.test(p)) && p !== "src/cli/check-run.ts" && p !== "src/core/check.ts",
      ),
    ).toEqual([]);
  });

  test("--help lists every subcommand, and each subcommand's --help its options", async () => {
    const io = memoryIo(ROOT);
    expect(await main(["--help"], io)).toBe(0);
    for (const c of ["outline", "check", "new", "snippets"])
      expect(io.out).toMatch(new RegExp(`^  ${c} `, "m"));
    const options: Record<string, string[]> = {
      outline: ["--format"],
      check: ["--kind", "--year", "--config", "--format"],
      new: [
        "--kind",
        "--list",
        "--year",
        "--period",
        "--unit",
        "--name",
        "--post",
        "--to",
        "--date",
        "--output",
      ],
      snippets: ["--limit", "--category", "--section", "--kind", "--all", "--export", "--pack", "--format"],
    };
    for (const [c, opts] of Object.entries(options)) {
      const sub = memoryIo(ROOT);
      expect(await main([c, "--help"], sub)).toBe(0);
      for (const o of opts) expect(sub.out).toContain(o);
    }
  });
});
