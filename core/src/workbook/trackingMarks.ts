/**
 * The "Ghi nhận tình trạng" of each task in the tracking workbook: what the task's status words
 * say (core's readStatus), written so that the sheet's status formula gives the bucket the
 * annual summary gives — done words only when no completion date is known; overdue and dropped
 * words always (trackedStatus lets a completion date decide first, as the formula does).
 */
import type { AppendixTable } from "../appendix/types.js";
import type { TaskStatusRow } from "../summary/annualSummary.js";
import { MARK_DONE, MARK_DONE_EARLY, MARK_DONE_LATE, MARK_DONE_ON_TIME, MARK_DROPPED, MARK_OVERDUE } from "./trackingSheets.js";

export function trackingMarks(table: AppendixTable, statuses: readonly TaskStatusRow[]): string[] {
  const byRow = new Map(table.tasks.map((t) => [t.row, t]));
  return statuses.map((s) => {
    const t = byRow.get(s.row);
    const r = t?.statusReading;
    if (!t || !r) return "";
    if (r.kind === "overdue") return MARK_OVERDUE;
    if (r.kind === "dropped") return MARK_DROPPED;
    if (r.kind !== "done") return "";
    const date = t.completed ?? r.completed;
    if (date !== null) return "";
    if (r.timeliness === "late") return MARK_DONE_LATE;
    if (r.timeliness === "onTime") return MARK_DONE_ON_TIME;
    if (r.timeliness === "early") return MARK_DONE_EARLY;
    return MARK_DONE;
  });
}
