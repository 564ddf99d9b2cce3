/**
 * The snapshot 撤销排版 restores in WPS, and where it is kept: the document's variables (Document.Variables,
 * through the host's documentSettings), so that it survives closing the pane and the document.
 *
 * A variable holds at most 65,280 characters, and a 2,000-paragraph snapshot is larger than that, so the
 * snapshot is compact and split: paragraph texts are kept as a hash (the guard of undo; the report's text is
 * not copied into the file a second time), formats are kept once each and referred to by number, and the JSON
 * is stored in parts: "layout.undo" holds { version, parts } (what the pane looks for) and
 * "layout.undo.1" … "layout.undo.n" the pieces.
 */
import { LAYOUT_UNDO_KEY, type KeyValueStore } from "../host";
import { fnv1a } from "../../core/fnv";

/** Characters of JSON per variable (escaped as a JSON string it stays under the 65,280 limit). */
const PART = 30_000;

/** Character formats; a value absent when the range was mixed (it is then not restored). */
export interface FontSnap {
  fe?: string;
  as?: string;
  sz?: number;
  b?: boolean;
}

/** A paragraph's formats before 排版. */
export interface FormatSnap {
  /** The style's name, when 排版 changed the style. */
  st?: string;
  al: number;
  fi: number;
  /** CharacterUnitFirstLineIndent (characters), when it was not 0. */
  cu?: number;
  li: number;
  ls: number;
  lr: number;
  /** Spacing before and after, when 排版 set them (title and headings). */
  sb?: number;
  sa?: number;
  font: FontSnap;
}

export interface FooterSnap {
  index: number;
  al: number;
  font: FontSnap;
}

export interface PageSnap {
  section: number;
  paper: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** OddAndEvenPagesHeaderFooter before, when 排版 changed it. */
  oddEven?: number;
  /** Footers (1 primary, 3 even) that were empty and got the page number, with their format before: undo
   * empties them and gives the format back. */
  footers: FooterSnap[];
}

export interface WpsLayoutSnapshot {
  version: 1;
  host: "wps";
  /** Distinct paragraph formats. */
  formats: FormatSnap[];
  /** [paragraph index, text hash, index into formats]. */
  paragraphs: [number, string, number][];
  /** Run-in heading sentences: paragraph, text hash, offset, length, the font before. */
  spans: { i: number; h: string; o: number; n: number; font: FontSnap }[];
  pages: PageSnap[];
}

/** A short hash of a paragraph's text (FNV-1a over UTF-16 code units, and the length). */
export function textHash(text: string): string {
  return `${text.length.toString(36)}.${fnv1a(text).toString(36)}`;
}

/** Collects a snapshot, keeping each distinct format once. */
export class SnapshotBuilder {
  readonly snapshot: WpsLayoutSnapshot = {
    version: 1,
    host: "wps",
    formats: [],
    paragraphs: [],
    spans: [],
    pages: [],
  };
  private readonly ids = new Map<string, number>();

  paragraph(index: number, text: string, format: FormatSnap): void {
    const key = JSON.stringify(format);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.snapshot.formats.length;
      this.snapshot.formats.push(format);
      this.ids.set(key, id);
    }
    this.snapshot.paragraphs.push([index, textHash(text), id]);
  }

  get empty(): boolean {
    const s = this.snapshot;
    return s.paragraphs.length + s.spans.length + s.pages.length === 0;
  }
}

interface Header {
  version: 1;
  parts: number;
}

/** Store the snapshot in parts; the parts of an older, longer one are removed. */
export async function saveSnapshot(store: KeyValueStore, snapshot: WpsLayoutSnapshot): Promise<void> {
  const json = JSON.stringify(snapshot);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += PART) parts.push(json.slice(i, i + PART));
  const old = store.get<Header>(LAYOUT_UNDO_KEY);
  for (let i = 0; i < parts.length; i++) await store.set(`${LAYOUT_UNDO_KEY}.${i + 1}`, parts[i]);
  for (let i = parts.length; i < (old?.parts ?? 0); i++) await store.remove(`${LAYOUT_UNDO_KEY}.${i + 1}`);
  await store.set(LAYOUT_UNDO_KEY, { version: 1, parts: parts.length } satisfies Header);
}

export function loadSnapshot(store: KeyValueStore): WpsLayoutSnapshot | null {
  const header = store.get<Header>(LAYOUT_UNDO_KEY);
  if (!header || header.version !== 1 || !Number.isInteger(header.parts)) return null;
  let json = "";
  for (let i = 1; i <= header.parts; i++) {
    const part = store.get<string>(`${LAYOUT_UNDO_KEY}.${i}`);
    if (typeof part !== "string") return null;
    json += part;
  }
  try {
    const snapshot = JSON.parse(json) as WpsLayoutSnapshot;
    return snapshot.version === 1 && snapshot.host === "wps" ? snapshot : null;
  } catch {
    return null;
  }
}

export async function clearSnapshot(store: KeyValueStore): Promise<void> {
  const header = store.get<Header>(LAYOUT_UNDO_KEY);
  for (let i = 1; i <= (header?.parts ?? 0); i++) await store.remove(`${LAYOUT_UNDO_KEY}.${i}`);
  await store.remove(LAYOUT_UNDO_KEY);
}
