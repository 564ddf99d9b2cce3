/**
 * The house's directions are enforced by ESLint (eslint.config.mjs, no-restricted-imports per room):
 * an import that runs upward fails `npm test`'s lint step. These cases lint small sources as if they
 * stood in each room, so the rule itself is shown to bite (and to let downward imports through).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/**
 * Lint every case in one node process (ESLint loads its .mjs config by dynamic import, which jest's VM
 * does not allow): the restricted-import messages of each [file, source].
 */
function lintAll(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const [file, source] of cases) {
      const [r] = await eslint.lintText(source, { filePath: file });
      out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(cases)], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const src = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;
const results = new Map<string, string[]>();
const problems = (file: string, source: string): string[] => results.get(`${file}\n${source}`)!;

describe("imports run downward only", () => {
  const upward: [string, string][] = [
    ["src/genre/layout-probe.ts", "../core/model"],
    ["src/genre/snippets/probe.ts", "../../core/search"],
    ["src/core/probe.ts", "../host/host"],
    ["src/core/rules/probe.ts", "../../formats/docx"],
    ["src/core/probe.ts", "../taskpane/kinds"],
    ["src/terms/probe.ts", "../genre/kinds"],
    ["src/i18n/probe.ts", "../core/check"],
    ["src/formats/probe.ts", "../host/memory"],
    ["src/host/probe.ts", "../taskpane/App"],
    ["src/host/probe.ts", "../formats/docx"],
    ["src/taskpane/check/probe.ts", "../../preview/PreviewApp"],
    ["src/taskpane/probe.ts", "../cli/main"],
    ["src/cli/probe.ts", "../taskpane/kinds"],
    ["src/cli/probe.ts", "../host/word"],
  ];
  const downward: [string, string][] = [
    ["src/genre/probe.ts", "../terms"],
    ["src/genre/kinds/probe.ts", "../schema-parts"],
    ["src/core/probe.ts", "../genre/kinds"],
    ["src/core/rules/probe.ts", "../../terms"],
    ["src/formats/probe.ts", "../core/model"],
    ["src/host/probe.ts", "../core/edits"],
    ["src/taskpane/check/probe.ts", "../../host/host"],
    ["src/preview/probe.ts", "../formats/docx"],
    ["src/cli/probe.ts", "../formats/text"],
    ["src/taskpane/templates/probe.ts", "../kinds"],
  ];
  const pure: [string, string][] = [
    ["src/core/probe.ts", "react"],
    ["src/genre/probe.ts", "@fluentui/react-components"],
    ["src/taskpane/probe.ts", "react"],
  ];
  beforeAll(() => {
    const cases = [...upward, ...downward, ...pure].map(([file, from]) => [file, src(from)] as const);
    lintAll(cases).forEach((msgs, i) => results.set(`${cases[i][0]}\n${cases[i][1]}`, msgs));
  }, 60_000);

  test.each(upward)("%s may not import %s", (file, from) => {
    const msgs = problems(file, src(from));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/must not import this room/);
  });

  test.each(downward)("%s may import %s", (file, from) => {
    expect(problems(file, src(from))).toEqual([]);
  });

  test("the engine and the data stay pure: no React or Office", () => {
    expect(problems("src/core/probe.ts", src("react"))).toHaveLength(1);
    expect(problems("src/genre/probe.ts", src("@fluentui/react-components"))).toHaveLength(1);
    expect(problems("src/taskpane/probe.ts", src("react"))).toEqual([]);
  });
});
