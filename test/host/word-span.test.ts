import { escapeSearch, isRobust, occurrenceIndex, planSpan, MAX_SEARCH } from "../../src/host/word-span";

/** Where a plan's strings first match must be where the span is (what Word's getFirst will return). */
function check(text: string, offset: number, length: number) {
  const plan = planSpan(text, offset, length);
  expect(plan).not.toBeNull();
  switch (plan!.kind) {
    case "start":
      expect([offset, length]).toEqual([0, 0]);
      break;
    case "q":
      expect(text.indexOf(plan!.q)).toBe(offset);
      expect(plan!.q).toBe(text.slice(offset, offset + length));
      break;
    case "pq":
      expect(text.indexOf(plan!.p)).toBe(plan!.from);
      expect(text.indexOf(plan!.q)).toBe(plan!.from);
      expect(plan!.from + plan!.p.length).toBe(offset);
      expect(plan!.from + plan!.q.length).toBe(offset + length);
      break;
    case "pEnd":
      expect(text.indexOf(plan!.p) + plan!.p.length).toBe(offset);
      expect(length).toBe(0);
      break;
  }
  return plan!;
}

describe("planSpan", () => {
  test("short paragraphs: a prefix window from 0 (robust)", () => {
    const text = "XX年，XX单位在XX方面，XX。";
    for (const offset of [0, 4, 9, 14]) {
      expect(text.slice(offset, offset + 2)).toBe("XX");
      const plan = check(text, offset, 2);
      expect(isRobust(plan)).toBe(true);
    }
    expect(planSpan(text, 0, 2)).toEqual({ kind: "q", q: "XX", from: 0 });
    expect(planSpan(text, 4, 2)).toEqual({ kind: "pq", p: "XX年，", q: "XX年，XX", from: 0 });
  });

  test("insertion points", () => {
    expect(planSpan("甲乙", 0, 0)).toEqual({ kind: "start" });
    expect(planSpan("甲乙", 2, 0)).toEqual({ kind: "pEnd", p: "甲乙", from: 0 });
  });

  test("long paragraphs: a window of at most 255 characters that first-matches where it starts", () => {
    const text = Array.from({ length: 60 }, (_, i) => `第${i}项,`).join("");
    const offset = text.lastIndexOf(",");
    const plan = check(text, offset, 1);
    expect(plan.kind).toBe("pq");
    if (plan.kind === "pq") {
      expect(escapeSearch(plan.q).length).toBeLessThanOrEqual(MAX_SEARCH);
      expect(plan.from).toBeGreaterThan(0);
    }
    expect(isRobust(plan)).toBe(false);
  });

  test("escaping counts toward the 255 limit", () => {
    const text = "^".repeat(200) + "尾";
    const plan = check(text, 200, 1);
    if (plan.kind === "pq" || plan.kind === "q") expect(escapeSearch(plan.q).length).toBeLessThanOrEqual(255);
  });

  test("hopelessly repetitive text: null (the adapter then loads the matches)", () => {
    expect(planSpan("X".repeat(600), 400, 2)).toBeNull();
  });

  test("out of range: null", () => {
    expect(planSpan("甲", 0, 2)).toBeNull();
    expect(planSpan("甲", -1, 1)).toBeNull();
  });
});

test("escapeSearch: ^ tab line break and paragraph marks", () => {
  expect(escapeSearch("a^b\tc\vd\ne")).toBe("a^^b^tc^ld^pe");
});

test("occurrenceIndex: non-overlapping, left to right", () => {
  expect(occurrenceIndex("XXXX", "XX", 2)).toBe(1);
  expect(occurrenceIndex("XXXX", "XX", 1)).toBe(-1);
  expect(occurrenceIndex("aXbXc", "X", 3)).toBe(1);
  expect(occurrenceIndex("abc", "", 0)).toBe(-1);
});
