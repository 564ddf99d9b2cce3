/**
 * A fake `Word` namespace and `Office` object, good enough to run src/host/word.ts in Node:
 *
 * - a document of paragraphs (runs with fonts, paragraph facts, some in table cells), content controls and
 *   a selection, with positions that track edits like Word's ranges do;
 * - RequestContext with a queue: every method call and property set is queued and runs at sync(); sync()
 *   counts round trips (a sync with nothing queued costs nothing, like Office.js); Word.run syncs once more
 *   at the end when something is still queued, like Office.js;
 * - load-before-read: proxies THROW (PropertyNotLoaded) when a property is read before it was loaded and
 *   synced; load() takes Office.js's grammar ("a,b,font/name", arrays, {select}); "items/" is accepted;
 * - search with Word's semantics: matchCase (default false), ^-escapes (^^ ^t ^p ^l ^?), 255-character
 *   limit, wildcards (? * [..] [!..] @ and \ escapes); non-overlapping, left to right;
 * - errors are OfficeExtension.Error-like objects ({ name: "RichApi.Error", code, message }) raised at sync;
 *   a read-only document raises AccessDenied on any change; an API version below a member's requirement
 *   set raises ApiNotFound.
 *
 * Test code only. Install with `installFakeOffice(doc)`.
 */

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  /** East Asian font (w:eastAsia); undefined: the same as `name`. */
  nameFarEast?: string;
  /** Latin font (w:ascii); undefined: the same as `name`. */
  nameAscii?: string;
  italic?: boolean;
  underline?: string;
  color?: string;
  highlightColor?: string | null;
}

export interface FakeRun {
  text: string;
  font: FakeFont;
}

export interface FakeParagraphFacts {
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  isListItem: boolean;
  tableNestingLevel: number;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
}

/** How Word holds a paragraph's line spacing (not visible through Office.js, only in its OOXML). */
export type FakeLineRule = "exact" | "atLeast" | "auto";

export interface FakeParagraph extends FakeParagraphFacts {
  spaceBefore?: number;
  spaceAfter?: number;
  /** The paragraph's numbering comes from its style (switching the style drops it). */
  listFromStyle?: boolean;
  /** The spacing rule (default "exact": the documents the tests build have fixed spacing). */
  lineRule?: FakeLineRule;
  /** Objects in the paragraph that are not text (a 红头 picture, a PAGE field, a footnote reference …). */
  objects?: FakeInlineObject[];
  runs: FakeRun[];
  /** The label automatic list numbering shows (Word.ListItem.listString); absent: not numbered by a list. */
  listString?: string;
}

export type FakeInlineObjectKind =
  "picture" | "field" | "footnote" | "comment" | "shape" | "table" | "trackedChange";

export interface FakeInlineObject {
  kind: FakeInlineObjectKind;
  /** Where the object sits in the text (document positions, moved by edits): a field's result, a
   * footnote reference's number, a tracked change's text. Absent: somewhere in its paragraph. */
  span?: Span;
  /** A tracked change: "Added" or "Deleted" (deleted text is in the paragraph text on the web, #1267). */
  changeType?: "Added" | "Deleted";
}

/** A paragraph style the document defines (built-in ones are implicit). */
export interface FakeStyle {
  name: string;
  basedOn: string;
  lineSpacing?: number;
  lineRule?: FakeLineRule;
  outlineLevel?: number;
}

export interface FakePageSetup {
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  oddAndEvenPagesHeaderFooter: boolean;
}

/** A footer: its paragraphs as text, alignment and the fields in it. */
export interface FakeFooter {
  text: string;
  alignment: string;
  fields: string[];
  fontName?: string;
  fontSize?: number;
}

/** Which Word the fake plays (Office.context.diagnostics.platform and the desktop-only API sets). */
export type FakePlatform = "PC" | "Mac" | "OfficeOnline";

export interface FakeContentControl {
  id: number;
  tag: string;
  title: string;
  placeholderText: string;
  appearance: string;
  range: Span;
}

/** A tracked span of global positions (paragraph texts joined by one mark character each). */
export interface Span {
  start: number;
  end: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const DEFAULT_FONT: FakeFont = { name: "仿宋_GB2312", size: 16, bold: false };

const DEFAULT_FACTS: FakeParagraphFacts = {
  style: "正文",
  styleBuiltIn: "Normal",
  outlineLevel: 10,
  isListItem: false,
  tableNestingLevel: 0,
  alignment: "Justified",
  firstLineIndent: 32,
  leftIndent: 0,
  lineSpacing: 28,
};

const STYLE_NAMES: Record<string, string> = {
  Normal: "正文",
  Title: "标题",
  Heading1: "标题 1",
  Heading2: "标题 2",
  Heading3: "标题 3",
  Heading4: "标题 4",
};

export interface FakeParagraphInput extends Partial<FakeParagraphFacts> {
  text?: string;
  /** A list label (sets isListItem unless given). */
  listString?: string;
  lineRule?: FakeLineRule;
  listFromStyle?: boolean;
  objects?: FakeInlineObject[];
  runs?: { text: string; font?: Partial<FakeFont> }[];
}

/** The document behind the fake. Tests build one, install it, and inspect it after the adapter ran. */
export class FakeDocument {
  paragraphs: FakeParagraph[];
  contentControls: FakeContentControl[] = [];
  selection: Span = { start: 0, end: 0 };
  readOnly = false;
  /** Simulate text Word's search does not see (hidden text, field codes): searches for which this returns true find nothing. */
  searchBlindTo: ((searchText: string) => boolean) | null = null;
  /** Requirement set version of WordApi the fake host supports (members above it raise ApiNotFound). */
  apiVersion = 1.6;
  /** Comments (WordApi 1.4); their spans move with edits like ranges. */
  comments: FakeComment[] = [];
  /** Document.changeTrackingMode (WordApi 1.4). */
  changeTrackingMode = "Off";
  /** Insertions and deletions made while change tracking was on (the fake counts them as revisions). */
  trackedEdits = 0;
  private nextCommentId = 1;
  /** Which Word: WordApiDesktop exists on PC and Mac only; fields are read-only on the web. */
  platform: FakePlatform = "PC";
  /** WordApiDesktop version on PC and Mac (0: none). */
  desktopApiVersion = 1.3;
  /** Read-only or protected view raising GeneralException while document.mode says readWrite (office-js #5484). */
  readOnlyError: "AccessDenied" | "GeneralException" = "AccessDenied";
  /** Styles the document defines besides the built-in ones (imported through OOXML). */
  styles = new Map<string, FakeStyle>();
  pageSetup: FakePageSetup = {
    paperSize: "Letter",
    topMargin: 72,
    bottomMargin: 72,
    leftMargin: 90,
    rightMargin: 90,
    oddAndEvenPagesHeaderFooter: false,
  };
  footers: Record<string, FakeFooter> = {
    Primary: { text: "", alignment: "Left", fields: [] },
    EvenPages: { text: "", alignment: "Left", fields: [] },
    FirstPage: { text: "", alignment: "Left", fields: [] },
  };
  /** Where the cursor is: outside the main text (header, footnote, comment, text box) expandTo with a
   * main-text range throws ItemNotFound, as Word does. */
  selectionStory: "main" | "header" | "footnote" | "comment" | "textBox" = "main";
  /** The last save's behaviour ("Save" when none given). */
  saveBehaviors: string[] = [];
  /** Whether the document was ever saved (a new one has no name or folder). */
  everSaved = true;
  /** Every span the fake handed out; edits move them like Word moves ranges. */
  private tracked = new Set<Span>();
  private nextCcId = 1;

  constructor(paragraphs: (string | FakeParagraphInput)[]) {
    this.paragraphs = paragraphs.map((p) => makeParagraph(typeof p === "string" ? { text: p } : p));
    if (this.paragraphs.length === 0) this.paragraphs.push(makeParagraph({ text: "" }));
    this.track(this.selection);
  }

  texts(): string[] {
    return this.paragraphs.map(paraText);
  }

  private startsCache: number[] | null = null;

  /** Start position of each paragraph and the position after the last one (cached until the next edit). */
  starts(): number[] {
    if (this.startsCache) return this.startsCache;
    const out: number[] = [];
    let pos = 0;
    for (const p of this.paragraphs) {
      out.push(pos);
      pos += paraText(p).length + 1;
    }
    out.push(pos);
    this.startsCache = out;
    return out;
  }

  /** Call after any change of paragraph lengths. */
  changed(): void {
    this.startsCache = null;
  }

  fullText(): string {
    return this.texts().join("\r");
  }

  /** The text of a span (paragraph marks as \r), without building the whole document's text. */
  textOf(span: Span): string {
    const first = this.paragraphAt(span.start);
    const last = this.paragraphAt(span.end);
    const starts = this.starts();
    const parts: string[] = [];
    for (let i = first; i <= last; i++) parts.push(paraText(this.paragraphs[i]));
    const joined = parts.join("\r");
    return joined.slice(span.start - starts[first], span.end - starts[first]);
  }

  /**
   * paragraph.text / range.text as Word returns them: on Mac with U+0005 at the end of each comment's
   * anchor inside the span (office-js #2258); search does not see the mark (it is no text).
   */
  shownText(span: Span): string {
    const text = this.textOf(span);
    if (this.platform !== "Mac" || this.comments.length === 0) return text;
    const marks = this.comments
      .map((c) => c.span.end - span.start)
      .filter((at) => at > 0 && at <= text.length)
      .sort((a, b) => b - a);
    let out = text;
    for (const at of marks) out = out.slice(0, at) + "\u0005" + out.slice(at);
    return out;
  }

  paragraphSpan(index: number): Span {
    const starts = this.starts();
    const start = starts[index];
    return { start, end: start + paraText(this.paragraphs[index]).length };
  }

