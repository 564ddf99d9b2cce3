/**
 * .docx -> DocModel (for the CLI and the browser preview). jszip + fast-xml-parser (through
 * formats/xml.ts); no node: imports, so it runs in the browser too.
 *
 * Paragraphs: the body's paragraphs in document order, table cells included (nested tables give a
 * higher tableNestingLevel), the same list as Word's `body.paragraphs`; headers, footers, footnotes,
 * comments and text boxes excluded. Text as Word gives it: w:t, w:tab → \t, w:br/w:cr → \v, w:sym,
 * smart tags, hyperlinks, content controls, fields' results and inserted text included; deleted text,
 * field instructions and moved-from text excluded.
 *
 * Bad input raises a DocxError with a code and a message in zh-CN and en-US naming the file and the
 * cause. Nothing here hangs: DTDs are rejected before parsing, and decompression stops at a limit.
 */
import JSZip from "jszip";
import { hasHan } from "../core/text-utils";
import type { BuiltInStyle, DocModel, Paragraph } from "../core/model";
import type { Alignment } from "../terms";
import type { LocalizedText, Params } from "../i18n";
import { getLocale } from "../i18n";
import { readerText } from "../i18n/messages/readers";
import { ListNumbering } from "./docx-numbering";
import {
  XmlError,
  attr,
  child,
  childrenNamed,
  childrenOf,
  parseXml,
  rootElement,
  tagOf,
  textOf,
  type XmlNode,
} from "./xml";

export type DocxErrorCode =
  "empty" | "notZip" | "truncated" | "noDocument" | "encrypted" | "dtd" | "tooLarge" | "malformedXml";

/** A .docx that cannot be read; `text` holds the message in both languages. */
export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    readonly file: string,
    readonly text: LocalizedText,
    override readonly cause?: unknown,
  ) {
    super(text[getLocale()]);
    this.name = "DocxError";
  }
}

function docxError(code: DocxErrorCode, file: string, params: Params = {}, cause?: unknown): DocxError {
  const p = { file, ...params };
  const key = `docx.${code}` as const;
  return new DocxError(
    code,
    file,
    { "zh-CN": readerText(key, p, "zh-CN"), "en-US": readerText(key, p, "en-US") },
    cause,
  );
}

export interface ReadDocxOptions {
  /** Largest decompressed size of one part, in bytes (default 256 MB). */
  maxPartBytes?: number;
}

