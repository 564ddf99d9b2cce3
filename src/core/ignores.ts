/**
 * Ignored findings: which findings the writer chose to ignore, kept in the document's settings
 * (key IGNORES_SETTING_KEY) so that the choice survives closing and reopening the file.
 *
 * A whole-document finding (未识别到落款, 未识别到成文日期: same rule, no text) is keyed by its rule and a
 * hash of its message, so ignoring one does not hide the other (an entry stored before carries no
 * message hash and still matches every whole-document finding of its rule).
 *
 * A finding is keyed by its rule, a hash of its paragraph's text, its excerpt and its offset, never by
 * the paragraph's index: paragraphs inserted or deleted above it do not lose the ignore. When the
 * paragraph itself is edited elsewhere (the hash changes), the ignore still holds if the same rule
 * flags the same excerpt with the same text around it (a few characters each side).
 *
 * Pure TypeScript: no DOM, no host. The 检查 tab reads and writes the list through a KeyValueStore.
 */
import type { Finding } from "./findings";
import { fnv1a } from "./fnv";

/** The document-settings key that holds the ignore list. */
export const IGNORES_SETTING_KEY = "lianzheng.ignores";
/** Version of the stored shape. */
const IGNORES_VERSION = 1;
/** Characters of context kept on each side of the excerpt. */
export const CONTEXT_CHARS = 12;
/** Characters of context that must agree for a match after the paragraph was edited. */
const MIN_CONTEXT = 4;
/** At most this many ignores are kept (the oldest go first): document settings are small. */
export const MAX_IGNORES = 2000;

export interface IgnoreEntry {
  rule: string;
  /** FNV-1a hash (8 hex digits) of the paragraph's whole text; "" for a whole-document finding. */
  hash: string;
  excerpt: string;
  offset: number;
  /** Up to CONTEXT_CHARS characters of the paragraph before and after the excerpt. */
  before: string;
  after: string;
  /** When it was ignored (ISO 8601), for the list of ignores. */
  at: string;
}

export interface StoredIgnores {
  version: number;
  entries: IgnoreEntry[];
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 lowercase hex digits. Stable across sessions and hosts. */
export function textHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}

/** The paragraph text a finding was computed from ("" for whole-document findings). */
function paragraphText(finding: Finding): string {
  return finding.paragraph === null ? "" : (finding.expected ?? "");
}

/** What tells whole-document findings of one rule apart: a hash of the message (zh-CN, then en-US). */
export function documentFindingId(finding: Finding): string {
  return `msg:${textHash(finding.message["zh-CN"] || finding.message["en-US"] || "")}`;
}

