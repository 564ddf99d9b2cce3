/// <reference types="wps-jsapi" />
/**
 * A fake WPS文字 object model (window.Application), good enough to run src/host/wps in Node:
 *
 * - a story of paragraphs, each ending with its paragraph mark "\r"; positions are UTF-16 code units of the
 *   story, like VBA's Range.Start/End; collections are 1-based and Item(0) or Item(Count + 1) throws;
 * - every object is a Proxy that allows exactly the members listed below, and each list is checked against
 *   the wps-jsapi typings at compile time (`satisfies … keyof Wps.…`): a member WPS does not document throws,
 *   a read-only member refuses a write; every property read, write and method call is counted;
 * - Range.Text replaces the text (inserting "\r" splits a paragraph; the new paragraphs take the facts of the
 *   one they were split from); the final paragraph mark cannot be replaced, nothing goes after it;
 * - a read-only document refuses every change; content controls can be switched off (older WPS builds);
 * - fonts are per paragraph, with character-level overlays where a range inside a paragraph got its own font
 *   (a run-in heading's sentence); a range over mixed values reads "" (names) or 9999999 (size, bold), as in
 *   VBA; Font.Name set to an East Asian font sets East Asian and Latin text, a Latin font only Latin text;
 * - comments, TrackRevisions (every change made while it is on is recorded in `revisions`), sections with
 *   page setup and footers with fields: test/host/fake-wps-page.ts.
 *
 * Test code only.
 */
import type * as api from "../../src/host/wps/api";
import { FakeWpsError, guard, type FakeWpsStats } from "./fake-wps-guard";
import {
  commentsObject,
  moveComments,
  newSection,
  sectionsObject,
  type FakeWpsComment,
  type FakeWpsSection,
} from "./fake-wps-page";

export { FakeWpsError, type FakeWpsStats } from "./fake-wps-guard";
export { renderFooter, type FakeWpsComment, type FakeWpsFooter, type FakeWpsSection } from "./fake-wps-page";

export interface FakeWpsFacts {
  style: string;
  outlineLevel: number;
  alignment: number;
  firstLineIndent: number;
  /** First-line indent in characters (0: the points in firstLineIndent apply). */
  charFirstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  lineSpacingRule: number;
  spaceBefore: number;
  spaceAfter: number;
  /** The East Asian font. */
  fontName: string;
  fontNameAscii: string;
  fontSize: number;
  bold: boolean;
  inTable: boolean;
}

export interface FakeWpsParagraphInput extends Partial<FakeWpsFacts> {
  text: string;
}

export interface FakeWpsControl {
  start: number;
  end: number;
  tag: string;
  title: string;
  type: number;
}

/** Character formats a range inside a paragraph carries. */
type CharFacts = Partial<Pick<FakeWpsFacts, "fontName" | "fontNameAscii" | "fontSize" | "bold">>;

export interface FakeWpsOverlay {
  start: number;
  end: number;
  facts: CharFacts;
}

/** A change made while TrackRevisions was on. */
export interface FakeWpsRevision {
  start: number;
  deleted: string;
  inserted: string;
}

/** What a range over mixed values reads (VBA's wdUndefined). */
const MIXED = 9_999_999;

/** East Asian font names (Font.Name = one of these sets East Asian and Latin text). */
const EAST_ASIAN_FONT = /[\u3400-\u9fff]|_GB2312|^(SimSun|SimHei|FangSong|KaiTi|NSimSun|Microsoft YaHei)$/;

const DEFAULT_FACTS: FakeWpsFacts = {
  style: "正文",
  outlineLevel: 10,
  alignment: 3,
  firstLineIndent: 0,
  charFirstLineIndent: 0,
  leftIndent: 0,
  lineSpacing: 12,
  lineSpacingRule: 0,
  spaceBefore: 0,
  spaceAfter: 0,
  fontName: "宋体",
  fontNameAscii: "Times New Roman",
  fontSize: 10.5,
  bold: false,
  inTable: false,
};

// ---- the members the fake allows, each checked against the typings ----

