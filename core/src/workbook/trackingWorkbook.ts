/**
 * The tracking workbook ("sổ theo dõi", issue 13): a validated appendix turned into sheets that
 * keep computing with plain formulas once they leave our tools — "Phụ lục" (tasks, due dates,
 * live status), "Tổng hợp" (live figures with named result cells), "Tính hạn" (a due-date
 * calculator), "Lịch làm việc" (the official working-day calendar 2020–2030) and the settings
 * sheet holding the reporting date. The CLI writes it as a new .xlsx; the add-ins add its sheets
 * to the open workbook (names made unique, an existing settings sheet reused).
 */
import type { CalendarOptions } from "../calendar/types.js";
import type { Day } from "../dates/day.js";
import type { AppendixTable } from "../appendix/types.js";
import { taskStatuses } from "../summary/annualSummary.js";
import { CALENDAR_NAMES, CALENDAR_SHEET, calendarSheet } from "./calendarSheet.js";
import { DUE_SHEET, dueSheet } from "./dueSheet.js";
import type { WorkbookSpec } from "./gridSpec.js";
import { settingsGrid } from "./settingsGrid.js";
import { SUMMARY_SHEET, summarySheet, TASK_SHEET, taskSheet } from "./trackingSheets.js";
import { trackingMarks } from "./trackingMarks.js";
import { RESULT_NAMES } from "./workbookNames.js";

export interface TrackingSheetNames {
  tasks: string;
  summary: string;
  due: string;
  calendar: string;
}

export interface TrackingWorkbookOptions {
  planYear: number;
  asOf: Day;
  calendar?: CalendarOptions;
  /** Sheet names (defaults "Phụ lục", "Tổng hợp", "Tính hạn", "Lịch làm việc"). */
  sheetNames?: TrackingSheetNames;
  /** false when the workbook already has the settings sheet (its names are then reused). */
  withSettings?: boolean;
  /** Rows of the due-date calculator (default 1,000). */
  dueRows?: number;
  /** Pre-filled inputs of the calculator (Excel serials of dates, N). */
  dueInputs?: readonly (readonly [number, number])[];
  /** The department's own units (settings, column E): offered in the task sheet's unit column and kept in the settings sheet. */
  departmentUnits?: readonly string[];
}

export const TRACKING_SHEET_NAMES: TrackingSheetNames = Object.freeze({
  tasks: TASK_SHEET,
  summary: SUMMARY_SHEET,
  due: DUE_SHEET,
  calendar: CALENDAR_SHEET,
});

/** Workbook-level names the sổ theo dõi defines besides the settings' (a second sổ in one workbook would clash). */
export const TRACKING_NAMES: readonly string[] = Object.freeze([...Object.values(RESULT_NAMES), ...Object.values(CALENDAR_NAMES)]);

/** Names for the sổ's sheets that none of `existing` uses (compared without case): "Phụ lục (theo dõi)", "… 2". */
export function trackingSheetNames(existing: readonly string[]): TrackingSheetNames {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  const pick = (base: string): string => {
    for (let i = 1; ; i++) {
      const name = i === 1 ? base : `${base} ${i}`;
      if (!taken.has(name.toLocaleLowerCase("vi"))) {
        taken.add(name.toLocaleLowerCase("vi"));
        return name;
      }
    }
  };
  return {
    tasks: pick(existing.length > 0 ? `${TASK_SHEET} (theo dõi)` : TASK_SHEET),
    summary: pick(existing.length > 0 ? `${SUMMARY_SHEET} (theo dõi)` : SUMMARY_SHEET),
    due: pick(DUE_SHEET),
    calendar: pick(CALENDAR_SHEET),
  };
}

export function trackingWorkbook(table: AppendixTable, options: TrackingWorkbookOptions): WorkbookSpec {
  const names = options.sheetNames ?? TRACKING_SHEET_NAMES;
  const statuses = taskStatuses(table, { planYear: options.planYear, asOf: options.asOf });
  const tasks = taskSheet({ table, statuses, marks: trackingMarks(table, statuses), name: names.tasks, departmentUnits: options.departmentUnits });
  const summary = summarySheet(options.planYear, tasks, names.summary);
  const calendar = calendarSheet(names.calendar);
  const due = dueSheet({ name: names.due, lastRow: options.dueRows, inputs: options.dueInputs });
  const spec: WorkbookSpec = {
    sheets: [tasks.sheet, summary.sheet, due, calendar.sheet],
    names: [...summary.names, ...calendar.names],
  };
  if (options.withSettings !== false) {
    const settings = settingsGrid({
      planYear: options.planYear,
      asOf: options.asOf,
      ngayVanHoa: options.calendar?.ngayVanHoa === true,
      extraDaysOff: options.calendar?.extraDaysOff,
      extraWorkingDays: options.calendar?.extraWorkingDays,
      departmentUnits: options.departmentUnits,
    });
    spec.sheets.push(settings.sheet);
    spec.names.push(...settings.names);
  }
  return spec;
}

