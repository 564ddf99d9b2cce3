/**
 * `lianzheng check` for the reviewer (issue 13): folders, --jobs (worker threads), --summary,
 * --annotate, --previous. LibreOffice tests are in cli-convert.test.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { expandInputs } from "../../src/cli/check-inputs";
import { setLocale } from "../../src/i18n";
import { readDocx } from "../../src/formats/docx";

const ROOT = join(__dirname, "../..");
const SEEDS = join(ROOT, "../shared/seeds");
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), "lz-review-"));

async function run(args: string[], cwd = tmp) {
  const io = memoryIo(cwd);
  const code = await main(["check", ...args], io);
  return { code, out: io.out, err: io.err };
}

beforeAll(() => {
  process.env.LIANZHENG_WORKER_ENTRY = join(__dirname, "worker-entry.cjs");
  const dir = join(tmp, "reports");
  mkdirSync(join(dir, "sub", ".git"), { recursive: true });
  seeds.forEach((f, i) =>
    copyFileSync(join(SEEDS, f), join(dir, i < 3 ? `r${i}.txt` : join("sub", `r${i}.txt`))),
  );
  writeFileSync(join(dir, ".hidden.txt"), "某某");
  writeFileSync(join(dir, "~$r0.docx"), "lock");
  writeFileSync(join(dir, "notes.pdf"), "%PDF");
  writeFileSync(join(dir, "sub", ".git", "x.txt"), "某某");
  copyFileSync(join(ROOT, "test/fixtures/docx/lo-report.docx"), join(dir, "sub", "lo-report.docx"));
});
afterAll(() => {
  delete process.env.LIANZHENG_WORKER_ENTRY;
});
beforeEach(() => setLocale("zh-CN"));

describe("folders as arguments", () => {
  it("lists .docx and .txt recursively in path order, skipping hidden and ~$ files", () => {
    expect(expandInputs(["reports", "missing.txt"], tmp)).toEqual([
      join("reports", "r0.txt"),
      join("reports", "r1.txt"),
      join("reports", "r2.txt"),
      join("reports", "sub", "lo-report.docx"),
      join("reports", "sub", "r3.txt"),
      join("reports", "sub", "r4.txt"),
      "missing.txt",
    ]);
  });

  it("gives the same output in the same order with 2 worker threads as with 1", async () => {
    const one = await run(["reports", "--jobs", "1"]);
    const two = await run(["reports", "--jobs", "2"]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    const files = one.out
      .trimEnd()
      .split("\n")
      .slice(0, -1)
      .map((l) => l.split(":")[0]);
    const order = [...new Set(files)];
    expect(order).toEqual(expandInputs(["reports"], tmp).filter((f) => order.includes(f)));
    expect(order.length).toBeGreaterThanOrEqual(5);
    expect(one.out).toMatch(/共检查 6 个文件/);
    const json1 = await run(["reports", "--jobs", "1", "--format", "json"]);
    const json2 = await run(["reports", "--jobs", "2", "--format", "json"]);
    expect(JSON.parse(json2.out)).toEqual(JSON.parse(json1.out));
  }, 60_000);

  it("streams the JSON output file by file, byte for byte as the whole object printed at once", async () => {
    const json1 = await run(["reports", "missing.txt", "--jobs", "1", "--format", "json"]);
    const json2 = await run(["reports", "missing.txt", "--jobs", "2", "--format", "json"]);
    expect(json2.out).toBe(json1.out);
    const parsed = JSON.parse(json1.out) as {
      version: number;
      files: { file: string; error: string | null }[];
    };
    expect(json1.out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.files.map((f) => f.file)).toEqual(expandInputs(["reports", "missing.txt"], tmp));
    expect(parsed.files.at(-1)!.error).toContain("missing.txt");
    // each entry as the one-by-one runner (check-run.ts) gives it for the file alone
    const alone = await run([join("reports", "r1.txt"), "--format", "json"]);
    expect(parsed.files[1]).toEqual((JSON.parse(alone.out) as typeof parsed).files[0]);
  }, 60_000);

  it("shows a progress bar on a terminal", async () => {
    const io = memoryIo(tmp);
    (io as { stderrIsTTY: boolean }).stderrIsTTY = true;
    await main(["check", "reports", "--jobs", "1"], io);
    expect(io.err).toContain("[########################] 正在检查 6/6");
  });

  it("refuses a bad --jobs and --summary", async () => {
    expect((await run(["reports", "--jobs", "0"])).code).toBe(2);
    const r = await run(["reports", "--summary", "x.pdf"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--summary 的文件应以 .html 或 .csv 结尾");
  });
});

describe("--summary", () => {
  it("writes a CSV in UTF-8 with a BOM: one row per file, then the totals per rule", async () => {
    const r = await run(["reports", "missing.txt", "--jobs", "1", "--summary", "out/summary.csv"]);
    expect(r.code).toBe(2); // missing.txt
    const bytes = readFileSync(join(tmp, "out/summary.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,文种,年度,错误,警告,提示,最常见的规则,读取错误");
    // header, 7 files, a blank line, the totals' header, one line a rule, the final CRLF
    expect(lines[8]).toBe("");
    expect(lines[lines.length - 1]).toBe("");
    const totals = lines.slice(10, -1);
    expect(totals.length).toBeGreaterThan(5);
    for (const t of totals) expect(t).toMatch(/^[a-z-]+,\d+,[1-7]$/);
    const missing = lines.find((l) => l.startsWith("missing.txt,"))!;
    expect(missing).toMatch(/^missing\.txt,,,0,0,0,,.*missing\.txt/);
    const r0 = lines[1].split(",");
    expect(r0[0]).toBe(join("reports", "r0.txt"));
    expect(Number(r0[3]) + Number(r0[4]) + Number(r0[5])).toBeGreaterThan(0);
    expect(lines[9]).toBe("规则,次数,涉及文件数");
  }, 60_000);

  it("writes one self-contained HTML file, sortable, in zh-CN or en-US", async () => {
    await run(["reports", "--jobs", "1", "--summary", "out/summary.html"]);
    const html = readFileSync(join(tmp, "out/summary.html"), "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("述责述廉报告检查汇总");
    expect(html).not.toMatch(/(?:src|href)=|@import|url\(/);
    expect(html).toContain('<table class="sortable" id="files">');
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr/g)).toHaveLength(6);
    await run(["reports", "--jobs", "1", "--summary", "out/summary-en.html", "--lang", "en-US"]);
    const en = readFileSync(join(tmp, "out/summary-en.html"), "utf8");
    expect(en).toContain('<html lang="en-US">');
    expect(en).toContain("Report check summary");
  }, 60_000);
});

describe("--annotate", () => {
  it("writes each input as a .docx with one comment per finding; the originals stay", async () => {
    const before = readFileSync(join(tmp, "reports/sub/lo-report.docx"));
    const r = await run([
      join("reports", "r0.txt"),
      join("reports", "sub", "lo-report.docx"),
      "--annotate",
      "marked",
      "--format",
      "json",
    ]);
    const json = JSON.parse(r.out) as { files: { file: string; findings: unknown[] }[] };
    expect(readFileSync(join(tmp, "reports/sub/lo-report.docx"))).toEqual(before);
    for (const f of json.files) {
      const out = join(tmp, "marked", f.file.replace(/\.(txt|docx)$/, ".docx"));
      const zip = await JSZip.loadAsync(readFileSync(out));
      const comments = await zip.file("word/comments.xml")!.async("string");
      expect((comments.match(/<w:comment /g) ?? []).length).toBe(f.findings.length);
      expect(comments).toContain('w:author="廉政报告助手"');
      expect(r.err).toContain(`（${f.findings.length}条批注）`);
      // the text reads as before
      if (f.file.endsWith(".txt")) {
        const model = await readDocx(readFileSync(out));
        const lines = readFileSync(join(tmp, f.file), "utf8").replace(/\r/g, "").split("\n");
        expect(model.paragraphs[3].text).toBe(lines[3]);
      }
    }
    expect(json.files[0].findings.length).toBeGreaterThan(0);
  }, 60_000);

  it("never overwrites an original", async () => {
    const before = readFileSync(join(tmp, "reports/sub/lo-report.docx"));
    const r = await run([join("reports", "sub", "lo-report.docx"), "--annotate", "."]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("带批注的文件会覆盖原文件");
    expect(readFileSync(join(tmp, "reports/sub/lo-report.docx"))).toEqual(before);
  });
});

describe("--previous", () => {
  it("reports the paragraphs copied from last year's report with their leftovers", async () => {
    const last = [
      "关于2022年度落实全面从严治党主体责任情况的报告",
      "2022年以来，我们坚持把纪律挺在前面，全年开展廉政谈话36人次，组织专项检查5次。",
      "扎实开展党史学习教育，引导党员干部学史明理、学史增信、学史崇德、学史力行。",
    ];
    const now = [
      "关于2023年度落实全面从严治党主体责任情况的报告",
      "2022年以来，我们坚持把纪律挺在前面，全年开展廉政谈话36人次，组织专项检查5次。",
      "扎实开展党史学习教育，引导党员干部学史明理、学史增信、学史崇德、学史力行。",
    ];
    writeFileSync(join(tmp, "last.txt"), last.join("\n"));
    writeFileSync(join(tmp, "now.txt"), now.join("\n"));
    const r = await run(["--previous", "last.txt", "now.txt"]);
    const lines = r.out.split("\n").filter((l) => / previous-/.test(l));
    expect(lines.map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual([
      "now.txt:1:0 warning previous-same-paragraph",
      "now.txt:1:0 warning previous-year",
      "now.txt:1:28 warning previous-figure",
      "now.txt:1:39 warning previous-figure",
      "now.txt:2:0 warning previous-same-paragraph",
      "now.txt:2:4 warning previous-campaign",
    ]);
    expect(lines[0]).toContain("上年报告第2段");
    const json = await run(["--previous", "last.txt", "now.txt", "--format", "json"]);
    const found = (JSON.parse(json.out) as { files: { findings: { rule: string; match?: unknown }[] }[] })
      .files[0].findings;
    expect(found.find((f) => f.rule === "previous-campaign")!.match).toEqual({
      paragraph: 2,
      text: last[2],
      similarity: 1,
    });
    expect(found.find((f) => f.rule === "placeholder")?.match).toBeUndefined();
    const bad = await run(["--previous", "nope.txt", "now.txt"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("无法读取上年报告");
  });
});
