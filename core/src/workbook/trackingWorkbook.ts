/**
 * The tracking workbook ("sổ theo dõi", issue 13): a validated appendix turned into sheets that
 * keep computing with plain formulas once they leave our tools — "Phụ lục" (tasks, due dates,
 * live status), "Tổng hợp" (live figures with named result cells), "Lịch làm việc" (the
 * official working-day calendar 2020–2030), "Tính hạn" (a due-date calculator) and the settings
 * sheet holding the reporting date. The CLI writes it as .xlsx; the add-ins add its sheets.
 */
import type { CalendarOptions } from "../calendar/types.js";
import type { Day } from "../dates/day.js";
import type { AppendixTable } from "../appendix/types.js";
import { taskStatuses } from "../summary/annualSummary.js";
import { calendarSheet } from "./calendarSheet.js";
import { dueSheet } from "./dueSheet.js";
import type { WorkbookSpec } from "./gridSpec.js";
import { settingsGrid } from "./settingsGrid.js";
import { summarySheet, taskSheet } from "./trackingSheets.js";
import { trackingMarks } from "./trackingMarks.js";

export interface TrackingWorkbookOptions {
  planYear: number;
  asOf: Day;
  calendar?: CalendarOptions;
  /** Rows of the due-date calculator (default 1,000). */
  dueRows?: number;
  /** Pre-filled inputs of the calculator (Excel serials of dates, N). */
  dueInputs?: readonly (readonly [number, number])[];
}

export function trackingWorkbook(table: AppendixTable, options: TrackingWorkbookOptions): WorkbookSpec {
  const statuses = taskStatuses(table, { planYear: options.planYear, asOf: options.asOf });
  const tasks = taskSheet({ table, statuses, marks: trackingMarks(table, statuses) });
  const summary = summarySheet(options.planYear, tasks);
  const calendar = calendarSheet();
  const settings = settingsGrid({
    planYear: options.planYear,
    asOf: options.asOf,
    extraDaysOff: options.calendar?.extraDaysOff,
    extraWorkingDays: options.calendar?.extraWorkingDays,
  });
  const due = dueSheet({ lastRow: options.dueRows, inputs: options.dueInputs });
  return {
    sheets: [tasks.sheet, summary.sheet, due, calendar.sheet, settings.sheet],
    names: [...summary.names, ...calendar.names, ...settings.names],
  };
}
