import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { setLocale } from "../../src/i18n";
import { parseRuleConfig, parseRulePack, packToConfig } from "../../src/genre/rule-config-schema";
import { ruleMetas } from "../../src/core/check";

const ROOT = join(__dirname, "../..");
const SEEDS = join(ROOT, "../shared/seeds");
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(SEEDS, f));
const tmp = mkdtempSync(join(tmpdir(), "lz-check-"));

async function run(args: string[]) {
  const io = memoryIo(ROOT);
  const code = await main(["check", ...args], io);
  return { code, out: io.out, err: io.err };
}

beforeEach(() => setLocale("zh-CN"));

describe("lianzheng check (in-process)", () => {
  it("prints one line a finding and a summary, and exits 1 when there are errors", async () => {
    const { code, out, err } = await run([seedFiles[2]]);
    expect(code).toBe(1);
    expect(err).toBe("");
    const lines = out.trimEnd().split("\n");
    expect(lines[lines.length - 1]).toMatch(/^共检查 1 个文件：错误 \d+ 处，警告 \d+ 处，提示 \d+ 处。$/);
    expect(lines).toContain(
      `${seedFiles[2]}:10:73 error doubled-char “县县”疑为误重复的字（规范写法为“县本级”）。`,
    );
    expect(lines).toContain(
      `${seedFiles[2]}:-:- info signature-date 未识别到成文日期（如“2024年12月20日”）。`,
    );
    for (const l of lines.slice(0, -1))
      expect(l).toMatch(/^.+:(\d+:\d+|-:-) (error|warning|info) [a-z-]+ .+$/);
  });

  it("prints the JSON of the contract", async () => {
    const { code, out } = await run(["--format", "json", seedFiles[4], seedFiles[3]]);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.version).toBe(1);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([seedFiles[4], seedFiles[3]]);
    const f4 = json.files[0];
    expect(f4).toMatchObject({ kind: "unit-annual", year: 2021, error: null });
    const semi = f4.findings.find((f: { rule: string }) => f.rule === "halfwidth-punctuation");
    expect(semi).toEqual({
      rule: "halfwidth-punctuation",
      severity: "error",
      message: "中文语境中使用了半角“;”，应为全角“；”。",
      paragraph: 6,
      offset: 447,
      length: 1,
      excerpt: "入分析深层次原因;既着眼于治标，又",
      fix: { replacement: "；" },
    });
    const missing = f4.findings.find((f: { rule: string }) => f.rule === "required-sections");
    expect(missing).toMatchObject({ paragraph: null, severity: "error", fix: null });
    for (const f of [...f4.findings, ...json.files[1].findings])
      expect(Object.keys(f).sort()).toEqual([
        "excerpt",
        "fix",
        "length",
        "message",
        "offset",
        "paragraph",
        "rule",
        "severity",
      ]);
  });

  it("exits 0 when nothing is an error, and messages follow the locale", async () => {
    const file = join(tmp, "ok.txt");
    writeFileSync(
      file,
      "2024年度述责述廉报告\n现将本人履职情况报告如下：\n一、履行主体责任情况\n认真履行一岗双责，严格执行中央八项规定精神。\n二、存在的问题\n学习不够深入。\n三、下一步打算\n继续加强学习。\n",
    );
    const zh = await run([file]);
    expect(zh.code).toBe(0);
    setLocale("en-US");
    const en = await run([file]);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/1 file\(s\) checked: 0 error\(s\)/);
  });

  it("checks a .docx like Word's paragraphs", async () => {
    const { out } = await run(["--format", "json", join(ROOT, "test/fixtures/docx/seed-003.docx")]);
    const f = JSON.parse(out).files[0];
    expect(f.error).toBeNull();
    expect(f.kind).toBe("personal-shuzeshulian");
    expect(f.findings.some((x: { rule: string }) => x.rule === "placeholder")).toBe(true);
  });

  it("reports an unreadable file, still checks the others, and exits 2", async () => {
    const broken = join(tmp, "broken.docx");
    writeFileSync(broken, "not a zip");
    const { code, out, err } = await run([
      "--format",
      "json",
      join(tmp, "gone.txt"),
      broken,
      seedFiles[0],
      join(tmp, "x.pdf"),
    ]);
    expect(code).toBe(2);
    const json = JSON.parse(out);
    expect(json.files.map((f: { error: string | null }) => f.error !== null)).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(json.files[2].findings.length).toBeGreaterThan(0);
    expect(err.split("\n").filter(Boolean).length).toBe(3);
    expect(err).toContain("lianzheng check:");
  });

  it("takes --kind and --year over detection", async () => {
    const { out } = await run(["--format", "json", "--kind", "unit-annual", "--year", "2021", seedFiles[3]]);
    const f = JSON.parse(out).files[0];
    expect([f.kind, f.year]).toEqual(["unit-annual", 2021]);
    expect(f.findings.filter((x: { rule: string }) => x.rule === "dated-reference").length).toBeGreaterThan(
      0,
    );
  });

  it("rejects a bad kind, year or format with exit 2 and a clear message", async () => {
    const k = await run(["--kind", "nope", seedFiles[0]]);
    expect(k.code).toBe(2);
    expect(k.err).toContain("未知的报告类型“nope”");
    const y = await run(["--year", "24", seedFiles[0]]);
    expect(y.code).toBe(2);
    expect(y.err).toContain("年度“24”无效");
    const f = await run(["--format", "xml", seedFiles[0]]);
    expect(f.code).toBe(2);
    const none = await run([]);
    expect(none.code).toBe(2);
  });

  it("applies a config file (severities, off) and a rule pack", async () => {
    const cfg = join(tmp, "rules.json");
    writeFileSync(cfg, JSON.stringify({ rules: { placeholder: "off", "doubled-char": "warning" } }));
    const r = await run(["--config", cfg, "--format", "json", seedFiles[2]]);
    const f = JSON.parse(r.out).files[0];
    expect(r.code).toBe(0);
    expect(f.findings.some((x: { rule: string }) => x.rule === "placeholder")).toBe(false);
    expect(f.findings.find((x: { rule: string }) => x.rule === "doubled-char").severity).toBe("warning");
    const pack = join(tmp, "pack.json");
    writeFileSync(
      pack,
      JSON.stringify({
        name: "某市纪委规则包",
        version: "1.0",
        config: { rules: {} },
        disables: ["placeholder", "doubled-char"],
      }),
    );
    const packed = await run(["--config", pack, seedFiles[2]]);
    expect(packed.code).toBe(0);
    expect(packed.err).toBe("");
    const std = join(tmp, "std.json");
    writeFileSync(std, JSON.stringify({ rules: { "halfwidth-punctuation": "off", "no-request": "off" } }));
    const loud = await run(["--config", std, seedFiles[3]]);
    expect(loud.err).toContain("注意：配置关闭了以下依据条例或国标的规则：halfwidth-punctuation, no-request");
  });

  it("rejects an invalid config naming the field, without checking", async () => {
    const cfg = join(tmp, "bad.json");
    writeFileSync(cfg, JSON.stringify({ rules: { placeholder: "loud", nope: "off" }, year: "2024" }));
    const r = await run(["--config", cfg, seedFiles[0]]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("字段“rules.placeholder”：应为 off、info、warning 或 error");
    expect(r.err).toContain("字段“year”");
    const notJson = join(tmp, "bad2.json");
    writeFileSync(notJson, "{ rules: ");
    const r2 = await run(["--config", notJson, seedFiles[0]]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain("不是有效的 JSON");
    const r3 = await run(["--config", join(tmp, "missing.json"), seedFiles[0]]);
    expect(r3.code).toBe(2);
    expect(r3.err).toContain("无法读取配置文件");
  });

  it("shows a progress line on a terminal when many files are checked", async () => {
    const io = memoryIo(ROOT);
    (io as { stderrIsTTY: boolean }).stderrIsTTY = true;
    await main(["check", ...seedFiles], io);
    expect(io.err).toContain("正在检查 5/5");
    const quiet = memoryIo(ROOT);
    await main(["check", ...seedFiles], quiet);
    expect(quiet.err).toBe("");
  });
});

