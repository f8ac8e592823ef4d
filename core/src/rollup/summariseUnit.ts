/**
 * One unit of a roll-up: its table read, checked and summarised exactly as `cchc summary` and
 * "Tổng hợp năm" do, named from its title block (or the given fallback: the file or sheet
 * name), or the short reason it cannot be used. The CLI calls it per file, the add-ins per sheet.
 */
import type { MergedRange } from "../appendix/merges.js";
import { validateAppendix } from "../appendix/validate.js";
import type { Day } from "../dates/day.js";
import { annualSummary } from "../summary/annualSummary.js";
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
