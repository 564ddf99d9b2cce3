/**
 * What inserting a phrase puts in the document: a term (两个维护, 四个意识) inserts the term itself, its
 * explanation on request; other phrases insert their text (continuing 一是/二是, with fields to fill).
 */
import { search } from "../../src/core/search";
import { modelFromLines } from "../../src/core/model";
import { shippedIndex } from "../../src/core/shipped-snippets";
import { librarySnippets } from "../../src/genre/snippets";
import { MemoryHost } from "../../src/host/memory";
import { hasExplanation, insertionText, insertPhrase } from "../../src/taskpane/phrases/insert";
import type { Snippet } from "../../src/genre/snippet-schema";

const top = (q: string): Snippet => search(shippedIndex(), q)[0].snippet;
const texts = (host: MemoryHost) => host.getModel().paragraphs.map((p) => p.text);

describe("insertionText of the top hit (what Enter inserts)", () => {
  it.each([
    ["lgwh", "两个维护"],
    ["sgys", "四个意识"],
    ["lgql", "两个确立"],
    ["scyd", "三重一大"],
    ["sizhongxingtai", "四种形态"],
  ])("%s + Enter → %s", (q, term) => {
    const s = top(q);
    expect(hasExplanation(s)).toBe(true);
    expect(insertionText(s)).toBe(term);
    expect(insertionText(s, "main")).toBe(term);
  });

  it.each([
    ["lgwh", "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导"],
    ["sgys", "政治意识、大局意识、核心意识、看齐意识"],
  ])("%s + Shift+Enter → the explanation", (q, text) => {
    expect(insertionText(top(q), "explanation")).toBe(text);
  });

  it.each([
    ["ygsz", "一岗双责"], // the wording is the name
    ["zybxgdjs", "中央八项规定及其实施细则精神"], // the wording is a fuller form of the name
  ])("%s is not a term: Enter inserts the text %s", (q, text) => {
    const s = top(q);
    expect(hasExplanation(s)).toBe(false);
    expect(insertionText(s)).toBe(text);
    expect(insertionText(s, "explanation")).toBe(text);
  });

  it("a handwritten phrase is never a term", () => {
    expect(librarySnippets.filter((s) => s.category !== "formulations" && s.term)).toEqual([]);
  });
});

describe("insertPhrase", () => {
  it("lgwh: the term replaces the selection, in one edit without reading the document", async () => {
    const host = new MemoryHost({ model: modelFromLines(["坚决做到“XX”。"]) });
    host.setCursor(0, 5, 2);
    const read = jest.spyOn(host, "readContext");
    const edit = await insertPhrase(host, top("lgwh"), "inline");
    expect(edit).toEqual({ kind: "insertAtCursor", mode: "inline", text: "两个维护" });
    expect(texts(host)).toEqual(["坚决做到“两个维护”。"]);
    expect(read).not.toHaveBeenCalled();
  });

  it("sgys: the term at the cursor; the explanation on request", async () => {
    const host = new MemoryHost({ model: modelFromLines(["增强。"]) });
    host.setCursor(0, 2);
    await insertPhrase(host, top("sgys"), "inline");
    expect(texts(host)).toEqual(["增强四个意识。"]);
    const host2 = new MemoryHost({ model: modelFromLines(["增强。"]) });
    host2.setCursor(0, 2);
    await insertPhrase(host2, top("sgys"), "inline", "explanation");
    expect(texts(host2)).toEqual(["增强政治意识、大局意识、核心意识、看齐意识。"]);
  });

  it("a phrase that starts with an enumerator continues the series (reads the document)", async () => {
    const host = new MemoryHost({ model: modelFromLines(["一、工作", "一是压实责任。二是健全机制。"]) });
    host.setCursor(1, 14);
    const s: Snippet = {
      id: "t-1",
      title: "加强督查",
      text: "一是加强督查，全年开展【次数】次。",
      category: "own",
      tags: [],
      kinds: [],
      sections: [],
    };
    const edit = await insertPhrase(host, s, "paragraphAfter");
    expect(edit.text).toBe("三是加强督查，全年开展【次数】次。");
    expect(edit.fields).toEqual([{ offset: 11, length: 4, name: "figure" }]);
    expect(texts(host)[2]).toBe("三是加强督查，全年开展【次数】次。");
  });
});
