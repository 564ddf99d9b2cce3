/// <reference types="wps-jsapi" />
/**
 * The fake WPS's comments, sections, page setup and footers (test/host/fake-wps.ts holds the story):
 *
 * - Document.Comments: Add(range, text) anchors a comment on a span of the story (the anchor moves with later
 *   edits like a content control); Item(i) is 1-based; Comment.Author and Initial are writable; Scope is the
 *   commented range, Range the comment's own text; Delete removes it.
 * - Document.Sections: one section unless the test adds more; PageSetup with VBA's numbers (points, WdPaperSize,
 *   OddAndEvenPagesHeaderFooter -1/0, absent on builds that lack it); Footers.Item(1 | 3) a one-paragraph footer
 *   story whose Range takes Text, SetRange, ParagraphFormat.Alignment, Font, and Fields.Add(range, type) (the field
 *   shows its result, "1" for PAGE, in Range.Text).
 *
 * Test code only; no node-only imports (the e2e bundles it for the browser).
 */
import { FakeWpsError, guard, type FakeWpsStats } from "./fake-wps-guard";

export interface FakeWpsComment {
  start: number;
  end: number;
  text: string;
  author: string;
  initial: string;
}

export interface FakeWpsFooter {
  /** Plain text, without field results. */
  text: string;
  fields: { at: number; type: number }[];
  alignment: number;
  fontName: string;
  fontNameAscii: string;
  fontSize: number;
  bold: boolean;
}

export interface FakeWpsSection {
  paperSize: number;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  oddAndEven: number;
  footers: Record<1 | 3, FakeWpsFooter>;
}

/** What the page objects need of the document. */
export interface FakePageHost {
  stats: FakeWpsStats;
  comments: FakeWpsComment[];
  sections: FakeWpsSection[];
  /** false: PageSetup has no OddAndEvenPagesHeaderFooter (older builds). */
  oddEvenFooters: boolean;
  requireWritable(): void;
  checkSpan(start: unknown, end: unknown): void;
  rangeObject(start: number, end: number): unknown;
}

export const COMMENTS = ["Count", "Item", "Add"] as const satisfies readonly (keyof Wps.WpsComments)[];
export const COMMENT = [
  "Author",
  "Initial",
  "Scope",
  "Range",
  "Delete",
] as const satisfies readonly (keyof Wps.WpsComment)[];
export const SECTIONS = ["Count", "Item"] as const satisfies readonly (keyof Wps.WpsSections)[];
export const SECTION = ["PageSetup", "Footers"] as const satisfies readonly (keyof Wps.WpsSection)[];
export const PAGE_SETUP = [
  "PaperSize",
  "TopMargin",
  "BottomMargin",
  "LeftMargin",
  "RightMargin",
  "OddAndEvenPagesHeaderFooter",
] as const satisfies readonly (keyof Wps.WpsPageSetup)[];
export const HEADERS_FOOTERS = ["Count", "Item"] as const satisfies readonly (keyof Wps.WpsHeadersFooters)[];
export const HEADER_FOOTER = ["Range"] as const satisfies readonly (keyof Wps.WpsHeaderFooter)[];
export const FIELDS = ["Count", "Add"] as const satisfies readonly (keyof Wps.WpsFields)[];
export const FIELD = ["Type"] as const satisfies readonly (keyof Wps.WpsField)[];
const FOOTER_RANGE = [
  "Text",
  "Start",
  "End",
  "SetRange",
  "Fields",
  "ParagraphFormat",
  "Font",
] as const satisfies readonly (keyof Wps.WpsRange)[];
const COMMENT_RANGE = ["Text"] as const satisfies readonly (keyof Wps.WpsRange)[];

/** WdPaperSize values (wdPaper10x14 … wdPaperCustom). */
const PAPER_SIZES = new Set(Array.from({ length: 42 }, (_, i) => i));

/** Start and End of a range handed to a method: the fake's own reads, not counted as the host's calls. */
function spanOf(host: FakePageHost, range: unknown, what: string): { start: number; end: number } {
  const gets = host.stats.gets;
  const r = range as { Start?: unknown; End?: unknown } | undefined;
  const start = r?.Start;
  const end = r?.End;
  host.stats.gets = gets;
  if (typeof start !== "number" || typeof end !== "number") throw new FakeWpsError(`${what}: a Range`);
  return { start, end };
}

export function newFooter(): FakeWpsFooter {
  return {
    text: "",
    fields: [],
    alignment: 0,
    fontName: "宋体",
    fontNameAscii: "Times New Roman",
    fontSize: 9,
    bold: false,
  };
}

/** A section as WPS creates a new document: A4, margins 72/72/90/90 pt, empty footers. */
export function newSection(): FakeWpsSection {
  return {
    paperSize: 7,
    topMargin: 72,
    bottomMargin: 72,
    leftMargin: 90,
    rightMargin: 90,
    oddAndEven: 0,
    footers: { 1: newFooter(), 3: newFooter() },
  };
}

