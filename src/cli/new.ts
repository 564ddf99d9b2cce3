/** `lianzheng new` (placeholder until its issue lands; replaced by the real command). */
import type { Command } from "commander";
import type { CliIo } from "./io";

export function register(program: Command, io: CliIo): void {
  program
    .command("new")
    .description("new (not built yet)")
    .allowUnknownOption()
    .action(() => {
      io.stderr("lianzheng new: not built yet\n");
      io.exitCode = 2;
    });
}
