/**
 * The body of the main part, read as a stream: a BodyReader receives XmlStream events and keeps only
 * the paragraph being read (as a small tree) and the paragraphs already made, within the limits of
 * docx-limits.ts. Paragraphs come in document order, table cells included (nested tables give a
 * higher tableNestingLevel); whatever is neither a paragraph nor a table, nor a block wrapper around
 * them, is skipped without being kept.
 */
import type { Paragraph } from "../core/model";
import { TreeBuilder, type XmlHandler } from "./xml-stream";
import { readParagraph } from "./docx-paragraph";
import type { StyleSheet } from "./docx-styles";
import {
  MAX_ELEMENTS,
  MAX_PARAGRAPHS,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPH_NODES,
  MAX_TEXT_CHARS,
} from "./docx-limits";

/** Block-level containers whose content is read as if it stood in their place. */
export const BLOCK_WRAPPERS = new Set([
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
]);

/** What an open element holds: blocks (body, cell), rows (table), cells (row), or nothing we read. */
type Context = "root" | "document" | "block" | "table" | "row" | "skip";

/** A limit of docx-limits.ts was passed. */
export class BodyLimitError extends Error {
  constructor(readonly what: "paragraphs" | "text" | "elements") {
    super(`body limit: ${what}`);
    this.name = "BodyLimitError";
  }
}

export class BodyReader implements XmlHandler {
  readonly paragraphs: Paragraph[] = [];
  /** Whether any non-blank text was met anywhere in the part (an unreadable body is not empty). */
  sawText = false;
  /** The root element's name, as read. */
  root: string | undefined;
  private ctx: { kind: Context; nesting: number }[] = [{ kind: "root", nesting: 0 }];
  private para: TreeBuilder | null = null;
  private paraNesting = 0;
  private paraDepth = 0;
  private elements = 0;
  private chars = 0;

  constructor(private readonly styles: StyleSheet) {}

  open(name: string, attrs: Record<string, string>): void {
    if (++this.elements > MAX_ELEMENTS) throw new BodyLimitError("elements");
    if (this.para) {
      this.paraDepth++;
      this.para.open(name, attrs);
      return;
    }
    const top = this.ctx[this.ctx.length - 1];
    let kind: Context = "skip";
    let nesting = top.nesting;
    switch (top.kind) {
      case "root":
        this.root ??= name;
        kind = name === "w:document" ? "document" : "skip";
        break;
      case "document":
        kind = name === "w:body" ? "block" : "skip";
        break;
      case "block":
        if (name === "w:p") {
          this.para = new TreeBuilder({ maxNodes: MAX_PARAGRAPH_NODES, maxTextChars: MAX_PARAGRAPH_CHARS });
          this.para.open(name, attrs);
          this.paraNesting = top.nesting;
          this.paraDepth = 1;
          return;
        }
        kind = name === "w:tbl" ? "table" : BLOCK_WRAPPERS.has(name) ? "block" : "skip";
        break;
      case "table":
        kind = name === "w:tr" ? "row" : BLOCK_WRAPPERS.has(name) ? "table" : "skip";
        break;
      case "row":
        if (name === "w:tc") nesting++;
        kind = name === "w:tc" ? "block" : BLOCK_WRAPPERS.has(name) ? "row" : "skip";
        break;
    }
    this.ctx.push({ kind, nesting });
  }

  close(): void {
    if (this.para) {
      this.para.close();
      if (--this.paraDepth > 0) return;
      const tree = this.para.roots[0];
      this.para = null;
      const p = readParagraph(tree, this.paraNesting, this.styles);
      this.chars += p.text.length;
      if (this.chars > MAX_TEXT_CHARS) throw new BodyLimitError("text");
      this.paragraphs.push(p);
      if (this.paragraphs.length > MAX_PARAGRAPHS) throw new BodyLimitError("paragraphs");
      return;
    }
    this.ctx.pop();
  }

  text(raw: string): void {
    if (!this.sawText && /[^\s]/.test(raw)) this.sawText = true;
    if (this.para) this.para.text(raw);
  }
}
