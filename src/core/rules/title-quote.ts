/**
 * title-quote: a misquoted title of a well-known regulation or law inside 《…》 (issue 10, class 3):
 * one or two characters missing, added, swapped or replaced against src/genre/lexicon/titles.ts
 * (regulations, laws, and the standard study texts such as 《习近平著作选读》).
 * An exact title or a listed short form is fine. Precision first, since many real documents differ
 * from one another by a word: a missing, added or transposed character is an error; one replaced
 * character a warning (info for a law: 统计法 and 审计法 are both laws); two edits only for long
 * titles, and never a two-character block (条例/规定, 试行/暂行: likely another document).
 */
import { rulesText } from "../../i18n/messages/rules";
import { titles, type TitleRef } from "../../genre/lexicon/titles";
import { formulations } from "../../genre/formulations";
import type { Severity } from "../findings";
import { isHan, localized } from "./util";
import { paragraphRule } from "./types";

type Op = "sub" | "ins" | "del" | "swap";

/** Optimal-string-alignment distance (≤ max, else max + 1) with the edit operations and positions. */
export function editOps(a: string, b: string, max = 2): { distance: number; ops: { op: Op; at: number }[] } {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return { distance: max + 1, ops: [] };
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) {
    d.push(new Array<number>(m + 1).fill(max + 1));
    d[i][0] = i;
  }
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    let rowMin = d[i][0];
    for (let j = Math.max(1, i - max); j <= Math.min(m, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return { distance: max + 1, ops: [] };
  }
  const distance = d[n][m];
  if (distance > max) return { distance: max + 1, ops: [] };
  // Trace the edits back (positions in b, the title).
  const ops: { op: Op; at: number }[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && d[i][j] === d[i - 1][j - 1]) {
      i--;
      j--;
    } else if (
      i > 1 &&
      j > 1 &&
      a[i - 1] === b[j - 2] &&
      a[i - 2] === b[j - 1] &&
      d[i][j] === d[i - 2][j - 2] + 1
    ) {
      ops.push({ op: "swap", at: j - 2 });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + 1) {
      ops.push({ op: "sub", at: j - 1 });
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      ops.push({ op: "ins", at: j });
      i--;
    } else {
      ops.push({ op: "del", at: j - 1 });
      j--;
    }
  }
  return { distance, ops };
}

const MIN_LENGTH = 8;
/** Book-title marks, and the inner marks of a title inside a title (《关于印发〈…〉的通知》). */
const MARKS = [
  ["《", "》"],
  ["〈", "〉"],
] as const;
const MIN_LENGTH_TWO_EDITS = 12;
/** Study texts (《习近平著作选读》) are matched from this length. */
const MIN_STUDY_LENGTH = 7;

interface Verdict {
  title: TitleRef;
  /** The replacement: the title, or the short form the writer meant. */
  fix: string;
  distance: number;
  severity: Severity;
}

interface Candidate {
  ref: TitleRef;
  text: string;
  short: boolean;
}

/** Short forms are matched from this length, one edit away, and only for a slip (no word swap). */
const MIN_SHORT_LENGTH = 6;
let candidates: Candidate[] | null = null;

let exact: Set<string> | null = null;
/** Titles the formulation rule already flags as wrong forms (《中国共产党内监督条例》): no second finding. */
let owned: Set<string> | null = null;

/** Endings of real document titles: a replaced character that leaves none of these is a slip. */
const TITLE_ENDINGS = [
  "条例",
  "规定",
  "准则",
  "办法",
  "规则",
  "细则",
  "意见",
  "通知",
  "决定",
  "章程",
  "实施",
  "试行）",
  "行）",
];
const cache = new Map<string, Verdict | null>();

function isLaw(t: TitleRef): boolean {
  return t.title.startsWith("中华人民共和国") && t.title.endsWith("法");
}

/** Whether every edit touches a non-Han character (punctuation, spaces: other rules' business). */
function onlyNonHan(cited: string, t: string, ops: { op: Op; at: number }[]): boolean {
  return ops.every(
    (o) => !isHan(t.charCodeAt(o.at) || 0) && (o.op === "del" || !isHan(cited.charCodeAt(o.at) || 0)),
  );
}

let byTitle: Map<string, TitleRef> | null = null;

/** 《中国纪律处分条例》, 《中共纪律处分条例》: the Party's name cut short in a title that has it in full. */
function partyNameShort(cited: string): Verdict | null {
  byTitle ??= new Map(titles.map((t) => [t.title, t]));
  if (cited.startsWith("中国共产党")) return null;
  for (const [cut, severity] of [
    ["中国", "error"],
    ["中共", "warning"],
  ] as const) {
    if (!cited.startsWith(cut)) continue;
    const full = "中国共产党" + cited.slice(cut.length);
    const t = byTitle.get(full);
    if (t) return { title: t, fix: full, distance: full.length - cited.length, severity };
  }
  return null;
}

