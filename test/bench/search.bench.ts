/**
 * Phrase search budget (issue 5): over a generated library of 5,000 snippets, the index is built in
 * ≤ 200 ms and a query takes ≤ 1 ms (medians). The pinyin tokens are computed before timing, as the
 * build-time generator does for the shipped library.
 */
import { search } from "../../src/core/search";
import { buildIndex, type SnippetTokens } from "../../src/core/search-index";
import { snippetTokens } from "../../src/core/pinyin-dict";
import { librarySnippets } from "../../src/genre/snippets";
import type { Snippet } from "../../src/genre/snippet-schema";
import { median, timeMedian, type BenchRow } from "./util";

const SUFFIXES = ["", "（一）", "情况", "要求", "工作", "措施", "机制", "专项", "重点", "举措"];

/** 5,000 snippets made by recombining the shipped ones (titles varied, texts joined). */
export function generateLibrary(count = 5000): Snippet[] {
  const base = librarySnippets;
  const out: Snippet[] = [];
  for (let i = 0; i < count; i++) {
    const a = base[i % base.length];
    const b = base[(i * 7 + 3) % base.length];
    const round = Math.floor(i / base.length);
    out.push({
      ...a,
      id: `${a.id}-g${i}`,
      title: a.title + SUFFIXES[round % SUFFIXES.length],
      text: a.text + b.text,
      tags: [...a.tags, ...b.tags.slice(0, 1)],
    });
  }
  return out;
}

export const QUERIES = [
  "lgwh",
  "sgys",
  "liangge",
  "liangge weihu",
  "两个wh",
  "主体责任",
  "zhutizeren",
  "ztzr",
  "作风",
  "四个意思",
  "两个维户",
  "yigangshuangze",
  "廉政谈话",
  "xunchazhenggai",
  "jl",
  "一岗双责",
  "三重一大",
  "意识形态",
  "整改台账",
  "bxgd",
];

export default async function bench(): Promise<BenchRow[]> {
  const lib = generateLibrary();
  const tokens = new Map<string, SnippetTokens>(lib.map((s) => [s.id, snippetTokens(s)]));
  const tokensOf = (s: Snippet) => tokens.get(s.id);
  const build = timeMedian(() => buildIndex(lib, tokensOf), 15, 3);
  const index = buildIndex(lib, tokensOf);
  const perQuery = QUERIES.map((q) => timeMedian(() => search(index, q, { limit: 50 }), 40, 5));
  const worst = Math.max(...perQuery);
  const worstQuery = QUERIES[perQuery.indexOf(worst)];
  return [
    { name: `build index of ${lib.length} snippets`, median: build, budget: 200 },
    {
      name: `query over ${lib.length} snippets (median of ${QUERIES.length} queries)`,
      median: median(perQuery),
      budget: 1,
    },
    { name: `slowest query (${worstQuery}), for information`, median: worst },
  ];
}