const APPLICATION = [
  "ActiveDocument",
  "Selection",
  "Build",
] as const satisfies readonly (keyof Wps.WpsApplication)[];
const DOCUMENT = [
  "Paragraphs",
  "Variables",
  "ContentControls",
  "ReadOnly",
  "Saved",
  "Range",
  "Save",
  "Comments",
  "TrackRevisions",
  "Sections",
] as const satisfies readonly (keyof Wps.WpsDocument)[];
const PARAGRAPHS = ["Count", "Item"] as const satisfies readonly (keyof Wps.WpsParagraphs)[];
const PARAGRAPH = ["Range", "OutlineLevel", "Style"] as const satisfies readonly (keyof Wps.WpsParagraph)[];
const RANGE = [
  "Text",
  "Start",
  "End",
  "Font",
  "ParagraphFormat",
  "Style",
  "Information",
  "Select",
  "SetRange",
  "Fields",
] as const satisfies readonly (keyof Wps.WpsRange)[];
const FONT = [
  "Name",
  "NameFarEast",
  "NameAscii",
  "Size",
  "Bold",
] as const satisfies readonly (keyof Wps.WpsFont)[];
const PARAGRAPH_FORMAT = [
  "Alignment",
  "FirstLineIndent",
  "CharacterUnitFirstLineIndent",
  "LeftIndent",
  "LineSpacing",
  "LineSpacingRule",
  "SpaceBefore",
  "SpaceAfter",
] as const satisfies readonly (keyof Wps.WpsParagraphFormat)[];
const STYLE = ["NameLocal"] as const satisfies readonly (keyof Wps.WpsStyle)[];
const CONTROLS = ["Count", "Item", "Add"] as const satisfies readonly (keyof Wps.WpsContentControls)[];
const CONTROL = ["Tag", "Title", "Range"] as const satisfies readonly (keyof Wps.WpsContentControl)[];
const VARIABLES = ["Count", "Item", "Add"] as const satisfies readonly (keyof Wps.WpsVariables)[];
const VARIABLE = ["Name", "Value", "Delete"] as const satisfies readonly (keyof Wps.WpsVariable)[];
const SELECTION = ["Start", "End", "Text", "Range"] as const satisfies readonly (keyof Wps.WpsSelection)[];

// ---- the host's narrow interfaces (src/host/wps/api.ts) name only members the typings have ----

type Extra<Narrow, Typed> = Exclude<keyof Narrow, keyof Typed>;
type NoExtra<T extends never> = T;
export type HostMembersInTypings = [
  NoExtra<Extra<api.WpsApplicationApi, Wps.WpsApplication>>,
  NoExtra<Extra<api.WpsDocumentApi, Wps.WpsDocument>>,
  NoExtra<Extra<api.WpsParagraphsApi, Wps.WpsParagraphs>>,
  NoExtra<Extra<api.WpsParagraphApi, Wps.WpsParagraph>>,
  NoExtra<Extra<api.WpsRangeApi, Wps.WpsRange>>,
  NoExtra<Extra<api.WpsFontApi, Wps.WpsFont>>,
  NoExtra<Extra<api.WpsParagraphFormatApi, Wps.WpsParagraphFormat>>,
  NoExtra<Extra<api.WpsStyleApi, Wps.WpsStyle>>,
  NoExtra<Extra<api.WpsContentControlsApi, Wps.WpsContentControls>>,
  NoExtra<Extra<api.WpsContentControlApi, Wps.WpsContentControl>>,
  NoExtra<Extra<api.WpsVariablesApi, Wps.WpsVariables>>,
  NoExtra<Extra<api.WpsVariableApi, Wps.WpsVariable>>,
  NoExtra<Extra<api.WpsSelectionApi, Wps.WpsSelection>>,
  NoExtra<Extra<api.WpsCommentsApi, Wps.WpsComments>>,
  NoExtra<Extra<api.WpsCommentApi, Wps.WpsComment>>,
  NoExtra<Extra<api.WpsSectionsApi, Wps.WpsSections>>,
  NoExtra<Extra<api.WpsSectionApi, Wps.WpsSection>>,
  NoExtra<Extra<api.WpsPageSetupApi, Wps.WpsPageSetup>>,
  NoExtra<Extra<api.WpsHeadersFootersApi, Wps.WpsHeadersFooters>>,
  NoExtra<Extra<api.WpsHeaderFooterApi, Wps.WpsHeaderFooter>>,
  NoExtra<Extra<api.WpsFieldsApi, Wps.WpsFields>>,
  NoExtra<Extra<api.WpsFieldApi, Wps.WpsField>>,
];

