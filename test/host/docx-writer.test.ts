import JSZip from "jszip";
import { writeDocx, styleIdOfRole } from "../../src/formats/docx-writer";
import { readDocx } from "../../src/formats/docx";
import { renderTemplate } from "../../src/core/scaffold";
import { buildOutline } from "../../src/core/outline";
import { TEMPLATES } from "../../src/genre/templates";
import type { NewParagraph } from "../../src/core/edits";

const VALUES = {
  year: "2024",
  unit: "某某市某某局",
  name: "李某",
  post: "局长",
  to: "市纪委",
  period: "第一季度",
  date: "2024年12月20日",
};

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    settings: await read("word/settings.xml"),
    footers: await Promise.all(footers.map(read)),
  };
}

/** The w:style element with the given id. */
function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`style ${id} missing`);
  return m[0];
}

describe("writeDocx", () => {
  const sample: NewParagraph[] = [
    { text: "关于2024年度党风廉政建设工作情况的报告", role: "title" },
    { text: "市纪委：", role: "addressee" },
    { text: "现将有关情况报告如下：", role: "body" },
    { text: "一、主要工作情况", role: "heading1" },
    { text: "（一）强化组织领导", role: "heading2" },
    { text: "1.健全责任体系", role: "heading3" },
    { text: "（1）细化清单", role: "heading4" },
    { text: "某某局", role: "signature" },
    { text: "2024年12月20日", role: "date" },
  ];

  test("A4 page with the GB/T 9704 margins (37/35/28/26 mm)", async () => {
    const { document } = await parts(await writeDocx(sample));
    const attr = (el: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(el)?.[1]);
    const toMm = (twips: number) => twips / 56.6929;
    const pgSz = /<w:pgSz [^>]*\/>/.exec(document)?.[0] ?? "";
    const pgMar = /<w:pgMar [^>]*\/>/.exec(document)?.[0] ?? "";
    const near = (twips: number, mm: number) => expect(Math.abs(toMm(twips) - mm)).toBeLessThan(0.1);
    near(attr(pgSz, "w"), 210);
    near(attr(pgSz, "h"), 297);
    near(attr(pgMar, "top"), 37);
    near(attr(pgMar, "bottom"), 35);
    near(attr(pgMar, "left"), 28);
    near(attr(pgMar, "right"), 26);
  });

  test("Title and Heading1-4 styles carry the standard's fonts, sizes and outline levels", async () => {
    const { styles } = await parts(await writeDocx(sample));
    expect(style(styles, "Title")).toContain('w:eastAsia="方正小标宋简体"');
    expect(style(styles, "Title")).toContain('<w:sz w:val="44"/>');
    expect(style(styles, "Title")).toContain('<w:jc w:val="center"/>');
    expect(style(styles, "Heading1")).toContain('w:eastAsia="黑体"');
    expect(style(styles, "Heading1")).toContain('<w:outlineLvl w:val="0"/>');
    expect(style(styles, "Heading2")).toContain('w:eastAsia="楷体_GB2312"');
    expect(style(styles, "Heading2")).toContain('<w:outlineLvl w:val="1"/>');
    expect(style(styles, "Heading3")).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style(styles, "Heading4")).toContain('<w:outlineLvl w:val="3"/>');
    for (const id of ["Heading1", "Heading2", "Heading3", "Heading4"])
      expect(style(styles, id)).toContain('<w:sz w:val="32"/>');
  });

  test("body: 3号 仿宋_GB2312, first line indented two characters, fixed line spacing 28-29 pt", async () => {
    const { document } = await parts(await writeDocx(sample));
    const bodyPara =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*现将有关情况报告如下：[\s\S]*?<\/w:p>/.exec(document)?.[0] ?? "";
    expect(bodyPara).toContain('w:eastAsia="仿宋_GB2312"');
    expect(bodyPara).toContain('<w:sz w:val="32"/>');
    expect(bodyPara).toMatch(/w:firstLine="640"/);
    const line = Number(/<w:spacing [^>]*w:line="(\d+)"[^>]*w:lineRule="exact"/.exec(bodyPara)?.[1]);
    expect(line / 20).toBeGreaterThanOrEqual(28);
    expect(line / 20).toBeLessThanOrEqual(29);
  });

  test("signature and date right-aligned, title centred, headings use the built-in style ids", async () => {
    const { document } = await parts(await writeDocx(sample));
    const paraOf = (text: string) => {
      const i = document.indexOf(`>${text}<`);
      return document.slice(document.lastIndexOf("<w:p>", i), i);
    };
    expect(paraOf("某某局")).toContain('<w:jc w:val="right"/>');
    expect(paraOf("2024年12月20日")).toContain('<w:jc w:val="right"/>');
    expect(paraOf("关于2024年度党风廉政建设工作情况的报告")).toContain('<w:pStyle w:val="Title"/>');
    expect(paraOf("一、主要工作情况")).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paraOf("（1）细化清单")).toContain('<w:pStyle w:val="Heading4"/>');
    expect(styleIdOfRole("body")).toBe("Normal");
  });

  test("page numbers — n — in the footers, odd right and even left", async () => {
    const { footers, settings } = await parts(await writeDocx(sample));
    expect(settings).toContain("<w:evenAndOddHeaders");
    expect(footers.length).toBe(2);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain(">— <");
      expect(f).toContain("> —<");
    }
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
    const none = await parts(await writeDocx(sample, { pageNumbers: false }));
    expect(none.footers.length).toBe(0);
  });

  test("fallback fonts when asked", async () => {
    const { styles } = await parts(await writeDocx(sample, { fallbackFonts: true }));
    expect(style(styles, "Heading2")).toContain('w:eastAsia="楷体"');
    expect(style(styles, "Title")).toContain('w:eastAsia="宋体"');
  });

  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s reads back with readDocx: same paragraphs, same outline, styles recognised",
    async (_id, template) => {
      const paragraphs = renderTemplate(template, VALUES);
      const model = await readDocx(await writeDocx(paragraphs), `${template.id}.docx`);
      expect(model.paragraphs.map((p) => p.text)).toEqual(paragraphs.map((p) => p.text));
      const expected = buildOutline({ paragraphs: paragraphs.map((p) => ({ text: p.text })) });
      const got = buildOutline(model);
      expect(got.headings.map((h) => [h.paragraph, h.level, h.number])).toEqual(
        expected.headings.map((h) => [h.paragraph, h.level, h.number]),
      );
      expect(got.headings.length).toBeGreaterThan(2);
      const h1 = paragraphs.findIndex((p) => p.role === "heading1");
      expect(model.paragraphs[h1].styleBuiltIn).toBe("Heading1");
    },
  );
});
