import { toVN } from "@cchc/core";

/** What "Thống kê hồ sơ" runs with: the period [from, to] (inclusive) and the grouping (core's form type). */
export type { DossierRunOptions } from "@cchc/core";
import type { DossierRunOptions } from "@cchc/core";

/** The default period of the menu command, prefilled in the sidebar: decided in core for every host. */
export { defaultDossierPeriod } from "@cchc/core";

/** "kỳ 01/01/2025 – 30/06/2025, theo đơn vị": how results and messages name the run. */
export function describeDossierRun(o: DossierRunOptions): string {
  return `kỳ ${toVN(o.from)} – ${toVN(o.to)}, ${o.by === "unit" ? "theo đơn vị" : "theo cán bộ xử lý"}`;
}