export const DEFAULT_MAX_PART_BYTES = 256 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Read a .docx file's bytes into a document model. Rejects with a DocxError for bad input. */
export async function readDocx(
  bytes: Uint8Array,
  fileName = "document.docx",
  options: ReadDocxOptions = {},
): Promise<DocModel> {
  const limit = options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  if (bytes.length === 0) throw docxError("empty", fileName);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw docxError("encrypted", fileName);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw docxError("notZip", fileName);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw docxError("truncated", fileName, { detail: e instanceof Error ? e.message : String(e) }, e);
  }

  const readPart = async (path: string): Promise<XmlNode[] | null> => {
    const file = zip.file(path);
    if (!file) return null;
    const text = await inflate(file, path, fileName, limit);
    try {
      return parseXml(text);
    } catch (e) {
      if (e instanceof XmlError) {
        if (e.code === "dtd") throw docxError("dtd", fileName, { part: path }, e);
        throw docxError("malformedXml", fileName, { part: path, line: e.line ?? "?", detail: e.message }, e);
      }
      throw e;
    }
  };

  // The main part: from the package relationships, else the usual name.
  let mainPath = "word/document.xml";
  const rels = await readPart("_rels/.rels");
  if (rels) {
    const target = relationships(rels).find((r) => r.type.endsWith("/officeDocument"))?.target;
    if (target && zip.file(target.replace(/^\//, ""))) mainPath = target.replace(/^\//, "");
  }
  const doc = await readPart(mainPath);
  if (!doc) throw docxError("noDocument", fileName);

  const dir = mainPath.includes("/") ? mainPath.slice(0, mainPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${mainPath.slice(dir.length)}.rels`;
  const docRels = await readPart(relsPath);
  const partOf = (kind: string, fallback: string) => {
    const r = docRels ? relationships(docRels).find((x) => x.type.endsWith(`/${kind}`)) : undefined;
    if (!r) return fallback;
    return r.target.startsWith("/") ? r.target.slice(1) : normalizePath(dir + r.target);
  };
  const stylesXml = await readPart(partOf("styles", `${dir}styles.xml`));
  const themeXml = await readPart(partOf("theme", `${dir}theme/theme1.xml`));

  const styles = new StyleSheet(stylesXml, themeXml);
  styles.lists = new ListNumbering(await readPart(partOf("numbering", `${dir}numbering.xml`)), stylesXml);
  const body = child(rootElement(doc, "w:document") ?? {}, "w:body");
  const paragraphs: Paragraph[] = [];
  if (body) collectBlocks(childrenOf(body), 0, styles, paragraphs);
  return { paragraphs };
}

/** jszip's internal stream (StreamHelper), not in its type declarations. */
interface ZipStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: "error", cb: (e: Error) => void): ZipStream;
  on(event: "end", cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** Decompress one part, stopping (and rejecting) when it grows beyond the limit. */
function inflate(file: JSZip.JSZipObject, path: string, fileName: string, limit: number): Promise<string> {
  const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  const mb = Math.round(limit / (1024 * 1024));
  if (typeof declared === "number" && declared > limit)
    return Promise.reject(docxError("tooLarge", fileName, { part: path, limit: mb }));
  return new Promise<string>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): ZipStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          reject(docxError("tooLarge", fileName, { part: path, limit: mb }));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e: Error) => {
        if (done) return;
        done = true;
        reject(docxError("truncated", fileName, { detail: `${path}: ${e.message}` }, e));
      })
      .on("end", () => {
        if (done) return;
        done = true;
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(decodeXmlBytes(all));
      })
      .resume();
  });
}

function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return new TextDecoder("utf-16be").decode(b.subarray(2));
  return new TextDecoder("utf-8").decode(b); // drops a UTF-8 BOM
}

function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function relationships(doc: XmlNode[]): { type: string; target: string }[] {
  const root = rootElement(doc, "Relationships");
  if (!root) return [];
  return childrenNamed(root, "Relationship").map((r) => ({
    type: attr(r, "Type") ?? "",
    target: attr(r, "Target") ?? "",
  }));
}

// ---------------------------------------------------------------------------------------------
// Styles

interface RunProps {
  eastAsia?: string;
  ascii?: string;
  size?: number;
  bold?: boolean;
}
interface ParaProps {
  outlineLevel?: number;
  numbered?: boolean;
  alignment?: Alignment;
  firstLine?: number; // pt
  firstLineChars?: number; // characters
  left?: number; // pt
  lineSpacing?: number; // pt, exact or at least
}
interface Style {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  p: ParaProps;
  r: RunProps;
}

const ON = (n: XmlNode | undefined): boolean | undefined => {
  if (!n) return undefined;
  const v = attr(n, "w:val");
  return v === undefined || !["0", "false", "off"].includes(v);
};

function twipsToPt(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n / 20 : undefined;
}

function readRunProps(rPr: XmlNode | undefined, theme: ThemeFonts): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const fonts = child(rPr, "w:rFonts");
  if (fonts) {
    out.eastAsia = attr(fonts, "w:eastAsia") ?? theme.resolve(attr(fonts, "w:eastAsiaTheme"), true);
    out.ascii = attr(fonts, "w:ascii") ?? theme.resolve(attr(fonts, "w:asciiTheme"), false);
  }
  const sz = child(rPr, "w:sz");
  const szv = sz ? Number(attr(sz, "w:val")) : NaN;
  if (Number.isFinite(szv)) out.size = szv / 2;
  const b = ON(child(rPr, "w:b"));
  if (b !== undefined) out.bold = b;
  return out;
}

const JC: Record<string, Alignment> = {
  left: "left",
  start: "left",
  center: "centered",
  right: "right",
  end: "right",
  both: "justified",
  distribute: "distributed",
  thaiDistribute: "distributed",
};

function readParaProps(pPr: XmlNode | undefined): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  const ol = child(pPr, "w:outlineLvl");
  if (ol) {
    const v = Number(attr(ol, "w:val"));
    if (Number.isFinite(v)) out.outlineLevel = v >= 9 ? 10 : v + 1;
  }
  const num = child(pPr, "w:numPr");
  if (num) {
    const id = child(num, "w:numId");
    out.numbered = !id || attr(id, "w:val") !== "0";
  }
  const jc = child(pPr, "w:jc");
  if (jc) {
    const a = JC[attr(jc, "w:val") ?? ""];
    if (a) out.alignment = a;
  }
  const ind = child(pPr, "w:ind");
  if (ind) {
    const left = twipsToPt(attr(ind, "w:left") ?? attr(ind, "w:start"));
    if (left !== undefined) out.left = left;
    const fl = twipsToPt(attr(ind, "w:firstLine"));
    const hang = twipsToPt(attr(ind, "w:hanging"));
    if (fl !== undefined) out.firstLine = fl;
    if (hang !== undefined) out.firstLine = -hang;
    const flc = attr(ind, "w:firstLineChars");
    const hangc = attr(ind, "w:hangingChars");
    if (flc !== undefined && Number.isFinite(Number(flc))) out.firstLineChars = Number(flc) / 100;
    if (hangc !== undefined && Number.isFinite(Number(hangc))) out.firstLineChars = -Number(hangc) / 100;
  }
  const sp = child(pPr, "w:spacing");
  if (sp) {
    const rule = attr(sp, "w:lineRule");
    if (rule === "exact" || rule === "atLeast") {
      const v = twipsToPt(attr(sp, "w:line"));
      if (v !== undefined) out.lineSpacing = v;
    }
  }
  return out;
}

class ThemeFonts {
  private major: { latin?: string; ea?: string } = {};
  private minor: { latin?: string; ea?: string } = {};
  constructor(theme: XmlNode[] | null) {
    if (!theme) return;
    const root = rootElement(theme, "a:theme");
    const scheme = root && child(child(root, "a:themeElements") ?? {}, "a:fontScheme");
    if (!scheme) return;
    const read = (tag: string) => {
      const f = child(scheme, tag);
      if (!f) return {};
      const latin = attr(child(f, "a:latin") ?? {}, "typeface") || undefined;
      let ea = attr(child(f, "a:ea") ?? {}, "typeface") || undefined;
      if (!ea) {
        const hans = childrenNamed(f, "a:font").find((x) => attr(x, "script") === "Hans");
        ea = (hans && attr(hans, "typeface")) || undefined;
      }
      return { latin, ea };
    };
    this.major = read("a:majorFont");
    this.minor = read("a:minorFont");
  }
  resolve(themeName: string | undefined, eastAsia: boolean): string | undefined {
    if (!themeName) return undefined;
    const set = themeName.startsWith("major") ? this.major : this.minor;
    return eastAsia ? (set.ea ?? set.latin) : set.latin;
  }
}

const BUILT_IN: Record<string, BuiltInStyle> = {
  normal: "Normal",
  title: "Title",
  "heading 1": "Heading1",
  "heading 2": "Heading2",
  "heading 3": "Heading3",
  "heading 4": "Heading4",
};

class StyleSheet {
  private styles = new Map<string, Style>();
  private defaultPara?: string;
  private defaultChar?: string;
  readonly defaults: { p: ParaProps; r: RunProps } = { p: {}, r: {} };
  private resolvedP = new Map<string, ParaProps>();
  private resolvedR = new Map<string, RunProps>();
  readonly theme: ThemeFonts;
  /** Automatic list numbering (./docx-numbering.ts), read in document order by readParagraph. */
  lists: ListNumbering | null = null;

  constructor(doc: XmlNode[] | null, theme: XmlNode[] | null) {
    this.theme = new ThemeFonts(theme);
    const root = doc && rootElement(doc, "w:styles");
    if (!root) return;
    const dd = child(root, "w:docDefaults");
    if (dd) {
      this.defaults.r = readRunProps(child(child(dd, "w:rPrDefault") ?? {}, "w:rPr"), this.theme);
      this.defaults.p = readParaProps(child(child(dd, "w:pPrDefault") ?? {}, "w:pPr"));
    }
    for (const s of childrenNamed(root, "w:style")) {
      const id = attr(s, "w:styleId");
      if (!id) continue;
      const type = attr(s, "w:type") ?? "paragraph";
      const style: Style = {
        id,
        type,
        name: attr(child(s, "w:name") ?? {}, "w:val") ?? id,
        basedOn: attr(child(s, "w:basedOn") ?? {}, "w:val"),
        p: readParaProps(child(s, "w:pPr")),
        r: readRunProps(child(s, "w:rPr"), this.theme),
      };
      this.styles.set(id, style);
      if (attr(s, "w:default") === "1" || attr(s, "w:default") === "true") {
        if (type === "paragraph") this.defaultPara = id;
        if (type === "character") this.defaultChar = id;
      }
    }
  }

  paragraphStyle(id: string | undefined): Style | undefined {
    return (
      this.styles.get(id ?? this.defaultPara ?? "") ??
      (this.defaultPara ? this.styles.get(this.defaultPara) : undefined)
    );
  }

  /** Style chain from the style itself up through basedOn (cycles cut). */
  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    let s = id ? this.styles.get(id) : undefined;
    while (s && !seen.has(s.id) && out.length < 20) {
      out.push(s);
      seen.add(s.id);
      s = s.basedOn ? this.styles.get(s.basedOn) : undefined;
    }
    return out;
  }

  paraProps(id: string | undefined): ParaProps {
    const key = id ?? "";
    let r = this.resolvedP.get(key);
    if (!r) {
      r = {};
      for (const s of [...this.chain(id)].reverse()) Object.assign(r, defined(s.p));
      this.resolvedP.set(key, r);
    }
    return r;
  }

  runProps(id: string | undefined): RunProps {
    const key = id ?? "";
    let r = this.resolvedR.get(key);
    if (!r) {
      r = {};
      for (const s of [...this.chain(id)].reverse()) Object.assign(r, defined(s.r));
      this.resolvedR.set(key, r);
    }
    return r;
  }

  builtIn(style: Style | undefined): BuiltInStyle | undefined {
    if (!style) return undefined;
    return BUILT_IN[style.name.toLowerCase()] ?? "Other";
  }

  charStyle(id: string | undefined): string | undefined {
    return id ?? this.defaultChar;
  }
}

function defined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Body

/** Block-level containers whose content is read as if it stood in their place. */
const BLOCK_WRAPPERS = new Set(["w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo", "w:smartTag"]);

function collectBlocks(nodes: XmlNode[], nesting: number, styles: StyleSheet, out: Paragraph[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") out.push(readParagraph(n, nesting, styles));
    else if (tag === "w:tbl") {
      for (const row of childrenOf(n)) {
        const rt = tagOf(row);
        if (rt === "w:tr") readRow(row, nesting, styles, out);
        else if (BLOCK_WRAPPERS.has(rt)) collectRows(childrenOf(row), nesting, styles, out);
      }
    } else if (BLOCK_WRAPPERS.has(tag)) collectBlocks(childrenOf(n), nesting, styles, out);
  }
}

function collectRows(nodes: XmlNode[], nesting: number, styles: StyleSheet, out: Paragraph[]): void {
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === "w:tr") readRow(n, nesting, styles, out);
    else if (BLOCK_WRAPPERS.has(t)) collectRows(childrenOf(n), nesting, styles, out);
  }
}

function readRow(row: XmlNode, nesting: number, styles: StyleSheet, out: Paragraph[]): void {
  const cells = (nodes: XmlNode[]) => {
    for (const c of nodes) {
      const t = tagOf(c);
      if (t === "w:tc") collectBlocks(childrenOf(c), nesting + 1, styles, out);
      else if (BLOCK_WRAPPERS.has(t)) cells(childrenOf(c));
    }
  };
  cells(childrenOf(row));
}

/** Inline containers whose runs are part of the paragraph's text. */
const INLINE_WRAPPERS = new Set([
  "w:hyperlink",
  "w:smartTag",
  "w:ins",
  "w:moveTo",
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
]);

interface RunAcc {
  text: string;
  /** First run with visible text, and first run with Chinese text (its font is the one that matters). */
  firstRun?: XmlNode;
  firstHanRun?: XmlNode;
}

function collectRuns(nodes: XmlNode[], acc: RunAcc): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:r") {
      const before = acc.text.length;
      readRun(n, acc);
      if (acc.text.length > before) {
        const added = acc.text.slice(before);
        if (!acc.firstRun && added.trim() !== "") acc.firstRun = n;
        if (!acc.firstHanRun && hasHan(added)) acc.firstHanRun = n;
      }
    } else if (INLINE_WRAPPERS.has(tag)) collectRuns(childrenOf(n), acc);
    // w:del, w:moveFrom, w:pPr, bookmarks, comments, math and drawings are not paragraph text.
  }
}

function readRun(run: XmlNode, acc: RunAcc): void {
  for (const c of childrenOf(run)) {
    switch (tagOf(c)) {
      case "w:t":
        for (const t of childrenOf(c)) acc.text += textOf(t);
        break;
      case "w:tab":
      case "w:ptab":
        acc.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        acc.text += "\v";
        break;
      case "w:noBreakHyphen":
        acc.text += "\u2011";
        break;
      case "w:sym": {
        const code = parseInt(attr(c, "w:char") ?? "", 16);
        if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) acc.text += String.fromCodePoint(code);
        break;
      }
      // w:delText, w:instrText, w:fldChar, w:rPr, drawings: not text.
    }
  }
}

function readParagraph(p: XmlNode, nesting: number, styles: StyleSheet): Paragraph {
  const pPr = child(p, "w:pPr");
  const styleId = pPr ? attr(child(pPr, "w:pStyle") ?? {}, "w:val") : undefined;
  const style = styles.paragraphStyle(styleId);
  const acc: RunAcc = { text: "" };
  collectRuns(childrenOf(p), acc);

  const own = readParaProps(pPr);
  const pp: ParaProps = {
    ...defined(styles.defaults.p),
    ...defined(styles.paraProps(style?.id)),
    ...defined(own),
  };

  const fontRun = acc.firstHanRun ?? acc.firstRun;
  const rPr = fontRun ? child(fontRun, "w:rPr") : undefined;
  const runOwn = readRunProps(rPr, styles.theme);
  const rStyle = rPr ? attr(child(rPr, "w:rStyle") ?? {}, "w:val") : undefined;
  const rp: RunProps = {
    ...defined(styles.defaults.r),
    ...defined(styles.runProps(style?.id)),
    ...defined(styles.runProps(styles.charStyle(rStyle))),
    ...defined(runOwn),
  };

  const para: Paragraph = { text: acc.text, tableNestingLevel: nesting };
  if (style) {
    para.style = style.name;
    para.styleBuiltIn = styles.builtIn(style);
  }
  if (pp.outlineLevel !== undefined) para.outlineLevel = pp.outlineLevel;
  else if (style) {
    // Word gives the built-in "heading N" styles outline level N even when styles.xml omits it.
    const m = /^heading ([1-9])$/i.exec(style.name);
    if (m) para.outlineLevel = Number(m[1]);
  }
  para.isListItem = pp.numbered === true;
  const label = styles.lists?.label(pPr, style?.id);
  if (label !== undefined) para.listLabel = label;
  // Chinese text is drawn in the eastAsia font; a run of Latin letters and digits in the ascii one.
  const font = acc.firstHanRun || !acc.firstRun ? (rp.eastAsia ?? rp.ascii) : (rp.ascii ?? rp.eastAsia);
  if (font) para.fontName = font;
  if (rp.size !== undefined) para.fontSize = rp.size;
  para.bold = rp.bold === true;
  para.alignment = pp.alignment ?? "left";
  if (pp.firstLineChars !== undefined) para.firstLineIndent = pp.firstLineChars * (rp.size ?? 10.5);
  else if (pp.firstLine !== undefined) para.firstLineIndent = pp.firstLine;
  if (pp.left !== undefined) para.leftIndent = pp.left;
  if (pp.lineSpacing !== undefined) para.lineSpacing = pp.lineSpacing;
  return para;
}
