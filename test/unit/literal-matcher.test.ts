/**
 * The shared literal scan (core/rules/util.ts LiteralMatcher): every occurrence, overlapping, in
 * order of position and, at one position, longest bucket first (four, three, two units, then
 * single units), longest pattern first, equal lengths in the order given. Compared with a naive
 * matcher on seeded random patterns that share long prefixes, as the near-misses of a set phrase do.
 */
import { LiteralMatcher } from "../../src/core/rules/util";

type M = { offset: number; text: string; value: number };

/** Every pattern tried at every position, in the matcher's documented order. */
function naive(patterns: readonly string[], s: string): M[] {
  const order = patterns
    .map((text, value) => ({ text, value }))
    .filter((p) => p.text.length > 0)
    .sort(
      (a, b) =>
        Math.min(b.text.length, 4) - Math.min(a.text.length, 4) ||
        b.text.length - a.text.length ||
        a.value - b.value,
    );
  const out: M[] = [];
  for (let i = 0; i < s.length; i++)
    for (const p of order) if (s.startsWith(p.text, i)) out.push({ offset: i, text: p.text, value: p.value });
  return out;
}

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("LiteralMatcher", () => {
  test("finds overlapping patterns, longest first at one position", () => {
    const patterns = ["全面从严治党", "全面从严", "从严治党", "从严", "党", "全面从严治觉", "面从"];
    const m = new LiteralMatcher(patterns.map((t, i): [string, number] => [t, i]));
    const s = "坚持全面从严治党，全面从严治觉";
    expect(m.matches(s)).toEqual(naive(patterns, s));
    expect(m.matches(s).map((x) => `${x.offset}:${x.text}`)).toEqual([
      "2:全面从严治党",
      "2:全面从严",
      "3:面从",
      "4:从严治党",
      "4:从严",
      "7:党",
      "9:全面从严治觉",
      "9:全面从严",
      "10:面从",
      "11:从严",
    ]);
  });

  test("a chain of many near-misses sharing four units finds exactly the one written", () => {
    const phrase = "贯彻落实中央八项规定精神";
    const patterns: string[] = [];
    for (let k = 4; k < phrase.length; k++)
      for (const c of "甲乙丙丁戊己庚辛") patterns.push(phrase.slice(0, k) + c + phrase.slice(k + 1));
    const m = new LiteralMatcher(patterns.map((t, i): [string, number] => [t, i]));
    expect(m.matches(phrase)).toEqual([]);
    const wrong = phrase.slice(0, 9) + "丙" + phrase.slice(10);
    const found = m.matches(`要${wrong}。`);
    expect(found).toEqual([{ offset: 1, text: wrong, value: patterns.indexOf(wrong) }]);
    // cut short by the end of the text
    expect(m.matches(wrong.slice(0, -1))).toEqual([]);
  });

  test("agrees with a naive matcher on random patterns and texts", () => {
    const next = rng(20251201);
    const alphabet = "加强党风廉政建设责任落实监督";
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    for (let round = 0; round < 40; round++) {
      const stems = Array.from({ length: 4 }, () => pick(4));
      const patterns: string[] = [];
      for (let p = 0; p < 60; p++) {
        const r = next();
        // many share a stem (long chains); some short ones; a few duplicates
        if (r < 0.6) patterns.push(stems[Math.floor(next() * stems.length)] + pick(Math.floor(next() * 6)));
        else if (r < 0.9) patterns.push(pick(1 + Math.floor(next() * 4)));
        else patterns.push(patterns[Math.floor(next() * Math.max(1, patterns.length))] ?? pick(2));
      }
      const m = new LiteralMatcher(patterns.map((t, i): [string, number] => [t, i]));
      let s = "";
      while (s.length < 300) s += next() < 0.3 ? stems[Math.floor(next() * stems.length)] : pick(3);
      expect(m.matches(s)).toEqual(naive(patterns, s));
    }
  });
});
