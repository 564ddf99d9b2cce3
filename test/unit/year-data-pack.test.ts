/**
 * Organisation updates of the year-aware data (issue 14): a pack's dated references and year rows are
 * validated (all or nothing) and the checker uses them; without the pack nothing changes.
 */
import { validatePack, type PackData } from "../../src/genre/template-schema";
import { kindRegistry } from "../../src/core/kinds";
import { yearData } from "../../src/core/year-data";
import { resolveYearTokens } from "../../src/core/year-items";
import { check } from "../../src/core/check";
import { renderTemplate } from "../../src/core/scaffold";
import { findTemplate } from "../../src/genre/templates";
import { modelFromLines } from "../../src/core/model";
import { YEAR_ITEMS } from "../../src/genre/year-items";
import { MemoryHost } from "../../src/host/memory";
import { loadPaneKinds } from "../../src/taskpane/kinds";
import { PACK_KEY } from "../../src/taskpane/templates/packs";
import type { Finding } from "../../src/core/findings";
import { setLocale } from "../../src/i18n";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

beforeAll(() => setLocale("zh-CN"));

const row2025 = YEAR_ITEMS.find((y) => y.year === 2025)!;

const PACK = {
  format: "lianzheng-pack",
  version: 1,
  name: "江东市纪委",
  references: [
    {
      id: "jiangdong-jiedai-2019",
      name: "《江东市公务接待管理办法》（2019年）",
      patterns: ["《江东市公务接待管理办法》"],
      since: "2019-03",
      until: "2024-06",
      replacedBy: "《江东市党政机关国内公务接待管理办法》",
      source: "江东市委办公室（示例数据）",
    },
    {
      id: "jiangdong-jiwei-10-5",
      name: "市纪委十届五次全会",
      patterns: ["市纪委十届五次全会"],
      since: "2025-02",
      source: "江东市纪委（示例数据）",
    },
    {
      id: "zhongjiwei-20-6",
      name: "二十届中央纪委六次全会",
      patterns: ["二十届中央纪委六次全会"],
      since: "2027-01",
      source: "示例：次年一月召开（未发生，仅供测试）",
      confirmed: false,
    },
  ],
  yearItems: [
    { ...row2025, localPlenum: { name: "市纪委十届五次全会", ref: "jiangdong-jiwei-10-5" } },
    { year: 2027, plenum: { name: "二十届中央纪委六次全会", ref: "zhongjiwei-20-6" }, plan: "十五五" },
  ],
};

const lines = (year: number, body: string) => [
  `关于${year}年度履行党风廉政建设主体责任情况的报告`,
  "现将有关情况报告如下：",
  "一、主要工作情况",
  body,
  "二、存在的问题",
  "学习不够深入。",
  "三、下一步打算",
  "持续加强学习。",
];

const dated = (fs: Finding[]) =>
  fs
    .filter((f) => f.rule === "dated-reference")
    .map((f) => `${f.severity}:${f.paragraph}:${f.offset}:${f.length}:${f.message["zh-CN"]}`);

function checkWith(pack: PackData | null, year: number, body: string): string[] {
  const kinds = pack
    ? kindRegistry(pack.kinds ?? [], yearData({ references: pack.references, yearItems: pack.yearItems }))
    : undefined;
  return dated(check(modelFromLines(lines(year, body)), {}, kinds ? { kinds } : {}).findings);
}

describe("validation", () => {
  test("a pack with references and year rows is valid", () => {
    const r = validatePack(JSON.stringify(PACK));
    expect(r.ok).toBe(true);
  });

  test("an unknown ref, a repeated year, a bad month and an end before the start are each reported; nothing imports", () => {
    const bad = {
      ...PACK,
      references: [
        { ...PACK.references[0], since: "2019-3" },
        { ...PACK.references[1], until: "2024-01" },
        PACK.references[2],
      ],
      yearItems: [
        PACK.yearItems[0],
        { ...PACK.yearItems[1], campaign: { name: "某学习教育", ref: "no-such-ref" } },
        { ...PACK.yearItems[1], year: 2025 },
      ],
    };
    const r = validatePack(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.list, i.index, i.id, i.field, i.code])).toEqual([
      ["references", 0, "jiangdong-jiedai-2019", "since", "invalid_format"],
      ["references", 1, "jiangdong-jiwei-10-5", "until", "custom"],
    ]);
    // with the references fixed, the year rows' problems show
    const r2 = validatePack({ ...bad, references: PACK.references });
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    expect(r2.issues.map((i) => [i.list, i.index, i.id, i.field, i.code])).toEqual([
      ["yearItems", 1, "2027", "campaign.ref", "unknown-ref"],
      ["yearItems", 2, "2025", "year", "duplicate-id"],
    ]);
  });

  test("a plan period that is not one, and an unknown field, are refused", () => {
    const r = validatePack({ ...PACK, yearItems: [{ ...PACK.yearItems[1], plan: "2026-2030", extra: 1 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.list, i.index, i.field, i.code]).sort()).toEqual(
      [
        ["yearItems", 0, "", "unrecognized_keys"],
        ["yearItems", 0, "plan", "invalid_format"],
      ].sort(),
    );
  });
});