export class FakeWpsDocument {
  story: string;
  facts: FakeWpsFacts[];
  controls: FakeWpsControl[] = [];
  variables: { name: string; value: string }[] = [];
  selection = { start: 0, end: 0 };
  readOnly = false;
  contentControls = true;
  /** Character fonts of ranges inside paragraphs (run-in heading sentences). */
  overlays: FakeWpsOverlay[] = [];
  comments: FakeWpsComment[] = [];
  trackRevisions = false;
  revisions: FakeWpsRevision[] = [];
  sections: FakeWpsSection[] = [newSection()];
  /** false: PageSetup has no OddAndEvenPagesHeaderFooter (a build without odd and even footers). */
  oddEvenFooters = true;
  saveCount = 0;
  selectCount = 0;
  readonly stats: FakeWpsStats = { gets: 0, sets: 0 };
  private startsCache: number[] | null = null;

  constructor(paragraphs: (string | FakeWpsParagraphInput)[]) {
    const input = paragraphs.length === 0 ? [""] : paragraphs;
    const items = input.map((p) => (typeof p === "string" ? { text: p } : p));
    for (const p of items) if (/[\r\n]/.test(p.text)) throw new Error("one line per paragraph");
    this.story = items.map((p) => p.text + "\r").join("");
    this.facts = items.map(({ text: _t, ...facts }) => ({ ...DEFAULT_FACTS, ...facts }));
  }

  texts(): string[] {
    return this.story.slice(0, -1).split("\r");
  }

  /** Start of each paragraph, and the story's length at the end. */
  starts(): number[] {
    if (this.startsCache) return this.startsCache;
    const out = [0];
    for (let i = 0; i < this.story.length; i++) if (this.story[i] === "\r") out.push(i + 1);
    this.startsCache = out;
    return out;
  }

  paragraphAt(pos: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  setSelection(paragraph: number, offset: number, length = 0): void {
    const start = this.starts()[paragraph] + offset;
    this.selection = { start, end: start + length };
  }

  selectionLocation(): { paragraph: number; offset: number; length: number } {
    const p = this.paragraphAt(this.selection.start);
    const start = this.starts()[p];
    return {
      paragraph: p,
      offset: this.selection.start - start,
      length: this.selection.end - this.selection.start,
    };
  }

  requireWritable(): void {
    if (this.readOnly) throw new FakeWpsError("文档为只读 (the document is read-only)");
  }

  checkSpan(start: unknown, end: unknown): void {
    if (!Number.isInteger(start) || !Number.isInteger(end))
      throw new FakeWpsError("Range: Start/End must be integers");
    if ((start as number) < 0 || (end as number) < (start as number) || (end as number) > this.story.length)
      throw new FakeWpsError(`Range(${String(start)}, ${String(end)}) is outside the story`);
  }

  /** Replace [start, end) of the story (Range.Text = …). */
  replace(start: number, end: number, text: string): void {
    this.requireWritable();
    if (typeof text !== "string") throw new FakeWpsError("Range.Text takes a string");
    if (text.includes("\n"))
      throw new FakeWpsError('WPS paragraph marks are "\\r"; "\\n" is a line break, not used');
    if (end >= this.story.length) throw new FakeWpsError("the final paragraph mark cannot be replaced");
    const first = this.paragraphAt(start);
    const removed = (this.story.slice(start, end).match(/\r/g) ?? []).length;
    const added = (text.match(/\r/g) ?? []).length;
    const like = this.facts[first];
    if (this.trackRevisions)
      this.revisions.push({ start, deleted: this.story.slice(start, end), inserted: text });
    this.facts.splice(first + 1, removed, ...Array.from({ length: added }, () => ({ ...like })));
    this.story = this.story.slice(0, start) + text + this.story.slice(end);
    this.startsCache = null;
    const delta = text.length - (end - start);
    const move = (pos: number) => (pos >= end ? pos + delta : pos > start ? start : pos);
    for (const c of [...this.controls, ...this.overlays]) {
      c.start = move(c.start);
      c.end = move(c.end);
    }
    this.overlays = this.overlays.filter((o) => o.end > o.start);
    moveComments(this.comments, start, end, text.length);
    this.selection = { start: move(this.selection.start), end: move(this.selection.end) };
  }

  /** Paragraph indexes a span touches (an empty span: the paragraph it is in). */
  paragraphsOf(start: number, end: number): number[] {
    const a = this.paragraphAt(start);
    const b = end > start ? this.paragraphAt(end - 1) : a;
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }

  /** The fake window.Application. */
  application(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    return guard(this, "Application", APPLICATION, [], {
      get ActiveDocument() {
        return doc.documentObject();
      },
      get Selection() {
        return doc.selectionObject();
      },
      Build: "12.1.0.fake",
    });
  }

  private documentObject(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    // A build without content controls has no such property: reading it gives undefined.
    return guard(this, "Document", DOCUMENT, ["Saved", "TrackRevisions"], {
      get Paragraphs() {
        return doc.paragraphsObject();
      },
      get Variables() {
        return doc.variablesObject();
      },
      get ContentControls() {
        return doc.controlsObject();
      },
      get ReadOnly() {
        return doc.readOnly;
      },
      get Comments() {
        return commentsObject(doc);
      },
      get TrackRevisions() {
        return doc.trackRevisions;
      },
      set TrackRevisions(v: unknown) {
        if (typeof v !== "boolean") throw new FakeWpsError("Document.TrackRevisions: a boolean");
        doc.requireWritable();
        doc.trackRevisions = v;
      },
      get Sections() {
        return sectionsObject(doc);
      },
      Saved: true,
      Range: (start: number, end: number) => {
        doc.checkSpan(start, end);
        return doc.rangeObject(start, end);
      },
      Save: () => {
        doc.requireWritable();
        doc.saveCount++;
      },
    });
  }

  private paragraphsObject(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    return guard(this, "Paragraphs", PARAGRAPHS, [], {
      get Count() {
        return doc.starts().length - 1;
      },
      Item: (index: number) => {
        const count = doc.starts().length - 1;
        if (!Number.isInteger(index) || index < 1 || index > count)
          throw new FakeWpsError(`Paragraphs.Item(${index}): the collection has ${count} items (1-based)`);
        return doc.paragraphObject(index - 1);
      },
    });
  }

  private paragraphObject(i: number): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    const starts = this.starts();
    const start = starts[i];
    const end = starts[i + 1];
    return guard(this, "Paragraph", PARAGRAPH, ["Style"], {
      get Range() {
        return doc.rangeObject(start, end);
      },
      get OutlineLevel() {
        return doc.facts[i].outlineLevel;
      },
      get Style() {
        return doc.styleObject(i);
      },
      set Style(name: unknown) {
        doc.setStyle([i], name);
      },
    });
  }

