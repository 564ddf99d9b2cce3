import type { Finding } from "../../src/core/findings";
import {
  CONTEXT_CHARS,
  MAX_IGNORES,
  addIgnore,
  entryMatches,
  ignoreEntryFor,
  parseIgnores,
  partitionFindings,
  removeIgnore,
  serializeIgnores,
  textHash,
  unignoreFinding,
} from "../../src/core/ignores";

const msg = { "zh-CN": "占位符", "en-US": "placeholder" };

/** A finding on `text` at the first occurrence of `excerpt` (or at `offset`). */
function finding(
  text: string,
  excerpt: string,
  paragraph: number,
  rule = "placeholder",
  offset = text.indexOf(excerpt),
): Finding {
  if (offset < 0) throw new Error(`${excerpt} not in ${text}`);
  return {
    rule,
    severity: "error",
    category: "placeholder",
    message: msg,
    paragraph,
    offset,
    length: excerpt.length,
    excerpt,
    fix: null,
    expected: text,
  };
}

const P = "全区共立案XX件，结案XX件，处分*人。";

describe("textHash", () => {
  it("is the FNV-1a 32-bit hash as 8 hex digits", () => {
    // Known FNV-1a vectors (ASCII, one code unit per character).
    expect(textHash("")).toBe("811c9dc5");
    expect(textHash("a")).toBe("e40c292c");
    expect(textHash("foobar")).toBe("bf9cf968");
  });
  it("differs for texts that differ by one character and is stable", () => {
    expect(textHash("县县本级")).not.toBe(textHash("县本级"));
    expect(textHash(P)).toBe(textHash(P.slice(0)));
    expect(textHash(P)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("ignoreEntryFor", () => {
  it("keys by rule, paragraph text hash, excerpt, offset and context, not by paragraph index", () => {
    const f = finding(P, "XX", 7);
    const e = ignoreEntryFor(f, new Date("2024-12-20T08:00:00Z"));
    expect(e).toEqual({
      rule: "placeholder",
      hash: textHash(P),
      excerpt: "XX",
      offset: 5,
      before: "全区共立案",
      after: "件，结案XX件，处分*人",
      at: "2024-12-20T08:00:00.000Z",
    });
    expect(e).not.toHaveProperty("paragraph");
  });
  it("keeps at most CONTEXT_CHARS characters each side", () => {
    const text = "甲".repeat(30) + "XX" + "乙".repeat(30);
    const e = ignoreEntryFor(finding(text, "XX", 0));
    expect(e.before).toBe("甲".repeat(CONTEXT_CHARS));
    expect(e.after).toBe("乙".repeat(CONTEXT_CHARS));
  });
  it("whole-document findings have an empty hash and offset 0", () => {
    const f: Finding = {
      ...finding(P, "XX", 0),
      paragraph: null,
      expected: null,
      offset: 0,
      length: 0,
      excerpt: "",
    };
    const e = ignoreEntryFor(f);
    expect(e.hash).toBe("");
    expect(e.offset).toBe(0);
    expect(entryMatches(e, f)).toBe(true);
    expect(entryMatches(e, { ...f, rule: "other" })).toBe(false);
  });
});

describe("entryMatches", () => {
  const f = finding(P, "XX", 3);
  const e = ignoreEntryFor(f);

  it("matches the same finding after the paragraph moved (other index)", () => {
    expect(entryMatches(e, { ...f, paragraph: 40 })).toBe(true);
  });
  it("does not match another occurrence of the same excerpt in the same paragraph", () => {
    const second = finding(P, "XX", 3, "placeholder", P.indexOf("XX", 6));
    expect(second.offset).toBe(11);
    expect(entryMatches(e, second)).toBe(false);
  });
  it("does not match another rule or another excerpt", () => {
    expect(entryMatches(e, { ...f, rule: "punctuation" })).toBe(false);
    expect(entryMatches(e, finding(P, "*", 3))).toBe(false);
  });
  it("still matches when the paragraph was edited away from the excerpt", () => {
    const edited = "今年" + P + "另有新增内容。";
    const moved = finding(edited, "XX", 9);
    expect(moved.offset).toBe(7);
    expect(entryMatches(e, moved)).toBe(true);
  });
  it("does not match when the text right next to the excerpt changed", () => {
    const edited = P.replace("立案XX件", "立案XX起");
    expect(entryMatches(e, finding(edited, "XX", 3))).toBe(false);
  });
  it("needs MIN_CONTEXT characters of context for the loose match", () => {
    const short = ignoreEntryFor(finding("XX。", "XX", 0));
    expect(short.before + short.after).toBe("。");
    expect(entryMatches(short, finding("XX。", "XX", 0))).toBe(true); // exact key
    expect(entryMatches(short, finding("共XX。", "XX", 0))).toBe(false); // edited, too little context
  });
  it("does not match the same excerpt in an unrelated paragraph", () => {
    expect(entryMatches(e, finding("共组织XX次培训。", "XX", 3))).toBe(false);
  });
});

describe("add / remove / unignore", () => {
  const f1 = finding(P, "XX", 1);
  const f2 = finding(P, "*", 1);
  it("adds without duplicates and removes by key", () => {
    let list = addIgnore([], f1);
    list = addIgnore(list, f1);
    expect(list).toHaveLength(1);
    list = addIgnore(list, f2);
    expect(list.map((e) => e.excerpt)).toEqual(["XX", "*"]);
    list = removeIgnore(list, ignoreEntryFor(f1));
    expect(list.map((e) => e.excerpt)).toEqual(["*"]);
    expect(unignoreFinding(list, { ...f2, paragraph: 9 })).toEqual([]);
  });
  it("does not mutate its input", () => {
    const list = addIgnore([], f1);
    const copy = JSON.parse(JSON.stringify(list));
    addIgnore(list, f2);
    removeIgnore(list, list[0]);
    expect(list).toEqual(copy);
  });
  it("keeps at most MAX_IGNORES entries, dropping the oldest", () => {
    let list = addIgnore([], finding("第0段XX。", "XX", 0));
    for (let i = 1; i <= MAX_IGNORES; i++) list = addIgnore(list, finding(`第${i}段XX。`, "XX", i));
    expect(list).toHaveLength(MAX_IGNORES);
    expect(list[0].before).toBe("第1段");
    expect(list[list.length - 1].before).toBe(`第${MAX_IGNORES}段`);
  });
});

describe("partitionFindings", () => {
  it("splits active and ignored findings and lists orphan entries", () => {
    const a = finding(P, "XX", 2);
    const b = finding(P, "*", 2);
    const gone = ignoreEntryFor(finding("早已修改的段落XX。", "XX", 5));
    const entries = [ignoreEntryFor(a), gone];
    // The document gained two paragraphs above: indexes moved.
    const moved = [
      { ...a, paragraph: 4 },
      { ...b, paragraph: 4 },
    ];
    const r = partitionFindings(moved, entries);
    expect(r.active).toEqual([moved[1]]);
    expect(r.ignored).toEqual([{ finding: moved[0], entry: entries[0] }]);
    expect(r.orphans).toEqual([gone]);
  });
  it("with no entries everything is active", () => {
    const fs = [finding(P, "XX", 0), finding(P, "*", 0)];
    expect(partitionFindings(fs, [])).toEqual({ active: fs, ignored: [], orphans: [] });
  });
});

describe("parseIgnores / serializeIgnores", () => {
  const entries = [ignoreEntryFor(finding(P, "XX", 0), new Date(0))];
  it("round-trips through JSON", () => {
    const stored = JSON.parse(JSON.stringify(serializeIgnores(entries)));
    expect(stored.version).toBe(1);
    expect(parseIgnores(stored)).toEqual({ entries, dropped: 0, invalid: false });
  });
  it("treats an absent value as empty", () => {
    expect(parseIgnores(undefined)).toEqual({ entries: [], dropped: 0, invalid: false });
    expect(parseIgnores(null)).toEqual({ entries: [], dropped: 0, invalid: false });
  });
  it("skips malformed entries and counts them", () => {
    const r = parseIgnores({
      version: 1,
      entries: [entries[0], { rule: 3 }, "x", { ...entries[0], offset: -1 }],
    });
    expect(r.entries).toEqual(entries);
    expect(r.dropped).toBe(3);
    expect(r.invalid).toBe(false);
  });
  it("accepts a bare array and flags a value that is not a list", () => {
    expect(parseIgnores(entries).entries).toEqual(entries);
    expect(parseIgnores("garbage")).toEqual({ entries: [], dropped: 0, invalid: true });
    expect(parseIgnores({ version: 1 })).toEqual({ entries: [], dropped: 0, invalid: true });
  });
});
