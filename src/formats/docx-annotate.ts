/**
 * Word comments into a .docx (issue 13, `lianzheng check --annotate`): one comment per finding,
 * anchored to its exact span (w:commentRangeStart / w:commentRangeEnd around the text, a
 * w:commentReference run after it), in word/comments.xml with the author 廉政报告助手.
 *
 * Only the parts comments need change: the main document part, word/comments.xml (created, or
 * extended when the document has comments of its own), the main part's relationships and
 * [Content_Types].xml (only when comments.xml is new). Every other part keeps its bytes; the
 * existing comments, tracked changes, styles, headers, images and tables are untouched.
 *
 * Paragraphs and offsets are those of formats/docx.ts (the same walk: body paragraphs in order,
 * table cells included; text of w:t, w:tab, w:br …, inserted text included, deleted text excluded).
 * jszip + fast-xml-parser (a real XML parser, preserveOrder); no node: imports.
 */
import { BLOCK_WRAPPERS } from "./docx-body";
import { INLINE_WRAPPERS } from "./docx-paragraph";
import { normalizePath } from "./docx-zip";
import JSZip from "jszip";
import { XMLBuilder } from "fast-xml-parser";
import { attr, childrenOf, decodeEntities, parseXml, rootElement, tagOf, type XmlNode } from "./xml";

export interface DocxComment {
  /** Paragraph index as formats/docx.ts counts; null: the whole document (anchored at its start). */
  paragraph: number | null;
  offset: number;
  length: number;
  /** Plain text; each line becomes a paragraph of the comment. */
  text: string;
}

export interface AnnotateOptions {
  author: string;
  initials?: string;
  /** ISO date of the comments (default now, without milliseconds). */
  date?: string;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  /** Comments written (a comment whose paragraph does not exist is anchored at the document's end). */
  count: number;
}

const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  suppressEmptyNode: true,
  processEntities: false,
  format: false,
});

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // characters XML 1.0 does not allow
      .replace(INVALID_XML_CHARS, "")
  );
}

function el(tag: string, attrs: Record<string, string> | null, children: XmlNode[] = []): XmlNode {
  const n: XmlNode = { [tag]: children };
  if (attrs) n[":@"] = attrs;
  return n;
}

function text(s: string): XmlNode {
  return { "#text": escapeXml(s) };
}

// --- the walk of formats/docx.ts -------------------------------------------------------------

function collectParagraphs(nodes: XmlNode[], out: XmlNode[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") out.push(n);
    else if (tag === "w:tbl" || tag === "w:tr" || tag === "w:tc" || BLOCK_WRAPPERS.has(tag))
      collectParagraphs(childrenOf(n), out);
  }
}

/** A run with text, where it is (its parent's children and index) and its span in the paragraph. */
interface RunSpan {
  parent: XmlNode[];
  run: XmlNode;
  start: number;
  end: number;
}

/** Length of one run child's text as formats/docx.ts reads it. */
function childText(c: XmlNode): string {
  switch (tagOf(c)) {
    case "w:t": {
      let s = "";
      for (const t of childrenOf(c)) if (tagOf(t) === "#text") s += decodeEntities(String(t["#text"]));
      return s;
    }
    case "w:tab":
    case "w:ptab":
      return "\t";
    case "w:br":
    case "w:cr":
      return "\v";
    case "w:noBreakHyphen":
      return "\u2011";
    case "w:sym": {
      const code = parseInt(attr(c, "w:char") ?? "", 16);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    default:
      return "";
  }
}

function runSpans(nodes: XmlNode[], at: { n: number }, out: RunSpan[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:r") {
      let len = 0;
      for (const c of childrenOf(n)) len += childText(c).length;
      if (len > 0) out.push({ parent: nodes, run: n, start: at.n, end: at.n + len });
      at.n += len;
    } else if (INLINE_WRAPPERS.has(tag)) runSpans(childrenOf(n), at, out);
  }
}

/** The raw (escaped) index of the k-th decoded character of an XML text value. */
function rawIndex(raw: string, k: number): number {
  let i = 0;
  let n = 0;
  while (i < raw.length && n < k) {
    if (raw[i] === "&") {
      const semi = raw.indexOf(";", i);
      const cp = decodeEntities(raw.slice(i, semi + 1));
      i = semi + 1;
      n += cp.length;
    } else {
      i++;
      n++;
    }
  }
  return i;
}

