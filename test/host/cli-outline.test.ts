import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as iconv from "iconv-lite";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { buildOutline } from "../../src/core/outline";
import { readTextFile } from "../../src/formats/text";
import { setLocale } from "../../src/i18n";
import type { OutlineJson } from "../../src/cli/contracts";

const ROOT = join(__dirname, "../..");
const SEEDS = join(ROOT, "../shared/seeds");
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(SEEDS, f));
const LO_REPORT = join(ROOT, "test/fixtures/docx/lo-report.docx");

async function run(...argv: string[]) {
  const io = memoryIo(ROOT);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "lianzheng-outline-"));
});
afterEach(() => setLocale("zh-CN"));

describe("lianzheng outline --format json", () => {
  it("prints the contract shape for every seed, with the headings buildOutline finds", async () => {
    const { code, out, err } = await run("outline", "--format", "json", ...seedFiles);
    expect(code).toBe(0);
    expect(err).toBe("");
    const json = JSON.parse(out) as OutlineJson;
    expect(json.version).toBe(1);
    expect(json.files.map((f) => f.file)).toEqual(seedFiles);
    for (const f of json.files) {
      expect(Object.keys(f).sort()).toEqual([
        "addressee",
        "date",
        "error",
        "file",
        "headings",
        "signature",
        "title",
      ]);
      const s = buildOutline(readTextFile(new Uint8Array(readFileSync(f.file))));
      expect(f).toEqual({
        file: f.file,
        error: null,
        title: s.title,
        addressee: s.addressee,
        signature: s.signature,
        date: s.date,
        headings: s.headings.map((h) => ({
          paragraph: h.paragraph,
          level: h.level,
          depth: h.depth,
          number: h.number,
          marker: h.marker,
          text: h.text,
          runIn: h.runIn,
        })),
      });
      for (const h of f.headings)
        expect(Object.keys(h).sort()).toEqual([
          "depth",
          "level",
          "marker",
          "number",
          "paragraph",
          "runIn",
          "text",
        ]);
    }
    const s003 = json.files[3];
    expect([s003.title, s003.addressee]).toEqual([0, null]);
    expect(s003.headings[1]).toEqual({
      paragraph: 4,
      level: 3,
      depth: 2,
      number: 1,
      marker: "1.",
      text: "执行政治纪律和政治规矩情况",
      runIn: false,
    });
    expect(json.files[4].addressee).toBe(0);
  });

  it("reads a .docx (relative path, resolved against the working directory)", async () => {
    const { code, out } = await run("outline", "--format=json", "test/fixtures/docx/lo-report.docx");
    expect(code).toBe(0);
    const f = (JSON.parse(out) as OutlineJson).files[0];
    expect(f).toMatchObject({
      file: "test/fixtures/docx/lo-report.docx",
      error: null,
      title: 0,
      addressee: 1,
      signature: 11,
      date: 12,
    });
    expect(f.headings.map((h) => [h.paragraph, h.marker, h.level, h.depth, h.runIn])).toEqual([
      [3, "一、", 1, 1, false],
      [4, "（一）", 2, 2, true],
      [9, "二、", 1, 1, false],
      [10, "1.", 3, 2, true],
    ]);
  });

  it("reports unreadable files in `error` and on stderr, exits 2 and still processes the others", async () => {
    const truncated = join(tmp, "truncated.docx");
    writeFileSync(truncated, readFileSync(LO_REPORT).subarray(0, 2000));
    const missing = join(tmp, "missing.txt");
    const pdf = join(tmp, "report.pdf");
    writeFileSync(pdf, "%PDF-1.4");
    const { code, out, err } = await run(
      "outline",
      "--format",
      "json",
      truncated,
      seedFiles[3],
      missing,
      pdf,
    );
    expect(code).toBe(2);
    const json = JSON.parse(out) as OutlineJson;
    expect(json.files.map((f) => [f.file, f.error === null])).toEqual([
      [truncated, false],
      [seedFiles[3], true],
      [missing, false],
      [pdf, false],
    ]);
    expect(json.files[0]).toEqual({
      file: truncated,
      error: expect.stringContaining("已损坏或不完整"),
      title: null,
      addressee: null,
      signature: null,
      date: null,
      headings: [],
    });
    expect(json.files[1].headings).toHaveLength(16);
    expect(json.files[2].error).toBe(`“${missing}”：文件不存在。`);
    expect(json.files[3].error).toContain("不支持的文件类型“.pdf”");
    expect(err.trim().split("\n")).toEqual([
      `lianzheng outline: ${json.files[0].error}`,
      `lianzheng outline: ${json.files[2].error}`,
      `lianzheng outline: ${json.files[3].error}`,
    ]);
  });

  it("speaks English when the locale is en-US", async () => {
    setLocale("en-US");
    const missing = join(tmp, "nope.docx");
    const { code, out, err } = await run("outline", "--format", "json", missing);
    expect(code).toBe(2);
    expect((JSON.parse(out) as OutlineJson).files[0].error).toBe(`${missing}: no such file.`);
    expect(err).toBe(`lianzheng outline: ${missing}: no such file.\n`);
  });

  it("reads a GB18030 .txt", async () => {
    const f = join(tmp, "gbk.txt");
    writeFileSync(
      f,
      iconv.encode("市纪委：\r\n现将情况报告如下：\r\n一、主要工作\r\n（一）学习。正文。\r\n", "gb18030"),
    );
    const { code, out } = await run("outline", "--format", "json", f);
    expect(code).toBe(0);
    const file = (JSON.parse(out) as OutlineJson).files[0];
    expect(file.addressee).toBe(0);
    expect(file.headings.map((h) => [h.marker, h.text, h.runIn])).toEqual([
      ["一、", "主要工作", false],
      ["（一）", "学习。", true],
    ]);
  });
});