/** The footer's text with each field's result ("1" for PAGE; {TYPE n} for others): what a reader sees. */
export function renderFooter(f: FakeWpsFooter, pageText = "1"): string {
  let out = "";
  let at = 0;
  for (const field of [...f.fields].sort((a, b) => a.at - b.at)) {
    out += f.text.slice(at, field.at) + (field.type === 33 ? pageText : `{TYPE ${field.type}}`);
    at = field.at;
  }
  return out + f.text.slice(at);
}

/** Shift comment anchors after the story's [start, end) was replaced by `length` characters. */
export function moveComments(comments: FakeWpsComment[], start: number, end: number, length: number): void {
  const delta = length - (end - start);
  const move = (pos: number) => (pos >= end ? pos + delta : pos > start ? start : pos);
  for (const c of comments) {
    c.start = move(c.start);
    c.end = move(c.end);
  }
}

export function commentsObject(host: FakePageHost): unknown {
  const item = (c: FakeWpsComment) =>
    guard(host, "Comment", COMMENT, ["Author", "Initial"], {
      get Author() {
        return c.author;
      },
      set Author(v: unknown) {
        if (typeof v !== "string") throw new FakeWpsError("Comment.Author: a string");
        host.requireWritable();
        c.author = v;
      },
      get Initial() {
        return c.initial;
      },
      set Initial(v: unknown) {
        if (typeof v !== "string") throw new FakeWpsError("Comment.Initial: a string");
        host.requireWritable();
        c.initial = v;
      },
      get Scope() {
        return host.rangeObject(c.start, c.end);
      },
      get Range() {
        return guard(host, "Range", COMMENT_RANGE, [], { Text: c.text });
      },
      Delete: () => {
        host.requireWritable();
        const i = host.comments.indexOf(c);
        if (i < 0) throw new FakeWpsError("Comment.Delete: the comment was deleted");
        host.comments.splice(i, 1);
      },
    });
  return guard(host, "Comments", COMMENTS, [], {
    get Count() {
      return host.comments.length;
    },
    Item: (index: number) => {
      const sorted = [...host.comments].sort((a, b) => a.start - b.start);
      const c = sorted[index - 1];
      if (!Number.isInteger(index) || !c)
        throw new FakeWpsError(`Comments.Item(${index}): the collection has ${host.comments.length} items`);
      return item(c);
    },
    Add: (range: unknown, text: unknown) => {
      host.requireWritable();
      const { start, end } = spanOf(host, range, "Comments.Add");
      if (typeof text !== "string") throw new FakeWpsError("Comments.Add: the text is a string");
      host.checkSpan(start, end);
      const c: FakeWpsComment = { start, end, text, author: "WPS 用户", initial: "W" };
      host.comments.push(c);
      return item(c);
    },
  });
}

function footerRange(host: FakePageHost, f: FakeWpsFooter): unknown {
  let start = 0;
  let end = f.text.length + 1; // the footer's paragraph mark
  const check = (s: unknown, e: unknown) => {
    if (!Number.isInteger(s) || !Number.isInteger(e) || (s as number) < 0 || (e as number) < (s as number))
      throw new FakeWpsError("Range.SetRange: Start ≤ End, integers");
    if ((e as number) > f.text.length + 1) throw new FakeWpsError("Range.SetRange: outside the footer");
  };
  const format = guard(host, "ParagraphFormat", ["Alignment"], ["Alignment"], {
    get Alignment() {
      return f.alignment;
    },
    set Alignment(v: unknown) {
      if (v !== 0 && v !== 1 && v !== 2 && v !== 3)
        throw new FakeWpsError("Alignment: a WdParagraphAlignment");
      host.requireWritable();
      f.alignment = v;
    },
  });
  const font = guard(
    host,
    "Font",
    ["Name", "NameFarEast", "NameAscii", "Size", "Bold"],
    ["Name", "NameFarEast", "NameAscii", "Size", "Bold"],
    {
      get Bold() {
        return f.bold ? -1 : 0;
      },
      set Bold(v: unknown) {
        if (v !== -1 && v !== 0 && v !== true && v !== false) throw new FakeWpsError("Font.Bold: -1 or 0");
        host.requireWritable();
        f.bold = v === -1 || v === true;
      },
      get Name() {
        return f.fontName;
      },
      set Name(v: string) {
        host.requireWritable();
        f.fontName = v;
        f.fontNameAscii = v;
      },
      get NameFarEast() {
        return f.fontName;
      },
      set NameFarEast(v: string) {
        host.requireWritable();
        f.fontName = v;
      },
      get NameAscii() {
        return f.fontNameAscii;
      },
      set NameAscii(v: string) {
        host.requireWritable();
        f.fontNameAscii = v;
      },
      get Size() {
        return f.fontSize;
      },
      set Size(v: unknown) {
        if (typeof v !== "number" || !(v > 0)) throw new FakeWpsError("Font.Size: points");
        host.requireWritable();
        f.fontSize = v;
      },
    },
  );
  const fields = guard(host, "Fields", FIELDS, [], {
    get Count() {
      return f.fields.length;
    },
    Add: (range: unknown, type: unknown) => {
      host.requireWritable();
      const span = spanOf(host, range, "Fields.Add");
      if (!Number.isInteger(type)) throw new FakeWpsError("Fields.Add: Type is a WdFieldType");
      const at = Math.min(span.start, f.text.length);
      if (span.end > span.start)
        f.text = f.text.slice(0, at) + f.text.slice(Math.min(span.end, f.text.length));
      const field = { at, type: type as number };
      f.fields.push(field);
      return guard(host, "Field", FIELD, [], { Type: field.type });
    },
  });
  return guard(host, "Range", FOOTER_RANGE, ["Text"], {
    get Text() {
      return renderFooter(f) + "\r";
    },
    set Text(v: unknown) {
      if (typeof v !== "string" || /[\r\n]/.test(v))
        throw new FakeWpsError("footer Range.Text: one paragraph of text here");
      host.requireWritable();
      const a = Math.min(start, f.text.length);
      const b = Math.min(end, f.text.length);
      f.text = f.text.slice(0, a) + v + f.text.slice(b);
      const delta = v.length - (b - a);
      f.fields = f.fields
        .filter((x) => x.at <= a || x.at >= b)
        .map((x) => (x.at >= b ? { ...x, at: x.at + delta } : x));
      end = a + v.length;
    },
    get Start() {
      return start;
    },
    get End() {
      return end;
    },
    SetRange: (s: number, e: number) => {
      check(s, e);
      start = s;
      end = e;
    },
    get Fields() {
      return fields;
    },
    get ParagraphFormat() {
      return format;
    },
    get Font() {
      return font;
    },
  });
}

