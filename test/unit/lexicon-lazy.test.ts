/**
 * The typo lexicon reaches the task pane with the 检查 tab only (issue 10 budgets): no module the pane
 * loads at start-up (src/taskpane/index.tsx and its static imports; the tabs are dynamic imports)
 * imports the lexicon, the generated near-misses or the typo rule. A static walk of the imports.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const LEXICON = /^src\/(genre\/lexicon\/|genre\/generated\/typo-near-miss\.json|core\/rules\/typo\.ts)/;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null; // a package
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")])
    if (existsSync(c) && !c.endsWith("/") && /\.(tsx?|json)$/.test(c)) return c;
  return null;
}

/** Files reachable from `entry` by static imports, exports and requires (not `import type`, not `import()`). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith(".json")) continue;
    const src = readFileSync(file, "utf8");
    const specs: string[] = [];
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)"/gms))
      specs.push(m[1]);
    for (const m of src.matchAll(/^\s*import\s+"([^"]+)"/gm)) specs.push(m[1]);
    for (const m of src.matchAll(/\brequire\("([^"]+)"\)/g)) specs.push(m[1]);
    for (const s of specs) {
      const r = resolveImport(file, s);
      if (r) todo.push(r);
    }
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

describe("the typo lexicon is loaded lazily", () => {
  it("is not reachable from the task pane's start-up modules", () => {
    const start = staticClosure("src/taskpane/index.tsx");
    expect(start.has("src/taskpane/App.tsx")).toBe(true);
    expect([...start].filter((f) => LEXICON.test(f))).toEqual([]);
  });

  it("is not reachable from the browser preview's start-up modules either", () => {
    const start = staticClosure("src/preview/index.tsx");
    expect(start.size).toBeGreaterThan(3);
    expect([...start].filter((f) => LEXICON.test(f))).toEqual([]);
  });

  it("is reachable from the 检查 tab (the walk does find it)", () => {
    const tab = staticClosure("src/taskpane/check/CheckTab.tsx");
    // (other lexicon files may join these: the formulation checks live in src/genre/lexicon/ too)
    expect([...tab].filter((f) => LEXICON.test(f))).toEqual(
      expect.arrayContaining([
        "src/core/rules/typo.ts",
        "src/genre/generated/typo-near-miss.json",
        "src/genre/lexicon/typos-context.ts",
        "src/genre/lexicon/typos-idioms.ts",
        "src/genre/lexicon/typos-variants.ts",
        "src/genre/lexicon/typos-words.ts",
        "src/genre/lexicon/typos.ts",
      ]),
    );
  });
});

describe("the schemas (zod) are not part of the 检查 tab", () => {
  // Packs are validated with zod when imported (templates/packs.ts, check/pack.ts): those modules are
  // loaded on import or when a pack is stored, so the tab's chunks stay small for everyone else.
  const importsZod = (f: string) =>
    /\.tsx?$/.test(f) &&
    /^\s*import\s+(?!type\b)[^;]*?\bfrom\s+"zod"/ms.test(readFileSync(resolve(ROOT, f), "utf8"));

  it("no module the 检查 tab imports statically imports zod", () => {
    const tab = staticClosure("src/taskpane/check/CheckTab.tsx");
    expect(tab.has("src/taskpane/check/RuleSettings.tsx")).toBe(true);
    expect([...tab].filter(importsZod)).toEqual([]);
  });

  it("the walk does find zod where it is (the 模板 tab imports the pack schema)", () => {
    const tab = staticClosure("src/taskpane/templates/TemplatesTab.tsx");
    expect([...tab].filter(importsZod)).toEqual(expect.arrayContaining(["src/genre/template-schema.ts"]));
  });
});

describe("the task pane starts without 一键排版's Word code and the reviewer's messages", () => {
  // word-layout.ts and its parts load when 排版 or 撤销排版 first runs (src/host/word.ts); the adapter
  // tells its own comments apart with the small own-comments bundle, not the reviewer's.
  const LATER = ["src/host/word-layout.ts", "src/host/word-layout-parts.ts", "src/i18n/messages/review.ts"];

  it("none of them is reachable from the task pane's start-up modules", () => {
    const start = staticClosure("src/taskpane/index.tsx");
    expect(start.has("src/host/word.ts")).toBe(true);
    expect(start.has("src/host/word-layout-caps.ts")).toBe(true);
    expect(LATER.filter((f) => start.has(f))).toEqual([]);
  });

  it("the walk finds them where they are", () => {
    expect(staticClosure("src/host/word-layout.ts").has("src/host/word-layout-parts.ts")).toBe(true);
    expect(staticClosure("src/taskpane/check/CheckTab.tsx").has("src/i18n/messages/review.ts")).toBe(true);
  });
});