  /** Index of the paragraph holding position `pos` (a mark belongs to its paragraph). */
  paragraphAt(pos: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  track(span: Span): Span {
    this.tracked.add(span);
    return span;
  }

  /** A comment on a span (Range.insertComment); `authorName` is the user's name, as in Word. */
  addComment(span: Span, content: string, authorName = "作者"): FakeComment {
    const c: FakeComment = {
      id: String(this.nextCommentId++),
      span: this.track({ ...span }),
      content,
      authorName,
    };
    this.comments.push(c);
    return c;
  }

  /** The text each comment is anchored on, with its content. */
  commentsAt(): { text: string; content: string; authorName: string }[] {
    return this.comments.map((c) => ({
      text: this.textOf(c.span),
      content: c.content,
      authorName: c.authorName,
    }));
  }

  /** Put the selection on paragraph `p`, offset `o`, length `l` (a test's "user clicks"). */
  setSelection(p: number, o: number, l = 0): void {
    const start = this.starts()[p] + o;
    this.selection.start = start;
    this.selection.end = start + l;
  }

  /** The selection as paragraph/offset/length, when it lies in one paragraph. */
  selectionLocation(): { paragraph: number; offset: number; length: number } {
    const p = this.paragraphAt(this.selection.start);
    const start = this.starts()[p];
    return {
      paragraph: p,
      offset: this.selection.start - start,
      length: this.selection.end - this.selection.start,
    };
  }

  /** Simulate the user typing: replace a paragraph's text (one run, the first run's font). */
  userSetText(index: number, text: string): void {
    const span = this.paragraphSpan(index);
    this.deleteSpan(span.start, span.end);
    this.insertAt(span.start, text);
  }

  /** Simulate the user typing into a content control: its whole content becomes `text`, inside the control. */
  fillContentControl(cc: FakeContentControl, text: string): void {
    const start = cc.range.start;
    this.deleteSpan(start, cc.range.end);
    this.insertAt(start, text);
    cc.range.start = start;
    cc.range.end = start + text.length;
  }

  ccText(cc: FakeContentControl): string {
    return this.textOf(cc.range);
  }

  // ---- mutations (positions of tracked spans move with the text) ----

  requireWritable(): void {
    if (this.readOnly)
      throw this.readOnlyError === "GeneralException"
        ? new FakeOfficeError("GeneralException", "There was an internal error while processing the request.")
        : new FakeOfficeError("AccessDenied", "The document is read-only.");
  }

  /** Whether WordApiDesktop `version` is there (desktop Word only). */
  hasDesktopApi(version: number): boolean {
    return this.platform !== "OfficeOnline" && this.desktopApiVersion >= version;
  }

  requireDesktopApi(version: number, member: string): void {
    if (!this.hasDesktopApi(version))
      throw new FakeOfficeError("ApiNotFound", `${member} needs WordApiDesktop ${version}.`);
  }

  /** Insert text at a position inside a paragraph (or at its end); "\n"/"\r" start new paragraphs. */
  insertAt(pos: number, text: string): Span {
    if (this.changeTrackingMode !== "Off" && text !== "") this.trackedEdits++;
    const lines = text.split(/\r\n|\r|\n/);
    const start = pos;
    let at = pos;
    lines.forEach((line, i) => {
      if (i > 0) {
        this.splitParagraphAt(at);
        at += 1;
      }
      this.insertInline(at, line);
      at += line.length;
    });
    return { start, end: at };
  }

  private insertInline(pos: number, text: string): void {
    if (text === "") return;
    const pi = this.paragraphAt(pos);
    const para = this.paragraphs[pi];
    let offset = pos - this.starts()[pi];
    // The inserted text takes the font of the character before it (or the first run's).
    let ri = 0;
    for (; ri < para.runs.length; ri++) {
      const len = para.runs[ri].text.length;
      if (offset <= len) break;
      offset -= len;
    }
    if (ri >= para.runs.length) {
      para.runs.push({ text, font: { ...(para.runs[para.runs.length - 1]?.font ?? DEFAULT_FONT) } });
    } else {
      const run = para.runs[ri];
      run.text = run.text.slice(0, offset) + text + run.text.slice(offset);
    }
    this.changed();
    this.shift(pos, text.length);
  }

  private splitParagraphAt(pos: number): void {
    const pi = this.paragraphAt(pos);
    const para = this.paragraphs[pi];
    let offset = pos - this.starts()[pi];
    const head: FakeRun[] = [];
    const tail: FakeRun[] = [];
    for (const run of para.runs) {
      if (offset >= run.text.length) {
        head.push(run);
        offset -= run.text.length;
      } else if (offset <= 0) {
        tail.push(run);
      } else {
        head.push({ text: run.text.slice(0, offset), font: { ...run.font } });
        tail.push({ text: run.text.slice(offset), font: { ...run.font } });
        offset = 0;
      }
    }
    const { runs: _r, ...facts } = para;
    para.runs = head.length ? head : [{ text: "", font: { ...(para.runs[0]?.font ?? DEFAULT_FONT) } }];
    const next: FakeParagraph = {
      ...facts,
      runs: tail.length ? tail : [{ text: "", font: { ...para.runs[para.runs.length - 1].font } }],
    };
    this.paragraphs.splice(pi + 1, 0, next);
    this.changed();
    this.shift(pos, 1);
  }

  /** Insert a whole paragraph before paragraph `index` (index = length: at the end); facts copied from `like`. */
  insertParagraphAt(index: number, text: string, like: FakeParagraph): number {
    const starts = this.starts();
    const pos = index < this.paragraphs.length ? starts[index] : starts[this.paragraphs.length];
    const { runs, ...facts } = like;
    const font = { ...(runs[0]?.font ?? DEFAULT_FONT) };
    // Like Word: a paragraph inserted next to a list item continues the list (numbering inherited).
    this.paragraphs.splice(index, 0, { ...facts, isListItem: like.isListItem, runs: [{ text, font }] });
    this.changed();
    if (index < this.paragraphs.length - 1) this.shift(pos, text.length + 1);
    return index;
  }

  /**
   * Whether inserting an OOXML package whose body has no paragraph (the styles-only package of 排版) leaves
   * an empty paragraph where it was inserted. Not documented either way: set to play a Word that does.
   */
  ooxmlLeavesEmptyParagraph = false;

  /**
   * Word does not always say a paragraph was deleted: onParagraphDeleted is unreliable above ~250 pages
   * (office-js #5400). Set to play such a long document (FakeOffice.userDeleteParagraph fires nothing).
   */
  largeDocument = false;

  /** Remove paragraph `index` with its mark (the user deleted it); tracked spans move like Word's ranges. */
  removeParagraph(index: number): void {
    if (this.paragraphs.length < 2) throw new Error("The fake keeps at least one paragraph.");
    const span = this.paragraphSpan(index);
    const last = index === this.paragraphs.length - 1;
    // The mark before the last paragraph goes with it; any other paragraph takes its own mark.
    const start = last ? span.start - 1 : span.start;
    const end = last ? span.end : span.end + 1;
    this.paragraphs.splice(index, 1);
    this.changed();
    for (const s of this.tracked) {
      s.start = movedByDelete(s.start, start, end);
      s.end = movedByDelete(s.end, start, end);
    }
  }

  /** Delete a span inside one paragraph (the fake does not merge paragraphs). */
  deleteSpan(start: number, end: number): void {
    if (end <= start) return;
    if (this.changeTrackingMode !== "Off") this.trackedEdits++;
    const pi = this.paragraphAt(start);
    const ps = this.starts()[pi];
    const para = this.paragraphs[pi];
    if (end > ps + paraText(para).length) {
      throw new FakeOfficeError("NotImplemented", "The fake cannot delete across paragraphs.");
    }
    let from = start - ps;
    let count = end - start;
    for (const run of para.runs) {
      if (count === 0) break;
      if (from >= run.text.length) {
        from -= run.text.length;
        continue;
      }
      const take = Math.min(count, run.text.length - from);
      run.text = run.text.slice(0, from) + run.text.slice(from + take);
      count -= take;
      from = 0;
    }
    if (para.runs.length > 1) para.runs = para.runs.filter((r) => r.text.length > 0);
    if (para.runs.length === 0) para.runs = [{ text: "", font: { ...DEFAULT_FONT } }];
    this.changed();
    for (const s of this.tracked) {
      s.start = movedByDelete(s.start, start, end);
      s.end = movedByDelete(s.end, start, end);
    }
  }

  /** Apply a font change to the runs covering a span (splitting runs at its edges). */
  setFont(span: Span, patch: Partial<FakeFont>): void {
    const starts = this.starts();
    const first = this.paragraphAt(span.start);
    const last = this.paragraphAt(span.end);
    this.paragraphs.forEach((para, pi) => {
      if (pi < first || pi > last) return;
      const ps = starts[pi];
      const pe = ps + paraText(para).length;
      const a = Math.max(span.start, ps) - ps;
      const b = Math.min(span.end, pe) - ps;
      if (b < a || (b === a && !(span.start === ps && span.end >= pe))) return;
      const out: FakeRun[] = [];
      let pos = 0;
      for (const run of para.runs) {
        const rs = pos;
        const re = pos + run.text.length;
        pos = re;
        const cut = [rs, Math.max(rs, Math.min(re, a)), Math.max(rs, Math.min(re, b)), re];
        for (let k = 0; k < 3; k++) {
          const text = run.text.slice(cut[k] - rs, cut[k + 1] - rs);
          if (!text && !(run.text === "" && k === 1)) continue;
          out.push({ text, font: k === 1 ? { ...run.font, ...patch } : { ...run.font } });
        }
      }
      para.runs = out.length ? out : para.runs;
    });
  }

  addContentControl(span: Span): FakeContentControl {
    const cc: FakeContentControl = {
      id: this.nextCcId++,
      tag: "",
      title: "",
      placeholderText: "",
      appearance: "BoundingBox",
      range: this.track({ ...span }),
    };
    // Keep document order.
    this.contentControls.push(cc);
    this.contentControls.sort((x, y) => x.range.start - y.range.start);
    return cc;
  }

  /**
   * Put an object at a span of paragraph `p` (offset `o`, length `l`): a field (its result is the text
   * there), a footnote reference (its number is the text there), a tracked change. Word's search does not
   * match across a footnote reference (office-js #4401) or a tracked deletion (#5874).
   */
  addInline(
    kind: "field" | "footnote" | "trackedChange",
    p: number,
    o: number,
    l: number,
    changeType?: "Added" | "Deleted",
  ): FakeInlineObject {
    const start = this.starts()[p] + o;
    const obj: FakeInlineObject = { kind, span: this.keepOutside(this.track({ start, end: start + l })) };
    this.placed++;
    if (changeType) obj.changeType = changeType;
    (this.paragraphs[p].objects ??= []).push(obj);
    return obj;
  }

  /** Whether a search match [start, end) crosses something Word's search does not match across. */
  searchBarrier(start: number, end: number): boolean {
    if (this.placed === 0) return false;
    for (const para of this.paragraphs)
      for (const o of para.objects ?? []) {
        if (!o.span) continue;
        const barrier = o.kind === "footnote" || (o.kind === "trackedChange" && o.changeType === "Deleted");
        if (barrier && o.span.start < end && start < o.span.end) return true;
      }
    return false;
  }

  private placed = 0;
  /** Spans that text inserted at their start does not enter (see keepOutside). */
  private marked = new Set<Span>();

  /**
   * Text inserted at this span's start goes before it, as in Word, where a field, a content control and
   * a comment anchor begin with a mark that is a character of their own. Returns the span.
   */
  keepOutside(span: Span): Span {
    this.marked.add(span);
    return span;
  }

  private shift(pos: number, n: number): void {
    for (const s of this.tracked) {
      const collapsed = s.start === s.end;
      if (s.start > pos || (s.start === pos && (collapsed || this.marked.has(s)))) s.start += n;
      if (s.end > pos || (s.end === pos && collapsed)) s.end += n;
    }
  }
}

function movedByDelete(x: number, a: number, b: number): number {
  if (x >= b) return x - (b - a);
  if (x > a) return a;
  return x;
}

function makeParagraph(input: FakeParagraphInput): FakeParagraph {
  const { text, runs, listString, ...facts } = input;
  const merged: FakeParagraphFacts & { listString?: string } = { ...DEFAULT_FACTS, ...facts };
  if (listString !== undefined) {
    merged.listString = listString;
    if (facts.isListItem === undefined) merged.isListItem = true;
  }
  if (facts.styleBuiltIn && !facts.style)
    merged.style = STYLE_NAMES[facts.styleBuiltIn] ?? facts.styleBuiltIn;
  const r: FakeRun[] = runs
    ? runs.map((x) => ({ text: x.text, font: { ...DEFAULT_FONT, ...x.font } }))
    : [{ text: text ?? "", font: { ...DEFAULT_FONT } }];
  return { ...merged, runs: r };
}

export function paraText(p: FakeParagraph): string {
  return p.runs.map((r) => r.text).join("");
}

// ------------------------------------------------------------------------------------------------
// Search

function compileSearch(text: string, options: SearchOptions): RegExp {
  if (text.length === 0) throw new FakeOfficeError("InvalidArgument", "The search string is empty.");
  if (text.length > 255)
    throw new FakeOfficeError("InvalidArgument", "The search string is longer than 255 characters.");
  const flags = options.matchCase ? "g" : "gi";
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  let re = "";
  if (!options.matchWildcards) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== "^") {
        re += esc(c);
        continue;
      }
      const n = text[++i];
      const special: Record<string, string> = {
        "^": "\\^",
        t: "\\t",
        p: "\\r",
        l: "\\v",
        "?": "[^\\r]",
        "#": "\\d",
        $: "[A-Za-z]",
      };
      const key = n === undefined ? "" : n.toLowerCase();
      if (!(key in special))
        throw new FakeOfficeError(
          "InvalidArgument",
          `Invalid special character ^${n ?? ""} in search string.`,
        );
      re += special[key];
    }
    return new RegExp(re, flags);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      re += esc(text[++i] ?? "");
    } else if (c === "?") {
      re += "[^\\r]";
    } else if (c === "*") {
      re += "[^\\r]*?";
    } else if (c === "@") {
      re += "+";
    } else if (c === "[") {
      const close = text.indexOf("]", i + 1);
      if (close < 0) throw new FakeOfficeError("InvalidArgument", "Unbalanced [ in wildcard search.");
      let body = text.slice(i + 1, close);
      const neg = body.startsWith("!");
      if (neg) body = body.slice(1);
      re += `[${neg ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      i = close;
    } else if (c === "^") {
      throw new FakeOfficeError("InvalidArgument", "The fake does not support ^ codes with wildcards.");
    } else if ("{}<>()!".includes(c)) {
      throw new FakeOfficeError("InvalidArgument", `The fake does not support wildcard operator ${c}.`);
    } else {
      re += esc(c);
    }
  }
  return new RegExp(re, flags);
}

interface SearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
}

function searchSpan(doc: FakeDocument, within: Span, text: string, options: SearchOptions = {}): Span[] {
  const re = compileSearch(text, options);
  if (doc.searchBlindTo?.(text)) return [];
  const hay = doc.textOf(within);
  const out: Span[] = [];
  for (const m of hay.matchAll(re)) {
    if (m[0].length === 0) continue;
    const start = within.start + (m.index ?? 0);
    if (doc.searchBarrier(start, start + m[0].length)) continue;
    out.push(doc.track({ start, end: start + m[0].length }));
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Proxies, loading, the request context

type Resolver<T> = () => T;

/** What each proxy kind can load, with the WordApi version that introduced it. */
const PROPS: Record<string, Record<string, number>> = {
  Paragraph: {
    text: 1.1,
    style: 1.1,
    styleBuiltIn: 1.3,
    outlineLevel: 1.1,
    isListItem: 1.3,
    tableNestingLevel: 1.3,
    alignment: 1.1,
    firstLineIndent: 1.1,
    leftIndent: 1.1,
    lineSpacing: 1.1,
    spaceBefore: 1.1,
    spaceAfter: 1.1,
    uniqueLocalId: 1.6,
    isLastParagraph: 1.3,
  },
  Range: { text: 1.1, style: 1.1, styleBuiltIn: 1.3, isEmpty: 1.3 },
  Body: { text: 1.1, style: 1.1 },
  ContentControl: { text: 1.1, tag: 1.1, title: 1.1, placeholderText: 1.1, appearance: 1.1, id: 1.1 },
  Font: {
    name: 1.1,
    size: 1.1,
    bold: 1.1,
    italic: 1.1,
    underline: 1.1,
    color: 1.1,
    highlightColor: 1.1,
    nameFarEast: 100,
    nameAscii: 100,
  },
  Style: { nameLocal: 1.5, builtIn: 1.5, type: 1.5 },
  PageSetup: {
    paperSize: 100,
    topMargin: 100,
    bottomMargin: 100,
    leftMargin: 100,
    rightMargin: 100,
    oddAndEvenPagesHeaderFooter: 100,
  },
  Footer: { text: 1.1, alignment: 1.1 },
  ListItem: { listString: 1.3, level: 1.3 },
  Comment: { content: 1.4, authorName: 1.4, id: 1.4, resolved: 1.4 },
  TrackedChange: { text: 1.6, type: 1.6, author: 1.6 },
  Document: { changeTrackingMode: 1.4 },
};

/** Navigation properties each proxy kind can load through (font/name, listItemOrNullObject/listString). */
const NAVIGATION: Record<string, string[]> = {
  Paragraph: ["font", "listItemOrNullObject"],
  Range: ["font"],
  Body: ["font"],
  ContentControl: ["font"],
};

/** Members of WordApiDesktop 1.3 (marked 100 above): checked against the platform, not apiVersion. */
const DESKTOP_13 = 100;

const SETTABLE: Record<string, string[]> = {
  Paragraph: [
    "spaceBefore",
    "spaceAfter",
    "style",
    "styleBuiltIn",
    "outlineLevel",
    "alignment",
    "firstLineIndent",
    "leftIndent",
    "lineSpacing",
  ],
  Range: ["style", "styleBuiltIn"],
  ContentControl: ["tag", "title", "placeholderText", "appearance"],
  Font: [
    "name",
    "size",
    "bold",
    "italic",
    "underline",
    "color",
    "highlightColor",
    "nameFarEast",
    "nameAscii",
  ],
  PageSetup: [
    "paperSize",
    "topMargin",
    "bottomMargin",
    "leftMargin",
    "rightMargin",
    "oddAndEvenPagesHeaderFooter",
  ],
  Footer: ["alignment"],
  Document: ["changeTrackingMode"],
};

/** Parse Office.js load options into scalar properties and navigation (font/name). */
function parseLoad(spec: unknown): { scalars: string[]; nav: Record<string, string[]> } {
  let list: string[] = [];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec.flatMap((s: string) => s.split(","));
  else if (spec && typeof spec === "object" && "select" in spec) {
    const sel = (spec as { select: string | string[] }).select;
    list = Array.isArray(sel) ? sel : sel.split(",");
  } else if (spec === undefined) list = [];
  const scalars: string[] = [];
  const nav: Record<string, string[]> = {};
  for (let raw of list) {
    raw = raw.trim();
    if (!raw) continue;
    if (raw.startsWith("items/")) raw = raw.slice(6);
    const parts = raw.split("/");
    if (parts.length === 1) scalars.push(parts[0]);
    else (nav[parts[0]] ??= []).push(parts.slice(1).join("/"));
  }
  return { scalars, nav };
}

export interface FakeStats {
  /** Round trips (syncs that had queued work), all contexts. */
  syncs: number;
  /** Calls of context.sync(), including empty ones. */
  syncCalls: number;
  runs: number;
  /** load() calls (collections count once). */
  loads: number;
  /** Queued actions executed (a rough measure of a batch's size). */
  actions: number;
}

export class FakeContext {
  readonly document: FakeDocumentProxy;
  queue: (() => void)[] = [];
  constructor(
    readonly fake: FakeOffice,
    readonly doc: FakeDocument,
  ) {
    this.document = new FakeDocumentProxy(this);
  }

  enqueue(action: () => void): void {
    this.queue.push(action);
  }

  /** Set when the Word.run that made this context finished: Office.js objects of it are then invalid. */
  finished = false;

  async sync<T>(passThrough?: T): Promise<T | undefined> {
    this.fake.stats.syncCalls++;
    if (this.finished) {
      this.queue = [];
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The request context of a finished Word.run cannot be used; pass the object to Word.run.",
      );
    }
    if (this.queue.length === 0) return passThrough;
    this.fake.stats.syncs++;
    const queue = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (this.fake.failNextSync) {
      const e = this.fake.failNextSync;
      this.fake.failNextSync = null;
      throw e;
    }
    for (const action of queue) {
      this.fake.stats.actions++;
      action();
    }
    return passThrough;
  }
}

abstract class ProxyBase<T> {
  /** Set when the action that creates this object runs at sync. */
  _value: T | null | undefined = undefined;
  _loaded: Record<string, unknown> | null = null;
  _isNull: boolean | undefined = undefined;
  constructor(
    readonly context: FakeContext,
    readonly _kind: string,
    resolve: Resolver<T | null> | null,
  ) {
    if (resolve) context.enqueue(() => this._set(resolve()));
  }

  _set(v: T | null): void {
    this._value = v;
    this._isNull = v === null;
  }

  _get(): T {
    if (this._value === undefined)
      throw new FakeOfficeError("InvalidObjectPath", `${this._kind} was used before it existed.`);
    if (this._value === null) throw new FakeOfficeError("ItemNotFound", `${this._kind} is a null object.`);
    return this._value;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined || this._loaded === null) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `isNullObject of ${this._kind} read before load and sync.`,
      );
    }
    return this._isNull;
  }

  _read(prop: string): unknown {
    if (!this._loaded || !(prop in this._loaded)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this._kind} is not available. Load it and call context.sync() before reading it.`,
      );
    }
    return this._loaded[prop];
  }

  _write(prop: string, value: unknown): void {
    if (!SETTABLE[this._kind]?.includes(prop))
      throw new Error(`${this._kind}.${prop} is read-only in the fake.`);
    this.context.enqueue(() => {
      if ((PROPS[this._kind] ?? {})[prop] === DESKTOP_13)
        this.context.doc.requireDesktopApi(1.3, `${this._kind}.${prop}`);
      this.context.doc.requireWritable();
      this._apply(prop, value);
    });
  }

  /** Snapshot properties at sync time. */
  _snapshot(spec: unknown): void {
    const { scalars, nav } = parseLoad(spec);
    const table = PROPS[this._kind] ?? {};
    const doc = this.context.doc;
    const out: Record<string, unknown> = this._loaded ?? {};
    if (this._value === null) {
      this._loaded = out;
      return;
    }
    const all = scalars.length === 0 && Object.keys(nav).length === 0 ? Object.keys(table) : scalars;
    for (const prop of all) {
      if (prop === "$none") continue;
      if (!(prop in table))
        throw new FakeOfficeError("InvalidArgument", `${this._kind} has no property '${prop}'.`);
      if (table[prop] === DESKTOP_13) doc.requireDesktopApi(1.3, `${this._kind}.${prop}`);
      else if (table[prop] > doc.apiVersion)
        throw new FakeOfficeError("ApiNotFound", `${this._kind}.${prop} needs WordApi ${table[prop]}.`);
      out[prop] = this._property(prop);
    }
    for (const [name, sub] of Object.entries(nav)) {
      if (!NAVIGATION[this._kind]?.includes(name))
        throw new FakeOfficeError("InvalidArgument", `${this._kind} has no navigation '${name}'.`);
      const target = (this as unknown as Record<string, ProxyBase<unknown>>)[name];
      target._snapshot(sub.join(","));
    }
    this._loaded = out;
  }

  load(spec?: unknown): this {
    this.context.fake.stats.loads++;
    this.context.enqueue(() => this._snapshot(spec));
    return this;
  }

  abstract _property(prop: string): unknown;
  _apply(prop: string, _value: unknown): void {
    throw new Error(`${this._kind}.${prop} cannot be set`);
  }
}