export function sectionsObject(host: FakePageHost): unknown {
  const pageSetup = (s: FakeWpsSection) => {
    const members = host.oddEvenFooters
      ? PAGE_SETUP
      : PAGE_SETUP.filter((m) => m !== "OddAndEvenPagesHeaderFooter");
    const points = (name: string, v: unknown) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1584)
        throw new FakeWpsError(`PageSetup.${name}: points (0–1584)`);
      host.requireWritable();
      return v;
    };
    return guard(host, "PageSetup", members, members, {
      get PaperSize() {
        return s.paperSize;
      },
      set PaperSize(v: unknown) {
        if (!Number.isInteger(v) || !PAPER_SIZES.has(v as number))
          throw new FakeWpsError("PageSetup.PaperSize: a WdPaperSize");
        host.requireWritable();
        s.paperSize = v as number;
      },
      get TopMargin() {
        return s.topMargin;
      },
      set TopMargin(v: unknown) {
        s.topMargin = points("TopMargin", v);
      },
      get BottomMargin() {
        return s.bottomMargin;
      },
      set BottomMargin(v: unknown) {
        s.bottomMargin = points("BottomMargin", v);
      },
      get LeftMargin() {
        return s.leftMargin;
      },
      set LeftMargin(v: unknown) {
        s.leftMargin = points("LeftMargin", v);
      },
      get RightMargin() {
        return s.rightMargin;
      },
      set RightMargin(v: unknown) {
        s.rightMargin = points("RightMargin", v);
      },
      get OddAndEvenPagesHeaderFooter() {
        return s.oddAndEven;
      },
      set OddAndEvenPagesHeaderFooter(v: unknown) {
        if (v !== -1 && v !== 0 && v !== true && v !== false)
          throw new FakeWpsError("OddAndEvenPagesHeaderFooter: -1 or 0");
        host.requireWritable();
        s.oddAndEven = v === -1 || v === true ? -1 : 0;
      },
    });
  };
  const section = (s: FakeWpsSection) =>
    guard(host, "Section", SECTION, [], {
      get PageSetup() {
        return pageSetup(s);
      },
      get Footers() {
        return guard(host, "HeadersFooters", HEADERS_FOOTERS, [], {
          Count: 3,
          Item: (index: number) => {
            if (index !== 1 && index !== 3)
              throw new FakeWpsError(`Footers.Item(${index}): 1 (primary) or 3 (even pages) are simulated`);
            const f = s.footers[index];
            return guard(host, "HeaderFooter", HEADER_FOOTER, [], {
              get Range() {
                return footerRange(host, f);
              },
            });
          },
        });
      },
    });
  return guard(host, "Sections", SECTIONS, [], {
    get Count() {
      return host.sections.length;
    },
    Item: (index: number) => {
      const s = host.sections[index - 1];
      if (!Number.isInteger(index) || !s)
        throw new FakeWpsError(
          `Sections.Item(${index}): the collection has ${host.sections.length} items (1-based)`,
        );
      return section(s);
    },
  });
}
