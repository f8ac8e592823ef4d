/**
 * What commands use when a setting is left empty, decided once for every host: the plan year,
 * the reporting date and the default period of "Thống kê hồ sơ". `today` is passed in by the
 * host (core reads no clock).
 */
import { dayFromYMD, type Day, yearOf } from "../dates/day.js";
import type { WorkbookSettings } from "./settingsModel.js";

/** The plan year: the one set, else the reporting date's year, else today's. */
export function effectivePlanYear(s: Pick<WorkbookSettings, "planYear" | "asOf">, today: Day): number {
  return s.planYear ?? yearOf(s.asOf ?? today);
}

/** The reporting date: the one set, else today. */
export function effectiveAsOf(s: Pick<WorkbookSettings, "asOf">, today: Day): Day {
  return s.asOf ?? today;
}

/**
 * The default period of "Thống kê hồ sơ" (also prefilled in the task pane and the sidebar):
 * 01/01 of the plan year (or of the reporting date's year) to the reporting date when it falls
 * in that year, else to 31/12. null when neither a plan year nor a reporting date is set.
 */
export function defaultDossierPeriod(s: Pick<WorkbookSettings, "planYear" | "asOf">): { from: Day; to: Day } | null {
  const year = s.planYear ?? (s.asOf !== null ? yearOf(s.asOf) : null);
  if (year === null) return null;
  const to = s.asOf !== null && yearOf(s.asOf) === year ? s.asOf : dayFromYMD(year, 12, 31);
  return { from: dayFromYMD(year, 1, 1), to };
}
