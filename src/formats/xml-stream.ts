/**
 * A streaming, namespace-aware XML tokenizer for the .docx reader. Text is fed in chunks (as it is
 * inflated), so a part is never held whole; the handler sees elements under CANONICAL names: the
 * prefix comes from the namespace URI, not from the document ("w:p" whether the file wrote `w:p`,
 * `ns0:p` or a default namespace; the strict OOXML URIs map to the same prefixes). An element of an
 * unknown namespace is named `{uri}local`; an unbound prefix is kept as written (lenient, as before).
 *
 * No recursion: nesting costs one stack entry, and deeper than `maxDepth` is an XmlError("tooDeep").
 * DOCTYPE and ENTITY declarations are refused (XmlError("dtd")); broken markup is
 * XmlError("malformedXml") with its line. Text and attribute values are passed on RAW (entities not
 * decoded; formats/xml.ts decodeEntities does that), and a text chunk never ends inside an entity.
 *
 * `TreeBuilder` turns events into formats/xml.ts's ordered tree (XmlNode), for small parts (styles,
 * theme, relationships) and for one paragraph at a time.
 */
import { XmlError, type XmlNode } from "./xml";

/** Namespace URI -> canonical prefix ("" = no prefix: the plain local name). */
const CANONICAL: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://schemas.openxmlformats.org/package/2006/content-types": "",
  "http://www.w3.org/XML/1998/namespace": "xml",
};

export interface XmlHandler {
  /** An element starts (its end follows at once when it was written `<x/>`). */
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  /** Raw character data (entities not decoded), possibly in several pieces. */
  text(raw: string): void;
}

export interface XmlStreamLimits {
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Longest single tag (with its attributes), in characters. */
  maxTagChars: number;
}