/** Things with a span in the document: Range, Paragraph, Body, ContentControl. */
abstract class SpanProxy<T> extends ProxyBase<T> {
  abstract _span(): Span;
  private _fontProxy: FakeFontProxy | null = null;

  get font(): FakeFontProxy {
    this._fontProxy ??= new FakeFontProxy(this.context, () => this._span());
    return this._fontProxy;
  }

  get text(): string {
    return this._read("text") as string;
  }

  _textOf(): string {
    const s = this._span();
    return this.context.doc.textOf(s);
  }

  _range(make: () => Span | null): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const s = make();
      return s === null ? null : this.context.doc.track(s);
    });
  }

  getRange(location: string = "Whole"): FakeRangeProxy {
    return this._range(() => {
      const s = this._span();
      switch (location) {
        case "Whole":
        case "Content":
          return { ...s };
        case "Start":
        case "Before":
          return { start: s.start, end: s.start };
        case "End":
          return { start: s.end, end: s.end };
        case "After":
          return { start: s.end + 1, end: s.end + 1 };
        default:
          throw new FakeOfficeError("InvalidArgument", `Bad range location ${location}`);
      }
    });
  }

  /** Range.insertComment (WordApi 1.4): a comment on this span. */
  insertComment(content: string): FakeCommentProxy {
    return new FakeCommentProxy(this.context, () => {
      const doc = this.context.doc;
      if (doc.apiVersion < 1.4) throw new FakeOfficeError("ApiNotFound", "insertComment needs WordApi 1.4.");
      doc.requireWritable();
      return doc.addComment(this._span(), content);
    });
  }

  /** getComments (WordApi 1.4): the comments overlapping this span (all of them for the body). */
  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(this.context, () => {
      const doc = this.context.doc;
      if (doc.apiVersion < 1.4) throw new FakeOfficeError("ApiNotFound", "getComments needs WordApi 1.4.");
      const s = this._span();
      return (
        doc.comments
          // Overlapping this span; a collapsed span also finds the comments it touches.
          .filter((c) =>
            s.start === s.end
              ? c.span.start <= s.end && c.span.end >= s.start
              : c.span.start < s.end && c.span.end > s.start,
          )
          .map((c) => {
            const proxy = new FakeCommentProxy(this.context, null);
            proxy._set(c);
            return proxy;
          })
      );
    });
  }

  search(text: string, options: SearchOptions = {}): FakeRangeCollection {
    return new FakeRangeCollection(this.context, () =>
      searchSpan(this.context.doc, this._span(), text, options).map((s) =>
        FakeRangeProxy.resolved(this.context, s),
      ),
    );
  }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => {
      const s = this._span();
      const doc = this.context.doc;
      const first = doc.paragraphAt(s.start);
      const last = doc.paragraphAt(s.end);
      const out: FakeParagraphProxy[] = [];
      for (let i = first; i <= last; i++) out.push(FakeParagraphProxy.resolved(this.context, i));
      return out;
    });
  }

  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => {
      const s = this._span();
      return (
        this.context.doc.contentControls
          // Inside the span, or crossing one of its edges (not a control the span lies inside).
          .filter(
            (cc) =>
              (cc.range.start >= s.start && cc.range.end <= s.end) ||
              (cc.range.start < s.end &&
                s.start < cc.range.end &&
                !(cc.range.start <= s.start && s.end <= cc.range.end)),
          )
          .map((cc) => FakeContentControlProxy.resolved(this.context, cc))
      );
    });
  }

  insertText(text: string, location: string): FakeRangeProxy {
    return this._range(() => {
      const doc = this.context.doc;
      doc.requireWritable();
      const s = this._span();
      switch (location) {
        case "Replace": {
          const start = s.start;
          doc.deleteSpan(s.start, s.end);
          return doc.insertAt(start, text);
        }
        case "Start":
        case "Before":
          return doc.insertAt(s.start, text);
        case "End":
        case "After":
          return doc.insertAt(s.end, text);
        default:
          throw new FakeOfficeError("InvalidArgument", `Bad insert location ${location}`);
      }
    });
  }

  insertParagraph(text: string, location: string): FakeParagraphProxy {
    return new FakeParagraphProxy(this.context, () => {
      const doc = this.context.doc;
      doc.requireWritable();
      if (/[\r\n]/.test(text))
        throw new FakeOfficeError(
          "InvalidArgument",
          "insertParagraph text must be one paragraph in the fake.",
        );
      const s = this._span();
      let index: number;
      if (location === "Before" || location === "Start") {
        const at = this._kind === "Body" && location === "Start" ? 0 : doc.paragraphAt(s.start);
        if (this._kind !== "Body" && this._kind !== "Paragraph" && location === "Start") {
          throw new FakeOfficeError("InvalidArgument", "Start is valid on Body only.");
        }
        index = doc.insertParagraphAt(at, text, doc.paragraphs[at]);
      } else if (location === "After" || location === "End") {
        const at =
          this._kind === "Body" && location === "End" ? doc.paragraphs.length - 1 : doc.paragraphAt(s.end);
        index = doc.insertParagraphAt(at + 1, text, doc.paragraphs[at]);
      } else {
        throw new FakeOfficeError("InvalidArgument", `Bad paragraph location ${location}`);
      }
      return index;
    });
  }

  select(mode: string = "Select"): void {
    this.context.enqueue(() => {
      const s = this._span();
      const doc = this.context.doc;
      if (mode === "Start") Object.assign(doc.selection, { start: s.start, end: s.start });
      else if (mode === "End") Object.assign(doc.selection, { start: s.end, end: s.end });
      else Object.assign(doc.selection, { start: s.start, end: s.end });
      this.context.fake.selectCount++;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      this.context.doc.requireWritable();
      const s = this._span();
      this.context.doc.deleteSpan(s.start, s.end);
    });
  }

  /** Only the styles part of a package is taken (document styles win over imported ones, like Word). */
  insertOoxml(ooxml: string, _location: string): FakeRangeProxy {
    return this._range(() => {
      const doc = this.context.doc;
      doc.requireWritable();
      importStyles(doc, ooxml);
      const s = this._span();
      if (doc.ooxmlLeavesEmptyParagraph && !/<w:p[\s>]/.test(ooxml)) {
        const at = doc.starts().findIndex((start) => start >= s.start);
        const index = at < 0 ? doc.paragraphs.length : at;
        doc.insertParagraphAt(index, "", doc.paragraphs[Math.min(index, doc.paragraphs.length - 1)]);
      }
      return { start: s.start, end: s.start };
    });
  }

  get inlinePictures(): FakeObjectCollection {
    return new FakeObjectCollection(this.context, () => this._objects("picture"));
  }
  get fields(): FakeObjectCollection {
    return new FakeObjectCollection(this.context, () => this._objects("field"));
  }
  get tables(): FakeObjectCollection {
    return new FakeObjectCollection(this.context, () => this._objects("table"));
  }
  get shapes(): FakeObjectCollection {
    return new FakeObjectCollection(this.context, () => this._objects("shape"));
  }
  /** footnotes (WordApi 1.5): the footnote references in this span. */
  get footnotes(): FakeObjectCollection {
    return new FakeObjectCollection(this.context, () => {
      if (this.context.doc.apiVersion < 1.5)
        throw new FakeOfficeError("ApiNotFound", "footnotes needs WordApi 1.5.");
      return this._objects("footnote");
    });
  }
  /** getTrackedChanges (WordApi 1.6): the tracked changes in this span, in document order. */
  getTrackedChanges(): FakeTrackedChangeCollection {
    return new FakeTrackedChangeCollection(this.context, () => {
      if (this.context.doc.apiVersion < 1.6)
        throw new FakeOfficeError("ApiNotFound", "getTrackedChanges needs WordApi 1.6.");
      return this._objects("trackedChange")
        .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
        .map((o) => FakeTrackedChangeProxy.resolved(this.context, o));
    });
  }
  /**
   * Objects of a kind in this span: placed ones when they overlap it; the others (somewhere in their
   * paragraph) when the span holds the paragraph's whole text, or for the paragraph and the body.
   */
  _objects(kind: FakeInlineObjectKind): FakeInlineObject[] {
    const s = this._span();
    const doc = this.context.doc;
    const out: FakeInlineObject[] = [];
    for (let i = doc.paragraphAt(s.start); i <= doc.paragraphAt(s.end); i++)
      for (const o of doc.paragraphs[i].objects ?? []) {
        if (o.kind !== kind) continue;
        if (o.span && !(o.span.start < s.end && s.start < o.span.end)) continue;
        if (!o.span && this._kind === "Range") {
          const p = doc.paragraphSpan(i);
          if (!(s.start <= p.start && s.end >= p.end)) continue;
        }
        out.push(o);
      }
    return out;
  }

  insertContentControl(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => {
      this.context.doc.requireWritable();
      return this.context.doc.addContentControl(this._span());
    });
  }
}

