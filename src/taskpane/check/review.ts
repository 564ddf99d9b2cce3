/**
 * Pure helpers of the 审阅 options (issue 13): a finding's comment text, the host whose fixes are
 * tracked changes when the option is on, and last year's report read from a file. No React.
 */
import type { Finding } from "../../core/findings";
import type { DocModel } from "../../core/model";
import { previousSource } from "../../core/previous";
import type { ApplyResult, Edit } from "../../core/edits";
import type { DocumentHost, ReviewComment } from "../../host/host";
import { pick } from "../../i18n";
import { reviewText } from "../../i18n/messages/review";
import { ruleMeta } from "./engine";

/** The text of a finding's comment: the message, the suggested fix, the source. */
export function commentFor(f: Finding): string {
  const lines = [pick(f.message)];
  if (f.fix) lines.push(reviewText("comment.fix", { fix: f.fix.replacement }));
  const source = f.rule.startsWith("previous-") ? previousSource() : ruleMeta(f.rule)?.source;
  if (source) lines.push(reviewText("comment.source", { source: pick(source) }));
  return lines.join("\n");
}

/** The comments of findings; a finding about the whole document is anchored at its first character. */
export function commentsFor(findings: readonly Finding[]): ReviewComment[] {
  return findings.map((f) => ({
    location:
      f.paragraph === null
        ? { paragraph: 0, offset: 0, length: 0 }
        : { paragraph: f.paragraph, offset: f.offset, length: f.length, expected: f.expected ?? undefined },
    text: commentFor(f),
  }));
}

/**
 * The host seen by the 检查 tab: the same host, whose applyEdits makes tracked changes while
 * `tracked()` is true (and the host can).
 */
export function reviewHost(host: DocumentHost, tracked: () => boolean): DocumentHost {
  const applyEdits = (edits: readonly Edit[]): Promise<ApplyResult> =>
    tracked() && host.applyEditsTracked ? host.applyEditsTracked(edits) : host.applyEdits(edits);
  return new Proxy(host, {
    get(target, prop) {
      if (prop === "applyEdits") return applyEdits;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Read last year's report from a chosen file (.docx or .txt); null for another type. */
export async function readPreviousFile(name: string, bytes: Uint8Array): Promise<DocModel | null> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".txt")) {
    const { readTextFile } = await import(/* webpackChunkName: "text-reader" */ "../../formats/text");
    return readTextFile(bytes);
  }
  if (lower.endsWith(".docx")) {
    const { readDocx } = await import(/* webpackChunkName: "docx-reader" */ "../../formats/docx");
    return readDocx(bytes, name);
  }
  return null;
}

/** A chosen file's bytes (Blob.arrayBuffer, or FileReader where a webview lacks it). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}