describe("the checker uses a pack's data", () => {
  const pack = (validatePack(PACK) as { ok: true; pack: PackData }).pack;

  test("a local regulation replaced in 2024, cited as current in 2025: warning with the pack, nothing without", () => {
    const body = "严格执行《江东市公务接待管理办法》，规范公务接待。";
    expect(checkWith(null, 2025, body)).toEqual([]);
    expect(checkWith(pack, 2025, body)).toEqual([
      "warning:3:4:13:“《江东市公务接待管理办法》（2019年）”已于2024-06被《江东市党政机关国内公务接待管理办法》替代，2025年度的报告不宜作为现行依据引用。",
    ]);
    expect(checkWith(pack, 2023, body)).toEqual([]);
  });

  test("an own plenum cited before it was held: warning early the next year (undated), error later; studied as current a year later: warning", () => {
    expect(checkWith(pack, 2024, "认真学习贯彻市纪委十届五次全会精神。")).toEqual([
      "warning:3:6:9:引用了“市纪委十届五次全会”（始于2025-02），本报告是2024年度的报告：若报告成文于此之后则无误，否则时间有误，请核对。",
    ]);
    expect(checkWith(pack, 2023, "认真学习贯彻市纪委十届五次全会精神。")).toEqual([
      "error:3:6:9:引用了“市纪委十届五次全会”（始于2025-02），但本报告是2023年度的报告，时间有误。",
    ]);
    expect(checkWith(pack, 2025, "认真学习贯彻市纪委十届五次全会精神。")).toEqual([]);
    const stale = checkWith(pack, 2026, "认真学习贯彻市纪委十届五次全会精神。");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^warning:3:6:9:/);
    expect(checkWith(null, 2026, "认真学习贯彻市纪委十届五次全会精神。")).toEqual([]);
  });

  test("next year's plenum added by the pack: unconfirmed, so a warning (never an error) before its year", () => {
    expect(checkWith(pack, 2026, "认真学习贯彻二十届中央纪委六次全会精神。")).toEqual([
      "warning:3:6:11:引用了“二十届中央纪委六次全会”（始于2027-01），本报告是2026年度的报告：若报告成文于此之后则无误，否则时间有误，请核对。",
    ]);
    expect(checkWith(null, 2026, "认真学习贯彻二十届中央纪委六次全会精神。")).toEqual([]);
  });

  test("year tokens resolve from the pack's rows", () => {
    const data = yearData({ references: pack.references, yearItems: pack.yearItems });
    expect(resolveYearTokens("学习贯彻{{plenum}}精神（{{plan}}）", 2027, data)).toBe(
      "学习贯彻二十届中央纪委六次全会精神（十五五）",
    );
    expect(resolveYearTokens("学习贯彻{{plenum}}精神", 2027)).toBe(
      "学习贯彻【请填写本年度学习贯彻的中央纪委全会】精神",
    );
  });

  test("templates render the pack's year row (2027: its plenum); without it a field is left", () => {
    const data = yearData({ references: pack.references, yearItems: pack.yearItems });
    const t = findTemplate("first-responsible")!;
    const withPack = renderTemplate(t, { year: "2027" }, { yearData: data }).map((p) => p.text);
    expect(withPack.some((x) => x.includes("认真学习贯彻二十届中央纪委六次全会精神"))).toBe(true);
    const shipped = renderTemplate(t, { year: "2027" }).map((p) => p.text);
    expect(shipped.some((x) => x.includes("认真学习贯彻【请填写本年度学习贯彻的中央纪委全会】精神"))).toBe(
      true,
    );
  });

  test("the pane checks with the stored pack's data", async () => {
    const store = new MemoryHost({ model: modelFromLines([""]) }).userSettings;
    await store.set(PACK_KEY, PACK);
    const kinds = await loadPaneKinds(store);
    const fs = check(
      modelFromLines(lines(2025, "严格执行《江东市公务接待管理办法》。")),
      {},
      { kinds },
    ).findings;
    expect(dated(fs)).toHaveLength(1);
  });
});

describe("lianzheng check --pack", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lianzheng-yearpack-"));
    writeFileSync(join(dir, "pack.json"), JSON.stringify(PACK));
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({ ...PACK, yearItems: [{ ...PACK.yearItems[1], year: 2025 }, PACK.yearItems[0]] }),
    );
    writeFileSync(
      join(dir, "r.txt"),
      lines(2025, "严格执行《江东市公务接待管理办法》，规范公务接待。").join("\n"),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]) {
    const io = memoryIo(dir);
    const code = await main(args, io);
    return { code, out: io.out, err: io.err };
  }

  test("the pack's local regulation is checked; without the pack it is not", async () => {
    const withPack = await run(["check", "r.txt", "--pack", "pack.json", "--format", "json"]);
    const rules = (out: string) =>
      (
        JSON.parse(out) as { files: { findings: { rule: string; paragraph: number; offset: number }[] }[] }
      ).files[0].findings
        .filter((f) => f.rule === "dated-reference")
        .map((f) => [f.paragraph, f.offset]);
    expect(rules(withPack.out)).toEqual([[3, 4]]);
    const without = await run(["check", "r.txt", "--format", "json"]);
    expect(rules(without.out)).toEqual([]);
  });

  test("an invalid pack is refused (exit 2), naming the entry", async () => {
    const r = await run(["check", "r.txt", "--pack", "bad.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("第 2 个年度条目（2025年）的字段“year”：编号重复");
    const missing = await run(["check", "r.txt", "--pack", "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.json");
  });
});