export class FakeRangeProxy extends SpanProxy<Span> {
  constructor(context: FakeContext, resolve: Resolver<Span | null> | null) {
    super(context, "Range", resolve);
  }
  static resolved(context: FakeContext, span: Span): FakeRangeProxy {
    const r = new FakeRangeProxy(context, null);
    r._set(span);
    return r;
  }
  _span(): Span {
    return this._get();
  }
  _property(prop: string): unknown {
    const s = this._span();
    if (prop === "text") return this.context.doc.shownText(s);
    if (prop === "isEmpty") return s.start === s.end;
    const p = this.context.doc.paragraphs[this.context.doc.paragraphAt(s.start)];
    return p[prop as keyof FakeParagraphFacts];
  }
  expandTo(other: FakeRangeProxy): FakeRangeProxy {
    return this._range(() => {
      if (this.context.doc.selectionStory !== "main")
        throw new FakeOfficeError("ItemNotFound", "The ranges are not in the same story.");
      const a = this._span();
      const b = other._span();
      return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }
  compareLocationWith(other: FakeRangeProxy): { value: string } {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const a = this._span();
      const b = other._span();
      let rel: string;
      if (a.start === b.start && a.end === b.end) rel = "Equal";
      else if (a.end < b.start) rel = "Before";
      else if (a.end === b.start && a.start < b.start) rel = "AdjacentBefore";
      else if (a.start > b.end) rel = "After";
      else if (a.start === b.end) rel = "AdjacentAfter";
      else if (a.start <= b.start && a.end >= b.end) rel = "Contains";
      else if (a.start >= b.start && a.end <= b.end) rel = "Inside";
      else rel = a.start < b.start ? "OverlapsBefore" : "OverlapsAfter";
      result._value = rel;
    });
    return result;
  }
  /** The story holding the range (Body.type): the selection's story, the main text otherwise. */
  get parentBody(): { type: string; load(p: string): void } {
    const doc = this.context.doc;
    const types = {
      main: "MainDoc",
      header: "Header",
      footnote: "Footnote",
      comment: "Comment",
      textBox: "Shape",
    };
    const out = { type: "", load: (_p: string) => undefined as void };
    this.context.enqueue(() => {
      out.type = types[doc.selectionStory];
    });
    return out;
  }
  get parentTableOrNullObject(): never {
    throw new Error("not in the fake");
  }
}

