/**
 * LibreOffice (issue 13): .doc, .wps, .odt and .rtf read through `soffice --convert-to docx`, and the
 * comments of `--annotate` read back by LibreOffice (converted to .odt and counted). Skipped where
 * soffice is not installed (the "absent" case runs everywhere).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { convertFile, findSoffice } from "../../src/cli/convert";
import { writeDocx } from "../../src/formats/docx-writer";
import { setLocale } from "../../src/i18n";

const tmp = mkdtempSync(join(tmpdir(), "lz-convert-"));
const soffice = findSoffice();
const withSoffice = soffice ? describe : describe.skip;

async function run(args: string[]) {
  const io = memoryIo(tmp);
  const code = await main(["check", ...args], io);
  return { code, out: io.out, err: io.err };
}

const REPORT = [
  "关于2024年度履行党风廉政建设主体责任情况的报告",
  "一、主要工作情况",
  "全年召开党组会议XX次，专题研究党风廉政建设工作。",
  "二、存在的问题",
  "个别干部纪律意识有所松懈。",
  "三、下一步打算",
  "持续压实主体责任，推动全面从严治党向纵深发展。",
];

beforeEach(() => setLocale("zh-CN"));

describe("finding LibreOffice", () => {
  it("looks in $LIANZHENG_SOFFICE, then PATH, then the usual install paths", () => {
    const has = (set: string[]) => (p: string) => set.includes(p);
    expect(findSoffice({ PATH: "/a:/b" }, "linux", has(["/b/soffice"]))).toBe("/b/soffice");
    expect(findSoffice({ PATH: "/a" }, "linux", has(["/usr/lib/libreoffice/program/soffice"]))).toBe(
      "/usr/lib/libreoffice/program/soffice",
    );
    expect(
      findSoffice({ PATH: "" }, "darwin", has(["/Applications/LibreOffice.app/Contents/MacOS/soffice"])),
    ).toBe("/Applications/LibreOffice.app/Contents/MacOS/soffice");
    expect(
      findSoffice({ Path: "" }, "win32", has(["C:\\Program Files\\LibreOffice\\program\\soffice.exe"])),
    ).toBe("C:\\Program Files\\LibreOffice\\program\\soffice.exe");
    expect(findSoffice({ PATH: "/a", LIANZHENG_SOFFICE: "/x/soffice" }, "linux", has(["/x/soffice"]))).toBe(
      "/x/soffice",
    );
    expect(findSoffice({ PATH: "/a" }, "darwin", has([]))).toBeNull();
  });

  it("says when LibreOffice is absent and how to convert by hand", async () => {
    writeFileSync(join(tmp, "old.odt"), "not really");
    const saved = process.env.LIANZHENG_SOFFICE;
    process.env.LIANZHENG_SOFFICE = "";
    try {
      const r = await run(["old.odt"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        "“old.odt”是 .odt 文件，需要 LibreOffice 转换，但本机未找到 LibreOffice（soffice）",
      );
      expect(r.err).toContain("另存为 .docx");
    } finally {
      if (saved === undefined) delete process.env.LIANZHENG_SOFFICE;
      else process.env.LIANZHENG_SOFFICE = saved;
    }
  });
});

withSoffice("with LibreOffice", () => {
  beforeAll(async () => {
    const docx = await writeDocx(REPORT.map((text) => ({ text, role: "body" as const })));
    writeFileSync(join(tmp, "report.docx"), docx);
    for (const to of ["odt", "doc", "rtf"]) {
      const bytes = await convertFile(join(tmp, "report.docx"), to);
      writeFileSync(join(tmp, `report.${to}`), bytes);
    }
    // WPS Office's .wps is the Word 97 binary format; LibreOffice reads it by its content
    writeFileSync(join(tmp, "report.wps"), readFileSync(join(tmp, "report.doc")));
  }, 300_000);

  it("reads .doc, .wps, .odt and .rtf and reports against the original file name", async () => {
    const r = await run([
      "report.docx",
      "report.doc",
      "report.wps",
      "report.odt",
      "report.rtf",
      "--jobs",
      "1",
    ]);
    expect(r.err).toBe("");
    const names = ["report.docx", "report.doc", "report.wps", "report.odt", "report.rtf"];
    for (const f of names)
      expect(r.out).toContain(`${f}:2:8 error placeholder 占位符“XX”尚未填写为实际数字或名称。`);
    // the same findings whatever the format
    const of = (f: string) =>
      r.out
        .split("\n")
        .filter((l) => l.startsWith(`${f}:`))
        .map((l) => l.slice(f.length));
    for (const f of names.slice(1)) expect(of(f)).toEqual(of("report.docx"));
  }, 300_000);

  it("LibreOffice reads the comments of an annotated file (converted to .odt, counted)", async () => {
    const r = await run(["report.docx", "report.odt", "--annotate", "marked", "--format", "json"]);
    const json = JSON.parse(r.out) as { files: { file: string; findings: unknown[] }[] };
    for (const f of json.files) {
      expect(f.findings.length).toBeGreaterThan(0);
      const odt = await convertFile(join(tmp, "marked", f.file.replace(/\.\w+$/, ".docx")), "odt");
      const content = await (await JSZip.loadAsync(odt)).file("content.xml")!.async("string");
      const annotations = content.match(/<office:annotation[ >]/g) ?? [];
      expect(annotations).toHaveLength(f.findings.length);
      expect(content).toContain("<dc:creator>廉政报告助手</dc:creator>");
      expect(content).toContain("占位符“XX”尚未填写为实际数字或名称。");
    }
  }, 300_000);
});
