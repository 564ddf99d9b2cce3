/**
 * .docx -> DocModel (for the CLI and the browser preview). jszip for the package, formats/xml-stream.ts
 * for the XML (streaming, namespace-aware); no node: imports, so it runs in the browser too.
 *
 * Paragraphs: the body's paragraphs in document order, table cells included (nested tables give a
 * higher tableNestingLevel), the same list as Word's `body.paragraphs`; headers, footers, footnotes,
 * comments and text boxes excluded. Text as Word gives it: w:t, w:tab → \t, w:br/w:cr → \v, w:sym,
 * smart tags, hyperlinks, content controls, fields' results and inserted text included; deleted text,
 * field instructions and moved-from text excluded. Elements are matched by namespace URI (any
 * prefix; transitional and strict OOXML).
 *
 * Layout of the reader: docx-zip.ts (package, streaming inflate), xml-stream.ts (tokenizer, trees),
 * docx-styles.ts (styles, theme), docx-body.ts (the body as a stream), docx-paragraph.ts (one
 * paragraph, its w:pPr and runs), docx-limits.ts (the limits), docx-errors.ts (DocxError).
 *
 * Bad input raises a DocxError with a code and a message in zh-CN and en-US naming the file and the
 * cause. Nothing here hangs or grows without bound: DTDs are refused, decompression stops at a limit,
 * and what is kept (paragraphs, text, nesting) is capped by docx-limits.ts.
 */
import type JSZip from "jszip";
import type { DocModel } from "../core/model";
import { DocxError, docxError } from "./docx-errors";
import { normalizePath, openPackage, streamPart, type InflateRaw } from "./docx-zip";
import { StyleSheet } from "./docx-styles";
import { ListNumbering } from "./docx-numbering";
import { BodyLimitError, BodyReader } from "./docx-body";
import { TreeBuilder, TreeLimitError, XmlStream, type XmlHandler } from "./xml-stream";
import { XmlError, attr, childrenNamed, rootElement, type XmlNode } from "./xml";
import {
  DEFAULT_MAX_PART_BYTES,
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_PARAGRAPHS,
  MAX_PART_NODES,
  MAX_TAG_CHARS,
  MAX_TEXT_CHARS,
} from "./docx-limits";

export { DocxError, type DocxErrorCode } from "./docx-errors";
export { DEFAULT_MAX_PART_BYTES } from "./docx-limits";
export type { InflateRaw } from "./docx-zip";

export interface ReadDocxOptions {
  /** Largest decompressed size of one part, in bytes (default 256 MB). */
  maxPartBytes?: number;
  /** A raw-deflate inflater lent by the host (node:zlib in the CLI); jszip's own otherwise. */
  inflateRaw?: InflateRaw;
}

/** Read a .docx file's bytes into a document model. Rejects with a DocxError for bad input. */
export async function readDocx(
  bytes: Uint8Array,
  fileName = "document.docx",
  options: ReadDocxOptions = {},
): Promise<DocModel> {
  const limit = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  const zip = await openPackage(bytes, fileName);
  const part = (path: string) => new PartReader(zip, path, fileName, limit, options.inflateRaw);

  // The main part: from the package relationships, else the usual name.
  let mainPath = "word/document.xml";
  const rels = await part("_rels/.rels").tree();
  if (rels) {
    const target = relationships(rels).find((r) => r.type.endsWith("/officeDocument"))?.target;
    if (target && zip.file(target.replace(/^\//, ""))) mainPath = target.replace(/^\//, "");
  }
  if (!zip.file(mainPath)) throw docxError("noDocument", fileName);

  const dir = mainPath.includes("/") ? mainPath.slice(0, mainPath.lastIndexOf("/") + 1) : "";
  const docRels = await part(`${dir}_rels/${mainPath.slice(dir.length)}.rels`).tree();
  const partOf = (kind: string, fallback: string) => {
    const r = docRels ? relationships(docRels).find((x) => x.type.endsWith(`/${kind}`)) : undefined;
    if (!r) return fallback;
    return r.target.startsWith("/") ? r.target.slice(1) : normalizePath(dir + r.target);
  };
  const stylesXml = await part(partOf("styles", `${dir}styles.xml`)).tree();
  const themeXml = await part(partOf("theme", `${dir}theme/theme1.xml`)).tree();
  const styles = new StyleSheet(stylesXml, themeXml);
  styles.lists = new ListNumbering(await part(partOf("numbering", `${dir}numbering.xml`)).tree(), stylesXml);

  const body = new BodyReader(styles);
  await part(mainPath).stream(body);
  // A part with text of which no paragraph could be read is not an empty document.
  if (body.paragraphs.length === 0 && body.sawText)
    throw docxError("noParagraphs", fileName, { part: mainPath, root: body.root ?? "?" });
  return { paragraphs: body.paragraphs };
}

/** One part of the package, read as a stream of XML events or as a whole (small) tree. */
class PartReader {
  constructor(
    private readonly zip: JSZip,
    private readonly path: string,
    private readonly fileName: string,
    private readonly limit: number,
    private readonly inflate?: InflateRaw,
  ) {}

  /** The part as a tree, or null when the package has no such part. */
  async tree(): Promise<XmlNode[] | null> {
    const builder = new TreeBuilder({ maxNodes: MAX_PART_NODES, maxTextChars: MAX_TEXT_CHARS });
    return (await this.stream(builder)) ? builder.roots : null;
  }

  /** Stream the part's XML into the handler; false when the package has no such part. */
  async stream(handler: XmlHandler): Promise<boolean> {
    const file = this.zip.file(this.path);
    if (!file) return false;
    const xml = new XmlStream(handler, { maxDepth: MAX_DEPTH, maxTagChars: MAX_TAG_CHARS });
    try {
      await streamPart(file, this.path, this.fileName, this.limit, (text) => xml.write(text), this.inflate);
      xml.end();
    } catch (e) {
      throw this.translate(e);
    }
    return true;
  }

  private translate(e: unknown): unknown {
    const { fileName: file, path: part } = this;
    if (e instanceof DocxError) return e;
    if (e instanceof XmlError) {
      if (e.code === "dtd") return docxError("dtd", file, { part }, e);
      if (e.code === "tooDeep") return docxError("tooDeep", file, { part, limit: MAX_DEPTH }, e);
      return docxError("malformedXml", file, { part, line: e.line ?? "?", detail: e.message }, e);
    }
    if (e instanceof BodyLimitError) {
      if (e.what === "paragraphs") return docxError("tooManyParagraphs", file, { limit: MAX_PARAGRAPHS }, e);
      if (e.what === "text") return docxError("tooMuchText", file, { limit: MAX_TEXT_CHARS }, e);
      return docxError("tooComplex", file, { part, limit: MAX_ELEMENTS }, e);
    }
    if (e instanceof TreeLimitError) return docxError("tooComplex", file, { part, limit: MAX_PART_NODES }, e);
    if (e instanceof RangeError) return docxError("tooComplex", file, { part, limit: MAX_DEPTH }, e);
    return e;
  }
}

function relationships(doc: XmlNode[]): { type: string; target: string }[] {
  const root = rootElement(doc, "Relationships");
  if (!root) return [];
  return childrenNamed(root, "Relationship").map((r) => ({
    type: attr(r, "Type") ?? "",
    target: attr(r, "Target") ?? "",
  }));
}
