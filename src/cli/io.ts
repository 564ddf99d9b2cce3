/** Where the CLI writes, so that tests can run it in-process. */
import { defineMessages, resolveLocale, setLocale } from "../i18n";

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stderr is a terminal (progress lines). */
  readonly stderrIsTTY: boolean;
  /** Set by a command that wants a non-zero exit code. */
  exitCode?: number;
  cwd: string;
}

export function nodeIo(): CliIo {
  // `lianzheng check … | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  setLocale(resolveLocale(process.env.LIANZHENG_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? "zh-CN"));
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** Collects output in memory (tests). */
export function memoryIo(cwd = process.cwd()): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stderrIsTTY: false,
    cwd,
    exitCode: undefined as number | undefined,
    stdout(s: string) {
      io.out += s;
    },
    stderr(s: string) {
      io.err += s;
    },
  };
  return io;
}

export const cliText = defineMessages({
  "zh-CN": {
    "program.description": "廉政报告助手命令行：检查述责述廉报告、生成模板、查找规范表述",
  },
  "en-US": {
    "program.description":
      "Lianzheng Writer command line: check reports on Party conduct, write templates, search standard phrasing",
  },
});
