import type { Command } from "../command.js";
import { deadline } from "./deadline.js";
import { dossiers } from "./dossiers.js";
import { due } from "./due.js";
import { holidays } from "./holidays.js";
import { lunar } from "./lunar.js";
import { score } from "./score.js";
import { summary } from "./summary.js";
import { template } from "./template.js";
import { validate } from "./validate.js";
import { workdays } from "./workdays.js";

/** Every command of the CLI, in the order `cchc --help` lists them. Add one line per command. */
export const commands: Command[] = [
  due,
  workdays,
  holidays,
  lunar,
  deadline,
  dossiers,
  validate,
  summary,
  template,
  score,
];
