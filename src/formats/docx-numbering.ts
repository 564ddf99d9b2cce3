/**
 * The labels of automatic list numbering in a .docx (word/numbering.xml), computed the way Word shows
 * them, so that a report numbered by a multilevel list (一、 （一） 1.) has its markers in the model
 * (Paragraph.listLabel) although they are not in the text (ECMA-376 Part 1, 17.9).
 *
 * - A paragraph is numbered by its own w:numPr or by its style's (through w:basedOn); w:numId 0 turns
 *   numbering off. Without w:ilvl the level is the one whose w:pStyle names the paragraph's style, else 0.
 * - w:num points to a w:abstractNum; an abstractNum with w:numStyleLink takes its levels from the
 *   numbering style's list. Lists of one abstractNum share their counters, as in Word; a w:num with
 *   w:lvlOverride/w:startOverride restarts that level at its first paragraph, and a w:lvl inside the
 *   override replaces the level's definition for that num.
 * - Each numbered paragraph advances its level's counter (from w:start) and restarts the deeper levels
 *   (w:lvlRestart 0: never; n: only when a level above n is used). The label is w:lvlText with %1…%9
 *   replaced by each level's counter in its w:numFmt (all decimal in a w:isLgl level): decimal, chineseCounting
 *   一 十一 一○五, chineseCountingThousand 一百〇五, chineseLegalSimplified 壹, ideographTraditional 甲, letters, roman,
 *   decimalZero, decimalFullWidth, decimalEnclosedCircle(Chinese) ①, bullet (the text as is), none.
 *
 * One instance reads one document in order: call label() for each body paragraph as it is read.
 */
import { toChineseNumeral } from "../core/numerals";
import { attr, child, childrenNamed, rootElement, type XmlNode } from "./xml";

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after this level (0-based) is used; -1: never; undefined: after any level above. */
  restart?: number;
  legal: boolean;
  style?: string;
}

interface Num {
  abstractId: string;
  /** Levels replaced for this num (w:lvlOverride/w:lvl). */
  levels: Map<number, Level>;
  /** w:startOverride by level, applied at the num's first paragraph at that level. */
  startOverride: Map<number, number>;
}

interface StyleNum {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const num = (v: string | undefined): number | undefined => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

function readLevel(lvl: XmlNode): Level {
  const val = (tag: string) => {
    const c = child(lvl, tag);
    return c ? attr(c, "w:val") : undefined;
  };
  const restart = num(val("w:lvlRestart"));
  const legal = child(lvl, "w:isLgl");
  return {
    start: num(val("w:start")) ?? 0,
    format: val("w:numFmt") ?? "decimal",
    text: val("w:lvlText") ?? "",
    restart: restart === undefined ? undefined : restart === 0 ? -1 : restart - 1,
    legal: legal !== undefined && !["0", "false", "off"].includes(attr(legal, "w:val") ?? "1"),
    style: val("w:pStyle"),
  };
}

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const ZODIAC = "子丑寅卯辰巳午未申酉戌亥";
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a number format (Word's rendering; unknown formats fall back to decimal). */
export function formatNumber(n: number, format: string): string {
  if (format === "none") return "";
  if (n < 0 || !Number.isInteger(n)) return String(n);
  switch (format) {
    case "chineseCounting":
    case "japaneseCounting":
    case "taiwaneseCounting":
      // 一 … 十 十一 … 九十九; from 100 on, digit by digit with ○ for zero (一○五), as Word shows it.
      if (n === 0 || n >= 10000) return String(n);
      return n < 100
        ? toChineseNumeral(n)
        : [...String(n)].map((d) => "○一二三四五六七八九"[Number(d)]).join("");
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
      // With 百 and 千, zero written 〇 (一百〇五).
      return n === 0 || n >= 10000 ? String(n) : toChineseNumeral(n).replace(/零/g, "〇");
    case "chineseLegalSimplified":
      return n < 100_000_000
        ? toChineseNumeral(n)
            .replace(/^十/, "一十") // 壹拾贰: the legal form keeps the leading one
            .replace(/[零一二三四五六七八九十百千万]/g, (c) => {
              const i = "零一二三四五六七八九".indexOf(c);
              return i >= 0
                ? LEGAL_DIGITS[i]
                : ({ 十: "拾", 百: "佰", 千: "仟", 万: "万" } as Record<string, string>)[c];
            })
        : String(n);
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? STEMS[n - 1] : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? ZODIAC[n - 1] : String(n);
    case "upperLetter":
      return n >= 1 ? letters(n).toUpperCase() : "";
    case "lowerLetter":
      return n >= 1 ? letters(n) : "";
    case "upperRoman":
      return n >= 1 && n < 4000 ? roman(n).toUpperCase() : String(n);
    case "lowerRoman":
      return n >= 1 && n < 4000 ? roman(n) : String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    default:
      return String(n);
  }
}

export class ListNumbering {
  private abstracts = new Map<string, Map<number, Level>>();
  /** abstractNum id → the numbering style it links to (w:numStyleLink). */
  private links = new Map<string, string>();
  private nums = new Map<string, Num>();
  private styles = new Map<string, StyleNum>();
  /** Counters by abstractNum id and level (undefined: not used since the last restart). */
  private counters = new Map<string, (number | undefined)[]>();
  /** (numId, level) pairs whose startOverride has been applied. */
  private overridden = new Set<string>();

  constructor(numbering: XmlNode[] | null, styles: XmlNode[] | null) {
    const root = numbering && rootElement(numbering, "w:numbering");
    if (root) {
      for (const a of childrenNamed(root, "w:abstractNum")) {
        const id = attr(a, "w:abstractNumId");
        if (id === undefined) continue;
        const levels = new Map<number, Level>();
        for (const lvl of childrenNamed(a, "w:lvl"))
          levels.set(num(attr(lvl, "w:ilvl")) ?? 0, readLevel(lvl));
        this.abstracts.set(id, levels);
        const link = child(a, "w:numStyleLink");
        const linkTo = link && attr(link, "w:val");
        if (linkTo) this.links.set(id, linkTo);
      }
      for (const n of childrenNamed(root, "w:num")) {
        const id = attr(n, "w:numId");
        const abs = child(n, "w:abstractNumId");
        const abstractId = abs && attr(abs, "w:val");
        if (id === undefined || abstractId === undefined) continue;
        const entry: Num = { abstractId, levels: new Map(), startOverride: new Map() };
        for (const o of childrenNamed(n, "w:lvlOverride")) {
          const ilvl = num(attr(o, "w:ilvl")) ?? 0;
          const so = child(o, "w:startOverride");
          const start = so && num(attr(so, "w:val"));
          if (start !== undefined) entry.startOverride.set(ilvl, start);
          const lvl = child(o, "w:lvl");
          if (lvl) entry.levels.set(ilvl, readLevel(lvl));
        }
        this.nums.set(id, entry);
      }
    }
    const sroot = styles && rootElement(styles, "w:styles");
    if (sroot) {
      for (const s of childrenNamed(sroot, "w:style")) {
        const id = attr(s, "w:styleId");
        if (!id) continue;
        const based = child(s, "w:basedOn");
        const np = child(child(s, "w:pPr") ?? {}, "w:numPr");
        const numId = np && child(np, "w:numId");
        const ilvl = np && child(np, "w:ilvl");
        this.styles.set(id, {
          numId: numId && attr(numId, "w:val"),
          ilvl: ilvl ? num(attr(ilvl, "w:val")) : undefined,
          basedOn: based && attr(based, "w:val"),
        });
      }
    }
  }

  /** True when the document has no list definitions (label() always gives undefined). */
  get empty(): boolean {
    return this.nums.size === 0;
  }

  /** The numId and level a style gives (through basedOn), if any. */
  private styleNum(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const out: { numId?: string; ilvl?: number } = {};
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id) && seen.size < 20; id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      out.numId ??= s.numId;
      out.ilvl ??= s.ilvl;
    }
    return out;
  }

