/** The work of `lianzheng outline` (declared in outline.ts): the recognised structure of each file. */
import { buildOutline } from "../core/outline";
import type { DocStructure } from "../core/outline-types";
import type { DocModel } from "../core/model";
import { readerText } from "../i18n/messages/readers";
import { ellipsize, type OutputFormat, printJson, readInputs, reportError } from "./common";
import type { CliIo } from "./io";
import type { OutlineFileJson, OutlineJson } from "./contracts";

/** The JSON of one file's structure. */
function outlineFileJson(file: string, s: DocStructure): OutlineFileJson {
  return {
    file,
    error: null,
    title: s.title,
    addressee: s.addressee,
    signature: s.signature,
    date: s.date,
    headings: s.headings.map((h) => ({
      paragraph: h.paragraph,
      level: h.level,
      depth: h.depth,
      number: h.number,
      marker: h.marker,
      text: h.text,
      runIn: h.runIn,
    })),
  };
}

/** The readable indented tree of one file. */
function outlineText(file: string, model: DocModel, s: DocStructure): string {
  const lines: string[] = [file];
  const para = (i: number) => ellipsize(model.paragraphs[i]?.text.trim() ?? "", 40);
  const part = (key: "outline.title" | "outline.addressee" | "outline.opening", i: number | null) => {
    if (i !== null) lines.push(`  ${readerText(key)} [${i}] ${para(i)}`);
  };
  part("outline.title", s.title);
  part("outline.addressee", s.addressee);
  part("outline.opening", s.opening);
  if (s.headings.length === 0) lines.push(`  ${readerText("outline.none")}`);
  for (const h of s.headings) {
    const notes: string[] = [];
    if (h.runIn) notes.push(readerText("outline.runIn"));
    if (h.problem) notes.push(readerText(`outline.problem.${h.problem}`, { canonical: h.canonicalMarker }));
    const tail = notes.length ? `  (${notes.join("; ")})` : "";
    lines.push(`${"  ".repeat(h.depth)}[${h.paragraph}] ${h.marker}${ellipsize(h.text, 40)}${tail}`);
  }
  const sig =
    (s as DocStructure & { signatureLines?: number[] }).signatureLines ??
    (s.signature === null ? [] : [s.signature]);
  for (const i of sig) lines.push(`  ${readerText("outline.signature")} [${i}] ${para(i)}`);
  if (s.date !== null) lines.push(`  ${readerText("outline.date")} [${s.date}] ${para(s.date)}`);
  return `${lines.join("\n")}\n`;
}

export async function runOutline(files: string[], opts: { format: OutputFormat }, io: CliIo): Promise<void> {
  const results = await readInputs(files, io);
  const json: OutlineJson = { version: 1, files: [] };
  const texts: string[] = [];
  for (const r of results) {
    if (r.error) {
      io.exitCode = 2;
      reportError(io, "outline", r.error.message);
      json.files.push({
        file: r.file,
        error: r.error.message,
        title: null,
        addressee: null,
        signature: null,
        date: null,
        headings: [],
      });
      continue;
    }
    const s = buildOutline(r.model);
    json.files.push(outlineFileJson(r.file, s));
    texts.push(outlineText(r.file, r.model, s));
  }
  if (opts.format === "json") printJson(io, json);
  else io.stdout(texts.join("\n"));
}
