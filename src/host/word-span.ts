/**
 * Planning how to reach an exact span of a paragraph with Word's search, without a round trip.
 *
 * Word's JavaScript API has no "range at character offset". We know the paragraph's text (read in the first
 * sync), so we pick search strings whose FIRST match in the paragraph is known to be the one we want:
 * Q = text[s, offset+length) and P = text[s, offset) such that both first occur at s. Then the span is
 * P.end … Q.end (or Q itself when s = offset). With s = 0 this always holds (a paragraph's own prefix matches
 * first at 0); for long paragraphs (a search string is limited to 255 characters) we look for the longest
 * window that still first-matches at its start. Pure TypeScript (no Office): tested directly.
 */

/** Word's search string limit. */
export const MAX_SEARCH = 255;

/** Escape text for a non-wildcard Word search: ^ is Word's escape character; tab, line break, mark by code. */
export function escapeSearch(text: string): string {
  return text.replace(/[\^\t\v\r\n]/g, (c) => {
    switch (c) {
      case "^":
        return "^^";
      case "\t":
        return "^t";
      case "\v":
        return "^l";
      default:
        return "^p";
    }
  });
}

export type SpanPlan =
  /** span = Q where Q's first match is the span itself (`from`: where Q starts in the paragraph). */
  | { kind: "q"; q: string; from: number }
  /** span = P.end … Q.end (Q = P + excerpt), both first matching at `from`. */
  | { kind: "pq"; p: string; q: string; from: number }
  /** Insertion point at the end of P (length 0). */
  | { kind: "pEnd"; p: string; from: number }
  /** The paragraph's start (offset 0, length 0). */
  | { kind: "start" };

function firstAt(text: string, needle: string, at: number, matchCase: boolean): boolean {
  if (!matchCase) return text.toLowerCase().indexOf(needle.toLowerCase()) === at;
  return text.indexOf(needle) === at;
}

function fits(s: string): boolean {
  return s.length > 0 && escapeSearch(s).length <= MAX_SEARCH;
}

/** Window starts from `lo` to `hi`, the longest window first, or the shortest with `nearest`. */
function starts(lo: number, hi: number, nearest: boolean): number[] {
  const out: number[] = [];
  for (let s = lo; s <= hi; s++) out.push(s);
  return nearest ? out.reverse() : out;
}

/**
 * Plan the searches that reach text[offset, offset+length) in a paragraph whose text is `text`.
 * Returns null when no window of at most 255 characters identifies the span (extremely repetitive text);
 * the caller then falls back to loading the search results. With `nearest` the shortest identifying
 * window is taken (in a paragraph holding a footnote reference or a tracked deletion, which Word's
 * search does not match across, a window that starts at the span is the one most likely to be found).
 */
export function planSpan(
  text: string,
  offset: number,
  length: number,
  matchCase = true,
  nearest = false,
): SpanPlan | null {
  if (offset < 0 || length < 0 || offset + length > text.length) return null;
  const end = offset + length;
  if (length === 0) {
    if (offset === 0) return { kind: "start" };
    for (const s of starts(Math.max(0, offset - MAX_SEARCH), offset - 1, nearest)) {
      const p = text.slice(s, offset);
      if (fits(p) && firstAt(text, p, s, matchCase)) return { kind: "pEnd", p, from: s };
    }
    return null;
  }
  for (const s of starts(Math.max(0, end - MAX_SEARCH), offset, nearest)) {
    const q = text.slice(s, end);
    if (!fits(q) || !firstAt(text, q, s, matchCase)) continue;
    if (s === offset) return { kind: "q", q, from: s };
    const p = text.slice(s, offset);
    if (fits(p) && firstAt(text, p, s, matchCase)) return { kind: "pq", p, q, from: s };
  }
  return null;
}

/**
 * A plan is robust when its search strings start at the paragraph's start: a paragraph's own prefix can only
 * match first at 0, whatever Word's matching details (width, hidden text), so no verification is needed.
 */
export function isRobust(plan: SpanPlan): boolean {
  return plan.kind === "start" || plan.from === 0;
}

/** Which occurrence (0-based, non-overlapping, left to right) of `needle` in `text` starts at `offset`; -1 if none. */
export function occurrenceIndex(text: string, needle: string, offset: number): number {
  if (!needle) return -1;
  let n = 0;
  let i = text.indexOf(needle);
  while (i !== -1 && i <= offset) {
    if (i === offset) return n;
    n++;
    i = text.indexOf(needle, i + needle.length);
  }
  return -1;
}