  /** The abstractNum whose levels a num uses (following w:numStyleLink once or twice). */
  private abstractOf(n: Num): string {
    let id = n.abstractId;
    for (let hops = 0; hops < 3 && this.links.has(id); hops++) {
      const linked = this.styleNum(this.links.get(id)).numId;
      const target = linked ? this.nums.get(linked) : undefined;
      if (!target || target.abstractId === id) break;
      id = target.abstractId;
    }
    return id;
  }

  /**
   * The label of one body paragraph (its w:pPr and style id), advancing the counters; undefined when
   * the paragraph is not numbered or its level shows nothing.
   */
  label(pPr: XmlNode | undefined, styleId: string | undefined): string | undefined {
    if (this.nums.size === 0) return undefined;
    const np = pPr && child(pPr, "w:numPr");
    const ownId = np && child(np, "w:numId");
    const ownLvl = np && child(np, "w:ilvl");
    const fromStyle = this.styleNum(styleId);
    const numId = (ownId && attr(ownId, "w:val")) ?? fromStyle.numId;
    if (numId === undefined || numId === "0") return undefined;
    const n = this.nums.get(numId);
    if (!n) return undefined;
    const abstractId = this.abstractOf(n);
    const abstract = this.abstracts.get(abstractId);
    if (!abstract) return undefined;
    const levelOf = (i: number): Level | undefined => n.levels.get(i) ?? abstract.get(i);
    let ilvl = ownLvl ? num(attr(ownLvl, "w:val")) : undefined;
    if (ilvl === undefined && !ownId) ilvl = fromStyle.ilvl;
    if (ilvl === undefined && styleId)
      for (const [i, l] of abstract) if (l.style === styleId && ilvl === undefined) ilvl = i;
    ilvl = Math.max(0, Math.min(8, ilvl ?? 0));
    const level = levelOf(ilvl);
    if (!level) return undefined;

    let counts = this.counters.get(abstractId);
    if (!counts) this.counters.set(abstractId, (counts = []));
    const key = `${numId}:${ilvl}`;
    const override = n.startOverride.get(ilvl);
    if (override !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      counts[ilvl] = override;
    } else counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    // Deeper levels restart (unless their w:lvlRestart says otherwise).
    for (let d = ilvl + 1; d < 9; d++) {
      const r = levelOf(d)?.restart;
      if (r === -1) continue;
      if (r === undefined || ilvl <= r) counts[d] = undefined;
    }
    if (level.format === "bullet") return level.text || undefined;
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = levelOf(i);
      const value = counts[i] ?? l?.start ?? 0;
      return formatNumber(value, level.legal ? "decimal" : (l?.format ?? "decimal"));
    });
    return text === "" ? undefined : text;
  }
}
