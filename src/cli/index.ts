/**
 * `lianzheng`: the engine without Word (DESIGN.md section 5). Each subcommand lives in its own file
 * and registers itself on the program.
 */
import { Command, CommanderError } from "commander";
import { register as registerOutline } from "./outline";
import { register as registerCheck } from "./check";
import { register as registerNew } from "./new";
import { register as registerSnippets } from "./snippets";
import { cliText, type CliIo, nodeIo } from "./io";

export function buildProgram(io: CliIo): Command {
  const program = new Command("lianzheng")
    .description(cliText("program.description"))
    .version(process.env.LIANZHENG_VERSION ?? "0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  registerOutline(program, io);
  registerCheck(program, io);
  registerNew(program, io);
  registerSnippets(program, io);
  return program;
}

/** Run the CLI; resolves to the exit code (0 fine, 1 check found errors, 2 bad usage or unreadable input). */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return io.exitCode ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      )
        return 0;
      return 2;
    }
    io.stderr(`lianzheng: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