describe("rule config schema", () => {
  const ids = ruleMetas().map((m) => m.id);
  it("accepts the contract's shape", () => {
    expect(
      parseRuleConfig(
        { rules: { placeholder: "off", "heading-sequence": "warning" }, kind: "unit-annual", year: 2024 },
        ids,
      ),
    ).toEqual({
      ok: true,
      value: {
        rules: { placeholder: "off", "heading-sequence": "warning" },
        kind: "unit-annual",
        year: 2024,
      },
    });
  });
  it("names the field of each problem in both languages", () => {
    const r = parseRuleConfig({ rules: { placeholder: 3 }, kind: "x", extra: 1 }, ids);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const zh = r.errors.map((e) => e["zh-CN"]).join("\n");
    const en = r.errors.map((e) => e["en-US"]).join("\n");
    expect(zh).toContain("字段“rules.placeholder”");
    expect(zh).toContain("字段“kind”：应为报告类型之一");
    expect(en).toContain("field “rules.placeholder”: must be off, info, warning or error");
    expect(r.errors.length).toBe(3);
  });
  it("rejects unknown rules and validates packs", () => {
    const r = parseRuleConfig({ rules: { nope: "off" } }, ids);
    expect(r.ok ? "" : r.errors[0]["en-US"]).toBe("field “rules.nope”: unknown rule “nope”");
    const p = parseRulePack({ name: "包", version: "1", config: {}, disables: ["heading-sequence"] }, ids);
    expect(p.ok).toBe(true);
    if (p.ok) expect(packToConfig(p.value)).toEqual({ rules: { "heading-sequence": "off" } });
    const bad = parseRulePack({ name: "", version: "1", config: { year: 1800 } }, ids);
    expect(bad.ok ? [] : bad.errors.map((e) => e["en-US"].split(":")[0])).toEqual([
      "field “name”",
      "field “config.year”",
    ]);
  });
});

describe("lianzheng check (spawned)", () => {
  it("runs as a process: JSON on stdout, exit code 1 for errors, 2 for a missing file", () => {
    const r = spawnSync(
      process.execPath,
      ["-r", "./scripts/ts-hook.cjs", "src/cli/main.ts", "check", "--format", "json", seedFiles[1]],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, LIANZHENG_LANG: "en-US" },
      },
    );
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files[0].kind).toBe("first-responsible");
    expect(json.files[0].findings.find((f: { rule: string }) => f.rule === "year-suffix").message).toBe(
      "“2023以来年” is in the wrong order; write the year, then 年以来.",
    );
    const bad = spawnSync(
      process.execPath,
      ["-r", "./scripts/ts-hook.cjs", "src/cli/main.ts", "check", join(tmp, "none.txt")],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(bad.status).toBe(2);
    expect(readFileSync(seedFiles[1], "utf8").length).toBeGreaterThan(0);
  }, 30_000);
});