describe("lianzheng outline (text)", () => {
  it("prints a readable indented tree per file", async () => {
    const { code, out } = await run("outline", "test/fixtures/docx/lo-report.docx");
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "test/fixtures/docx/lo-report.docx",
        "  标题 [0] 2024年度述责述廉报告",
        "  主送 [1] 市纪委：",
        "  导语 [2] 2024年，本人认真履行党风廉政建设主体责任，现述责述廉如下：",
        "  [3] 一、履行主体责任情况",
        "    [4] （一）强化组织领导。  (段中标题)",
        "  [9] 二、存在的问题",
        "    [10] 1.学习不够深入。  (段中标题)",
        "  落款 [11] 某某局党组书记 张三",
        "  成文日期 [12] 2024年12月20日",
        "",
      ].join("\n"),
    );
  });

  it("names wrong markers with their standard form, in English too", async () => {
    const f = join(tmp, "variants.txt");
    writeFileSync(f, "一.主要工作\n(一)学习\n1、落实\n");
    setLocale("en-US");
    const { code, out } = await run("outline", f);
    expect(code).toBe(0);
    expect(out.split("\n").slice(1, 4)).toEqual([
      "  [0] 一.主要工作  (the mark after the number should be “一、”)",
      "    [1] (一)学习  (use full-width parentheses “（一）”)",
      "      [2] 1、落实  (the mark after the number should be “1.”)",
    ]);
  });

  it("separates files with a blank line and says when no heading is found", async () => {
    const f = join(tmp, "plain.txt");
    writeFileSync(f, "只有一段正文。\n");
    const { out } = await run("outline", f, f);
    expect(out).toBe(
      `${f}\n  导语 [0] 只有一段正文。\n  （未识别到编号标题）\n\n${f}\n  导语 [0] 只有一段正文。\n  （未识别到编号标题）\n`,
    );
  });
});

describe("lianzheng outline usage", () => {
  it("rejects an unknown --format with exit code 2", async () => {
    const { code, err } = await run("outline", "--format", "xml", seedFiles[0]);
    expect(code).toBe(2);
    expect(err).toContain("无效的输出格式“xml”");
  });

  it("needs at least one file", async () => {
    const { code, err } = await run("outline");
    expect(code).toBe(2);
    expect(err).toContain("files");
  });

  it("prints help with --help", async () => {
    const { code, out } = await run("outline", "--help");
    expect(code).toBe(0);
    expect(out).toContain("--format <format>");
    expect(out).toContain("显示报告的结构");
  });
});

describe("the built command (node bin/lianzheng.js)", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "pipe", timeout: 240_000 });
  }, 250_000);

  it("prints JSON and exits 0, and exits 2 for a missing file", () => {
    const ok = spawnSync(
      process.execPath,
      ["bin/lianzheng.js", "outline", "--format", "json", seedFiles[4]],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, LIANZHENG_LANG: "zh-CN" },
      },
    );
    expect(ok.status).toBe(0);
    const json = JSON.parse(ok.stdout) as OutlineJson;
    expect(json.files[0].addressee).toBe(0);
    expect(json.files[0].headings.map((h) => h.marker)).toEqual([
      "一、",
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "二、",
    ]);

    const bad = spawnSync(
      process.execPath,
      ["bin/lianzheng.js", "outline", join(tmp, "gone.txt"), seedFiles[3]],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, LIANZHENG_LANG: "en-US" },
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("no such file");
    expect(bad.stdout).toContain("[3] 一、廉政履责情况");
  });
});
