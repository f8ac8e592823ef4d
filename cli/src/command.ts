import type { FlagSpec, ParsedArgs } from "./args.js";
import type { Io } from "./io.js";

/** One `cchc <name>` command. `run` returns the exit code; throw CliError for bad input. */
export interface Command {
  name: string;
  /** Usage line, e.g. "cchc due <ngày nhận> <số ngày> [--format json]". */
  usage: string;
  /** One Vietnamese line for `cchc --help`. */
  summary: string;
  /** The flags the command accepts besides --help and --format; any other is refused. */
  flags: FlagSpec;
  run(args: ParsedArgs, io: Io): Promise<number>;
}
