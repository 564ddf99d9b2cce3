/** The shipped phrase library, its build-time index, the pack schema and the polyphones. */
import { readdirSync, readFileSync, existsSync } from "fs";
import { join } from "path";
import { handwrittenSnippets, librarySnippets } from "../../src/genre/snippets";
import { formulationSnippets, formulationTerm } from "../../src/genre/snippets/formulations";
import { check } from "../../src/core/check";
import { modelFromLines } from "../../src/core/model";
import { formulations } from "../../src/genre/formulations";
import {
  CATEGORY_NAMES_ZH,
  makePack,
  parsePack,
  snippetSchema,
  type Snippet,
} from "../../src/genre/snippet-schema";
import { buildIndexFile, pinyinTokens } from "../../src/core/pinyin-dict";
import { decodeTokens, encodeTokens, positionsOf, tokenSourceHash } from "../../src/core/pinyin";
import { shippedIndexFile } from "../../src/core/shipped-snippets";
import type { Formulation } from "../../src/genre/formulation-types";
import { describePackIssue } from "../../src/genre/snippets/pack-issues";
import { setLocale } from "../../src/i18n";

describe("the shipped library", () => {
  it("has at least 300 handwritten snippets in the 12 categories, plus the set formulations", () => {
    expect(handwrittenSnippets.length).toBeGreaterThanOrEqual(300);
    const cats = new Set(handwrittenSnippets.map((s) => s.category));
    expect([...cats].sort()).toEqual(
      [
        "opening",
        "political",
        "main-responsibility",
        "supervision",
        "conduct",
        "integrity",
        "ideology",
        "team",
        "institution",
        "problems",
        "next-steps",
        "closing",
      ].sort(),
    );
    for (const c of cats)
      expect(handwrittenSnippets.filter((s) => s.category === c).length).toBeGreaterThanOrEqual(20);
    expect(librarySnippets.filter((s) => s.category === "formulations").length).toBeGreaterThanOrEqual(
      formulations.length,
    );
  });

  it("every snippet is valid, ids are unique", () => {
    const ids = new Set<string>();
    for (const s of librarySnippets) {
      const r = snippetSchema.safeParse(s);
      if (!r.success)
        throw new Error(`${s.id}: ${r.error.issues[0].path.join(".")} ${r.error.issues[0].message}`);
      expect(ids.has(s.id)).toBe(false);
      ids.add(s.id);
    }
  });

  it("placeholders are well-formed 【…】 and figures are never written as X or *", () => {
    for (const s of handwrittenSnippets) {
      const opens = (s.text.match(/【/g) ?? []).length;
      const closes = (s.text.match(/】/g) ?? []).length;
      expect([s.id, opens]).toEqual([s.id, closes]);
      expect([s.id, /[Xx×*]{1,}[次个件人名项]/.test(s.text)]).toEqual([s.id, false]);
    }
  });

  it("is written afresh: no seed sentence (12+ characters) appears in a snippet", () => {
    const dir = join(__dirname, "../../../shared/seeds");
    if (!existsSync(dir))
      throw new Error(`seeds not found at ${dir} (shared/ must sit beside the repository)`);
    const sentences: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/)) {
        for (const part of line.split(/[。；！？]/)) if (part.length >= 12) sentences.push(part.trim());
      }
    }
    expect(sentences.length).toBeGreaterThan(20);
    for (const s of handwrittenSnippets) {
      for (const part of sentences) expect([s.id, s.text.includes(part)]).toEqual([s.id, false]);
    }
  });

  it("offers every formulation of the checker's dictionary in its canonical wording (shared, not copied)", () => {
    for (const f of formulations) {
      const s = librarySnippets.find((x) => x.id === `formulation-${f.id}`);
      expect(s?.text).toBe(f.canonical);
      expect(s?.title).toBe(f.name);
    }
  });

  it("every category has a Chinese name", () => {
    for (const s of librarySnippets) expect(CATEGORY_NAMES_ZH[s.category]).toBeTruthy();
  });
});

