/**
 * src/README.md ("how to add one") stays honest: its lists of built-in kinds, templates, snippet
 * categories and hosts are exactly those of the code, and every path it names exists.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { KINDS } from "../../src/genre/kinds/builtin";
import { SNIPPET_CATEGORIES } from "../../src/genre/snippet-schema";
import { TEMPLATES } from "../../src/genre/templates";

const root = join(__dirname, "../..");
const readme = readFileSync(join(root, "src/README.md"), "utf8");

/** The backquoted ids of the paragraph that starts with `label` (it may wrap over several lines). */
function listAfter(label: string): string[] {
  const at = readme.indexOf(`\n${label} `);
  expect(at).toBeGreaterThanOrEqual(0);
  const paragraph = readme.slice(at + 1).split("\n\n")[0];
  return [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** The host names of `DocumentHost.name` in src/host/host.ts. */
function hostNames(): string[] {
  const host = readFileSync(join(root, "src/host/host.ts"), "utf8");
  const m = /readonly name: ((?:"[a-z-]+"(?: \| )?)+);/.exec(host);
  expect(m).not.toBeNull();
  return [...m![1].matchAll(/"([a-z-]+)"/g)].map((x) => x[1]);
}

describe("src/README.md", () => {
  test("lists every built-in kind, in the order detection tries them", () => {
    expect(listAfter("Built-in kinds:")).toEqual(KINDS.map((k) => k.id));
  });

  test("lists every built-in template", () => {
    expect(listAfter("Built-in templates:")).toEqual(TEMPLATES.map((t) => t.id));
  });

  test("lists every snippet category, in display order", () => {
    expect(listAfter("Snippet categories:")).toEqual([...SNIPPET_CATEGORIES]);
  });

  test("lists every host that DocumentHost names", () => {
    expect(listAfter("Hosts:")).toEqual(hostNames());
  });

  test("every file it names exists", () => {
    const paths = [...readme.matchAll(/`((?:src|test)\/[^`*<>{}]+)`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  test("names every room of src in its table", () => {
    const rooms = readFileSync(join(root, "eslint.config.mjs"), "utf8");
    for (const room of ["terms", "i18n", "genre", "core", "formats", "host", "taskpane", "cli", "preview"]) {
      expect(existsSync(join(root, "src", room))).toBe(true);
      expect(readme).toContain(`| \`${room}\` |`);
    }
    expect(rooms).toContain("no-restricted-imports");
  });
});
