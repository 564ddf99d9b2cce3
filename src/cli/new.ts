/**
 * `lianzheng new --kind <id> [--year] [--period] [--unit] [--name] [--post] [--to] [--date] -o out.docx` and
 * `lianzheng new --list` (DESIGN.md section 5): write a report template as a .docx, the given fields filled
 * in and the rest left as 【请填写…】 placeholders. Exit 0 on success, 2 on bad usage or a write error.
 *
 * This file declares the command; the work (templates, the .docx writer) is in new-run.ts, loaded when the
 * command runs.
 */
import type { Command } from "commander";
import type { CliIo } from "./io";
import type { NewOptions } from "./contracts";
import { formatOption } from "./common";
import { templatesText as t } from "../i18n/messages/templates";
import { readerText } from "../i18n/messages/readers";

export function register(program: Command, io: CliIo): void {
  program
    .command("new")
    .description(t("cli.new.description"))
    .option("--kind <id>", t("cli.new.kind"))
    .option("--list", t("cli.new.list"))
    .option("--year <yyyy>", "年度 / year")
    .option("--period <text>", "季度或半年 / quarter or half-year (第一季度, 上半年)")
    .option("--unit <text>", "单位 / unit")
    .option("--name <text>", "报告人 / reporter")
    .option("--post <text>", "职务 / post")
    .option("--to <text>", "主送机关 / addressee")
    .option("--date <date>", "成文日期 / date (2024年12月20日 or 2024-12-20)")
    .option("-o, --output <file>", t("cli.new.out"))
    .option("--pack <file>", t("cli.new.pack"))
    .option("--force", readerText("option.force"))
    .option("--fallback-fonts", "仿宋/楷体/宋体 instead of 仿宋_GB2312/楷体_GB2312/方正小标宋简体")
    .addOption(formatOption())
    .action(async (opts: NewOptions) => {
      const { runNew } = await import(/* webpackChunkName: "new" */ "./new-run");
      await runNew(opts, io);
    });
}