const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NAME = /^[^\s/>="'<]+$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

interface Frame {
  raw: string;
  name: string;
  /** Prefixes this element declared (undo on close), or null. */
  declared: [string, string | undefined][] | null;
}

export class XmlStream {
  private buf = "";
  private ended = false;
  private linesBefore = 1;
  private stack: Frame[] = [];
  private ns = new Map<string, string>();
  private seenRoot = false;
  /** Where the scan for the end of an incomplete tag resumes, and its quote state. */
  private tagScan = 0;
  private tagQuote = 0;

  constructor(
    private readonly handler: XmlHandler,
    private readonly limits: XmlStreamLimits,
  ) {}

  get depth(): number {
    return this.stack.length;
  }

  write(chunk: string): void {
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    this.run();
  }

  end(): void {
    this.ended = true;
    this.run();
    if (this.buf.trim() !== "") this.fail("unexpected end of the document", this.buf.length);
    if (this.stack.length) this.fail(`<${this.stack[this.stack.length - 1].raw}> is not closed`, 0);
    if (!this.seenRoot) this.fail("no root element", 0);
  }

  private fail(
    message: string,
    at: number,
    code: "malformedXml" | "dtd" | "tooDeep" = "malformedXml",
  ): never {
    let line = this.linesBefore;
    for (let i = this.buf.indexOf("\n"); i !== -1 && i < at; i = this.buf.indexOf("\n", i + 1)) line++;
    throw new XmlError(code, `${message} (line ${line})`, line);
  }

  private consume(to: number): void {
    for (let i = this.buf.indexOf("\n"); i !== -1 && i < to; i = this.buf.indexOf("\n", i + 1))
      this.linesBefore++;
    this.buf = this.buf.slice(to);
    // An incomplete tag now starts at 0: its scan resumes where it stopped.
    this.tagScan = Math.max(0, this.tagScan - to);
    if (this.tagScan === 0) this.tagQuote = 0;
  }

  private run(): void {
    const b = this.buf;
    let pos = 0;
    const len = b.length;
    while (pos < len) {
      if (b.charCodeAt(pos) !== 60 /* < */) {
        let lt = b.indexOf("<", pos);
        if (lt === -1) {
          if (!this.ended) {
            // Pass on what is safe (not a half entity), keep the rest for the next chunk.
            const amp = b.lastIndexOf("&");
            lt = amp >= pos && b.indexOf(";", amp) === -1 ? amp : len;
            if (lt > pos) this.textOut(b.slice(pos, lt));
            pos = lt;
            break;
          }
          lt = len;
        }
        this.textOut(b.slice(pos, lt));
        pos = lt;
        continue;
      }
      const next = this.token(b, pos);
      if (next === -1) break; // incomplete: wait for more
      pos = next;
    }
    if (pos > 0) this.consume(pos);
  }

  private textOut(raw: string): void {
    if (this.stack.length === 0) {
      if (raw.trim() !== "") this.fail("text outside the root element", 0);
      return;
    }
    this.handler.text(raw);
  }

  /** Handle the markup at `at`; the position after it, or -1 when it is not complete yet. */
  private token(b: string, at: number): number {
    const c1 = b.charCodeAt(at + 1);
    if (Number.isNaN(c1)) return this.ended ? this.fail("unexpected end", at) : -1;
    if (c1 === 63 /* ? */) return this.until(b, at, "?>", null);
    if (c1 === 33 /* ! */) {
      if (b.length - at < 9 && !this.ended) return -1;
      if (b.startsWith("<!--", at)) return this.until(b, at, "-->", null);
      if (b.startsWith("<![CDATA[", at))
        return this.until(b, at, "]]>", (s) => {
          if (this.stack.length === 0) this.fail("CDATA outside the root element", at);
          this.handler.text(s.slice(9, -3).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
        });
      const m = /^<!\s*(DOCTYPE|ENTITY)/i.exec(b.slice(at, at + 20));
      if (m) this.fail(`XML declares <!${m[1]}>`, at, "dtd");
      return this.fail("unexpected <!", at);
    }
    const end = this.tagEnd(b, at);
    if (end === -1) return -1;
    const tag = b.slice(at + 1, end);
    if (c1 === 47 /* / */) this.closeTag(tag.slice(1).trim(), at);
    else this.openTag(tag, at);
    return end + 1;
  }

  private until(b: string, at: number, close: string, take: ((s: string) => void) | null): number {
    const i = b.indexOf(close, at + 2);
    if (i === -1) {
      if (this.ended) this.fail(`unterminated ${b.slice(at, at + 4)}`, at);
      if (b.length - at > this.limits.maxTagChars) this.fail("markup too long", at);
      return -1;
    }
    if (take) take(b.slice(at, i + close.length));
    return i + close.length;
  }

  /** Index of the `>` ending the tag at `at` (quotes respected), or -1 when not in the buffer yet. */
  private tagEnd(b: string, at: number): number {
    let i = Math.max(at + 1, this.tagScan);
    let q = this.tagScan > at ? this.tagQuote : 0;
    for (; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (q) {
        if (c === q) q = 0;
      } else if (c === 34 || c === 39) q = c;
      else if (c === 62 /* > */) return i;
      else if (c === 60 /* < */) this.fail("< inside a tag", i);
    }
    if (this.ended) this.fail("unterminated tag", at);
    if (i - at > this.limits.maxTagChars) this.fail("tag too long", at);
    this.tagScan = i;
    this.tagQuote = q;
    return -1;
  }

  private openTag(tag: string, at: number): void {
    const selfClosing = tag.charCodeAt(tag.length - 1) === 47; /* / */
    const len = selfClosing ? tag.length - 1 : tag.length;
    let n = 0;
    while (n < len && !isSpace(tag.charCodeAt(n))) n++;
    const raw = tag.slice(0, n);
    if (this.stack.length === 0 && this.seenRoot) this.fail("a second root element", at);
    let attrs = NO_ATTRS;
    let declared: [string, string | undefined][] | null = null;
    while (n < len && isSpace(tag.charCodeAt(n))) n++;
    if (n < len) {
      const rawAttrs = this.readAttributes(tag, n, len, raw, at);
      for (let i = 0; i < rawAttrs.length; i += 2) {
        const k = rawAttrs[i];
        if (k === "xmlns" || k.startsWith("xmlns:")) {
          const p = k === "xmlns" ? "" : k.slice(6);
          (declared ??= []).push([p, this.ns.get(p)]);
          this.ns.set(p, rawAttrs[i + 1]);
          this.names.clear();
        }
      }
      attrs = {};
      for (let i = 0; i < rawAttrs.length; i += 2) {
        const k = rawAttrs[i];
        if (k === "xmlns" || k.startsWith("xmlns:")) continue;
        const colon = k.indexOf(":");
        attrs[colon === -1 ? k : this.canonical(k, colon, false)] = rawAttrs[i + 1];
      }
    }
    if (this.stack.length >= this.limits.maxDepth)
      this.fail(`elements nested deeper than ${this.limits.maxDepth} levels`, at, "tooDeep");
    const name = this.canonical(raw, raw.indexOf(":"), true);
    if (name === "") this.fail(`bad element name <${raw}>`, at);
    this.seenRoot = true;
    this.stack.push({ raw, name, declared });
    this.handler.open(name, attrs);
    if (selfClosing) this.pop();
  }

  /** `name="value"` pairs of a tag from `from` to `to`, flat: [name, value, name, value…]. */
  private readAttributes(tag: string, from: number, to: number, raw: string, at: number): string[] {
    const out: string[] = [];
    let i = from;
    while (i < to) {
      const start = i;
      while (i < to) {
        const c = tag.charCodeAt(i);
        if (c === 61 /* = */ || isSpace(c)) break;
        i++;
      }
      const key = tag.slice(start, i);
      while (i < to && isSpace(tag.charCodeAt(i))) i++;
      if (key === "" || tag.charCodeAt(i) !== 61) this.fail(`bad attribute in <${raw}>`, at);
      i++;
      while (i < to && isSpace(tag.charCodeAt(i))) i++;
      const q = tag.charCodeAt(i);
      if (q !== 34 && q !== 39) this.fail(`bad attribute in <${raw}>`, at);
      const close = tag.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close === -1 || close >= to) this.fail(`bad attribute in <${raw}>`, at);
      out.push(key, tag.slice(i + 1, close));
      i = close + 1;
      if (i < to && !isSpace(tag.charCodeAt(i))) this.fail(`bad attribute in <${raw}>`, at);
      while (i < to && isSpace(tag.charCodeAt(i))) i++;
    }
    return out;
  }

  private closeTag(raw: string, at: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) this.fail(`unexpected </${raw}>`, at);
    if (top.raw !== raw) this.fail(`</${raw}> does not close <${top.raw}>`, at);
    this.pop();
  }

  private pop(): void {
    const f = this.stack.pop()!;
    this.handler.close(f.name);
    if (f.declared)
      for (let i = f.declared.length - 1; i >= 0; i--) {
        const [p, old] = f.declared[i];
        if (old === undefined) this.ns.delete(p);
        else this.ns.set(p, old);
        this.names.clear();
      }
  }

  /** Canonical names under the current declarations (element names; attributes with a leading "@"). */
  private names = new Map<string, string>();

  private canonical(raw: string, colon: number, element: boolean): string {
    const key = element ? raw : `@${raw}`;
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.resolveName(raw, colon, element);
      if (this.names.size < 10_000) this.names.set(key, name);
    }
    return name;
  }

  /** The canonical name, or "" when `raw` is not a name. */
  private resolveName(raw: string, colon: number, element: boolean): string {
    if (!NAME.test(raw)) return "";
    const prefix = colon === -1 ? "" : raw.slice(0, colon);
    const local = colon === -1 ? raw : raw.slice(colon + 1);
    if (prefix === "xml") return `xml:${local}`;
    // Unprefixed attributes have no namespace; an element without prefix takes the default one.
    const uri = prefix === "" && !element ? undefined : this.ns.get(prefix);
    if (uri === undefined) return raw;
    const p = CANONICAL[uri];
    if (p === undefined) return `{${uri}}${local}`;
    return p === "" ? local : `${p}:${local}`;
  }
}

