import { type Day, type DossierGroupBy, dayFromYMD, toVN, yearOf } from "@cchc/core";
import type { Settings } from "../settings/settings.js";

/** What "Thống kê hồ sơ" runs with: the period [from, to] (inclusive) and the grouping. */
export interface DossierRunOptions {
  from: Day;
  to: Day;
  by: DossierGroupBy;
}

/**
 * The quick default of the menu command, also prefilled in the sidebar: 01/01 of the plan year
 * (or of the reporting date's year) to the reporting date, 31/12 when no reporting date is
 * set. null when the settings have neither a plan year nor a reporting date.
 */
export function defaultDossierPeriod(settings: Pick<Settings, "planYear" | "asOf">): { from: Day; to: Day } | null {
  const year = settings.planYear ?? (settings.asOf !== null ? yearOf(settings.asOf) : null);
  if (year === null) return null;
  return { from: dayFromYMD(year, 1, 1), to: settings.asOf ?? dayFromYMD(year, 12, 31) };
}

/** "kỳ 01/01/2025 – 30/06/2025, theo đơn vị": how results and messages name the run. */
export function describeDossierRun(o: DossierRunOptions): string {
  return `kỳ ${toVN(o.from)} – ${toVN(o.to)}, ${o.by === "unit" ? "theo đơn vị" : "theo cán bộ xử lý"}`;
}