export class FakeClientResult<T> {
  _value: T | undefined = undefined;
  get value(): T {
    if (this._value === undefined)
      throw new FakeOfficeError("ValueNotLoaded", "ClientResult read before sync.");
    return this._value;
  }
}

export class FakeParagraphProxy extends SpanProxy<number> {
  /** Paragraphs are identified by a tracked span of their start so that they survive insertions before them. */
  private anchor: Span | null = null;
  constructor(context: FakeContext, resolve: Resolver<number | null> | null) {
    super(context, "Paragraph", resolve);
  }
  static resolved(context: FakeContext, index: number): FakeParagraphProxy {
    const p = new FakeParagraphProxy(context, null);
    p._set(index);
    return p;
  }
  override _set(v: number | null): void {
    super._set(v);
    if (v !== null) {
      const start = this.context.doc.starts()[v];
      this.anchor = this.context.doc.track({ start, end: start });
    }
  }
  /** The paragraph's current index (follows insertions and deletions before it). */
  _index(): number {
    this._get();
    return this.context.doc.paragraphAt(this.anchor!.start);
  }
  _para(): FakeParagraph {
    return this.context.doc.paragraphs[this._index()];
  }
  _span(): Span {
    return this.context.doc.paragraphSpan(this._index());
  }
  _property(prop: string): unknown {
    if (prop === "text") return this.context.doc.shownText(this._span());
    if (prop === "uniqueLocalId") return `p-${this._index()}`;
    if (prop === "isLastParagraph") return this._index() === this.context.doc.paragraphs.length - 1;
    return this._para()[prop as keyof FakeParagraphFacts];
  }
  override _apply(prop: string, value: unknown): void {
    const p = this._para() as unknown as Record<string, unknown>;
    if (prop === "lineSpacing") {
      // office-js #2296, #3203: the value is taken as points but Word stores a MULTIPLE (value / 12 lines).
      p.lineSpacing = value;
      p.lineRule = "auto";
      return;
    }
    if (prop === "style") {
      const style = this.context.doc.styles.get(String(value));
      if (style) {
        p.style = style.name;
        p.styleBuiltIn = "Other";
        if (style.lineSpacing !== undefined) {
          p.lineSpacing = style.lineSpacing;
          p.lineRule = style.lineRule ?? "auto";
        }
        p.outlineLevel = style.outlineLevel ?? 10;
        return;
      }
      if (!Object.values(STYLE_NAMES).includes(String(value)))
        throw new FakeOfficeError("InvalidArgument", `No style named ${String(value)}.`);
    }
    if (prop === "styleBuiltIn" && p.isListItem && p.listFromStyle) {
      // Numbering that comes from the paragraph's style goes with it (numbering set on the paragraph stays).
      p.isListItem = false;
    }
    if (prop === "styleBuiltIn") {
      const v = String(value);
      p.styleBuiltIn = v;
      // Word's Heading 1–4 bring their own spacing before/after and a blue colour (the theme's accent).
      const heading = /^Heading[1-4]$/.test(v);
      p.spaceBefore = heading ? 12 : 0;
      p.spaceAfter = heading ? 6 : 0;
      if (heading) this.context.doc.setFont(this._span(), { color: "#2F5496" });
      p.style = STYLE_NAMES[v] ?? v;
      const level = /^Heading(\d)$/.exec(v);
      p.outlineLevel = level ? Number(level[1]) : 10;
      return;
    }
    p[prop] = value;
  }
  get style(): string {
    return this._read("style") as string;
  }
  set style(v: string) {
    this._write("style", v);
  }
  get styleBuiltIn(): string {
    return this._read("styleBuiltIn") as string;
  }
  set styleBuiltIn(v: string) {
    this._write("styleBuiltIn", v);
  }
  get outlineLevel(): number {
    return this._read("outlineLevel") as number;
  }
  set outlineLevel(v: number) {
    this._write("outlineLevel", v);
  }
  get isListItem(): boolean {
    return this._read("isListItem") as boolean;
  }
  get tableNestingLevel(): number {
    return this._read("tableNestingLevel") as number;
  }
  get alignment(): string {
    return this._read("alignment") as string;
  }
  set alignment(v: string) {
    this._write("alignment", v);
  }
  get firstLineIndent(): number {
    return this._read("firstLineIndent") as number;
  }
  set firstLineIndent(v: number) {
    this._write("firstLineIndent", v);
  }
  get leftIndent(): number {
    return this._read("leftIndent") as number;
  }
  set leftIndent(v: number) {
    this._write("leftIndent", v);
  }
  get lineSpacing(): number {
    return this._read("lineSpacing") as number;
  }
  set spaceBefore(v: number) {
    this._write("spaceBefore", v);
  }
  set spaceAfter(v: number) {
    this._write("spaceAfter", v);
  }
  set lineSpacing(v: number) {
    this._write("lineSpacing", v);
  }
  get uniqueLocalId(): string {
    return this._read("uniqueLocalId") as string;
  }
  private _listItem: FakeListItemProxy | null = null;
  /** Word.Paragraph.listItemOrNullObject (WordApi 1.3): a null object when the paragraph has no list label. */
  get listItemOrNullObject(): FakeListItemProxy {
    if (this.context.doc.apiVersion < 1.3)
      throw new FakeOfficeError("ApiNotFound", "Paragraph.listItemOrNullObject needs WordApi 1.3.");
    this._listItem ??= new FakeListItemProxy(this.context, () => this._para());
    return this._listItem;
  }
  /** The paragraph's OOXML (only its pPr: style and spacing, which is what the tests read back). */
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const p = this._para();
      const line = Math.round(p.lineSpacing * 20);
      result._value =
        `<pkg:package><w:document><w:body><w:p><w:pPr><w:pStyle w:val="${p.style}"/>` +
        `<w:spacing w:line="${line}" w:lineRule="${p.lineRule ?? "exact"}"/></w:pPr></w:p></w:body></w:document></pkg:package>`;
    });
    return result;
  }
  /** Paragraph.delete: the paragraph with its mark (SpanProxy's delete would keep an empty paragraph). */
  override delete(): void {
    this.context.enqueue(() => {
      this.context.doc.requireWritable();
      this.context.doc.removeParagraph(this._index());
    });
  }
  detachFromList(): void {
    this.context.enqueue(() => {
      this.context.doc.requireWritable();
      this._para().isListItem = false;
    });
  }
}

