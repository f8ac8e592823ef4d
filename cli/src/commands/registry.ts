import type { Command } from "../command.js";

/** Every command of the CLI, in the order `cchc --help` lists them. Add one line per command. */
export const commands: Command[] = [];
