/**
 * Search: the acceptance table over the shipped library (its build-time index), and the ranking
 * rules over a small library indexed with real pinyin.
 */
import { search, type SearchResult } from "../../src/core/search";
import { buildIndex } from "../../src/core/search-index";
import { snippetTokens } from "../../src/core/pinyin-dict";
import { shippedIndex, shippedIndexIsCurrent } from "../../src/core/shipped-snippets";
import type { Snippet } from "../../src/genre/snippet-schema";

const titles = (r: SearchResult[]) => r.map((x) => x.snippet.title);

describe("search over the shipped library", () => {
  const index = shippedIndex();

  it("uses an index generated from the current library", () => {
    expect(shippedIndexIsCurrent()).toBe(true);
  });

  it.each([
    ["lgwh", "两个维护"],
    ["sgys", "四个意识"],
    ["liangge weihu", "两个维护"],
    ["lianggeweihu", "两个维护"],
    ["liang'ge wei'hu", "两个维护"],
    ["两个wh", "两个维护"],
    ["两个weihu", "两个维护"],
    ["liangge维护", "两个维护"],
    ["scyd", "三重一大"],
    ["sanchongyida", "三重一大"],
    ["yigangshuangze", "一岗双责"],
    ["ygsz", "一岗双责"],
    ["四个意识", "四个意识"],
    ["ＳＧＹＳ", "四个意识"],
  ])("%s → %s first", (q, title) => {
    expect(titles(search(index, q))[0]).toBe(title);
  });

  it.each([
    ["lgwh", "两个维护"],
    ["sgys", "四个意识"],
  ])("the top hit of %s is the term %s (what Enter inserts), its text the explanation", (q, term) => {
    const first = search(index, q)[0].snippet;
    expect(first.term).toBe(term);
    expect(first.text).not.toContain(term);
  });

  it("'liangge' shows 两个确立 and 两个维护 among the first results", () => {
    const top = titles(search(index, "liangge", { limit: 5 }));
    expect(top).toContain("两个确立");
    expect(top).toContain("两个维护");
  });

  it.each([
    ["四个意思", "四个意识"], // one wrong character
    ["两个维户", "两个维护"], // one wrong character
    ["两维护", "两个维护"], // one missing character
    ["两个个维护", "两个维护"], // one extra character
    ["sanchongyda", "三重一大"], // a letter missing inside a syllable still prefixes it
    ["sangchongyida", "三重一大"], // one wrong letter in full pinyin
  ])("typo %s still finds %s first", (q, title) => {
    const r = search(index, q);
    expect(titles(r)[0]).toBe(title);
  });

  it("one-error matches come after exact ones", () => {
    const r = search(index, "两个维", { limit: 0 });
    const firstFuzzy = r.findIndex((x) => x.tier === "fuzzy");
    const lastExact = r.map((x) => x.tier !== "fuzzy").lastIndexOf(true);
    expect(firstFuzzy === -1 || firstFuzzy > lastExact).toBe(true);
  });

  it("an empty query shows favourites then recently used, nothing else", () => {
    const r = search(index, "", {
      favourites: ["formulation-sige-yishi"],
      recent: ["closing-01", "formulation-sige-yishi", "opening-02"],
    });
    expect(r.map((x) => x.snippet.id)).toEqual(["formulation-sige-yishi", "closing-01", "opening-02"]);
    expect(r[0].favourite).toBe(true);
    expect(r[1].recent).toBe(true);
    expect(search(index, "")).toEqual([]);
  });

  it("an empty query with browse lists the filtered library after the pinned ones", () => {
    const r = search(index, "  ", { category: "closing", browse: true, recent: ["closing-03"], limit: 0 });
    expect(r[0].snippet.id).toBe("closing-03");
    expect(r.every((x) => x.snippet.category === "closing")).toBe(true);
    expect(r.length).toBeGreaterThanOrEqual(20);
  });

  it("browsing a section lists the snippets written for it before the general ones", () => {
    const r = search(index, "", { section: "problems", browse: true, limit: 0 });
    const firstGeneral = r.findIndex((x) => x.snippet.sections.length === 0);
    expect(firstGeneral).toBeGreaterThan(20);
    expect(r.slice(0, firstGeneral).every((x) => x.snippet.sections.includes("problems"))).toBe(true);
    expect(r.slice(firstGeneral).every((x) => x.snippet.sections.length === 0)).toBe(true);
  });

  it("filters by category and by section", () => {
    const byCat = search(index, "zeren", { category: "problems", limit: 0 });
    expect(byCat.length).toBeGreaterThan(0);
    expect(byCat.every((x) => x.snippet.category === "problems")).toBe(true);
    const bySection = search(index, "整改", { section: "next-steps", limit: 0 });
    expect(bySection.length).toBeGreaterThan(0);
    for (const x of bySection) {
      expect(x.snippet.sections.length === 0 || x.snippet.sections.includes("next-steps")).toBe(true);
    }
    expect(bySection.some((x) => x.snippet.category === "problems")).toBe(false);
  });

  it("respects the limit", () => {
    expect(search(index, "zhi", { limit: 3 })).toHaveLength(3);
  });
});

describe("ranking", () => {
  const mk = (id: string, title: string, text = "正文。", tags: string[] = []): Snippet => ({
    id,
    title,
    text,
    category: "political",
    tags,
    kinds: [],
    sections: [],
  });
  const lib = [
    mk("contains", "坚决做到两个维护"),
    mk("tag", "政治建设", "正文。", ["两个维护"]),
    mk("text", "其他", "要坚决做到两个维护。"),
    mk("prefix", "两个维护的要求"),
    mk("exact", "两个维护"),
    mk("other", "四个意识"),
  ];
  const index = buildIndex(lib, (s) => snippetTokens(s));

  it("orders exact title, prefix, initials/contains, tag, text", () => {
    expect(search(index, "两个维护").map((r) => [r.snippet.id, r.tier])).toEqual([
      ["exact", "exact"],
      ["prefix", "prefix"],
      ["contains", "contains"],
      ["tag", "tag"],
      ["text", "text"],
    ]);
    expect(search(index, "lgwh").map((r) => [r.snippet.id, r.tier])).toEqual([
      ["exact", "exact"],
      ["prefix", "prefix"],
      ["contains", "initials"],
      ["tag", "tag"],
    ]);
  });

  it("puts favourites, then recently used, first within the title matches", () => {
    const r = search(index, "lgwh", { favourites: ["contains"], recent: ["prefix"] });
    expect(r.map((x) => x.snippet.id)).toEqual(["contains", "prefix", "exact", "tag"]);
  });

  it("keeps a favourite that matches only by tag after every title match", () => {
    const r = search(index, "lgwh", { favourites: ["tag"] });
    expect(r.map((x) => x.snippet.id)).toEqual(["exact", "prefix", "contains", "tag"]);
  });

  it("finds by characters a snippet that has no pinyin tokens", () => {
    const plain = buildIndex(lib);
    expect(search(plain, "两个维护")[0].snippet.id).toBe("exact");
    expect(search(plain, "lgwh")).toEqual([]);
  });

  it("does not guess typos in short pinyin initials", () => {
    expect(search(index, "lgwx")).toEqual([]);
  });

  it("a later snippet with the same id replaces the earlier one", () => {
    const idx = buildIndex([...lib, mk("exact", "两个维护", "我改过的正文。")], (s) => snippetTokens(s));
    expect(idx.entries).toHaveLength(lib.length);
    expect(search(idx, "lgwh")[0].snippet.text).toBe("我改过的正文。");
  });
});