describe("formulationSnippets (with a test double of the dictionary)", () => {
  const double: Formulation[] = [
    {
      id: "test-one",
      name: "测试表述",
      canonical: "标准的测试表述",
      variants: ["测试的表述"],
      collocations: ["坚持测试表述", "标准的测试表述"],
      source: "测试来源",
      theme: "测试",
    },
  ];
  it("makes one snippet for the canonical wording and one per distinct collocation", () => {
    const out = formulationSnippets(double);
    expect(out.map((s) => [s.id, s.title, s.text])).toEqual([
      ["formulation-test-one", "测试表述", "标准的测试表述"],
      ["formulation-test-one-c1", "坚持测试表述", "坚持测试表述"],
    ]);
    expect(out[0].tags).toEqual(["测试表述", "测试", "测试的表述"]);
    expect(out[0].source).toBe("测试来源");
    for (const s of out) expect(snippetSchema.safeParse(s).success).toBe(true);
  });
});

describe("terms (what Enter inserts for a formulation that its wording explains)", () => {
  const base = { source: "测试来源" };
  it("a name that its canonical wording neither uses nor shortens is a term", () => {
    expect(formulationTerm({ name: "两个测试", canonical: "测试甲、测试乙" })).toBe("两个测试");
    expect(formulationTerm({ name: "测试表述", canonical: "测试表述" })).toBeUndefined();
    expect(formulationTerm({ name: "测试表述", canonical: "坚持测试表述" })).toBeUndefined();
    // A fuller form of the name (its characters in order): the wording, not an explanation.
    expect(formulationTerm({ name: "测试防线", canonical: "测试的思想防线" })).toBeUndefined();
    // Quotation marks and book-title marks do not count.
    expect(formulationTerm({ name: "测试条例", canonical: "《测试条例》" })).toBeUndefined();
    expect(formulationTerm({ name: "关键测试", canonical: "抓住这个“关键测试”" })).toBeUndefined();
  });

  it("only the canonical snippet of a term carries it, not its collocations", () => {
    const out = formulationSnippets([
      {
        ...base,
        id: "t-two",
        name: "两个测试",
        canonical: "测试甲、测试乙",
        collocations: ["做到“两个测试”"],
      },
      { ...base, id: "t-one", name: "测试表述", canonical: "测试表述" },
    ]);
    expect(out.map((x) => [x.id, x.term])).toEqual([
      ["formulation-t-two", "两个测试"],
      ["formulation-t-two-c1", undefined],
      ["formulation-t-one", undefined],
    ]);
    expect(out.filter((x) => x.term === undefined).every((x) => !("term" in x))).toBe(true);
    for (const x of out) expect(snippetSchema.safeParse(x).success).toBe(true);
  });

  it("the shipped library: 两个维护 and 四个意识 are terms, 一岗双责 and 中央八项规定精神 are not", () => {
    const term = (id: string) => librarySnippets.find((x) => x.id === `formulation-${id}`)?.term;
    expect(term("liangge-weihu")).toBe("两个维护");
    expect(term("sige-yishi")).toBe("四个意识");
    expect(term("yigang-shuangze")).toBeUndefined();
    expect(term("zhongyang-baxiang-guiding")).toBeUndefined();
    const terms = librarySnippets.filter((x) => x.term);
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const x of terms) {
      expect([x.id, x.category, x.term]).toEqual([x.id, "formulations", x.title]);
      expect([x.id, x.text.includes(x.term!)]).toEqual([x.id, false]);
    }
  });

  it("a term inserted in a sentence raises no wording finding", () => {
    const terms = librarySnippets.filter((x) => x.term).map((x) => x.term!);
    const r = check(
      modelFromLines(["关于落实主体责任的报告", ...terms.map((t) => `我们要认真领会${t}的要求。`)]),
    );
    const wording = r.findings.filter((f) => f.category === "wording");
    expect(wording.map((f) => [f.paragraph, f.rule, f.excerpt])).toEqual([]);
    // The same sentence with a wrong form is flagged: the check above can fail.
    const wrong = check(modelFromLines(["关于落实主体责任的报告", "我们要认真领会两个拥护的要求。"]));
    expect(wrong.findings.filter((f) => f.rule === "formulation").map((f) => f.offset)).toEqual([7]);
  });

  it("packs keep a term; an empty or too long term is refused", () => {
    const snippet = {
      id: "p-1",
      title: "两个测试",
      term: "两个测试",
      text: "测试甲、测试乙",
      category: "own",
    };
    const ok = parsePack(JSON.stringify({ format: "lianzheng-snippets", version: 1, snippets: [snippet] }));
    expect(ok.ok && ok.pack.snippets[0].term).toBe("两个测试");
    for (const term of ["  ", "长".repeat(61)]) {
      const bad = parsePack(
        JSON.stringify({ format: "lianzheng-snippets", version: 1, snippets: [{ ...snippet, term }] }),
      );
      expect(bad.ok ? [] : bad.issues.map((i) => [i.entry, i.field])).toEqual([[1, "term"]]);
    }
  });
});

