/**
 * Styles of a .docx (styles.xml, theme fonts): paragraph and run properties resolved through
 * basedOn, the document defaults and the theme. Works on formats/xml.ts trees with canonical names.
 */
import type { ListNumbering } from "./docx-numbering";
import type { BuiltInStyle } from "../core/model";
import type { Alignment } from "../terms";
import { attr, child, childrenNamed, rootElement, type XmlNode } from "./xml";

export interface RunProps {
  eastAsia?: string;
  ascii?: string;
  size?: number;
  bold?: boolean;
}
export interface ParaProps {
  outlineLevel?: number;
  numbered?: boolean;
  alignment?: Alignment;
  firstLine?: number; // pt
  firstLineChars?: number; // characters
  left?: number; // pt
  lineSpacing?: number; // pt, exact or at least
}
export interface Style {
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

export function twipsToPt(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n / 20 : undefined;
}

export function readRunProps(rPr: XmlNode | undefined, theme: ThemeFonts): RunProps {
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

export function readParaProps(pPr: XmlNode | undefined): ParaProps {
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

export class ThemeFonts {
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

export class StyleSheet {
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

export function defined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
