import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { readDocx } from "../../src/formats/docx";
import { buildOutline } from "../../src/core/outline";
import { renderTemplate } from "../../src/core/scaffold";
import { findFields } from "../../src/core/fields";
import { TEMPLATES } from "../../src/genre/templates";
import { setLocale } from "../../src/i18n";
import { check } from "../../src/core/check";

jest.setTimeout(120000);

let dir: string;
beforeAll(() => {
  setLocale("zh-CN");
  dir = mkdtempSync(join(tmpdir(), "lianzheng-new-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("lianzheng new --list", () => {
  test("text lists every kind with its name", async () => {
    const r = await run(["new", "--list"]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(TEMPLATES.map((t) => t.id));
    expect(r.out).toContain("述责述廉报告");
  });
  test("json", async () => {
    const r = await run(["new", "--list", "--format", "json"]);
    const data = JSON.parse(r.out);
    expect(data.version).toBe(1);
    expect(data.kinds.map((k: { id: string }) => k.id)).toEqual(TEMPLATES.map((t) => t.id));
    expect(data.kinds[4]).toMatchObject({ id: "unit-annual", fields: ["year", "unit", "to", "date"] });
  });
});

describe("lianzheng new --kind", () => {
  test.each(TEMPLATES.map((t) => t.id))(
    "%s with every field given: no placeholder for them, outline as the template",
    async (id) => {
      const file = `${id}.docx`;
      const r = await run([
        "new",
        "--kind",
        id,
        "--year",
        "2024",
        "--period",
        "第一季度",
        "--unit",
        "某某市某某局",
        "--name",
        "李某",
        "--post",
        "局长",
        "--to",
        "市纪委",
        "--date",
        "2024-12-20",
        "-o",
        file,
        "--format",
        "json",
      ]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const summary = JSON.parse(r.out);
      expect(summary).toMatchObject({ version: 1, file, kind: id });
      const model = await readDocx(new Uint8Array(readFileSync(join(dir, file))), file);
      const texts = model.paragraphs.map((p) => p.text);
      expect(summary.paragraphs).toBe(texts.length);
      // No form-field placeholder is left; guidance placeholders remain.
      const names = texts.flatMap((t) => findFields(t).map((f) => f.name));
      for (const formField of ["year", "period", "unit", "name", "post", "to", "date"])
        expect(names).not.toContain(formField);
      expect(names.length).toBe(summary.fields);
      expect(texts).toContain("2024年12月20日");
      expect(texts[0]).toContain("2024");
      const template = TEMPLATES.find((t) => t.id === id)!;
      const expected = buildOutline({
        paragraphs: renderTemplate(template, {}).map((p) => ({ text: p.text })),
      });
      const got = buildOutline(model);
      expect(got.headings.map((h) => [h.level, h.number, h.depth, h.runIn])).toEqual(
        expected.headings.map((h) => [h.level, h.number, h.depth, h.runIn]),
      );
      expect(got.title).toBe(0);
      expect(got.date).toBe(texts.length - 1);
    },
  );

  test("fields not given stay 【…】 placeholders", async () => {
    const r = await run(["new", "--kind", "unit-annual", "-o", "empty.docx"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已生成 empty\.docx/);
    const model = await readDocx(new Uint8Array(readFileSync(join(dir, "empty.docx"))));
    const texts = model.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe("关于【请填写年度】年度党风廉政建设和反腐败工作情况的报告");
    expect(texts[1]).toBe("【请填写主送机关】：");
    expect(texts[texts.length - 1]).toBe("【请填写成文日期】");
  });

  test.each([
    [["new", "-o", "x.docx"], /--kind/],
    [["new", "--kind", "nope", "-o", "x.docx"], /未知的报告种类“nope”.*unit-annual/],
    [["new", "--kind", "unit-annual"], /-o/],
    [["new", "--kind", "unit-annual", "--year", "24", "-o", "x.docx"], /年度“24”无效/],
    [["new", "--kind", "unit-annual", "--date", "2024-02-30", "-o", "x.docx"], /成文日期“2024-02-30”无效/],
    [["new", "--kind", "unit-annual", "-o", "x.docx", "--format", "xml"], /xml/],
  ])("bad usage %j exits 2 with a message and writes nothing", async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });

  test("an unwritable output exits 2 naming the file", async () => {
    const r = await run(["new", "--kind", "unit-annual", "-o", "no/such/dir/out.docx"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法写入 no/such/dir/out.docx");
  });

  test("messages in English when the locale is en-US", async () => {
    setLocale("en-US");
    try {
      const r = await run(["new", "--kind", "nope", "-o", "x.docx"]);
      expect(r.err).toMatch(/Unknown kind “nope”/);
    } finally {
      setLocale("zh-CN");
    }
  });
});

describe("lianzheng new, then the checker on the file", () => {
  // \`lianzheng check\` has not landed yet: the file is read with readDocx (what the command reads) and
  // checked with check() (what the command runs).
  test.each(TEMPLATES.map((t) => t.id))(
    "%s: only unfilled-field findings, with or without the form filled",
    async (id) => {
      for (const [file, args] of [
        [
          `chk-filled-${id}.docx`,
          [
            "--year",
            "2024",
            "--period",
            "上半年",
            "--unit",
            "江东市审计局",
            "--name",
            "李明",
            "--post",
            "局长",
            "--to",
            "市纪委",
            "--date",
            "2024年12月20日",
          ],
        ],
        [`chk-empty-${id}.docx`, []],
      ] as const) {
        const r = await run(["new", "--kind", id, ...args, "-o", file]);
        expect(r.code).toBe(0);
        const model = await readDocx(new Uint8Array(readFileSync(join(dir, file))), file);
        const { findings } = check(model, { kind: id, year: 2024 });
        const other = findings.filter((f) => f.rule !== "unfilled-field" && f.severity !== "info");
        expect(other.map((f) => `${f.rule}@${f.paragraph}:${f.offset}`)).toEqual([]);
        const fields = model.paragraphs.reduce((n, p) => n + findFields(p.text).length, 0);
        expect(findings.filter((f) => f.rule === "unfilled-field").length).toBe(fields);
      }
    },
  );
});

describe("lianzheng new, then lianzheng outline and lianzheng check", () => {
  test.each(TEMPLATES.map((t) => t.id))("%s", async (id) => {
    const file = `cli-${id}.docx`;
    expect(
      (
        await run([
          "new",
          "--kind",
          id,
          "--year",
          "2024",
          "--unit",
          "江东市审计局",
          "--to",
          "市纪委",
          "-o",
          file,
        ])
      ).code,
    ).toBe(0);
    const outline = await run(["outline", file, "--format", "json"]);
    expect(outline.code).toBe(0);
    const data = JSON.parse(outline.out);
    const expected = buildOutline({
      paragraphs: renderTemplate(
        TEMPLATES.find((t) => t.id === id)!,
        {},
      ).map((p) => ({ text: p.text })),
    });
    expect(data.files[0].error).toBeNull();
    expect(
      data.files[0].headings.map((h: { level: number; number: number; depth: number }) => [
        h.level,
        h.number,
        h.depth,
      ]),
    ).toEqual(expected.headings.map((h) => [h.level, h.number, h.depth]));
    expect(data.files[0].title.paragraph ?? data.files[0].title).not.toBeNull();

    const checked = await run(["check", file, "--kind", id, "--year", "2024", "--format", "json"]);
    const report = JSON.parse(checked.out);
    const findings: { rule: string; severity: string }[] = report.files[0].findings;
    expect(findings.filter((f) => f.rule !== "unfilled-field" && f.severity !== "info")).toEqual([]);
    expect(findings.some((f) => f.rule === "unfilled-field")).toBe(true);
    // Errors come from the unfilled fields only, hence exit code 1 until they are filled.
    expect(checked.code).toBe(1);
  });
});

describe("the files open in LibreOffice", () => {
  test("soffice --headless converts every kind to PDF without error", async () => {
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"].find(
      (p) => existsSync(p),
    );
    if (!soffice)
      throw new Error(
        "soffice not found: install LibreOffice with `apt-get install -y libreoffice-writer-nogui` (scripts/ensure-system-deps.sh)",
      );
    const files: string[] = [];
    for (const t of TEMPLATES) {
      const file = `lo-${t.id}.docx`;
      const r = await run(["new", "--kind", t.id, "--year", "2024", "--unit", "某某局", "-o", file]);
      expect(r.code).toBe(0);
      files.push(join(dir, file));
    }
    const outdir = join(dir, "pdf");
    const profile = `file://${join(dir, "lo-profile")}`;
    const res = spawnSync(
      soffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outdir, ...files],
      { encoding: "utf8", timeout: 110000 },
    );
    expect(res.status).toBe(0);
    expect(res.stderr).not.toMatch(/Error:/);
    for (const t of TEMPLATES) {
      const pdf = join(outdir, `lo-${t.id}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(5000);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }
    // The PDF carries the template's text (poppler-utils is installed by scripts/ensure-system-deps.sh).
    const pdftotext = "/usr/bin/pdftotext";
    if (!existsSync(pdftotext)) throw new Error("pdftotext is missing: apt-get install poppler-utils");
    const text = execFileSync(pdftotext, [join(outdir, "lo-unit-annual.pdf"), "-"], { encoding: "utf8" });
    expect(text.replace(/\s/g, "")).toContain("特此报告。");
  });
});
