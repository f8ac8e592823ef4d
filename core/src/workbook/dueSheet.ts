/**
 * "Tính hạn": a due-date calculator in plain formulas. A "Ngày nhận", B "Số ngày làm việc",
 * C "Hạn xử lý" = the N-th working day after the date (as HANXULY and WORKDAY: the day of receipt
 * not counted; N negative counts back; N = 0 gives the date itself), D "Số ngày làm việc đến ngày
 * báo cáo" = working days from the date to the reporting date, both ends counted (NETWORKDAYS).
 *
 * With K(d) the running count of working days up to d (calendar sheet) and w(d) its flag:
 *  - N > 0: the first date whose count is K(s) + N;
 *  - N < 0: the first date whose count is K(s) − w(s) + N + 1;
 *  - days between s ≤ t: K(t) − K(s) + w(s); s > t: −(K(s) − K(t) + w(t)).
 */
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, CALENDAR_NAMES } from "./calendarSheet.js";
import type { GridCell, GridSheet } from "./gridSpec.js";
import { formulaText } from "./gridSpec.js";
import { SETTINGS_NAME_AS_OF } from "./workbookNames.js";

export const DUE_SHEET = "Tính hạn";
export const DUE_SHEET_LAST_ROW = 1000;

const OUT_OF_RANGE = `Ngoài lịch ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`;
const BAD_DATE = "Ngày nhận không hợp lệ";
const BAD_COUNT = "Số ngày phải là số nguyên";

/** The formulas of one row (1-based), exported for tests and documentation. */
export function dueFormulas(r: number): { due: string; workingDays: string } {
  const { dates, working, count } = CALENDAR_NAMES;
  const at = `MATCH(INT(A${r}),${dates},0)`;
  const k = `INDEX(${count},${at})`;
  const w = `INDEX(${working},${at})`;
  const target = `IF(B${r}>0,${k}+B${r},${k}-${w}+B${r}+1)`;
  // A target below 1 is before the calendar: make MATCH fail rather than find a day off.
  const find = `INDEX(${dates},MATCH(IF(${target}<1,-1,${target}),${count},0))`;
  const due =
    `IF(OR(A${r}="",B${r}=""),"",IF(NOT(ISNUMBER(A${r})),${formulaText(BAD_DATE)},` +
    `IF(OR(NOT(ISNUMBER(B${r})),B${r}<>INT(B${r})),${formulaText(BAD_COUNT)},` +
    `IFERROR(IF(B${r}=0,INT(A${r}),${find}),${formulaText(OUT_OF_RANGE)}))))`;
  const asOf = `MATCH(INT(${SETTINGS_NAME_AS_OF}),${dates},0)`;
  const kt = `INDEX(${count},${asOf})`;
  const wt = `INDEX(${working},${asOf})`;
  const workingDays =
    `IF(A${r}="","",IF(NOT(ISNUMBER(A${r})),${formulaText(BAD_DATE)},` +
    `IFERROR(IF(INT(A${r})<=INT(${SETTINGS_NAME_AS_OF}),${kt}-${k}+${w},-(${k}-${kt}+${wt})),${formulaText(OUT_OF_RANGE)})))`;
  return { due, workingDays };
}

/** The calculator sheet with `lastRow` rows of formulas (default 1,000); `inputs` pre-fill A and B. */
export function dueSheet(options: { name?: string; lastRow?: number; inputs?: readonly (readonly [number, number])[] } = {}): GridSheet {
  const lastRow = Math.max(2, options.lastRow ?? DUE_SHEET_LAST_ROW);
  const head = (v: string): GridCell => ({ v, head: true, bold: true, wrap: true });
  const rows: (GridCell | null)[][] = [
    [head("Ngày nhận"), head("Số ngày làm việc"), head("Hạn xử lý"), head("Số ngày làm việc đến ngày báo cáo")],
  ];
  for (let r = 2; r <= lastRow; r++) {
    const input = options.inputs?.[r - 2];
    const f = dueFormulas(r);
    rows.push([
      input ? { v: input[0], fmt: "date" } : { fmt: "date" },
      input ? { v: input[1], fmt: "integer" } : { fmt: "integer" },
      { f: f.due, fmt: "date" },
      { f: f.workingDays, fmt: "integer" },
    ]);
  }
  return {
    name: options.name ?? DUE_SHEET,
    rows,
    widths: [14, 12, 16, 18],
    freeze: { rows: 1, columns: 0 },
    print: { landscape: false, fitToWidth: true, repeatRows: 1 },
  };
}
