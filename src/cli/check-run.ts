/** The work of `lianzheng check` (declared in check.ts): read, check and print each file. */
import { check } from "../core/check";
import type { Finding } from "../core/findings";
import { pick } from "../i18n";
import { rulesText } from "../i18n/messages/rules";
import type { CheckFileJson, CheckFindingJson, CheckJson, CheckOpts } from "./contracts";
import { ellipsize, readInputFile, reportError, InputError } from "./common";
import type { CliIo } from "./io";
import { checkSetup, printResult } from "./check-setup";

export { checkSetup, kindsOfPack, loadConfig, printResult, type CheckSetup } from "./check-setup";

/** Files from which on a progress line is shown (on a terminal). */
const PROGRESS_FROM = 5;

export function findingJson(f: Finding): CheckFindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    message: pick(f.message),
    paragraph: f.paragraph,
    offset: f.offset,
    length: f.length,
    excerpt: f.excerpt,
    fix: f.fix ? { replacement: f.fix.replacement } : null,
    ...(f.match ? { match: { ...f.match } } : {}),
  };
}

export function findingLine(file: string, f: Finding): string {
  const where = f.paragraph === null ? "-:-" : `${f.paragraph}:${f.offset}`;
  return `${file}:${where} ${f.severity} ${f.rule} ${pick(f.message).replace(/[\r\n]+/g, " ")}`;
}

export async function runCheck(files: string[], opts: CheckOpts, io: CliIo): Promise<number> {
  const setup = await checkSetup(opts, io);
  if (!setup) return 2;
  const { config, kinds } = setup;

  const json: CheckJson = { version: 1, files: [] };
  const counts = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  const progress = io.stderrIsTTY && files.length >= PROGRESS_FROM;
  for (let n = 0; n < files.length; n++) {
    const file = files[n];
    if (progress)
      io.stderr(
        `\r\x1b[K${rulesText("cli.progress", { n: n + 1, total: files.length, file: ellipsize(file, 50) })}`,
      );
    let entry: CheckFileJson;
    try {
      const model = await readInputFile(file, io);
      const r = check(model, config, { kinds });
      for (const f of r.findings) counts[f.severity]++;
      // The code earned so far, before any output: a closed pipe exits with it (safe-output.ts).
      if (counts.error > 0) io.exitCode = Math.max(io.exitCode ?? 0, 1);
      entry = { file, kind: r.kind, year: r.year, error: null, findings: r.findings.map(findingJson) };
      if (opts.format === "text") {
        let out = "";
        for (const f of r.findings) out += findingLine(file, f) + "\n";
        io.stdout(out);
      }
    } catch (e) {
      unreadable++;
      io.exitCode = 2;
      const message =
        e instanceof InputError
          ? e.message
          : rulesText("cli.fileError", { message: e instanceof Error ? e.message : String(e) });
      if (progress) io.stderr("\r\x1b[K");
      reportError(io, "check", message);
      entry = { file, kind: null, year: null, error: message, findings: [] };
    }
    json.files.push(entry);
  }
  if (progress) io.stderr("\r\x1b[K");
  printResult(io, opts.format, json, files.length, counts, unreadable);
  return unreadable ? 2 : counts.error > 0 ? 1 : 0;
}
