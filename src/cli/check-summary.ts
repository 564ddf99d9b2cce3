/**
 * `lianzheng check --summary <file.html|file.csv>` (issue 13): one row per file (file, detected kind
 * and year, errors, warnings, infos, the three most frequent rules, or the read error) and the totals
 * per rule. The HTML is one self-contained file (inline style and script, no external resource),
 * sortable by clicking a column heading; the CSV is UTF-8 with a BOM (Excel and WPS open it as
 * Chinese), CRLF line ends, RFC 4180 quoting.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { KINDS } from "../genre/kinds/builtin";
import type { Locale } from "../i18n";
import { reviewText } from "../i18n/messages/review";
import type { TaskOutcome } from "./check-task";

export interface SummaryRow {
  file: string;
  kind: string;
  year: string;
  errors: number;
  warnings: number;
  infos: number;
  topRules: string;
  readError: string;
}

export interface RuleTotal {
  rule: string;
  count: number;
  files: number;
}

function kindName(id: string | null, locale: Locale): string {
  if (!id) return "";
  return KINDS.find((k) => k.id === id)?.name[locale] ?? id;
}

/** The top `n` rules of a file: most frequent first, then by id. */
export function topRules(rules: Record<string, number>, n = 3): string {
  return Object.entries(rules)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([r, c]) => `${r} (${c})`)
    .join(", ");
}

export function summaryRows(outcomes: readonly TaskOutcome[], locale: Locale): SummaryRow[] {
  return outcomes.map((o) => ({
    file: o.json.file,
    kind: kindName(o.json.kind, locale),
    year: o.json.year === null ? "" : String(o.json.year),
    errors: o.counts.error,
    warnings: o.counts.warning,
    infos: o.counts.info,
    topRules: topRules(o.rules),
    readError: o.error ?? "",
  }));
}

export function ruleTotals(outcomes: readonly TaskOutcome[]): RuleTotal[] {
  const m = new Map<string, RuleTotal>();
  for (const o of outcomes)
    for (const [rule, count] of Object.entries(o.rules)) {
      const t = m.get(rule) ?? { rule, count: 0, files: 0 };
      t.count += count;
      t.files++;
      m.set(rule, t);
    }
  return [...m.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function summaryCsv(outcomes: readonly TaskOutcome[], locale: Locale): string {
  const t = (k: Parameters<typeof reviewText>[0]) => reviewText(k, {}, locale);
  const lines: string[] = [];
  lines.push(
    [
      t("summary.file"),
      t("summary.kind"),
      t("summary.year"),
      t("summary.errors"),
      t("summary.warnings"),
      t("summary.infos"),
      t("summary.topRules"),
      t("summary.readError"),
    ]
      .map(csvCell)
      .join(","),
  );
  for (const r of summaryRows(outcomes, locale))
    lines.push(
      [r.file, r.kind, r.year, r.errors, r.warnings, r.infos, r.topRules, r.readError].map(csvCell).join(","),
    );
  lines.push("");
  lines.push([t("summary.rule"), t("summary.count"), t("summary.filesWith")].map(csvCell).join(","));
  for (const r of ruleTotals(outcomes)) lines.push([r.rule, r.count, r.files].map(csvCell).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}p{color:#555}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3;cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}
th[aria-sort=descending]::after{content:" ▼"}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.err{color:#a4262c}tr.bad td{background:#fdf3f4}tfoot td{font-weight:bold;background:#fafafa}`;

// Sort a table by a clicked heading: numbers numerically (data-n), text by the page's language.
const SCRIPT = `document.querySelectorAll("table.sortable").forEach(function(t){
var ths=t.querySelectorAll("thead th");ths.forEach(function(th,i){th.tabIndex=0;function go(){
var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";ths.forEach(function(x){x.removeAttribute("aria-sort")});
th.setAttribute("aria-sort",dir);var tb=t.tBodies[0];var rows=Array.prototype.slice.call(tb.rows);
var col=new Intl.Collator(document.documentElement.lang,{numeric:true});
rows.sort(function(a,b){var x=a.cells[i],y=b.cells[i];var nx=x.getAttribute("data-n"),ny=y.getAttribute("data-n");
var r=nx!==null&&ny!==null?Number(nx)-Number(ny):col.compare(x.textContent,y.textContent);return dir==="ascending"?r:-r});
rows.forEach(function(r){tb.appendChild(r)})}th.addEventListener("click",go);
th.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();go()}})})});`;

export function summaryHtml(outcomes: readonly TaskOutcome[], locale: Locale): string {
  const t = (k: Parameters<typeof reviewText>[0], p: Record<string, string | number> = {}) =>
    reviewText(k, p, locale);
  const rows = summaryRows(outcomes, locale);
  const total = { errors: 0, warnings: 0, infos: 0 };
  for (const r of rows) {
    total.errors += r.errors;
    total.warnings += r.warnings;
    total.infos += r.infos;
  }
  const num = (n: number) => `<td class="n" data-n="${n}">${n}</td>`;
  const fileRows = rows
    .map(
      (r) =>
        `<tr${r.readError ? ' class="bad"' : ""}><td>${esc(r.file)}</td><td>${esc(r.kind)}</td>` +
        `<td class="n" data-n="${r.year || 0}">${esc(r.year)}</td>${num(r.errors)}${num(r.warnings)}${num(r.infos)}` +
        `<td>${esc(r.topRules)}</td><td class="err">${esc(r.readError)}</td></tr>`,
    )
    .join("\n");
  const ruleRows = ruleTotals(outcomes)
    .map((r) => `<tr><td>${esc(r.rule)}</td>${num(r.count)}${num(r.files)}</tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t("summary.title"))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(t("summary.title"))}</h1>
<p>${esc(t("summary.generated", { files: rows.length, ...total }))} ${esc(t("summary.sortHint"))}</p>
<table class="sortable" id="files">
<thead><tr><th>${esc(t("summary.file"))}</th><th>${esc(t("summary.kind"))}</th><th>${esc(t("summary.year"))}</th><th>${esc(t("summary.errors"))}</th><th>${esc(t("summary.warnings"))}</th><th>${esc(t("summary.infos"))}</th><th>${esc(t("summary.topRules"))}</th><th>${esc(t("summary.readError"))}</th></tr></thead>
<tbody>
${fileRows}
</tbody>
<tfoot><tr><td>${esc(t("summary.total"))}</td><td></td><td></td>${num(total.errors)}${num(total.warnings)}${num(total.infos)}<td></td><td></td></tr></tfoot>
</table>
<h2>${esc(t("summary.totals"))}</h2>
<table class="sortable" id="rules">
<thead><tr><th>${esc(t("summary.rule"))}</th><th>${esc(t("summary.count"))}</th><th>${esc(t("summary.filesWith"))}</th></tr></thead>
<tbody>
${ruleRows}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Write the summary (.html or .csv by extension); returns the absolute path. */
export async function writeSummary(
  file: string,
  outcomes: readonly TaskOutcome[],
  cwd: string,
  locale: Locale,
): Promise<string> {
  const path = resolve(cwd, file);
  const csv = extname(path).toLowerCase() === ".csv";
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, csv ? summaryCsv(outcomes, locale) : summaryHtml(outcomes, locale), "utf8");
  return path;
}