/** Word.ListItem as far as the adapter reads it: the label (listString) and the level. */
export class FakeListItemProxy extends ProxyBase<FakeParagraph> {
  constructor(
    context: FakeContext,
    private readonly paraOf: () => FakeParagraph,
  ) {
    super(context, "ListItem", null);
  }
  override _snapshot(spec: unknown): void {
    const para = this.paraOf();
    this._set(para.listString !== undefined ? para : null);
    super._snapshot(spec);
  }
  _property(prop: string): unknown {
    const para = this._get();
    if (prop === "listString") return para.listString;
    if (prop === "level") return 0;
    return undefined;
  }
  get listString(): string {
    return this._read("listString") as string;
  }
}

/** A font change as Word makes it: Font.name set to an East Asian font sets the East Asian and the Latin
 * font; set to a Latin font it sets only the Latin one (East Asian text keeps its font). */
function fontPatch(prop: string, value: unknown): Partial<FakeFont> {
  if (prop === "name") {
    const name = String(value);
    return isEastAsianFontName(name)
      ? { name, nameFarEast: name, nameAscii: name }
      : { name, nameAscii: name };
  }
  if (prop === "nameFarEast") return { nameFarEast: String(value), name: String(value) };
  return { [prop]: value } as Partial<FakeFont>;
}

const EAST_ASIAN_FONTS = /[\u3400-\u9fff]|^(SimSun|SimHei|FangSong|KaiTi|NSimSun|Microsoft YaHei|DengXian)/i;

export function isEastAsianFontName(name: string): boolean {
  return EAST_ASIAN_FONTS.test(name);
}

export class FakeFontProxy extends ProxyBase<Span> {
  constructor(context: FakeContext, span: () => Span) {
    super(context, "Font", null);
    this.spanOf = span;
  }
  private readonly spanOf: () => Span;
  override _get(): Span {
    return this.spanOf();
  }
  override _snapshot(spec: unknown): void {
    this._value = this.spanOf();
    super._snapshot(spec);
  }
  _property(prop: string): unknown {
    const s = this.spanOf();
    const doc = this.context.doc;
    const starts = doc.starts();
    const values = new Set<unknown>();
    const first = doc.paragraphAt(s.start);
    const last = doc.paragraphAt(s.end);
    for (let pi = first; pi <= last; pi++) {
      let pos = starts[pi];
      for (const run of doc.paragraphs[pi].runs) {
        const rs = pos;
        const re = pos + run.text.length;
        pos = re;
        const overlaps = re > s.start && rs < s.end;
        const emptyHit = s.start === s.end && rs <= s.start && s.start <= re;
        if (overlaps || emptyHit || (run.text === "" && rs >= s.start && rs <= s.end)) {
          const f = run.font;
          if (prop === "nameFarEast") values.add(f.nameFarEast ?? f.name);
          else if (prop === "nameAscii") values.add(f.nameAscii ?? f.name);
          else if (prop === "italic") values.add(f.italic ?? false);
          else if (prop === "underline") values.add(f.underline ?? "None");
          else if (prop === "color") values.add(f.color ?? "#000000");
          else if (prop === "highlightColor") values.add(f.highlightColor ?? null);
          else values.add(f[prop as keyof FakeFont]);
        }
      }
    }
    // Word reports mixed formatting as null (bold) or "" / null (name, size).
    if (values.size !== 1) return null;
    return [...values][0];
  }
  override _apply(prop: string, value: unknown): void {
    this.context.doc.setFont(this.spanOf(), fontPatch(prop, value));
  }
  get nameFarEast(): string {
    return this._read("nameFarEast") as string;
  }
  set nameFarEast(v: string) {
    this._write("nameFarEast", v);
  }
  get nameAscii(): string {
    return this._read("nameAscii") as string;
  }
  set nameAscii(v: string) {
    this._write("nameAscii", v);
  }
  get italic(): boolean {
    return this._read("italic") as boolean;
  }
  get underline(): string {
    return this._read("underline") as string;
  }
  get color(): string {
    return this._read("color") as string;
  }
  set color(v: string) {
    this._write("color", v);
  }
  get highlightColor(): string | null {
    return this._read("highlightColor") as string | null;
  }
  get name(): string {
    return this._read("name") as string;
  }
  set name(v: string) {
    this._write("name", v);
  }
  get size(): number {
    return this._read("size") as number;
  }
  set size(v: number) {
    this._write("size", v);
  }
  get bold(): boolean {
    return this._read("bold") as boolean;
  }
  set bold(v: boolean) {
    this._write("bold", v);
  }
}

export class FakeContentControlProxy extends SpanProxy<FakeContentControl> {
  constructor(context: FakeContext, resolve: Resolver<FakeContentControl | null> | null) {
    super(context, "ContentControl", resolve);
  }
  static resolved(context: FakeContext, cc: FakeContentControl): FakeContentControlProxy {
    const p = new FakeContentControlProxy(context, null);
    p._set(cc);
    return p;
  }
  _span(): Span {
    return this._get().range;
  }
  _property(prop: string): unknown {
    const cc = this._get();
    if (prop === "text") return this._textOf();
    return cc[prop as keyof FakeContentControl];
  }
  override _apply(prop: string, value: unknown): void {
    (this._get() as unknown as Record<string, unknown>)[prop] = value;
  }
  get tag(): string {
    return this._read("tag") as string;
  }
  set tag(v: string) {
    this._write("tag", v);
  }
  get title(): string {
    return this._read("title") as string;
  }
  set title(v: string) {
    this._write("title", v);
  }
  get placeholderText(): string {
    return this._read("placeholderText") as string;
  }
  set placeholderText(v: string) {
    if (this.context.doc.platform === "OfficeOnline") {
      // office-js #53, #785, #1515: setting placeholderText throws NotAllowed in Word on the web.
      this.context.enqueue(() => {
        throw new FakeOfficeError("NotAllowed", "The operation is not allowed.");
      });
      return;
    }
    this._write("placeholderText", v);
  }
  get appearance(): string {
    return this._read("appearance") as string;
  }
  set appearance(v: string) {
    this._write("appearance", v);
  }
}

export class FakeBodyProxy extends SpanProxy<true> {
  constructor(context: FakeContext) {
    super(context, "Body", null);
    this._set(true);
  }
  _span(): Span {
    const doc = this.context.doc;
    return { start: 0, end: doc.starts()[doc.paragraphs.length] - 1 };
  }
  _property(prop: string): unknown {
    if (prop === "text") return this._textOf();
    return "正文";
  }
}

abstract class CollectionProxy<I extends ProxyBase<unknown>> extends ProxyBase<I[]> {
  get items(): I[] {
    if (this._loaded === null || this._value === undefined || this._value === null) {
      throw new FakeOfficeError("PropertyNotLoaded", `items of ${this._kind} read before load and sync.`);
    }
    return this._value;
  }
  override _snapshot(spec: unknown): void {
    for (const item of this._get()) item._snapshot(spec);
    this._loaded = {};
  }
  _property(): unknown {
    return undefined;
  }
  protected _child<C>(make: (resolve: Resolver<C | null>) => C, pick: (items: I[]) => C | null): C {
    return make(() => pick(this._get()));
  }
}