export interface TreeLimits {
  /** Most elements and text nodes in the tree. */
  maxNodes: number;
  /** Most raw text characters in the tree. */
  maxTextChars: number;
}

/** Too many nodes or too much text for one tree. */
export class TreeLimitError extends Error {
  constructor(readonly what: "nodes" | "text") {
    super(`tree limit: ${what}`);
    this.name = "TreeLimitError";
  }
}

/** Builds formats/xml.ts's ordered tree from events (text merged, attributes under ":@"). */
export class TreeBuilder implements XmlHandler {
  readonly roots: XmlNode[] = [];
  private stack: XmlNode[][] = [this.roots];
  private nodes = 0;
  private chars = 0;

  constructor(private readonly limits: TreeLimits) {}

  /** Whether the tree has closed all elements it opened. */
  get closed(): boolean {
    return this.stack.length === 1;
  }

  open(name: string, attrs: Record<string, string>): void {
    if (++this.nodes > this.limits.maxNodes) throw new TreeLimitError("nodes");
    const children: XmlNode[] = [];
    const node: XmlNode = { [name]: children };
    if (attrs !== NO_ATTRS) node[":@"] = attrs;
    this.stack[this.stack.length - 1].push(node);
    this.stack.push(children);
  }

  close(): void {
    this.stack.pop();
  }

  text(raw: string): void {
    this.chars += raw.length;
    if (this.chars > this.limits.maxTextChars) throw new TreeLimitError("text");
    const list = this.stack[this.stack.length - 1];
    const last = list[list.length - 1];
    if (last && typeof last["#text"] === "string") last["#text"] += raw;
    else {
      if (++this.nodes > this.limits.maxNodes) throw new TreeLimitError("nodes");
      list.push({ "#text": raw });
    }
  }
}
