/** `lianzheng snippets` in-process (DESIGN.md section 5). */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli";
import { memoryIo } from "../../src/cli/io";
import { setLocale } from "../../src/i18n";
import { parsePack } from "../../src/genre/snippet-schema";
import { librarySnippets } from "../../src/genre/snippets";

async function run(args: string[], cwd?: string) {
  const io = memoryIo(cwd);
  const code = await main(["snippets", ...args], io);
  return { code, out: io.out, err: io.err };
}

beforeEach(() => setLocale("zh-CN"));

describe("lianzheng snippets", () => {
  it("prints JSON per the contract, best first", async () => {
    const r = await run(["lgwh", "--format", "json", "--limit", "3"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["version", "query", "results"]);
    expect(json.version).toBe(1);
    expect(json.query).toBe("lgwh");
    expect(json.results).toHaveLength(3);
    expect(json.results[0]).toEqual({
      id: "formulation-liangge-weihu",
      title: "两个维护",
      term: "两个维护",
      text: "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导",
      category: "formulations",
    });
    // `term` only for a term (what the 短语 tab inserts on Enter; `text` is then its explanation).
    for (const x of json.results)
      expect(Object.keys(x)).toEqual(
        x.term === undefined
          ? ["id", "title", "text", "category"]
          : ["id", "title", "term", "text", "category"],
      );
  });

  it("gives no term for a formulation whose wording is the name itself (一岗双责)", async () => {
    const json = JSON.parse((await run(["ygsz", "--format", "json", "--limit", "1"])).out);
    expect(json.results[0]).toEqual({
      id: "formulation-yigang-shuangze",
      title: "一岗双责",
      text: "一岗双责",
      category: "formulations",
    });
  });

  it("joins several words into one query (liangge weihu)", async () => {
    const r = await run(["liangge", "weihu", "--format", "json"]);
    const json = JSON.parse(r.out);
    expect(json.query).toBe("liangge weihu");
    expect(json.results[0].title).toBe("两个维护");
  });

  it("prints readable text: number, title, category, id, the term if any, then the text", async () => {
    const r = await run(["sgys", "--limit", "1"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "1. 四个意识  [规范表述]  formulation-sige-yishi\n   术语：四个意识；释义：\n   政治意识、大局意识、核心意识、看齐意识\n",
    );
    const plain = await run(["ygsz", "--limit", "1"]);
    expect(plain.out).toBe("1. 一岗双责  [规范表述]  formulation-yigang-shuangze\n   一岗双责\n");
    setLocale("en-US");
    expect((await run(["lgwh", "--limit", "1"])).out).toContain("\n   term: 两个维护; explanation:\n");
  });

  it("filters by category id or Chinese name", async () => {
    const a = JSON.parse(
      (await run(["zeren", "--category", "problems", "--format", "json", "--limit", "0"])).out,
    );
    const b = JSON.parse(
      (await run(["zeren", "--category", "存在问题", "--format", "json", "--limit", "0"])).out,
    );
    expect(a.results.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
    expect(a.results.every((x: { category: string }) => x.category === "problems")).toBe(true);
  });

  it("filters by kind: a personal report gets no unit-only closing", async () => {
    const personal = JSON.parse(
      (
        await run([
          "--category",
          "closing",
          "--kind",
          "personal-shuzeshulian",
          "--format",
          "json",
          "--limit",
          "0",
        ])
      ).out,
    );
    const ids = personal.results.map((x: { id: string }) => x.id);
    expect(ids).toContain("closing-03"); // 请予评议
    expect(ids).not.toContain("closing-01"); // 特此报告
    const unit = JSON.parse((await run(["tcbg", "--kind", "unit-annual", "--format", "json"])).out);
    expect(unit.results[0].title).toBe("特此报告");
    const bad = await run(["x", "--kind", "annual"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/未知的报告类型“annual”/);
  });

  it("an empty query lists the library", async () => {
    const r = JSON.parse((await run(["--format", "json", "--limit", "5"])).out);
    expect(r.results).toHaveLength(5);
    expect(r.query).toBe("");
  });

  it("says so when nothing matches (exit 0)", async () => {
    const r = await run(["qqqqqqqq"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("未找到与“qqqqqqqq”相符的短语。\n");
  });

  it("rejects a bad limit, category or section with exit 2 and a message", async () => {
    const a = await run(["x", "--limit", "-3"]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/--limit 须为非负整数/);
    const b = await run(["x", "--category", "nope"]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/未知类别“nope”.*problems（存在问题）/);
    const c = await run(["x", "--section", "middle"]);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/未知部分“middle”/);
    setLocale("en-US");
    const d = await run(["x", "--limit", "many"]);
    expect(d.err).toMatch(/--limit must be a non-negative integer/);
  });

  it("--all --format json lists the whole library; with a query it is refused", async () => {
    const r = JSON.parse((await run(["--all", "--format", "json", "--limit", "0"])).out);
    expect(r.results).toHaveLength(librarySnippets.length);
    const bad = await run(["lgwh", "--all"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--all 与查询词不能同时使用/);
  });

  it("--export writes a valid pack of the library (or a category of it)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lz-snippets-"));
    const r = await run(["--export", "closing.json", "--category", "结尾"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/已导出 \d+ 条短语到 closing\.json/);
    const parsed = parsePack(readFileSync(join(dir, "closing.json"), "utf8"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.pack.snippets.length).toBe(
        librarySnippets.filter((s) => s.category === "closing").length,
      );
      expect(parsed.pack.snippets.every((s) => s.category === "closing")).toBe(true);
    }
  });

  it("--pack searches a pack too (with pinyin computed for it)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lz-snippets-"));
    writeFileSync(
      join(dir, "mine.json"),
      JSON.stringify({
        format: "lianzheng-snippets",
        version: 1,
        snippets: [{ id: "mine-1", title: "廉政家访", text: "开展廉政家访【次数】次。", category: "own" }],
      }),
    );
    const r = JSON.parse((await run(["lzjf", "--pack", "mine.json", "--format", "json"], dir)).out);
    expect(r.results[0]).toEqual({
      id: "mine-1",
      title: "廉政家访",
      text: "开展廉政家访【次数】次。",
      category: "own",
    });
  });

  it("an invalid pack is not used at all and the message names the entry and the field (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lz-snippets-"));
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({
        format: "lianzheng-snippets",
        version: 1,
        snippets: [
          { id: "ok-1", title: "好的", text: "正文。", category: "own" },
          { id: "bad-2", title: "坏的", text: "", category: "own" },
        ],
      }),
    );
    const r = await run(["hd", "--pack", "bad.json", "--format", "json"], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/短语包 bad\.json 无效，未使用其中任何短语：第 2 条（bad-2）字段“text”：不能为空/);
    const missing = await run(["hd", "--pack", "nowhere.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/无法读取短语包 nowhere\.json/);
  });
});
