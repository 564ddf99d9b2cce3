/**
 * Phrases and the report's year (issue 14 leftovers): a phrase whose `since` is later than the report's
 * year is left out of the search and of `lianzheng snippets --year`; year tokens show resolved.
 */
import { search } from "../../src/core/search";
import { shippedIndex } from "../../src/core/shipped-snippets";
import { librarySnippets } from "../../src/genre/snippets";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { setLocale } from "../../src/i18n";

beforeAll(() => setLocale("zh-CN"));

const sinceYear = (s: { since?: string }) => (s.since ? Number(s.since.slice(0, 4)) : 0);

describe("search by year", () => {
  const index = shippedIndex();
  const all = (year?: number) =>
    search(index, "", { browse: true, limit: 0, ...(year ? { year } : {}) }).map((r) => r.snippet);

  test("a report on 2023 is offered no phrase that cites what began later; 2025 is offered them", () => {
    const later = librarySnippets.filter((s) => sinceYear(s) > 2023);
    expect(later.length).toBeGreaterThan(0);
    const for2023 = all(2023);
    expect(for2023.filter((s) => sinceYear(s) > 2023)).toEqual([]);
    expect(for2023.length).toBe(all().length - later.length);
    const for2025 = new Set(all(2025).map((s) => s.id));
    for (const s of later.filter((x) => sinceYear(x) <= 2025)) expect(for2025.has(s.id)).toBe(true);
  });

  test("a query too: 党纪学习教育 (2024) is not offered for 2023", () => {
    const ids = (year: number) => search(index, "党纪学习教育", { year, limit: 0 }).map((r) => r.snippet);
    expect(ids(2024).some((s) => sinceYear(s) === 2024)).toBe(true);
    expect(ids(2023).some((s) => sinceYear(s) > 2023)).toBe(false);
  });
});

async function run(args: string[]) {
  const io = memoryIo(process.cwd());
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("lianzheng snippets --year", () => {
  test("year tokens resolved for the year; without a year the text is as written", async () => {
    const r2026 = await run(["snippets", "学习贯彻本年度中央纪委全会精神", "--limit", "1", "--year", "2026"]);
    expect(r2026.code).toBe(0);
    expect(r2026.out).toContain("及时传达学习二十届中央纪委五次全会精神");
    const r2024 = await run(["snippets", "学习贯彻本年度中央纪委全会精神", "--limit", "1", "--year", "2024"]);
    expect(r2024.out).toContain("及时传达学习二十届中央纪委三次全会精神");
    const raw = await run(["snippets", "学习贯彻本年度中央纪委全会精神", "--limit", "1"]);
    expect(raw.out).toContain("{{plenum}}");
  });

  test("--all --year 2023 lists no phrase that cites what began later; JSON resolves too", async () => {
    const r = await run(["snippets", "--all", "--limit", "0", "--year", "2023", "--format", "json"]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { results: { id: string; text: string }[] };
    const byId = new Map(librarySnippets.map((s) => [s.id, s]));
    expect(data.results.filter((x) => sinceYear(byId.get(x.id)!) > 2023)).toEqual([]);
    expect(data.results.length).toBe(librarySnippets.filter((s) => sinceYear(s) <= 2023).length);
    expect(data.results.some((x) => x.text.includes("{{"))).toBe(false);
  });

  test("a bad year is refused", async () => {
    const r = await run(["snippets", "--all", "--year", "20x5"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--year");
  });
});
