/**
 * The visible settings sheet "CCHC – Cài đặt": plan year, reporting date, and the unit's extra
 * days off / extra working days. Users may edit it by hand; custom functions read the day lists
 * through the names CCHC_NgayNghiThem / CCHC_NgayLamBu (e.g. =CCHC.HANXULY(A2;5;CCHC_NgayNghiThem)).
 */
import { dayToExcelSerial, parseDateCell, toVN, type CalendarOptions, type Day } from "@cchc/core";
import { quoteSheetName } from "./addresses.js";
import { FORMATS, type SheetLayout } from "./sheetLayout.js";

export const SETTINGS_SHEET = "CCHC – Cài đặt";
/** The block read back: A1:C{LIST_LAST_ROW}. */
export const SETTINGS_READ_RANGE = "A1:C400";
export const YEAR_CELL = { row: 3, col: 1 }; // B3
export const AS_OF_CELL = { row: 4, col: 1 }; // B4
/** Lists start on this 1-based row: column A days off, column B extra working days, C notes. */
export const LIST_FIRST_ROW = 9;
export const LIST_LAST_ROW = 400;

export const SETTINGS_NAMES = {
  daysOff: "CCHC_NgayNghiThem",
  workingDays: "CCHC_NgayLamBu",
  year: "CCHC_NamKeHoach",
  asOf: "CCHC_NgayBaoCao",
} as const;

export interface AddinSettings {
  /** null: not set (commands then use the reporting date's year). */
  planYear: number | null;
  /** null: not set (commands then use today, as given by the task pane). */
  asOf: Day | null;
  extraDaysOff: Day[];
  extraWorkingDays: Day[];
}

export const EMPTY_SETTINGS: AddinSettings = { planYear: null, asOf: null, extraDaysOff: [], extraWorkingDays: [] };

export interface SettingsRead {
  settings: AddinSettings;
  /** Vietnamese messages about unreadable cells (cell address included). */
  problems: string[];
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Read the values of SETTINGS_READ_RANGE. Bad cells are reported, never guessed. */
export function readSettingsValues(values: readonly (readonly unknown[])[]): SettingsRead {
  const problems: string[] = [];
  const at = (r: number, c: number) => values[r - 1]?.[c];
  let planYear: number | null = null;
  const y = at(YEAR_CELL.row, YEAR_CELL.col);
  if (!isBlank(y)) {
    const n = typeof y === "number" ? y : Number(String(y).trim());
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) planYear = n;
    else problems.push(`Ô B${YEAR_CELL.row} (Năm kế hoạch) của trang "${SETTINGS_SHEET}" phải là một năm, ví dụ 2025 (đang là "${String(y)}").`);
  }
  let asOf: Day | null = null;
  const d = at(AS_OF_CELL.row, AS_OF_CELL.col);
  if (!isBlank(d)) {
    const r = parseDateCell(d);
    if (r.ok) asOf = r.day;
    else problems.push(`Ô B${AS_OF_CELL.row} (Ngày báo cáo) của trang "${SETTINGS_SHEET}": ${r.message}`);
  }
  const list = (col: number, letter: string, what: string): Day[] => {
    const days: Day[] = [];
    for (let row = LIST_FIRST_ROW; row <= Math.min(values.length, LIST_LAST_ROW); row++) {
      const v = at(row, col);
      if (isBlank(v)) continue;
      const r = parseDateCell(v);
      if (r.ok) days.push(r.day);
      else problems.push(`Ô ${letter}${row} (${what}) của trang "${SETTINGS_SHEET}": ${r.message}`);
    }
    return [...new Set(days)].sort((a, b) => a - b);
  };
  return {
    settings: {
      planYear,
      asOf,
      extraDaysOff: list(0, "A", "ngày nghỉ thêm"),
      extraWorkingDays: list(1, "B", "ngày làm việc thêm"),
    },
    problems,
  };
}

/** Calendar options for core from the settings. */
export function calendarOf(settings: AddinSettings): CalendarOptions {
  return { extraDaysOff: settings.extraDaysOff, extraWorkingDays: settings.extraWorkingDays };
}

/** The whole settings sheet as a layout (written when the user saves the settings). */
export function settingsLayout(settings: AddinSettings): SheetLayout {
  const serial = (d: Day | null) => (d === null ? "" : dayToExcelSerial(d));
  const listValues: (string | number)[][] = [];
  for (let i = 0; i < LIST_LAST_ROW - LIST_FIRST_ROW + 1; i++) {
    listValues.push([
      i < settings.extraDaysOff.length ? serial(settings.extraDaysOff[i]) : "",
      i < settings.extraWorkingDays.length ? serial(settings.extraWorkingDays[i]) : "",
    ]);
  }
  return {
    blocks: [
      { row: 0, col: 0, values: [[SETTINGS_SHEET]], title: true },
      {
        row: 1,
        col: 0,
        values: [["Phần bổ trợ CCHC đọc trang này. Sửa giá trị ở cột B; thêm ngày (ngày/tháng/năm) ở cột A, B từ hàng 9."]],
      },
      {
        row: 2,
        col: 0,
        values: [["Năm kế hoạch", settings.planYear ?? ""]],
      },
      { row: 3, col: 0, values: [["Ngày báo cáo", serial(settings.asOf)]], columnFormats: [null, FORMATS.date] },
      {
        row: 5,
        col: 0,
        values: [["Để trống Ngày báo cáo để dùng ngày hôm nay. Hàm tùy chỉnh dùng danh sách ngày nghỉ qua tên CCHC_NgayNghiThem, ví dụ =CCHC.HANXULY(A2;5;CCHC_NgayNghiThem)."]],
      },
      {
        row: LIST_FIRST_ROW - 2,
        col: 0,
        values: [["Ngày nghỉ thêm", "Ngày làm việc thêm (làm bù)", "Ghi chú"]],
        headerRows: [0],
      },
      { row: LIST_FIRST_ROW - 1, col: 0, values: listValues, columnFormats: [FORMATS.date, FORMATS.date] },
    ],
    widths: [24, 28, 40],
  };
}

/** Formula references of the settings names, for workbook.names.add. */
export function settingsNameRefs(): Record<keyof typeof SETTINGS_NAMES, string> {
  const s = quoteSheetName(SETTINGS_SHEET);
  return {
    daysOff: `=${s}!$A$${LIST_FIRST_ROW}:$A$${LIST_LAST_ROW}`,
    workingDays: `=${s}!$B$${LIST_FIRST_ROW}:$B$${LIST_LAST_ROW}`,
    year: `=${s}!$B$${YEAR_CELL.row}`,
    asOf: `=${s}!$B$${AS_OF_CELL.row}`,
  };
}

/** "Năm 2025, ngày báo cáo 30/09/2025, 2 ngày nghỉ thêm" — shown in the task pane. */
export function describeSettings(s: AddinSettings): string {
  const parts = [
    s.planYear ? `Năm kế hoạch ${s.planYear}` : "Chưa đặt năm kế hoạch",
    s.asOf !== null ? `ngày báo cáo ${toVN(s.asOf)}` : "ngày báo cáo: hôm nay",
  ];
  if (s.extraDaysOff.length) parts.push(`${s.extraDaysOff.length} ngày nghỉ thêm`);
  if (s.extraWorkingDays.length) parts.push(`${s.extraWorkingDays.length} ngày làm việc thêm`);
  return parts.join(", ");
}
