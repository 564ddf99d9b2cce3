/**
 * Issue 9 through the built CLI (dist/cli; `npm run build:cli`): each numbered case of the issue,
 * with fixtures made by scripts/make-hostile-docx.mjs into a temporary folder (nothing big committed).
 */
import { spawnSync } from "child_process";
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli/lianzheng.js");
const SEED = join(ROOT, "../shared/seeds/002_fb2df5230497f828.txt");
const CLEAN = join(ROOT, "test/fixtures/text/clean-shuzeshulian.txt");
const dir = mkdtempSync(join(tmpdir(), "lz-robust-"));
const bad = join(dir, "bad");

function cli(args: string[], lang = "zh-CN", cwd = dir) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LIANZHENG_LANG: lang },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - t0 };
}

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/make-hostile-docx.mjs"), bad], {
    encoding: "utf8",
  });
  expect(r.status).toBe(0);
  copyFileSync(SEED, join(bad, "good-seed.txt"));
  copyFileSync(CLEAN, join(bad, "good-clean.txt"));
}, 120_000);

const noStack = (err: string) => expect(err).not.toMatch(/\n\s+at |RangeError|heap|FATAL/);

describe("lianzheng under hostile input (issue 9)", () => {
  it("1: 200 MB of <w:p/> stops with 'too large' (exit 2) and the good file after it is still checked", () => {
    const r = cli(["check", join(bad, "empty-paras.docx"), join(bad, "good-clean.txt")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("empty-paras.docx”的段落超过 200000 个，文件过大");
    expect(r.out).toMatch(/共检查 2 个文件/);
    expect(r.ms).toBeLessThan(30_000);
    noStack(r.err);
    // A huge .txt (sparse: nothing is written) is refused by its size, unread.
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    const t = cli(["check", huge, join(bad, "good-clean.txt")]);
    expect(t.code).toBe(2);
    expect(t.err).toContain("huge.txt”过大");
    expect(t.out).toMatch(/共检查 2 个文件/);
    const en = cli(["check", join(bad, "many-paras.docx")], "en-US");
    expect(en.code).toBe(2);
    expect(en.err).toContain("many-paras.docx has more than 200000 paragraphs: too large");
  }, 120_000);

  it("2: another prefix, the default namespace and strict OOXML are read; an unknown namespace is exit 2", () => {
    for (const f of ["ns0.docx", "default-ns.docx", "strict.docx"]) {
      const r = cli(["outline", "--format", "json", join(bad, f)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).files[0].headings.map((h: { marker: string }) => h.marker)).toEqual(["一、"]);
    }
    const r = cli(["check", join(bad, "unknown-ns.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown-ns.docx”的 word/document.xml 含有文字，但读不出任何段落");
  }, 60_000);

  it("3: binary and unknown encodings are exit 2; UTF-16 without BOM reads; one bad byte is a warning", () => {
    const bin = cli(["check", join(bad, "binary.txt")]);
    expect(bin.code).toBe(2);
    expect(bin.err).toContain("binary.txt”不是文本文件，或编码无法识别");
    expect(bin.out).not.toMatch(/ (error|warning) /);
    for (const f of ["utf16le.txt", "utf16be.txt"]) {
      const r = cli(["outline", "--format", "json", join(bad, f)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).files[0].headings.map((h: { marker: string }) => h.marker)).toEqual([
        "一、",
        "二、",
      ]);
    }
    const one = cli(["outline", "--format", "json", join(bad, "bad-byte.txt")], "en-US");
    expect(one.code).toBe(0);
    expect(one.err).toContain("bad-byte.txt: 1 bytes are not valid UTF-8");
    expect(JSON.parse(one.out).files[0].headings[0].text).toBe("第一段，全是 UTF-8。");
  }, 60_000);

  it("4: new -o and snippets --export refuse to overwrite without --force", () => {
    const out = join(dir, "existing.docx");
    writeFileSync(out, "keep me");
    const r = cli(["new", "--kind", "personal-shuzeshulian", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已存在，未覆盖");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(cli(["new", "--kind", "personal-shuzeshulian", "-o", out, "--force"]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const pack = join(dir, "existing.json");
    writeFileSync(pack, "{}");
    const e = cli(["snippets", "--export", pack], "en-US");
    expect(e.code).toBe(2);
    expect(e.err).toContain("already exists and was not replaced");
    expect(readFileSync(pack, "utf8")).toBe("{}");
    expect(cli(["snippets", "--export", pack, "--force"]).code).toBe(0);
    expect(JSON.parse(readFileSync(pack, "utf8")).snippets.length).toBeGreaterThan(100);
    // No temporary file is left beside the output.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("5: a closed pipe exits with the code earned (1: errors were found), no stack trace", () => {
    const files = Array.from({ length: 40 }, () => SEED).join(" ");
    const r = spawnSync("bash", ["-c", `set -o pipefail; node ${CLI} check ${files} | head -1`], {
      encoding: "utf8",
      env: { ...process.env, LIANZHENG_LANG: "zh-CN" },
    });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.status).toBe(1);
    noStack(r.stderr);
  }, 60_000);

  it("6: control characters from the document never reach the terminal", () => {
    const r = cli(["outline", join(bad, "control-chars.docx")]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toContain("\\u001b[31m红字");
    const j = cli(["outline", "--format", "json", join(bad, "control-chars.docx")]);
    expect(JSON.parse(j.out).files[0].headings[0].text).toContain("\u001b[31m");
  }, 60_000);

  it("7: tables nested 1,000 deep are read; 6,000 deep is refused naming the file in both languages", () => {
    const ok = cli(["outline", "--format", "json", join(bad, "nested-tables.docx")]);
    expect(ok.code).toBe(0);
    for (const [lang, text] of [
      ["zh-CN", "too-deep.docx”的 word/document.xml 中元素嵌套超过"],
      ["en-US", "too-deep.docx: word/document.xml nests elements more than"],
    ]) {
      const r = cli(["check", join(bad, "too-deep.docx")], lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(text);
      noStack(r.err);
    }
  }, 60_000);

  it("9: a 37 MB --config is refused by its size; unknown rule ids are listed at most 20, then counted", () => {
    const parts: string[] = [];
    for (let i = 0; i < 2_000_000; i++) parts.push(`"no-such-rule-${i}":"off"`);
    const huge = join(dir, "huge.json");
    writeFileSync(huge, `{"rules":{${parts.join(",")}}}`);
    expect(statSync(huge).size).toBeGreaterThan(30_000_000);
    const r = cli(["check", "--config", huge, CLEAN]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("超过 256 KB");
    expect(r.ms).toBeLessThan(10_000);
    const some: Record<string, string> = {};
    for (let i = 0; i < 30; i++) some[`no-such-rule-${i}`] = "off";
    const small = join(dir, "small.json");
    writeFileSync(small, JSON.stringify({ rules: some }));
    const s = cli(["check", "--config", small, CLEAN]);
    expect(s.code).toBe(2);
    expect(s.err.match(/未知的规则“/g)).toHaveLength(20);
    expect(s.err).toContain("另有 10 个未知的规则未列出");
  }, 60_000);

  it("done when: a folder of all the bad files and two good ones checks the good ones and exits 2 in < 30 s", () => {
    const files = readdirSync(bad).map((f) => join(bad, f));
    const r = cli(["check", "--format", "json", ...files]);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(30_000);
    const json = JSON.parse(r.out);
    const byName = (n: string) => json.files.find((f: { file: string }) => f.file.endsWith(n));
    expect(byName("good-seed.txt")).toMatchObject({ error: null });
    expect(byName("good-seed.txt").findings.length).toBeGreaterThan(0);
    expect(byName("good-clean.txt")).toMatchObject({ error: null });
    for (const n of ["empty-paras.docx", "many-paras.docx", "too-deep.docx", "binary.txt", "unknown-ns.docx"])
      expect(byName(n).error).toContain(n);
    noStack(r.err);
  }, 120_000);
});
