/**
 * "Lịch làm việc": every date of the years a tracking workbook needs, with its working-day flag
 * from core's calendar (official tables where they exist, the Labour Code's rules beyond), the
 * reason, the flag after the user's own days (settings sheet) and a running count of working
 * days. The running count lets plain INDEX/MATCH formulas find the N-th working day after a
 * date, make-up Saturdays included, which WORKDAY.INTL cannot express.
 */
import { NGAY_VAN_HOA, optionalDayEntries } from "../calendar/optionalDaysOff.js";
import { dayOffReason, isWorkingDay } from "../calendar/workingDays.js";
import { dayFromYMD, dayToExcelSerial, weekday } from "../dates/day.js";
import type { GridCell, WorkbookName, GridSheet } from "./gridSpec.js";
import { formulaText } from "./gridSpec.js";
import { SETTINGS_NAME_DAYS_OFF, SETTINGS_NAME_VAN_HOA, SETTINGS_NAME_WORKING_DAYS, SETTINGS_YES } from "./workbookNames.js";

export const CALENDAR_SHEET = "Lịch làm việc";
export const CALENDAR_FIRST_YEAR = 2020;
export const CALENDAR_LAST_YEAR = 2030;

/** Defined names over the calendar's columns. */
export const CALENDAR_NAMES = {
  dates: "CCHC_LichNgay",
  working: "CCHC_LichLamViec",
  count: "CCHC_LichLuyKe",
} as const;

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

export interface CalendarSheetResult {
  sheet: GridSheet;
  names: WorkbookName[];
  /** Last row (1-based) of the date list. */
  lastRow: number;
}

/** Years first…last (default 2020–2030), one row per date from row 2. */
export function calendarSheet(name = CALENDAR_SHEET, firstYear = CALENDAR_FIRST_YEAR, lastYear = CALENDAR_LAST_YEAR): CalendarSheetResult {
  const first = dayFromYMD(firstYear, 1, 1);
  const last = dayFromYMD(lastYear, 12, 31);
  const header = (v: string): GridCell => ({ v, head: true, bold: true, wrap: true });
  const rows: (GridCell | null)[][] = [
    [
      header("Ngày"),
      header("Thứ"),
      header("Theo lịch chính thức (1 = làm việc)"),
      header("Lý do (nghỉ lễ, Tết, nghỉ bù, làm bù)"),
      header("Ngày nghỉ tùy chọn 24/11 (nghỉ khi bật ở trang Cài đặt)"),
      header("Làm việc (sau ngày nghỉ/làm thêm ở trang Cài đặt)"),
      header("Số ngày làm việc lũy kế"),
    ],
  ];
  const optional = new Set(optionalDayEntries(NGAY_VAN_HOA).map((e) => e.day));
  for (let d = first; d <= last; d++) {
    const r = rows.length + 1;
    const base = isWorkingDay(d) ? 1 : 0;
    rows.push([
      { v: dayToExcelSerial(d), fmt: "date" },
      { v: WEEKDAYS[weekday(d)]! },
      { v: base, fmt: "integer" },
      { v: dayOffReason(d) ?? "" },
      optional.has(d) ? { v: 1, fmt: "integer" } : null,
      // A day the user lists as a day off wins over one listed as a working day (as in core);
      // 24/11 is off only when the settings' switch (CCHC_NgayVanHoa) says "Có".
      {
        f: `IF(COUNTIF(${SETTINGS_NAME_DAYS_OFF},A${r})>0,0,IF(COUNTIF(${SETTINGS_NAME_WORKING_DAYS},A${r})>0,1,IF(AND(E${r}=1,${SETTINGS_NAME_VAN_HOA}=${formulaText(SETTINGS_YES)}),0,C${r})))`,
        fmt: "integer",
      },
      { f: r === 2 ? `F${r}` : `G${r - 1}+F${r}`, fmt: "integer" },
    ]);
  }
  const lastRow = rows.length;
  const range = (c: string) => `$${c}$2:$${c}$${lastRow}`;
  return {
    sheet: {
      name,
      rows,
      widths: [12, 10, 14, 46, 14, 18, 14],
      freeze: { rows: 1, columns: 0 },
      print: { landscape: false, fitToWidth: true, repeatRows: 1 },
    },
    names: [
      { name: CALENDAR_NAMES.dates, sheet: name, ref: range("A") },
      { name: CALENDAR_NAMES.working, sheet: name, ref: range("F") },
      { name: CALENDAR_NAMES.count, sheet: name, ref: range("G") },
    ],
    lastRow,
  };
}
