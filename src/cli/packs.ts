/**
 * `--pack <file>` of `lianzheng new` and `lianzheng check`: an organisation's template pack (templates,
 * scaffolds and report kinds, the same JSON the 模板 tab imports), validated whole: an invalid pack is
 * reported entry by entry and nothing of it is used (exit 2).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describePackIssues } from "../genre/template-pack-issues";
import { validatePack, type PackData } from "../genre/template-schema";
import { templatesText as t } from "../i18n/messages/templates";
import { reportError } from "./common";
import type { CliIo } from "./io";

/** The pack of `file`, or null when it cannot be read or is invalid (the problem is on stderr). */
export async function loadTemplatePack(file: string, io: CliIo, command: string): Promise<PackData | null> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (e) {
    const message = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
    reportError(io, command, t("cli.pack.read", { file, message }));
    return null;
  }
  const r = validatePack(text);
  if (!r.ok) {
    reportError(io, command, t("cli.pack.invalid", { file, issues: describePackIssues(r.issues) }));
    return null;
  }
  return r.pack;
}
