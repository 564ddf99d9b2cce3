/** Where the CLI writes, so that tests can run it in-process. */
import { defineMessages, resolveLocale, setLocale } from "../i18n";
import { onClosedPipe, terminalSafe } from "./safe-output";

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
  setLocale(resolveLocale(process.env.LIANZHENG_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? "zh-CN"));
  const io: CliIo = {
    // Nothing from a document reaches the terminal as a control sequence.
    stdout: (s) => process.stdout.write(terminalSafe(s)),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
  // `lianzheng check … | head` closes the pipe early: stop quietly with the exit code earned so far.
  onClosedPipe(process.stdout, io);
  onClosedPipe(process.stderr, io);
  return io;
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