/** Split a run at a text offset inside it (0 < k < its length): two runs with the same properties. */
function splitRun(span: RunSpan, k: number): void {
  const children = childrenOf(span.run);
  const tag = tagOf(span.run);
  const props = children.filter((c) => tagOf(c) === "w:rPr");
  const first: XmlNode[] = [];
  const second: XmlNode[] = [...props.map((p) => JSON.parse(JSON.stringify(p)) as XmlNode)];
  let pos = 0;
  for (const c of children) {
    if (tagOf(c) === "w:rPr") {
      first.push(c);
      continue;
    }
    const len = childText(c).length;
    if (pos + len <= k) first.push(c);
    else if (pos >= k) second.push(c);
    else {
      // a w:t holding the cut
      const raw = childrenOf(c)
        .map((t) => String(t["#text"] ?? ""))
        .join("");
      const cut = rawIndex(raw, k - pos);
      const a = { ...(c[":@"] as Record<string, string> | undefined), "xml:space": "preserve" };
      first.push(el("w:t", a, [{ "#text": raw.slice(0, cut) }]));
      second.push(el("w:t", { ...a }, [{ "#text": raw.slice(cut) }]));
    }
    pos += len;
  }
  const attrs = span.run[":@"] as Record<string, string> | undefined;
  const r1 = el(tag, attrs ? { ...attrs } : null, first);
  const r2 = el(tag, attrs ? { ...attrs } : null, second);
  const i = span.parent.indexOf(span.run);
  span.parent.splice(i, 1, r1, r2);
}

interface Marker {
  offset: number;
  kind: "start" | "end";
  id: number;
}

/** Put the markers of one paragraph in place (runs split where a marker falls inside one). */
function markParagraph(p: XmlNode, markers: Marker[]): void {
  const pc = childrenOf(p);
  // split runs at every marker offset
  for (const cut of new Set(markers.map((m) => m.offset))) {
    const spans: RunSpan[] = [];
    runSpans(pc, { n: 0 }, spans);
    const s = spans.find((x) => x.start < cut && cut < x.end);
    if (s) splitRun(s, cut - s.start);
  }
  // ends first at an offset (a comment ending where another starts), starts in id order
  const ordered = [...markers].sort(
    (a, b) => a.offset - b.offset || (a.kind === b.kind ? a.id - b.id : a.kind === "end" ? -1 : 1),
  );
  // insert from the last so that earlier positions stay valid
  for (let i = ordered.length - 1; i >= 0; i--) {
    const m = ordered[i];
    const spans: RunSpan[] = [];
    runSpans(pc, { n: 0 }, spans);
    const nodes: XmlNode[] =
      m.kind === "start"
        ? [el("w:commentRangeStart", { "w:id": String(m.id) })]
        : [
            el("w:commentRangeEnd", { "w:id": String(m.id) }),
            el("w:r", null, [el("w:commentReference", { "w:id": String(m.id) })]),
          ];
    const startsHere = spans.find((s) => s.start === m.offset);
    const endsHere = [...spans].reverse().find((s) => s.end === m.offset);
    if (m.kind === "start" && startsHere) {
      startsHere.parent.splice(startsHere.parent.indexOf(startsHere.run), 0, ...nodes);
    } else if (endsHere) {
      endsHere.parent.splice(endsHere.parent.indexOf(endsHere.run) + 1, 0, ...nodes);
    } else if (startsHere) {
      startsHere.parent.splice(startsHere.parent.indexOf(startsHere.run), 0, ...nodes);
    } else {
      // an empty paragraph, or an offset beyond its text: after the paragraph properties
      const at = pc.length > 0 && tagOf(pc[0]) === "w:pPr" ? 1 : 0;
      pc.splice(m.kind === "start" ? at : pc.length, 0, ...nodes);
    }
  }
}

function commentNode(id: number, c: DocxComment, o: Required<AnnotateOptions>): XmlNode {
  const lines = c.text.split(/\r?\n/);
  return el(
    "w:comment",
    {
      "w:id": String(id),
      "w:author": escapeXml(o.author),
      "w:date": o.date,
      "w:initials": escapeXml(o.initials),
    },
    lines.map((line) =>
      el("w:p", null, [el("w:r", null, [el("w:t", { "xml:space": "preserve" }, [text(line)])])]),
    ),
  );
}

function maxId(nodes: XmlNode[], tags: ReadonlySet<string>, best = -1): number {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "#text") continue;
    if (tags.has(tag)) {
      const v = Number(attr(n, "w:id"));
      if (Number.isFinite(v) && v > best) best = v;
    }
    best = maxId(childrenOf(n), tags, best);
  }
  return best;
}

const ID_TAGS = new Set(["w:comment", "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"]);

function xmlText(doc: XmlNode[]): string {
  return DECL + (builder.build(doc) as string);
}