function judge(cited: string): Verdict | null {
  if (!exact) {
    exact = new Set();
    for (const t of titles) {
      exact.add(t.title);
      for (const s of t.short ?? []) exact.add(s);
    }
  }
  if (!owned) {
    owned = new Set();
    for (const f of formulations)
      for (const w of f.wrong ?? [])
        if (w.text.startsWith("《") && w.text.endsWith("》")) owned.add(w.text.slice(1, -1));
  }
  if (exact.has(cited) || owned.has(cited) || cited.length < MIN_LENGTH - 2) return null;
  const cached = cache.get(cited);
  if (cached !== undefined) return cached;
  const party = partyNameShort(cited);
  if (party) {
    cache.set(cited, party);
    return party;
  }
  candidates ??= titles.flatMap((t) => [
    { ref: t, text: t.title, short: false },
    ...(t.short ?? [])
      .filter((x) => x.length >= MIN_SHORT_LENGTH)
      .map((x) => ({ ref: t, text: x, short: true })),
  ]);
  let best: Verdict | null = null;
  let ambiguous = false;
  for (const c of candidates) {
    const t = c.text;
    const minLength = c.short ? MIN_SHORT_LENGTH : c.ref.study ? MIN_STUDY_LENGTH : MIN_LENGTH;
    if (t.length < minLength || Math.abs(t.length - cited.length) > 2) continue;
    const { distance, ops } = editOps(cited, t);
    if (distance > 2 || distance === 0 || (c.short && distance > 1)) continue;
    if (onlyNonHan(cited, t, ops)) continue;
    const law = isLaw(c.ref);
    let severity: Severity | null;
    if (distance === 1) {
      const { op, at } = ops[0];
      if (op !== "sub") severity = "error";
      else if (c.ref.study)
        severity = c.short ? null : "warning"; // 选编 for 选读: a book may end so
      else if (at >= t.length - 2 && !TITLE_ENDINGS.some((e) => cited.endsWith(e)) && !law)
        severity = "error"; // 条列 for 条例: no document ends so
      else severity = c.short ? null : law ? "info" : "warning";
    } else {
      const adjacent =
        ops.length === 2 && ops.every((o) => o.op !== "swap") && Math.abs(ops[0].at - ops[1].at) <= 1;
      severity = t.length >= MIN_LENGTH_TWO_EDITS && !adjacent ? "warning" : null;
    }
    if (severity === null) continue;
    if (best && best.distance === distance && best.fix !== t) ambiguous = true;
    if (!best || distance < best.distance) {
      best = { title: c.ref, fix: t, distance, severity };
      ambiguous = false;
    }
  }
  const verdict = ambiguous ? null : best;
  if (cache.size > 2000) cache.clear();
  cache.set(cited, verdict);
  return verdict;
}

export const titleQuote = paragraphRule(
  {
    id: "title-quote",
    category: "wording",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "规范表述：党内法规和法律的正式名称（中国共产党新闻网党内法规库、国家法律法规数据库）",
      "en-US":
        "Standard wording: the official titles of Party regulations and laws (their official databases)",
    },
    fixable: true,
    description: {
      "zh-CN": "书名号内常用党内法规、法律的名称漏字、多字、颠倒或错字（如《中国共产党党内监督条列》）。",
      "en-US":
        "The title of a well-known Party regulation or law in book-title marks has a character missing, added, swapped or wrong.",
    },
  },
  (pc) => {
    const s = pc.text;
    for (const [openMark, closeMark] of MARKS) {
      let open = s.indexOf(openMark);
      while (open >= 0) {
        const close = s.indexOf(closeMark, open + 1);
        if (close < 0) break;
        const inner = s.indexOf(openMark, open + 1);
        if (inner >= 0 && inner < close) {
          open = inner;
          continue;
        }
        const cited = s.slice(open + 1, close);
        const v = cited.length >= MIN_LENGTH - 2 && cited.length <= 60 ? judge(cited) : null;
        if (v) {
          pc.report(
            open + 1,
            cited.length,
            localized(rulesText, "title.misquoted", {
              text: cited,
              title: v.fix,
              distance: v.distance,
              issuer: v.title.issuer,
              issued: v.title.issued,
            }),
            v.fix,
            v.severity,
          );
        }
        open = s.indexOf(openMark, close + 1);
      }
    }
  },
);
