/**
 * Write report paragraphs as a .docx with the `docx` package, styled as the add-in styles them in Word
 * (GB/T 9704-2012, GENRE.md section 8): A4 with margins top 37, bottom 35, left 28, right 26 mm; built-in
 * Title and Heading 1-4 styles (so Word's navigation pane shows the headings) carrying the standard's fonts;
 * body 3号 仿宋_GB2312 with a two-character first-line indent; fixed line spacing; title centred; signature
 * and date right-aligned; page numbers "— 1 —" in 4号 宋体, odd pages right and even pages left, one
 * character in. Formats come from core/layout.ts (formatForRole), the same numbers the Word adapter uses.
 *
 * Node-only (Packer.toBuffer); used by `lianzheng new`.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type IParagraphStyleOptions,
} from "docx";
import type { NewParagraph } from "../core/edits";
import type { ParagraphFacts } from "../core/model";
import type { Alignment, LayoutRole } from "../terms";
import { formatForRole, type FormatOptions } from "../core/layout";
import { FONTS, PAGE, PAGE_NUMBER } from "../genre/layout";

export interface DocxWriteOptions extends FormatOptions {
  /** Document properties. */
  title?: string;
  creator?: string;
  /** Page numbers in the footer (default true). */
  pageNumbers?: boolean;
}

const ALIGN: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  centered: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.BOTH,
  distributed: AlignmentType.DISTRIBUTE,
};

const twips = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);

function font(name: string) {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

/** The paragraph style id a role uses (Word's built-in ids for title and headings). */
export function styleIdOfRole(role: LayoutRole): string {
  switch (role) {
    case "title":
      return "Title";
    case "heading1":
      return "Heading1";
    case "heading2":
      return "Heading2";
    case "heading3":
      return "Heading3";
    case "heading4":
      return "Heading4";
    default:
      return "Normal";
  }
}

function styleOf(id: string, name: string, facts: ParagraphFacts): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: {
      font: font(facts.fontName ?? FONTS.fangsong.name),
      size: halfPoints(facts.fontSize ?? 16),
      bold: facts.bold ?? false,
      color: "000000",
    },
    paragraph: {
      alignment: ALIGN[facts.alignment ?? "justified"],
      indent: { firstLine: twips(facts.firstLineIndent ?? 0), left: 0 },
      spacing: { line: twips(facts.lineSpacing ?? 28.95), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      ...(facts.outlineLevel ? { outlineLevel: facts.outlineLevel - 1 } : {}),
    },
  };
}

function pageNumberFooter(side: "odd" | "even"): Footer {
  const f = FONTS[PAGE_NUMBER.font].name;
  const size = halfPoints(PAGE_NUMBER.sizePt);
  const oneChar = twips(PAGE_NUMBER.sizePt);
  const [before, after] = PAGE_NUMBER.pattern.split("{n}");
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({ text: before, font: font(f), size }),
          new TextRun({ children: [PageNumber.CURRENT], font: font(f), size }),
          new TextRun({ text: after, font: font(f), size }),
        ],
      }),
    ],
  });
}

/** Build the docx Document of the paragraphs. */
function buildDocument(paragraphs: readonly NewParagraph[], options: DocxWriteOptions = {}): Document {
  const body = formatForRole("body", options);
  const styles: IParagraphStyleOptions[] = [
    styleOf("Title", "Title", formatForRole("title", options)),
    styleOf("Heading1", "heading 1", formatForRole("heading1", options)),
    styleOf("Heading2", "heading 2", formatForRole("heading2", options)),
    styleOf("Heading3", "heading 3", formatForRole("heading3", options)),
    styleOf("Heading4", "heading 4", formatForRole("heading4", options)),
  ];
  const children = paragraphs.map((p) => {
    const facts = formatForRole(p.role, options);
    return new Paragraph({
      style: styleIdOfRole(p.role),
      alignment: ALIGN[facts.alignment ?? "justified"],
      indent: { firstLine: twips(facts.firstLineIndent ?? 0), left: 0 },
      spacing: { line: twips(facts.lineSpacing ?? 28.95), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [
        new TextRun({
          text: p.text,
          font: font(facts.fontName ?? body.fontName ?? FONTS.fangsong.name),
          size: halfPoints(facts.fontSize ?? 16),
          bold: facts.bold ?? false,
        }),
      ],
    });
  });
  const withNumbers = options.pageNumbers !== false;
  // The footer's baseline sits 7 mm under the 版心: bottom margin minus 7 mm minus the number's line.
  const footerMm = Math.max(0, PAGE.bottomMm - PAGE_NUMBER.belowTextMm - (PAGE_NUMBER.sizePt * 25.4) / 72);
  return new Document({
    title: options.title,
    creator: options.creator ?? "Lianzheng Writer",
    evenAndOddHeaderAndFooters: withNumbers,
    styles: {
      default: {
        document: {
          run: {
            font: font(body.fontName ?? FONTS.fangsong.name),
            size: halfPoints(body.fontSize ?? 16),
            color: "000000",
          },
          paragraph: {
            spacing: {
              line: twips(body.lineSpacing ?? 28.95),
              lineRule: LineRuleType.EXACT,
              before: 0,
              after: 0,
            },
          },
        },
      },
      paragraphStyles: styles,
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: convertMillimetersToTwip(PAGE.widthMm),
              height: convertMillimetersToTwip(PAGE.heightMm),
            },
            margin: {
              top: convertMillimetersToTwip(PAGE.topMm),
              bottom: convertMillimetersToTwip(PAGE.bottomMm),
              left: convertMillimetersToTwip(PAGE.leftMm),
              right: convertMillimetersToTwip(PAGE.rightMm),
              footer: convertMillimetersToTwip(footerMm),
              header: convertMillimetersToTwip(15),
            },
          },
        },
        footers: withNumbers
          ? { default: pageNumberFooter("odd"), even: pageNumberFooter("even") }
          : undefined,
        children,
      },
    ],
  });
}

/** The .docx bytes of the paragraphs. */
export async function writeDocx(
  paragraphs: readonly NewParagraph[],
  options: DocxWriteOptions = {},
): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocument(paragraphs, options));
  return new Uint8Array(buffer);
}
