import type { Command } from "../command.js";

/**
 * Every command of the CLI, in the order `cchc --help` lists them, each loaded only when run
 * (a date calculation does not load the .xlsx reader or exceljs). Add one line per command.
 */
const loaders: Record<string, () => Promise<Command>> = {
  due: () => import("./due.js").then((m) => m.due),
  workdays: () => import("./workdays.js").then((m) => m.workdays),
  holidays: () => import("./holidays.js").then((m) => m.holidays),
  lunar: () => import("./lunar.js").then((m) => m.lunar),
  deadline: () => import("./deadline.js").then((m) => m.deadline),
  dossiers: () => import("./dossiers.js").then((m) => m.dossiers),
  validate: () => import("./validate.js").then((m) => m.validate),
  summary: () => import("./summary.js").then((m) => m.summary),
  rollup: () => import("./rollup.js").then((m) => m.rollup),
  score: () => import("./score.js").then((m) => m.score),
  template: () => import("./template.js").then((m) => m.template),
  workbook: () => import("./workbook.js").then((m) => m.workbook),
};

export const commandNames: readonly string[] = Object.keys(loaders);

export function loadCommand(name: string): Promise<Command> {
  return loaders[name]();
}