function context(finding: Finding): { before: string; after: string } {
  if (finding.paragraph === null) return { before: "", after: documentFindingId(finding) };
  const text = paragraphText(finding);
  if (!text) return { before: "", after: "" };
  const start = Math.max(0, Math.min(finding.offset, text.length));
  const end = Math.max(start, Math.min(finding.offset + finding.length, text.length));
  return {
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** The entry that ignores this finding. */
export function ignoreEntryFor(finding: Finding, now: Date = new Date()): IgnoreEntry {
  const text = paragraphText(finding);
  return {
    rule: finding.rule,
    hash: finding.paragraph === null ? "" : textHash(text),
    excerpt: finding.excerpt,
    offset: finding.paragraph === null ? 0 : finding.offset,
    ...context(finding),
    at: now.toISOString(),
  };
}

/** Whether an entry ignores a finding: exact key, or (paragraph edited elsewhere) same rule, excerpt and context. */
export function entryMatches(entry: IgnoreEntry, finding: Finding): boolean {
  if (entry.rule !== finding.rule || entry.excerpt !== finding.excerpt) return false;
  if (finding.paragraph === null)
    return entry.hash === "" && (entry.after === "" || entry.after === documentFindingId(finding));
  if (entry.hash === "") return false;
  if (entry.hash === textHash(paragraphText(finding)) && entry.offset === finding.offset) return true;
  // Looser match: the text next to the excerpt is unchanged. A context cut short by the paragraph's
  // start or end is compared over the shorter length; at least MIN_CONTEXT characters must be compared
  // so that a bare excerpt never silences a new finding.
  const c = context(finding);
  const nb = Math.min(entry.before.length, c.before.length);
  const na = Math.min(entry.after.length, c.after.length);
  if (nb + na < MIN_CONTEXT) return false;
  return (
    entry.before.slice(entry.before.length - nb) === c.before.slice(c.before.length - nb) &&
    entry.after.slice(0, na) === c.after.slice(0, na)
  );
}

function sameEntry(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return (
    a.rule === b.rule &&
    a.hash === b.hash &&
    a.excerpt === b.excerpt &&
    a.offset === b.offset &&
    a.before === b.before &&
    a.after === b.after
  );
}

/** Add an ignore (no duplicate); keeps at most MAX_IGNORES, dropping the oldest. Returns a new list. */
export function addIgnore(entries: readonly IgnoreEntry[], finding: Finding, now?: Date): IgnoreEntry[] {
  const entry = ignoreEntryFor(finding, now);
  const rest = entries.filter((e) => !sameEntry(e, entry));
  const next = [...rest, entry];
  return next.length > MAX_IGNORES ? next.slice(next.length - MAX_IGNORES) : next;
}

/** Add the ignores of several findings at once (全部忽略 of one rule). Returns a new list. */
export function addIgnores(
  entries: readonly IgnoreEntry[],
  findings: readonly Finding[],
  now?: Date,
): IgnoreEntry[] {
  const added = findings.map((f) => ignoreEntryFor(f, now));
  const rest = entries.filter((e) => !added.some((a) => sameEntry(e, a)));
  const unique = added.filter((a, i) => added.findIndex((b) => sameEntry(a, b)) === i);
  const next = [...rest, ...unique];
  return next.length > MAX_IGNORES ? next.slice(next.length - MAX_IGNORES) : next;
}

/** Remove one entry (by identity of its key fields). Returns a new list. */
export function removeIgnore(entries: readonly IgnoreEntry[], entry: IgnoreEntry): IgnoreEntry[] {
  return entries.filter((e) => !sameEntry(e, entry));
}

/** Remove every entry that ignores this finding (撤销忽略 from a finding). */
export function unignoreFinding(entries: readonly IgnoreEntry[], finding: Finding): IgnoreEntry[] {
  return entries.filter((e) => !entryMatches(e, finding));
}

export interface Partitioned {
  /** Findings not ignored, in their original order. */
  active: Finding[];
  /** Ignored findings, each with the entry that ignores it. */
  ignored: { finding: Finding; entry: IgnoreEntry }[];
  /** Entries that match no current finding (the text was fixed or changed). */
  orphans: IgnoreEntry[];
}

/** Split findings into active and ignored. O(findings + entries) for exact matches. */
export function partitionFindings(
  findings: readonly Finding[],
  entries: readonly IgnoreEntry[],
): Partitioned {
  const byRuleExcerpt = new Map<string, IgnoreEntry[]>();
  for (const e of entries) {
    const k = `${e.rule}\u0000${e.excerpt}`;
    const list = byRuleExcerpt.get(k);
    if (list) list.push(e);
    else byRuleExcerpt.set(k, [e]);
  }
  const used = new Set<IgnoreEntry>();
  const active: Finding[] = [];
  const ignored: { finding: Finding; entry: IgnoreEntry }[] = [];
  for (const f of findings) {
    const candidates = byRuleExcerpt.get(`${f.rule}\u0000${f.excerpt}`);
    const entry = candidates?.find((e) => entryMatches(e, f));
    if (entry) {
      used.add(entry);
      ignored.push({ finding: f, entry });
    } else {
      active.push(f);
    }
  }
  return { active, ignored, orphans: entries.filter((e) => !used.has(e)) };
}

function isEntry(v: unknown): v is IgnoreEntry {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.rule === "string" &&
    typeof o.hash === "string" &&
    typeof o.excerpt === "string" &&
    typeof o.offset === "number" &&
    Number.isInteger(o.offset) &&
    o.offset >= 0 &&
    typeof o.before === "string" &&
    typeof o.after === "string" &&
    typeof o.at === "string"
  );
}

export interface ParsedIgnores {
  entries: IgnoreEntry[];
  /** Number of stored entries that were malformed and skipped (0 when all were fine). */
  dropped: number;
  /** True when the stored value was not an ignore list at all (and nothing was read from it). */
  invalid: boolean;
}

/**
 * Read the stored value (whatever a document's settings hold: absent, a list, garbage). Malformed
 * entries are skipped and counted, so a damaged setting never breaks the check.
 */
export function parseIgnores(value: unknown): ParsedIgnores {
  if (value === undefined || value === null) return { entries: [], dropped: 0, invalid: false };
  const list =
    typeof value === "object" && value !== null && Array.isArray((value as { entries?: unknown }).entries)
      ? ((value as { entries: unknown[] }).entries as unknown[])
      : Array.isArray(value)
        ? (value as unknown[])
        : null;
  if (!list) return { entries: [], dropped: 0, invalid: true };
  const entries = list.filter(isEntry).map((e) => ({ ...e }));
  return { entries, dropped: list.length - entries.length, invalid: false };
}

/** The value to store. */
export function serializeIgnores(entries: readonly IgnoreEntry[]): StoredIgnores {
  return { version: IGNORES_VERSION, entries: entries.map((e) => ({ ...e })) };
}
