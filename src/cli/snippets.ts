/** `lianzheng snippets` (placeholder until its issue lands; replaced by the real command). */
import type { Command } from "commander";
import type { CliIo } from "./io";

export function register(program: Command, io: CliIo): void {
  program
    .command("snippets")
    .description("snippets (not built yet)")
    .allowUnknownOption()
    .action(() => {
      io.stderr("lianzheng snippets: not built yet\n");
      io.exitCode = 2;
    });
}
