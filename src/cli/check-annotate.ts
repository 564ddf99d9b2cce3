/**
 * `lianzheng check --annotate <dir>` (issue 13): each input written as `<dir>/<name>.docx` with a Word
 * comment at every finding (author 廉政报告助手; text: the message, the suggested fix, the source). A
 * .txt becomes a .docx (formats/docx-writer.ts) with the same comments; a .doc/.wps/.odt/.rtf its
 * LibreOffice conversion. The original is never written.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, resolve } from "node:path";
import { ruleMetas } from "../core/check";
import type { Finding } from "../core/findings";
import type { DocModel } from "../core/model";
import { previousSource } from "../core/previous";
import { pick, type LocalizedText } from "../i18n";
import { reviewText } from "../i18n/messages/review";
import { ownCommentText } from "../i18n/messages/own-comments";

let sources: Map<string, LocalizedText> | null = null;

function sourceOf(rule: string): LocalizedText | null {
  if (rule.startsWith("previous-")) return previousSource();
  sources ??= new Map(ruleMetas().map((m) => [m.id, m.source]));
  return sources.get(rule) ?? null;
}

/** The text of a finding's comment (in the current language). */
export function commentText(f: Finding): string {
  const lines = [pick(f.message)];
  if (f.fix) lines.push(reviewText("comment.fix", { fix: f.fix.replacement }));
  const source = sourceOf(f.rule);
  if (source) lines.push(reviewText("comment.source", { source: pick(source) }));
  lines.push(`[${f.rule}]`);
  return lines.join("\n");
}

/** Where the annotated copy of an input goes: its path under cwd kept under dir, with .docx. */
export function annotatedPath(file: string, dir: string, cwd: string): string {
  const rel = isAbsolute(file) || file.startsWith("..") ? basename(file) : file;
  const stem = rel.slice(0, rel.length - extname(rel).length);
  return resolve(cwd, dir, `${stem}.docx`);
}

/**
 * Write the annotated copy; returns its path and the number of comments. `docx` is the converted
 * original for the formats LibreOffice reads (null for .docx and .txt).
 */
export async function writeAnnotated(
  file: string,
  model: DocModel,
  findings: readonly Finding[],
  dir: string,
  cwd: string,
  docx: Uint8Array | null,
): Promise<{ path: string; count: number }> {
  const src = resolve(cwd, file);
  const out = annotatedPath(file, dir, cwd);
  if (out === src) throw new Error(reviewText("cli.sameAsInput", { file }));
  let bytes = docx;
  if (!bytes) {
    if (extname(file).toLowerCase() === ".docx") bytes = new Uint8Array(await readFile(src));
    else {
      const { writeDocx } = await import(/* webpackChunkName: "docx-writer" */ "../formats/docx-writer");
      bytes = await writeDocx(model.paragraphs.map((p) => ({ text: p.text, role: "body" })));
    }
  }
  const { annotateDocx } = await import(/* webpackChunkName: "docx-annotate" */ "../formats/docx-annotate");
  const result = await annotateDocx(
    bytes,
    findings.map((f) => ({
      paragraph: f.paragraph,
      offset: f.offset,
      length: f.length,
      text: commentText(f),
    })),
    { author: ownCommentText("comment.author", {}, "zh-CN"), initials: "LZ" },
  );
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, result.bytes);
  return { path: out, count: result.count };
}
