/**
 * One unit of a roll-up: its table read, checked and summarised exactly as `cchc summary` and
 * "Tổng hợp năm" do, named from its title block (or the given fallback: the file or sheet
 * name), or the short reason it cannot be used. The CLI calls it per file, the add-ins per sheet.
 */
import type { MergedRange } from "../appendix/merges.js";
import { validateAppendix } from "../appendix/validate.js";
import type { Day } from "../dates/day.js";
import { annualSummary } from "../summary/annualSummary.js";
import type { CalendarOptions } from "../calendar/types.js";
import { dossierStats } from "../dossiers/dossierStats.js";
import type { DossierStatsResult } from "../dossiers/types.js";
import type { RollupUnitInput } from "./rollup.js";
import { unitNameFromTitle } from "./unitName.js";

export interface UnitSource {
  /** Where the table is, for the report: a file path or a sheet name. */
  source: string;
  /** The unit's name when its title block names none. */
  fallbackName: string;
  cells: unknown[][];
  merges?: readonly MergedRange[];
  firstRow?: number;
  firstColumn?: number;
}

/** The first sentence of a long message (a roll-up lists many sources; details are in the check). */
export function shortReason(message: string): string {
  const cut = message.search(/\. (Đã tìm|Hãy|Cách dùng)/);
  return cut > 0 ? message.slice(0, cut + 1) : message;
}

export function summariseUnit(src: UnitSource, options: { planYear: number; asOf: Day }): { unit: RollupUnitInput } | { skip: string } {
  const report = validateAppendix(src.cells, {
    planYear: options.planYear,
    asOf: options.asOf,
    merges: src.merges ? [...src.merges] : undefined,
    firstRow: src.firstRow,
    firstColumn: src.firstColumn,
  });
  if (report.error !== undefined || !report.table) return { skip: shortReason(report.error ?? "Không đọc được bảng phụ lục.") };
  if (report.stats.tasks === 0) return { skip: "Bảng phụ lục chưa có nhiệm vụ nào." };
  const s = annualSummary(report.table, { planYear: options.planYear, asOf: options.asOf });
  if (s.error !== undefined) return { skip: shortReason(s.error) };
  return {
    unit: {
      unit: unitNameFromTitle(src.cells) ?? src.fallbackName,
      file: src.source,
      totals: s.totals,
      lateRate: s.lateRate,
      errors: report.stats.errors,
      warnings: report.stats.warnings,
      overdueTasks: s.overdueTasks,
    },
  };
}

/**
 * A sheet of a roll-up in the add-ins: a unit's plan (summarised as above) or, when it is not one,
 * a one-stop export (counted by unit as "Thống kê hồ sơ" does, for `period`), else the reason it
 * cannot be used. The CLI makes the same choice per file, reading exports as they stream.
 */
export function summariseSource(
  src: UnitSource,
  options: { planYear: number; asOf: Day; period: { from: Day; to: Day }; calendar?: CalendarOptions },
): { unit: RollupUnitInput } | { export: DossierStatsResult } | { skip: string } {
  const plan = summariseUnit(src, options);
  if (!("skip" in plan)) return plan;
  const stats = dossierStats(src.cells, { from: options.period.from, to: options.period.to, by: "unit", calendar: options.calendar, firstRow: src.firstRow });
  return stats.ok ? { export: stats.result } : plan;
}
