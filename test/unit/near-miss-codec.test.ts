import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  decodeNearMisses,
  encodeNearMisses,
  NEAR_MISS_VERSION,
  type NearMissPlain,
} from "../../src/core/near-miss-codec";
import { nearMissFile } from "../../src/core/rules/typo";

const GROUPS = ["一义以亦意", "是事世市", "身深申", "则责泽择"];

describe("near-miss codec", () => {
  test("a position keeps some candidates of its groups: the mask names them, one bit each", () => {
    // 以身作则 position 0 draws from group 0 (一义以亦意 less 以: 一义亦意), keeps 义 and 意
    const plain: NearMissPlain = { phrases: { 以身作则: ["义意", "深", "", "责"] } };
    const ids = [[0], [2], [], [3]];
    const compact = encodeNearMisses(plain, GROUPS, (_p, k) => ids[k]);
    expect(compact.version).toBe(NEAR_MISS_VERSION);
    // candidates sorted by code point: 一 义 亦 意 → kept bits 1 and 3 = 0b1010 = 10 = "K"
    expect(compact.phrases["以身作则"].split(";")[0]).toBe("0|K|");
    // every candidate kept: no mask
    expect(compact.phrases["以身作则"].split(";")[2]).toBe("||");
    expect(decodeNearMisses(compact)).toEqual(plain);
  });

  test("a kept character outside the position's groups is an extra", () => {
    const plain: NearMissPlain = { phrases: { 身则: ["深绅", "测"] } };
    const compact = encodeNearMisses(plain, GROUPS, (_p, k) => (k === 0 ? [2] : [3]));
    expect(compact.phrases["身则"]).toBe("2|B|绅;3|A|测");
    expect(decodeNearMisses(compact)).toEqual(plain);
  });

  test("round trip on generated phrases, groups and kept sets", () => {
    const han = fc.integer({ min: 0x4e00, max: 0x4e60 }).map((c) => String.fromCharCode(c));
    const arb = fc
      .record({
        groups: fc.array(fc.uniqueArray(han, { minLength: 1, maxLength: 20 }), {
          minLength: 1,
          maxLength: 6,
        }),
        phrases: fc.uniqueArray(
          fc.array(han, { minLength: 2, maxLength: 6 }).map((a) => a.join("")),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        seed: fc.array(fc.nat(), { minLength: 400, maxLength: 400 }),
      })
      .map(({ groups, phrases, seed }) => {
        const g = groups.map((chars) => [...new Set(chars)].sort().join(""));
        let n = 0;
        const next = () => seed[n++ % seed.length];
        const ids = new Map<string, number[]>();
        const plain: NearMissPlain = { phrases: {} };
        for (const p of phrases) {
          plain.phrases[p] = [...p].map((own, k) => {
            const slotIds = g.map((_x, i) => i).filter(() => next() % 3 === 0);
            ids.set(`${p}:${k}`, slotIds);
            const pool = new Set(slotIds.flatMap((i) => [...g[i]]));
            pool.delete(own);
            // keep some candidates, and one extra character now and then
            const kept = [...pool].filter(() => next() % 2 === 0);
            if (next() % 4 === 0) kept.push("龘");
            return kept
              .filter((c) => c !== own)
              .sort()
              .join("");
          });
        }
        return { g, ids, plain };
      });
    fc.assert(
      fc.property(arb, ({ g, ids, plain }) => {
        const compact = encodeNearMisses(plain, g, (p, k) => ids.get(`${p}:${k}`) ?? []);
        expect(decodeNearMisses(JSON.parse(JSON.stringify(compact)))).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  test("a malformed entry is an error, not a silent empty set", () => {
    const base = { version: NEAR_MISS_VERSION, groups: GROUPS };
    expect(() => decodeNearMisses({ ...base, phrases: { 以身作则: "0||;||" } })).toThrow(
      /2 positions, not 4/,
    );
    expect(() => decodeNearMisses({ ...base, phrases: { 身则: "2|;3||" } })).toThrow(
      /malformed at position 0/,
    );
    expect(() => decodeNearMisses({ ...base, phrases: { 身则: "9||;3||" } })).toThrow(
      /group 9 does not exist/,
    );
    expect(() => decodeNearMisses({ ...base, phrases: { 身则: "2|AA|;3||" } })).toThrow(/wrong length/);
    expect(() => decodeNearMisses({ ...base, phrases: { 身则: "2|*|;3||" } })).toThrow(/bad mask/);
  });

  test("the generated file is compact and decodes to near-misses of every phrase", () => {
    const raw = readFileSync(join(__dirname, "../../src/genre/generated/typo-near-miss.json"), "utf8");
    const file = JSON.parse(raw) as { version: number; groups: string[] };
    expect(file.version).toBe(NEAR_MISS_VERSION);
    // each reading's characters are written once
    const chars = file.groups.join("");
    expect(new Set(chars).size).toBe(chars.length);
    const decoded = nearMissFile();
    // (以身做则 and 再接再励 are lexicon entries, reported by the lexicon at its own severity)
    expect(decoded.phrases["以身作则"][2]).toContain("佐");
    expect(decoded.phrases["以身作则"][2]).not.toContain("做");
    expect(decoded.phrases["再接再厉"][3]).toContain("丽");
    for (const [phrase, slots] of Object.entries(decoded.phrases)) {
      expect(slots).toHaveLength([...phrase].length);
      slots.forEach((s, k) => expect(s).not.toContain(phrase[k]));
    }
  });
});