describe("the build-time index", () => {
  it("matches the library (run `npm run gen` after changing the library)", () => {
    const file = shippedIndexFile();
    expect(file.hash).toBe(tokenSourceHash(librarySnippets));
    expect(file.count).toBe(librarySnippets.length);
    expect(file).toEqual(buildIndexFile(librarySnippets));
  });

  it("has one token per search position of each title and tag", () => {
    const file = shippedIndexFile();
    for (const s of librarySnippets) {
      const row = file.entries[s.id];
      expect(decodeTokens(row[0])).toHaveLength(positionsOf(s.title).length);
      s.tags.forEach((t, i) => expect(decodeTokens(row[i + 1])).toHaveLength(positionsOf(t).length));
    }
  });

  it("a missing index fails with a clear message", () => {
    jest.isolateModules(() => {
      jest.doMock("../../src/genre/generated/snippet-index.json", () => {
        throw new Error("Cannot find module");
      });
      const fresh =
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require("../../src/core/shipped-snippets") as typeof import("../../src/core/shipped-snippets");
      expect(() => fresh.shippedIndexFile()).toThrow(/snippet-index\.json is missing: run `npm run gen`/);
    });
    jest.dontMock("../../src/genre/generated/snippet-index.json");
  });
});

describe("pinyin of polyphones in this genre", () => {
  it.each([
    ["三重一大", "san chong yi da"],
    ["重大事项", "zhong da shi xiang"],
    ["重温入党誓词", "chong wen ru dang shi ci"],
    ["行动", "xing dong"],
    ["银行", "yin hang"],
    ["区长", "qu zhang"],
    ["长效机制", "chang xiao ji zhi"],
    ["纪律", "ji lv"],
    ["干部", "gan bu"],
    ["“两个维护”", "liang ge wei hu"],
    ["Ａ4纸", "a 4 zhi"],
  ])("%s → %s", (text, expected) => {
    expect(pinyinTokens(text).join(" ")).toBe(expected);
  });

  it("encodes empty tokens and decodes them back", () => {
    expect(encodeTokens(["a", "", "b"])).toBe("a - b");
    expect(decodeTokens("a - b")).toEqual(["a", "", "b"]);
    expect(decodeTokens("")).toEqual([]);
  });
});