export class FakeParagraphCollection extends CollectionProxy<FakeParagraphProxy> {
  constructor(context: FakeContext, resolve: Resolver<FakeParagraphProxy[]>) {
    super(context, "ParagraphCollection", resolve);
  }
  private pick(which: "first" | "last", orNull: boolean): FakeParagraphProxy {
    return new FakeParagraphProxy(this.context, () => {
      const items = this._get();
      const item = which === "first" ? items[0] : items[items.length - 1];
      if (!item) {
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound", "The collection is empty.");
      }
      return item._index();
    });
  }
  getFirst(): FakeParagraphProxy {
    return this.pick("first", false);
  }
  getLast(): FakeParagraphProxy {
    return this.pick("last", false);
  }
  getFirstOrNullObject(): FakeParagraphProxy {
    return this.pick("first", true);
  }
}

export class FakeRangeCollection extends CollectionProxy<FakeRangeProxy> {
  constructor(context: FakeContext, resolve: Resolver<FakeRangeProxy[]>) {
    super(context, "RangeCollection", resolve);
  }
  getFirst(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const first = this._get()[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", "The search found nothing.");
      return first._span();
    });
  }
  getFirstOrNullObject(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => this._get()[0]?._span() ?? null);
  }
}

export class FakeContentControlCollection extends CollectionProxy<FakeContentControlProxy> {
  constructor(context: FakeContext, resolve: Resolver<FakeContentControlProxy[]>) {
    super(context, "ContentControlCollection", resolve);
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () =>
      this._get().filter((c) => c._get().tag === tag),
    );
  }
  getFirst(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => {
      const first = this._get()[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", "No content control.");
      return first._get();
    });
  }
}

export interface FakeComment {
  id: string;
  span: Span;
  content: string;
  authorName: string;
}

export class FakeCommentProxy extends ProxyBase<FakeComment> {
  constructor(context: FakeContext, resolve: Resolver<FakeComment | null> | null) {
    super(context, "Comment", resolve);
  }
  _property(prop: string): unknown {
    const c = this._get();
    if (prop === "resolved") return false;
    return c[prop as "content" | "authorName" | "id"];
  }
  get content(): string {
    return this._read("content") as string;
  }
  get authorName(): string {
    return this._read("authorName") as string;
  }
  get id(): string {
    return this._read("id") as string;
  }
  delete(): void {
    this.context.enqueue(() => {
      const doc = this.context.doc;
      doc.requireWritable();
      const c = this._get();
      doc.comments = doc.comments.filter((x) => x !== c);
    });
  }
}

export class FakeCommentCollection extends CollectionProxy<FakeCommentProxy> {
  constructor(context: FakeContext, resolve: Resolver<FakeCommentProxy[]>) {
    super(context, "CommentCollection", resolve);
  }
}

/** Inline pictures, fields, tables, shapes: only their count matters to the tests. */
export class FakeObjectCollection extends ProxyBase<FakeInlineObject[]> {
  constructor(context: FakeContext, resolve: Resolver<FakeInlineObject[]>) {
    super(context, "ObjectCollection", resolve);
  }
  get items(): FakeInlineObject[] {
    if (this._loaded === null)
      throw new FakeOfficeError("PropertyNotLoaded", "items read before load and sync.");
    return this._get();
  }
  override _snapshot(): void {
    this._loaded = {};
  }
  _property(): unknown {
    return undefined;
  }
}

/** Word.TrackedChange (WordApi 1.6): its text, its type and its range. */
export class FakeTrackedChangeProxy extends SpanProxy<FakeInlineObject> {
  constructor(context: FakeContext, resolve: Resolver<FakeInlineObject | null> | null) {
    super(context, "TrackedChange", resolve);
  }
  static resolved(context: FakeContext, o: FakeInlineObject): FakeTrackedChangeProxy {
    const p = new FakeTrackedChangeProxy(context, null);
    p._set(o);
    return p;
  }
  _span(): Span {
    const o = this._get();
    if (!o.span) throw new FakeOfficeError("NotImplemented", "The fake places a tracked change by its span.");
    return o.span;
  }
  _property(prop: string): unknown {
    if (prop === "type") return this._get().changeType ?? "Added";
    if (prop === "author") return "作者";
    // Word on Mac gives no text for a deletion (office-js #5178).
    if (this.context.doc.platform === "Mac" && this._get().changeType === "Deleted") return "";
    return this.context.doc.textOf(this._span());
  }
  get type(): string {
    return this._read("type") as string;
  }
}

export class FakeTrackedChangeCollection extends CollectionProxy<FakeTrackedChangeProxy> {
  constructor(context: FakeContext, resolve: Resolver<FakeTrackedChangeProxy[]>) {
    super(context, "TrackedChangeCollection", resolve);
  }
}

function importStyles(doc: FakeDocument, ooxml: string): void {
  for (const m of ooxml.matchAll(/<w:style\b[^>]*w:type="paragraph"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[1];
    const name = /<w:name w:val="([^"]+)"/.exec(body)?.[1];
    if (!name || doc.styles.has(name)) continue;
    const basedOn = /<w:basedOn w:val="([^"]+)"/.exec(body)?.[1] ?? "Normal";
    const spacing = /<w:spacing\b[^>]*w:line="(\d+)"[^>]*w:lineRule="(\w+)"/.exec(body);
    const outline = /<w:outlineLvl w:val="(\d)"/.exec(body);
    doc.styles.set(name, {
      name,
      basedOn,
      lineSpacing: spacing ? Number(spacing[1]) / 20 : undefined,
      lineRule: spacing ? (spacing[2] as FakeLineRule) : undefined,
      outlineLevel: outline ? Number(outline[1]) + 1 : undefined,
    });
  }
}

export class FakeStyleProxy extends ProxyBase<FakeStyle | string> {
  constructor(context: FakeContext, resolve: Resolver<FakeStyle | string | null>) {
    super(context, "Style", resolve);
  }
  _property(prop: string): unknown {
    const v = this._get();
    if (prop === "nameLocal") return typeof v === "string" ? v : v.name;
    if (prop === "builtIn") return typeof v === "string";
    return "Paragraph";
  }
  get nameLocal(): string {
    return this._read("nameLocal") as string;
  }
}

export class FakePageSetupProxy extends ProxyBase<FakePageSetup> {
  constructor(context: FakeContext) {
    super(context, "PageSetup", null);
    this._set(context.doc.pageSetup);
  }
  _property(prop: string): unknown {
    return this._get()[prop as keyof FakePageSetup];
  }
  override _apply(prop: string, value: unknown): void {
    (this._get() as unknown as Record<string, unknown>)[prop] = value;
  }
}
for (const prop of SETTABLE.PageSetup) {
  Object.defineProperty(FakePageSetupProxy.prototype, prop, {
    get(this: FakePageSetupProxy) {
      return this._read(prop);
    },
    set(this: FakePageSetupProxy, v: unknown) {
      this._write(prop, v);
    },
  });
}

/** A footer with one paragraph: text, alignment and PAGE fields (shown as {PAGE} in `text`). */
export class FakeFooterProxy extends ProxyBase<FakeFooter> {
  constructor(context: FakeContext, type: string) {
    super(context, "Footer", null);
    const f = context.doc.footers[type];
    if (!f) throw new FakeOfficeError("InvalidArgument", `No footer ${type}.`);
    this._set(f);
  }
  _property(prop: string): unknown {
    return this._get()[prop as keyof FakeFooter];
  }
  override _apply(prop: string, value: unknown): void {
    (this._get() as unknown as Record<string, unknown>)[prop] = value;
  }
  get text(): string {
    return this._read("text") as string;
  }
  set alignment(v: string) {
    this._write("alignment", v);
  }
  clear(): void {
    this.context.enqueue(() => {
      this.context.doc.requireWritable();
      Object.assign(this._get(), { text: "", fields: [] });
    });
  }
  insertParagraph(text: string, _location: "Start" | "End"): FakeFooterParagraph {
    this.context.enqueue(() => {
      this.context.doc.requireWritable();
      this._get().text = text;
    });
    return new FakeFooterParagraph(this);
  }
  insertText(text: string, location: "Start" | "End"): void {
    this.context.enqueue(() => {
      this.context.doc.requireWritable();
      const f = this._get();
      f.text = location === "Start" ? text + f.text : f.text + text;
    });
  }
  /** Range.insertField (WordApi 1.5): fields are largely read-only on the web. */
  insertField(location: "Start" | "End", type: string): void {
    this.context.enqueue(() => {
      const doc = this.context.doc;
      if (doc.apiVersion < 1.5) throw new FakeOfficeError("ApiNotFound", "insertField needs WordApi 1.5.");
      if (doc.platform === "OfficeOnline")
        throw new FakeOfficeError("NotAllowed", "Fields cannot be inserted in Word on the web.");
      doc.requireWritable();
      const f = this._get();
      const code = `{${type.toUpperCase()}}`;
      f.text = location === "Start" ? code + f.text : f.text + code;
      f.fields.push(type);
    });
  }
}

/** The footer's paragraph: alignment, font, text at its end and a field at its end. */
export class FakeFooterParagraph {
  readonly font: { name: string; size: number };
  constructor(private readonly footer: FakeFooterProxy) {
    const f = () => footer._get();
    const ctx = footer.context;
    this.font = {
      set name(v: string) {
        ctx.enqueue(() => void (f().fontName = v));
      },
      set size(v: number) {
        ctx.enqueue(() => void (f().fontSize = v));
      },
    } as { name: string; size: number };
  }
  set alignment(v: string) {
    this.footer.alignment = v;
  }
  insertText(text: string, location: "Start" | "End"): void {
    this.footer.insertText(text, location);
  }
  getRange(_location: "End"): { insertField(location: "Start" | "End", type: string): void } {
    return { insertField: (location, type) => this.footer.insertField(location, type) };
  }
}