/** Add comments to a .docx; the input bytes are not modified. */
export async function annotateDocx(
  bytes: Uint8Array,
  comments: readonly DocxComment[],
  options: AnnotateOptions,
): Promise<AnnotateResult> {
  const o: Required<AnnotateOptions> = {
    author: options.author,
    initials: options.initials ?? "LZ",
    date: options.date ?? new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const f = zip.file(path);
    return f ? parseXml(await f.async("string")) : null;
  };
  const rels = await read("_rels/.rels");
  let mainPath = "word/document.xml";
  const relRoot = rels && rootElement(rels, "Relationships");
  if (relRoot) {
    const r = childrenOf(relRoot).find((x) => (attr(x, "Type") ?? "").endsWith("/officeDocument"));
    const target = r && attr(r, "Target");
    if (target && zip.file(target.replace(/^\//, ""))) mainPath = target.replace(/^\//, "");
  }
  const doc = await read(mainPath);
  if (!doc) throw new Error(`${mainPath} missing`);
  const dir = mainPath.includes("/") ? mainPath.slice(0, mainPath.lastIndexOf("/") + 1) : "";
  const docRelsPath = `${dir}_rels/${mainPath.slice(dir.length)}.rels`;
  const docRels = (await read(docRelsPath)) ?? [
    el("Relationships", { xmlns: "http://schemas.openxmlformats.org/package/2006/relationships" }),
  ];
  const docRelRoot = rootElement(docRels, "Relationships");
  if (!docRelRoot) throw new Error(`${docRelsPath}: no Relationships`);
  const existing = childrenOf(docRelRoot).find((x) => attr(x, "Type") === COMMENTS_TYPE);
  const commentsPath = existing
    ? normalizePath(
        (attr(existing, "Target") ?? "").startsWith("/")
          ? (attr(existing, "Target") ?? "")
          : dir + (attr(existing, "Target") ?? ""),
      )
    : `${dir}comments.xml`;
  let commentsDoc = existing ? await read(commentsPath) : null;
  let commentsRoot = commentsDoc && rootElement(commentsDoc, "w:comments");
  if (!commentsDoc || !commentsRoot) {
    commentsRoot = el("w:comments", { "xmlns:w": W_NS });
    commentsDoc = [commentsRoot];
  }

  const body = rootElement(doc, "w:document");
  const bodyNode = body && childrenOf(body).find((n) => tagOf(n) === "w:body");
  if (!bodyNode) throw new Error(`${mainPath}: no w:body`);
  const paragraphs: XmlNode[] = [];
  collectParagraphs(childrenOf(bodyNode), paragraphs);

  let id = Math.max(maxId(doc, ID_TAGS), maxId(commentsDoc, ID_TAGS)) + 1;
  const perParagraph = new Map<number, Marker[]>();
  const list = childrenOf(commentsRoot);
  let count = 0;
  for (const c of comments) {
    let p = c.paragraph ?? 0;
    let offset = c.paragraph === null ? 0 : c.offset;
    let length = c.paragraph === null ? 0 : c.length;
    if (paragraphs.length === 0) {
      const np = el("w:p", null);
      const sect = childrenOf(bodyNode).findIndex((n) => tagOf(n) === "w:sectPr");
      childrenOf(bodyNode).splice(sect < 0 ? childrenOf(bodyNode).length : sect, 0, np);
      paragraphs.push(np);
    }
    if (p >= paragraphs.length) {
      p = paragraphs.length - 1;
      offset = 1e9;
      length = 0;
    }
    const ms = perParagraph.get(p) ?? [];
    ms.push({ offset, kind: "start", id }, { offset: offset + length, kind: "end", id });
    perParagraph.set(p, ms);
    list.push(commentNode(id, c, o));
    id++;
    count++;
  }
  for (const [p, ms] of perParagraph) markParagraph(paragraphs[p], ms);

  zip.file(mainPath, xmlText(doc));
  zip.file(commentsPath, xmlText(commentsDoc));
  if (!existing) {
    const used = new Set(childrenOf(docRelRoot).map((x) => attr(x, "Id")));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    childrenOf(docRelRoot).push(
      el("Relationship", { Id: `rId${n}`, Type: COMMENTS_TYPE, Target: commentsPath.slice(dir.length) }),
    );
    zip.file(docRelsPath, xmlText(docRels));
    const ct = await read("[Content_Types].xml");
    const types = ct && rootElement(ct, "Types");
    if (ct && types) {
      const part = `/${commentsPath}`;
      if (!childrenOf(types).some((x) => attr(x, "PartName") === part)) {
        childrenOf(types).push(el("Override", { PartName: part, ContentType: COMMENTS_CT }));
        zip.file("[Content_Types].xml", xmlText(ct));
      }
    }
  }
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes: out, count };
}

/** The parts annotateDocx may change (all others keep their bytes). */
export const ANNOTATED_PARTS = [
  "word/document.xml",
  "word/comments.xml",
  "word/_rels/document.xml.rels",
  "[Content_Types].xml",
];
