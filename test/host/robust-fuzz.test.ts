/**
 * Issue 9: fuzzing the .docx reader. Whatever the bytes, readDocx resolves to a model the checker can
 * run on, or rejects with a DocxError (the CLI's exit 2); never another exception, never a hang.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { DocxError, readDocx } from "../../src/formats/docx";
import { check } from "../../src/core/check";

const GOOD = new Uint8Array(readFileSync(join(__dirname, "../fixtures/docx/lo-report.docx")));
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML = `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>关于2024年度述责述廉的报告</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">一、 &amp; 表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:hyperlink><w:r><w:tab/><w:t>二、链接</w:t></w:r></w:hyperlink></w:p></w:body></w:document>`;

async function outcome(bytes: Uint8Array): Promise<void> {
  const t0 = Date.now();
  try {
    const model = await readDocx(bytes, "fuzz.docx");
    check(model, {});
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    expect(e.text["zh-CN"]).toContain("fuzz.docx");
  }
  expect(Date.now() - t0).toBeLessThan(3000);
}

async function zipWith(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(GOOD);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("fuzz: mutated .docx bytes", () => {
  it("byte flips, splices and cuts of a real .docx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(GOOD.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.option(fc.nat(GOOD.length), { nil: undefined }),
        async (flips, cut) => {
          const b = GOOD.slice(0, cut ?? GOOD.length);
          for (const [at, v] of flips) if (at < b.length) b[at] = v;
          await outcome(b);
        },
      ),
      { numRuns: 150, seed: 9 },
    );
  }, 30_000);

  it("mutated XML of the main part", async () => {
    const pieces = [
      "<",
      ">",
      "/",
      '"',
      "&",
      "&#x1b;",
      "<w:p>",
      "</w:p>",
      "<w:tbl>",
      "<!DOCTYPE x>",
      'xmlns:w=""',
      "]]>",
      "<![CDATA[",
      "\u0000",
      "<?pi?>",
      "<!--",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(XML.length), fc.nat(8), fc.constantFrom(...pieces)), {
          minLength: 1,
          maxLength: 8,
        }),
        async (edits) => {
          let x = XML;
          for (const [at, del, ins] of edits)
            x = x.slice(0, at) + ins + x.slice(Math.min(x.length, at + del));
          await outcome(await zipWith(x));
        },
      ),
      { numRuns: 200, seed: 9 },
    );
  }, 30_000);
});
