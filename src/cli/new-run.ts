/** The work of `lianzheng new` (declared in new.ts): list the templates or write one as a .docx. */
import { resolve } from "path";
import type { CliIo } from "./io";
import { FileExistsError, writeFileSafely } from "./safe-output";
import { readerText } from "../i18n/messages/readers";
import { printJson, reportError } from "./common";
import type { NewOptions } from "./contracts";
import { TEMPLATES, findTemplate } from "../genre/templates";
import type { TemplateData } from "../genre/template-schema";
import { loadTemplatePack } from "./packs";
import { renderTemplate } from "../core/scaffold";
import { yearData, type YearData } from "../core/year-data";
import { normalizeDate, normalizeYear, type FieldValues } from "../core/fields";
import { writeDocx } from "../formats/docx-writer";
import { templatesText as t } from "../i18n/messages/templates";
import { getLocale, pick } from "../i18n";

function fail(io: CliIo, message: string): void {
  reportError(io, "new", message);
  io.exitCode = 2;
}

export async function runNew(opts: NewOptions, io: CliIo): Promise<void> {
  if (opts.format !== "text" && opts.format !== "json")
    return fail(io, `--format: text|json (${opts.format})`);
  const json = opts.format === "json";
  const locale = getLocale();
  let extra: TemplateData[] = [];
  let data: YearData | undefined;
  if (opts.pack) {
    const pack = await loadTemplatePack(opts.pack, io, "new");
    if (!pack) {
      io.exitCode = 2;
      return;
    }
    extra = pack.templates ?? [];
    // its year rows give the year tokens ({{plenum}}…) of a year the shipped data does not have yet
    const { references = [], yearItems = [] } = pack;
    if (references.length || yearItems.length) data = yearData({ references, yearItems });
  }
  const ids = new Set(extra.map((x) => x.id));
  const templates = [...extra, ...TEMPLATES.filter((x) => !ids.has(x.id))];
  if (opts.list) {
    if (json) {
      const kinds = templates.map((x) => ({
        id: x.id,
        kind: x.kind,
        name: pick(x.name, locale),
        fields: x.fields,
      }));
      printJson(io, { version: 1, kinds });
    } else {
      const width = Math.max(...templates.map((x) => x.id.length));
      for (const x of templates) io.stdout(`${x.id.padEnd(width)}  ${pick(x.name, locale)}\n`);
    }
    return;
  }
  if (!opts.kind) return fail(io, t("cli.new.missingKind"));
  const template = findTemplate(opts.kind, extra);
  if (!template)
    return fail(
      io,
      t("cli.new.unknownKind", { kind: opts.kind, kinds: templates.map((x) => x.id).join(", ") }),
    );
  if (!opts.output) return fail(io, t("cli.new.missingOut"));
  const values: FieldValues = {};
  if (opts.year !== undefined) {
    const y = normalizeYear(opts.year);
    if (!y) return fail(io, t("cli.new.badYear", { value: opts.year }));
    values.year = y;
  }
  if (opts.date !== undefined) {
    const d = normalizeDate(opts.date);
    if (!d) return fail(io, t("cli.new.badDate", { value: opts.date }));
    values.date = d;
  }
  for (const k of ["period", "unit", "name", "post", "to"] as const)
    if (opts[k]?.trim()) values[k] = opts[k]!.trim();
  const paragraphs = renderTemplate(template, values, { yearData: data });
  const fields = paragraphs.reduce((n, p) => n + (p.fields?.length ?? 0), 0);
  const file = resolve(io.cwd, opts.output);
  try {
    const bytes = await writeDocx(paragraphs, {
      title: paragraphs[0].text,
      fallbackFonts: opts.fallbackFonts,
    });
    await writeFileSafely(file, bytes, opts.force);
  } catch (e) {
    if (e instanceof FileExistsError) return fail(io, readerText("file.exists", { file: opts.output }));
    return fail(
      io,
      t("cli.new.writeError", { file: opts.output, message: e instanceof Error ? e.message : String(e) }),
    );
  }
  if (json)
    printJson(io, {
      version: 1,
      file: opts.output,
      kind: template.id,
      paragraphs: paragraphs.length,
      fields,
    });
  else io.stdout(t("cli.new.written", { file: opts.output, count: paragraphs.length, fields }) + "\n");
}