export class FakeSectionProxy extends ProxyBase<true> {
  constructor(context: FakeContext) {
    super(context, "Section", null);
    this._set(true);
  }
  _property(): unknown {
    return undefined;
  }
  get pageSetup(): FakePageSetupProxy {
    return new FakePageSetupProxy(this.context);
  }
  getFooter(type: string): FakeFooterProxy {
    return new FakeFooterProxy(this.context, type);
  }
}

export class FakeSectionCollection extends ProxyBase<FakeSectionProxy[]> {
  constructor(context: FakeContext) {
    super(context, "SectionCollection", null);
    this._set([new FakeSectionProxy(context)]);
  }
  get items(): FakeSectionProxy[] {
    if (this._loaded === null)
      throw new FakeOfficeError("PropertyNotLoaded", "items read before load and sync.");
    return this._get();
  }
  override _snapshot(): void {
    this._loaded = {};
  }
  _property(): unknown {
    return undefined;
  }
  getFirst(): FakeSectionProxy {
    return this._get()[0];
  }
}

type Handler = (args: unknown) => unknown;

class FakeEvent {
  constructor(
    private readonly context: FakeContext,
    private readonly handlers: Set<Handler>,
  ) {}
  add(handler: Handler): { context: FakeContext; remove(): void } {
    const ctx = this.context;
    ctx.enqueue(() => {
      if (ctx.doc.apiVersion < 1.6)
        throw new FakeOfficeError("ApiNotFound", "Paragraph events need WordApi 1.6.");
      this.handlers.add(handler);
    });
    return { context: ctx, remove: () => ctx.enqueue(() => void this.handlers.delete(handler)) };
  }
}

export class FakeDocumentProxy extends ProxyBase<true> {
  readonly body: FakeBodyProxy;
  constructor(context: FakeContext) {
    super(context, "Document", null);
    this._set(true);
    this.body = new FakeBodyProxy(context);
  }
  _property(prop: string): unknown {
    return prop === "changeTrackingMode" ? this.context.doc.changeTrackingMode : undefined;
  }
  override _apply(prop: string, value: unknown): void {
    if (prop !== "changeTrackingMode") super._apply(prop, value);
    if (this.context.doc.apiVersion < 1.4)
      throw new FakeOfficeError("ApiNotFound", "changeTrackingMode needs WordApi 1.4.");
    this.context.doc.changeTrackingMode = String(value);
  }
  get changeTrackingMode(): string {
    return this._read("changeTrackingMode") as string;
  }
  set changeTrackingMode(value: string) {
    this._write("changeTrackingMode", value);
  }
  getSelection(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => this.context.doc.track({ ...this.context.doc.selection }));
  }
  get contentControls(): FakeContentControlCollection {
    return this.body.contentControls;
  }
  save(behavior?: string, _fileName?: string): void {
    this.context.enqueue(() => {
      const doc = this.context.doc;
      if (behavior !== undefined && doc.apiVersion < 1.5)
        throw new FakeOfficeError("ApiNotFound", "save(saveBehavior) needs WordApi 1.5.");
      doc.requireWritable();
      doc.saveBehaviors.push(behavior ?? "Save");
      doc.everSaved = true;
      this.context.fake.saves++;
    });
  }
  get sections(): FakeSectionCollection {
    return new FakeSectionCollection(this.context);
  }
  get pageSetup(): FakePageSetupProxy {
    return new FakePageSetupProxy(this.context);
  }
  getStyles(): { getByNameOrNullObject(name: string): FakeStyleProxy } {
    const ctx = this.context;
    return {
      getByNameOrNullObject: (name: string) =>
        new FakeStyleProxy(ctx, () => {
          if (ctx.doc.apiVersion < 1.5)
            throw new FakeOfficeError("ApiNotFound", "getStyles needs WordApi 1.5.");
          return ctx.doc.styles.get(name) ?? (Object.values(STYLE_NAMES).includes(name) ? name : null);
        }),
    };
  }
  get onParagraphChanged(): FakeEvent {
    return new FakeEvent(this.context, this.context.fake.handlers.changed);
  }
  get onParagraphAdded(): FakeEvent {
    return new FakeEvent(this.context, this.context.fake.handlers.added);
  }
  get onParagraphDeleted(): FakeEvent {
    return new FakeEvent(this.context, this.context.fake.handlers.deleted);
  }
}

// ------------------------------------------------------------------------------------------------
// Office and the installer

export interface FakeOfficeOptions {
  host?: string | null;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** Max JSON size of document settings; saveAsync fails above it. */
  settingsLimit?: number;
}

export class FakeOffice {
  stats: FakeStats = { syncs: 0, syncCalls: 0, runs: 0, loads: 0, actions: 0 };
  saves = 0;
  selectCount = 0;
  failNextSync: FakeOfficeError | null = null;
  readonly settings = new Map<string, unknown>();
  /** Settings as last saved with saveAsync (what survives closing the document). */
  savedSettings = new Map<string, unknown>();
  readonly handlers = { changed: new Set<Handler>(), added: new Set<Handler>(), deleted: new Set<Handler>() };
  private maxSyncsInRun = 0;
  constructor(
    public doc: FakeDocument,
    readonly options: FakeOfficeOptions = {},
  ) {}

  /** Reset the counters (call before the operation you measure). */
  resetStats(): void {
    this.stats = { syncs: 0, syncCalls: 0, runs: 0, loads: 0, actions: 0 };
    this.maxSyncsInRun = 0;
  }

  /** Fire the WordApi 1.6 paragraph events as Word would after the user typed. */
  fireParagraphChanged(): void {
    for (const h of this.handlers.changed) void h({ type: "ParagraphChanged" });
  }

  /**
   * Whether Word would say that a paragraph was deleted: not in a long document (office-js #5400,
   * FakeDocument.largeDocument) and not while changes are tracked (#3864: such deletions fire no event).
   */
  deletionAnnounced(): boolean {
    return !this.doc.largeDocument && this.doc.changeTrackingMode === "Off";
  }

  /** The user deletes paragraph `index`; onParagraphDeleted fires when Word would fire it. */
  userDeleteParagraph(index: number): void {
    this.doc.removeParagraph(index);
    if (this.deletionAnnounced()) for (const h of this.handlers.deleted) void h({ type: "ParagraphDeleted" });
  }

  get word() {
    /** Word.run(batch), or Word.run(object, batch): the object's context is used again (the documented way). */
    const run = async <T>(
      first: ((context: FakeContext) => Promise<T>) | FakeContext | { context: FakeContext },
      second?: (context: FakeContext) => Promise<T>,
    ): Promise<T> => {
      this.stats.runs++;
      const reused =
        typeof first === "function" ? null : first instanceof FakeContext ? first : first.context;
      const batch = typeof first === "function" ? first : second!;
      const context = reused ?? new FakeContext(this, this.doc);
      if (reused) reused.finished = false;
      try {
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        context.finished = true;
      }
    };
    return {
      run,
      RequestContext: FakeContext,
      InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
      ErrorCodes: {
        accessDenied: "AccessDenied",
        itemNotFound: "ItemNotFound",
        generalException: "GeneralException",
      },
    };
  }

  get office() {
    const settings = {
      get: (name: string) => (this.settings.has(name) ? structuredClone(this.settings.get(name)) : null),
      set: (name: string, value: unknown) => void this.settings.set(name, structuredClone(value)),
      remove: (name: string) => void this.settings.delete(name),
      saveAsync: (
        callback?: (r: { status: string; error?: { name: string; message: string; code: number } }) => void,
      ) => {
        const size = JSON.stringify([...this.settings]).length;
        const limit = this.options.settingsLimit ?? 2_000_000;
        setTimeout(() => {
          if (size > limit) {
            callback?.({
              status: "failed",
              error: { name: "Settings size", message: "Settings exceed the size limit.", code: 5001 },
            });
          } else {
            this.savedSettings = new Map(this.settings);
            callback?.({ status: "succeeded" });
          }
        }, 0);
      },
    };
    const doc = this.doc;
    const opts = this.options;
    return {
      HostType: { Word: "Word", Excel: "Excel" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: async () => ({ host: opts.host === undefined ? "Word" : opts.host, platform: doc.platform }),
      context: {
        displayLanguage: opts.displayLanguage ?? "zh-CN",
        diagnostics: { platform: doc.platform },
        officeTheme: opts.bodyBackgroundColor ? { bodyBackgroundColor: opts.bodyBackgroundColor } : undefined,
        document: { settings },
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            (name === "WordApi" && Number(version ?? "1.1") <= doc.apiVersion) ||
            (name === "WordApiDesktop" && doc.hasDesktopApi(Number(version ?? "1.1"))),
        },
      },
    };
  }
}

/** Install the fake as globalThis.Word / Office / OfficeExtension; returns it and an uninstall function. */
export function installFakeOffice(
  doc: FakeDocument,
  options: FakeOfficeOptions = {},
): { fake: FakeOffice; uninstall(): void } {
  const fake = new FakeOffice(doc, options);
  const g = globalThis as Record<string, unknown>;
  const before = { Word: g.Word, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Word = fake.word;
  g.Office = fake.office;
  g.OfficeExtension = { Error: FakeOfficeError };
  return {
    fake,
    uninstall() {
      g.Word = before.Word;
      g.Office = before.Office;
      g.OfficeExtension = before.OfficeExtension;
    },
  };
}
