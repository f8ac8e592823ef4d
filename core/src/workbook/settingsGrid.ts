/**
 * The settings sheet "CCHC – Cài đặt" as the tracking workbook writes it: plan year, reporting
 * date and the unit's own days off / working days, with the defined names every formula uses.
 * Layout of the Excel add-in's settings sheet (B3 year, B4 reporting date, lists from row 9).
 */
import { dayToExcelSerial, type Day } from "../dates/day.js";
import type { GridCell, GridName, GridSheet } from "./gridSpec.js";
import { SETTINGS_NAME_AS_OF, SETTINGS_NAME_DAYS_OFF, SETTINGS_NAME_WORKING_DAYS, SETTINGS_NAME_YEAR } from "./workbookNames.js";

export const SETTINGS_SHEET_NAME = "CCHC – Cài đặt";
const LIST_FIRST_ROW = 9;
const LIST_LAST_ROW = 400;

export function settingsGrid(input: { planYear: number; asOf: Day; extraDaysOff?: readonly Day[]; extraWorkingDays?: readonly Day[] }): {
  sheet: GridSheet;
  names: GridName[];
} {
  const head = (v: string): GridCell => ({ v, head: true, bold: true, wrap: true });
  const rows: (GridCell | null)[][] = [
    [{ v: "CÀI ĐẶT CCHC", bold: true }],
    [{ v: "Sửa các ô màu xanh; mọi công thức của sổ theo dõi dùng các giá trị này." }],
    [{ v: "Năm kế hoạch" }, { v: input.planYear, fmt: "integer", bold: true }],
    [{ v: "Ngày báo cáo" }, { v: dayToExcelSerial(input.asOf), fmt: "date", bold: true }],
    [],
    [{ v: "Ngày nghỉ thêm của đơn vị (ngoài lịch chính thức) và ngày làm việc thêm (làm bù riêng), mỗi ô một ngày dd/mm/yyyy." }],
    [],
    [head("Ngày nghỉ thêm"), head("Ngày làm việc thêm"), head("Ghi chú")],
  ];
  const off = [...(input.extraDaysOff ?? [])];
  const on = [...(input.extraWorkingDays ?? [])];
  for (let r = LIST_FIRST_ROW; r <= LIST_FIRST_ROW + Math.max(off.length, on.length) - 1; r++) {
    const i = r - LIST_FIRST_ROW;
    rows.push([
      off[i] === undefined ? { fmt: "date" } : { v: dayToExcelSerial(off[i]!), fmt: "date" },
      on[i] === undefined ? { fmt: "date" } : { v: dayToExcelSerial(on[i]!), fmt: "date" },
    ]);
  }
  const S = SETTINGS_SHEET_NAME;
  return {
    sheet: { name: S, rows, widths: [22, 22, 40], print: { landscape: false, fitToWidth: true } },
    names: [
      { name: SETTINGS_NAME_YEAR, sheet: S, ref: "$B$3" },
      { name: SETTINGS_NAME_AS_OF, sheet: S, ref: "$B$4" },
      { name: SETTINGS_NAME_DAYS_OFF, sheet: S, ref: `$A$${LIST_FIRST_ROW}:$A$${LIST_LAST_ROW}` },
      { name: SETTINGS_NAME_WORKING_DAYS, sheet: S, ref: `$B$${LIST_FIRST_ROW}:$B$${LIST_LAST_ROW}` },
    ],
  };
}