describe("packs", () => {
  const good: Snippet = {
    id: "my-one",
    title: "我的短语",
    text: "正文【次数】次。",
    category: "own",
    tags: [],
    kinds: [],
    sections: [],
  };

  it("round-trips a valid pack", () => {
    const r = parsePack(JSON.stringify(makePack([good], "我的包")));
    expect(r).toEqual({
      ok: true,
      pack: { format: "lianzheng-snippets", version: 1, name: "我的包", snippets: [good] },
    });
  });

  it("fills defaults for tags, kinds and sections", () => {
    const r = parsePack(
      JSON.stringify({
        format: "lianzheng-snippets",
        version: 1,
        snippets: [{ id: "a", title: "甲", text: "乙", category: "own" }],
      }),
    );
    expect(r.ok && r.pack.snippets[0]).toEqual({
      id: "a",
      title: "甲",
      text: "乙",
      category: "own",
      tags: [],
      kinds: [],
      sections: [],
    });
  });

  it("names the entry and the field of an invalid snippet", () => {
    const r = parsePack(
      JSON.stringify({
        format: "lianzheng-snippets",
        version: 1,
        snippets: [good, { ...good, id: "two", title: "" }, { ...good, id: "three", category: "nope" }],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.entry, i.id, i.field])).toEqual([
      [2, "two", "title"],
      [3, "three", "category"],
    ]);
  });

  it("rejects duplicate ids inside a pack, naming the entry", () => {
    const r = parsePack(JSON.stringify({ format: "lianzheng-snippets", version: 1, snippets: [good, good] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ entry: 2, id: "my-one", field: "id" })]);
  });

  it("rejects text that is not JSON and a pack of another format", () => {
    const a = parsePack("{not json");
    expect(a.ok === false && a.issues[0].message).toMatch(/^not JSON/);
    const b = parsePack(JSON.stringify({ format: "other", version: 1, snippets: [] }));
    expect(b.ok === false && b.issues[0]).toEqual(expect.objectContaining({ entry: null, field: "format" }));
  });

  it("rejects unknown fields (strict) and ids with capitals or spaces", () => {
    const r = parsePack(
      JSON.stringify({
        format: "lianzheng-snippets",
        version: 1,
        snippets: [{ ...good, id: "Bad Id", extra: 1 }],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.field, i.code]).sort()).toEqual([
        ["extra", "unrecognized_keys"],
        ["id", "invalid_format"],
      ]);
      setLocale("zh-CN");
      expect(r.issues.map(describePackIssue).sort()).toEqual([
        "第 1 条（Bad Id）字段“extra”：有不认识的字段：extra",
        "第 1 条（Bad Id）字段“id”：格式不对（只能用小写字母、数字和连字符）",
      ]);
      setLocale("en-US");
      expect(describePackIssue(r.issues.find((i) => i.field === "id")!)).toBe(
        'entry 1 (Bad Id), field "id": wrong format (lowercase letters, digits and hyphens only)',
      );
      setLocale("zh-CN");
    }
  });

  it("words every problem in the user's language", () => {
    setLocale("zh-CN");
    const dup = parsePack(
      JSON.stringify({ format: "lianzheng-snippets", version: 1, snippets: [good, good] }),
    );
    expect(dup.ok === false && describePackIssue(dup.issues[0])).toBe(
      "第 2 条（my-one）字段“id”：id 与第 1 条重复",
    );
    const json = parsePack("{");
    expect(json.ok === false && describePackIssue(json.issues[0])).toMatch(/^不是有效的 JSON 文件（/);
    const empty = parsePack(
      JSON.stringify({ format: "lianzheng-snippets", version: 1, snippets: [{ ...good, title: "" }] }),
    );
    expect(empty.ok === false && describePackIssue(empty.issues[0])).toBe(
      "第 1 条（my-one）字段“title”：不能为空（或太短、太少）",
    );
    const missing = parsePack(JSON.stringify({ format: "lianzheng-snippets", version: 1 }));
    expect(missing.ok === false && describePackIssue(missing.issues[0])).toBe(
      "字段“snippets”：缺少或类型不对",
    );
  });
});

describe("what the task pane ships", () => {
  /** Files reachable from `entry` through static relative imports (dynamic import() not followed). */
  function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
    const { dirname, resolve } = jest.requireActual<typeof import("path")>("path");
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms)) {
        if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
        const spec = m[1];
        if (!spec.startsWith(".")) {
          packages.add(spec);
          continue;
        }
        const base = resolve(dirname(file), spec);
        const candidates = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base];
        const found = candidates.find((c) => existsSync(c) && !c.endsWith("/"));
        if (found && /\.(ts|tsx)$/.test(found)) visit(found);
      }
    };
    visit(entry);
    return { files, packages };
  }

  it("the 短语 tab does not load the pinyin dictionary statically (only by dynamic import)", () => {
    const g = staticGraph(join(__dirname, "../../src/taskpane/phrases/PhrasesTab.tsx"));
    expect(g.files.size).toBeGreaterThan(10);
    expect([...g.files].some((f) => f.endsWith("pinyin-dict.ts"))).toBe(false);
    expect(g.packages.has("pinyin-pro")).toBe(false);
    const store = readFileSync(join(__dirname, "../../src/taskpane/phrases/store.ts"), "utf8");
    expect(store).toMatch(/await import\([^)]*"\.\.\/\.\.\/core\/pinyin-dict"\)/);
  });
});

describe("consistency with the checker", () => {
  it("no handwritten snippet raises an error or warning when inserted as a body paragraph", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { check } = require("../../src/core/check") as typeof import("../../src/core/check");
    const wholeDocument = new Set(["signature-date", "title-form", "required-sections", "document-parts"]);
    const problems: string[] = [];
    for (const s of handwrittenSnippets) {
      const model = {
        paragraphs: [{ text: "一、主要工作情况" }, ...s.text.split("\n").map((text) => ({ text }))],
      };
      for (const f of check(model, { year: 2024 }).findings) {
        if (wholeDocument.has(f.rule) || f.severity === "info") continue;
        if (f.rule === "placeholder" || f.rule === "unfilled-field") continue; // 【…】 are meant to be filled
        problems.push(`${s.id} ${f.rule} ${f.severity}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