  private styleObject(i: number): unknown {
    return guard(this, "Style", STYLE, [], { NameLocal: this.facts[i].style });
  }

  setStyle(paragraphs: number[], name: unknown): void {
    this.requireWritable();
    if (typeof name !== "string" || name === "") throw new FakeWpsError("Style: a style name");
    for (const p of paragraphs) {
      this.facts[p].style = name;
      const m = /^标题 ([1-9])$/.exec(name);
      this.facts[p].outlineLevel = m ? Number(m[1]) : 10;
    }
  }

  rangeObject(start0: number, end0: number): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    let start = start0;
    let end = end0;
    let cached: { start: number; end: number; version: string; list: number[] } | null = null;
    const paras = () => {
      if (!cached || cached.start !== start || cached.end !== end || cached.version !== doc.story) {
        cached = { start, end, version: doc.story, list: doc.paragraphsOf(start, end) };
      }
      return cached.list;
    };
    return guard(this, "Range", RANGE, ["Text", "Style"], {
      get Text() {
        return doc.story.slice(start, end);
      },
      set Text(text: string) {
        doc.replace(start, end, text);
        end = start + text.length;
      },
      get Start() {
        return start;
      },
      get End() {
        return end;
      },
      get Font() {
        return doc.fontObject(start, end);
      },
      get ParagraphFormat() {
        return doc.formatObject(paras());
      },
      get Style() {
        return doc.styleObject(paras()[0]);
      },
      set Style(name: unknown) {
        doc.setStyle(paras(), name);
      },
      Information: (type: number) => {
        if (type !== 12) throw new FakeWpsError(`Information(${type}) is not simulated`);
        return doc.facts[paras()[0]].inTable;
      },
      Select: () => {
        doc.selection = { start, end };
        doc.selectCount++;
      },
      SetRange: (s: number, e: number) => {
        doc.checkSpan(s, e);
        start = s;
        end = e;
      },
      get Fields(): unknown {
        throw new FakeWpsError("Fields of the main story are not simulated (only footers')");
      },
    });
  }

  /** The value of a character fact over [start, end): one value, or undefined when mixed. */
  charValue<K extends keyof CharFacts>(start: number, end: number, key: K): FakeWpsFacts[K] | undefined {
    const e = end > start ? end : Math.min(start + 1, this.story.length);
    if (this.overlays.length === 0) {
      const a = this.paragraphAt(start);
      const z = this.paragraphAt(Math.max(start, e - 1));
      if (a === z) return this.facts[a][key];
    }
    const values = new Set<unknown>();
    const overlays = this.overlays.filter((o) => key in o.facts && o.start < e && start < o.end);
    if (overlays.length === 0) {
      for (const p of this.paragraphsOf(start, e)) values.add(this.facts[p][key]);
    } else {
      for (let pos = start; pos < e; pos++) {
        const over = overlays.filter((o) => o.start <= pos && pos < o.end).pop();
        values.add(over ? over.facts[key] : this.facts[this.paragraphAt(pos)][key]);
      }
    }
    return values.size === 1 ? ([...values][0] as FakeWpsFacts[K]) : undefined;
  }

  /** Set character facts on [start, end): whole paragraphs take them, a part of one gets an overlay. */
  setChars(start: number, end: number, facts: CharFacts): void {
    this.requireWritable();
    if (end <= start) return; // an insertion point: nothing to format here
    const starts = this.starts();
    let emptied = false;
    for (const p of this.paragraphsOf(start, end)) {
      const pStart = starts[p];
      const textEnd = starts[p + 1] - 1;
      const a = Math.max(start, pStart);
      const b = Math.min(end, textEnd + 1);
      if (a <= pStart && b >= textEnd) {
        Object.assign(this.facts[p], facts);
        for (const o of this.overlays)
          if (o.start < textEnd + 1 && pStart < o.end) {
            for (const k of Object.keys(facts)) delete o.facts[k as keyof CharFacts];
            emptied = true;
          }
      } else if (b > a) {
        const same = this.overlays.find((o) => o.start === a && o.end === b);
        if (same) Object.assign(same.facts, facts);
        else this.overlays.push({ start: a, end: b, facts: { ...facts } });
      }
    }
    if (emptied) this.overlays = this.overlays.filter((o) => Object.keys(o.facts).length > 0);
  }

  private fontObject(start: number, end: number): unknown {
    const get = <K extends keyof CharFacts>(key: K) => this.charValue(start, end, key);
    const set = (facts: CharFacts) => this.setChars(start, end, facts);
    const name = (v: unknown, what: string) => {
      if (typeof v !== "string" || v === "") throw new FakeWpsError(`Font.${what}: a font name`);
      return v;
    };
    return guard(this, "Font", FONT, [...FONT], {
      get Name() {
        return get("fontName") ?? "";
      },
      set Name(v: unknown) {
        const n = name(v, "Name");
        set(EAST_ASIAN_FONT.test(n) ? { fontName: n, fontNameAscii: n } : { fontNameAscii: n });
      },
      get NameFarEast() {
        return get("fontName") ?? "";
      },
      set NameFarEast(v: unknown) {
        set({ fontName: name(v, "NameFarEast") });
      },
      get NameAscii() {
        return get("fontNameAscii") ?? "";
      },
      set NameAscii(v: unknown) {
        set({ fontNameAscii: name(v, "NameAscii") });
      },
      get Size() {
        return get("fontSize") ?? MIXED;
      },
      set Size(v: unknown) {
        if (typeof v !== "number" || !(v > 0) || v > 1638) throw new FakeWpsError("Font.Size: points");
        set({ fontSize: v });
      },
      get Bold() {
        const b = get("bold");
        return b === undefined ? MIXED : b ? -1 : 0;
      },
      set Bold(v: number | boolean) {
        if (v !== -1 && v !== 0 && v !== true && v !== false) throw new FakeWpsError("Font.Bold: -1 or 0");
        set({ bold: v === -1 || v === true });
      },
    });
  }

  private formatObject(paragraphs: number[]): unknown {
    const f = this.facts[paragraphs[0]];
    const set = (patch: Partial<FakeWpsFacts>) => {
      this.requireWritable();
      for (const p of paragraphs) Object.assign(this.facts[p], patch);
    };
    const num = (name: keyof FakeWpsFacts, v: unknown) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new FakeWpsError(`${name}: a number`);
      set({ [name]: v });
    };
    const target = {
      get Alignment() {
        return f.alignment;
      },
      set Alignment(v: number) {
        num("alignment", v);
      },
      get FirstLineIndent() {
        // character units win (WPS shows them in points at the paragraph's font size)
        return f.charFirstLineIndent !== 0 ? f.charFirstLineIndent * f.fontSize : f.firstLineIndent;
      },
      set FirstLineIndent(v: number) {
        num("firstLineIndent", v);
        set({ charFirstLineIndent: 0 });
      },
      get CharacterUnitFirstLineIndent() {
        return f.charFirstLineIndent;
      },
      set CharacterUnitFirstLineIndent(v: number) {
        num("charFirstLineIndent", v);
      },
      get LeftIndent() {
        return f.leftIndent;
      },
      set LeftIndent(v: number) {
        num("leftIndent", v);
      },
      get LineSpacing() {
        return f.lineSpacing;
      },
      set LineSpacing(v: number) {
        num("lineSpacing", v);
      },
      get LineSpacingRule() {
        return f.lineSpacingRule;
      },
      set LineSpacingRule(v: number) {
        if (!Number.isInteger(v) || v < 0 || v > 5)
          throw new FakeWpsError("LineSpacingRule: a WdLineSpacing (0–5)");
        num("lineSpacingRule", v);
      },
      get SpaceBefore() {
        return f.spaceBefore;
      },
      set SpaceBefore(v: number) {
        num("spaceBefore", v);
      },
      get SpaceAfter() {
        return f.spaceAfter;
      },
      set SpaceAfter(v: number) {
        num("spaceAfter", v);
      },
    };
    return guard(this, "ParagraphFormat", PARAGRAPH_FORMAT, [...PARAGRAPH_FORMAT], target);
  }

  private controlsObject(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    if (!this.contentControls) return undefined;
    return guard(this, "ContentControls", CONTROLS, [], {
      get Count() {
        return doc.controls.length;
      },
      Item: (index: number) => {
        const c = doc.controls[index - 1];
        if (!c) throw new FakeWpsError(`ContentControls.Item(${index}): out of range (1-based)`);
        return doc.controlObject(c);
      },
      Add: (type: number, range: { Start: number; End: number }) => {
        doc.requireWritable();
        if (type !== 0 && type !== 1)
          throw new FakeWpsError("ContentControls.Add: rich text (0) or text (1)");
        if (!range || typeof range.Start !== "number") throw new FakeWpsError("ContentControls.Add: a Range");
        const c: FakeWpsControl = { start: range.Start, end: range.End, tag: "", title: "", type };
        if (doc.paragraphsOf(c.start, c.end).length > 1)
          throw new FakeWpsError("a control spans one paragraph here");
        doc.controls.push(c);
        return doc.controlObject(c);
      },
    });
  }

  private controlObject(c: FakeWpsControl): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    return guard(this, "ContentControl", CONTROL, ["Tag", "Title"], {
      get Tag() {
        return c.tag;
      },
      set Tag(v: string) {
        c.tag = v;
      },
      get Title() {
        return c.title;
      },
      set Title(v: string) {
        c.title = v;
      },
      get Range() {
        return doc.rangeObject(c.start, c.end);
      },
    });
  }

  private variablesObject(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    return guard(this, "Variables", VARIABLES, [], {
      get Count() {
        return doc.variables.length;
      },
      Item: (index: number) => {
        const v = doc.variables[index - 1];
        if (!v) throw new FakeWpsError(`Variables.Item(${index}): out of range (1-based)`);
        return doc.variableObject(v);
      },
      Add: (name: string, value: unknown) => {
        doc.requireWritable();
        if (doc.variables.some((v) => v.name === name)) throw new FakeWpsError(`variable ${name} exists`);
        if (typeof value !== "string" || value.length > 65_280)
          throw new FakeWpsError("variable value too long");
        const v = { name, value };
        doc.variables.push(v);
        return doc.variableObject(v);
      },
    });
  }

  private variableObject(v: { name: string; value: string }): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    return guard(this, "Variable", VARIABLE, ["Value"], {
      get Name() {
        return v.name;
      },
      get Value() {
        return v.value;
      },
      set Value(value: string) {
        doc.requireWritable();
        v.value = value;
      },
      Delete: () => {
        doc.requireWritable();
        doc.variables = doc.variables.filter((x) => x !== v);
      },
    });
  }

  private selectionObject(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the document
    const doc = this;
    return guard(this, "Selection", SELECTION, [], {
      get Start() {
        return doc.selection.start;
      },
      get End() {
        return doc.selection.end;
      },
      get Text() {
        return doc.story.slice(doc.selection.start, doc.selection.end);
      },
      get Range() {
        return doc.rangeObject(doc.selection.start, doc.selection.end);
      },
    });
  }
}
