/**
 * Safe XML parsing for the .docx reader (and the .docx writer's tests): fast-xml-parser in
 * preserveOrder mode, after rejecting DOCTYPE and ENTITY declarations (entity expansion and
 * external entities) before any parsing. Runs in Node and in the browser.
 *
 * The tree is fast-xml-parser's ordered form: an array of nodes, each `{ [tagName]: children, ":@"?:
 * attributes }` or `{ "#text": string }`. Helpers below walk it without `any`.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type XmlErrorCode = "dtd" | "malformedXml" | "tooDeep";

export class XmlError extends Error {
  constructor(
    readonly code: XmlErrorCode,
    message: string,
    /** 1-based line of the problem, when known. */
    readonly line?: number,
  ) {
    super(message);
    this.name = "XmlError";
  }
}

/** One node of the ordered tree. */
export interface XmlNode {
  [tag: string]: XmlNode[] | Record<string, string> | string | undefined;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

const DTD = /<!(DOCTYPE|ENTITY)/i;

/** Throw an XmlError("dtd") when the text declares a DOCTYPE or an entity. */
export function assertNoDtd(xml: string): void {
  const m = DTD.exec(xml);
  if (m) {
    const line = xml.slice(0, m.index).split("\n").length;
    throw new XmlError("dtd", `XML declares <!${m[1]}> (line ${line})`, line);
  }
}

/** Parse XML text into the ordered tree; rejects DTDs and malformed XML with an XmlError. */
export function parseXml(xml: string): XmlNode[] {
  assertNoDtd(xml);
  const v = XMLValidator.validate(xml);
  if (v !== true) throw new XmlError("malformedXml", v.err.msg, v.err.line);
  return parser.parse(xml) as XmlNode[];
}

/** The tag name of a node ("#text" for text). */
export function tagOf(node: XmlNode): string {
  for (const k in node) if (k !== ":@") return k;
  return "";
}

/** The children of an element node (empty for text). */
export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const c = node[tag];
  return Array.isArray(c) ? c : [];
}

/** Attribute value, entity-decoded, or undefined. */
export function attr(node: XmlNode, name: string): string | undefined {
  const a = node[":@"];
  if (!a || typeof a !== "object" || Array.isArray(a)) return undefined;
  const v = (a as Record<string, string>)[name];
  return v === undefined ? undefined : decodeEntities(v);
}

/** Raw text of a text node (entity-decoded), "" for other nodes. */
export function textOf(node: XmlNode): string {
  const t = node["#text"];
  return typeof t === "string" ? decodeEntities(t) : "";
}

/** First child element with the tag, or undefined. */
export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** All child elements with the tag. */
export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((c) => tagOf(c) === tag);
}

/** The first element with the tag at the top level of a parsed document. */
export function rootElement(doc: XmlNode[], tag: string): XmlNode | undefined {
  return doc.find((n) => tagOf(n) === tag);
}

/** Concatenated text of all text nodes below a node. */
export function deepText(node: XmlNode): string {
  if (tagOf(node) === "#text") return textOf(node);
  let s = "";
  for (const c of childrenOf(node)) s += deepText(c);
  return s;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decode the five predefined entities and numeric character references; others stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
