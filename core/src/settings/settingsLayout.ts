/**
 * THE layout of the settings sheet "CCHC – Cài đặt", written and read by the Excel add-in, the
 * Google Sheets add-on and `cchc template` alike (one naming scheme, Excel's CamelCase):
 *
 *   A1 title · A2 how to use the sheet
 *   A3 "Năm kế hoạch"  B3 ............................ CCHC_NamKeHoach
 *   A4 "Ngày báo cáo"  B4 (dd/mm/yyyy) ............... CCHC_NgayBaoCao
 *   A5 "Nghỉ ngày 24/11 …"  B5 "Có" / "Không" ........ CCHC_NgayVanHoa
 *   A6 note on the names
 *   row 8 headers: A "Ngày nghỉ thêm" · B "Lý do" · C "Ngày làm việc thêm (làm bù)" · D "Lý do"
 *                  · E "Đơn vị của cơ quan"
 *   rows 9…408: A9:A408 ............................. CCHC_NgayNghiThem
 *               C9:C408 ............................. CCHC_NgayLamBu
 *               E9:E408 (one unit a cell) ........... CCHC_DonVi
 *
 * Column E came later (issue 17): a sheet of this layout written before it has E empty and is read
 * as it is (no unit list), nothing to migrate. The lead-unit drop-down of `cchc template` refers to
 * E9:E408 (DEPARTMENT_UNITS_SOURCE), so a department types its units once.
 *
 * Formulas use the names, e.g. Excel =CCHC.HANXULY(A2;5;CCHC_NgayNghiThem), Sheets
 * =CCHC_HANXULY(A2; 5; CCHC_NgayNghiThem). Two earlier layouts are still read (readSettingsSheet.ts)
 * and rewritten in this one at the next save:
 * - "excel-2025": B3/B4, row 8 headers "Ngày nghỉ thêm | Ngày làm việc thêm (làm bù) | Ghi chú",
 *   lists A9:A400 and B9:B400, free notes in C;
 * - "sheets-2025": B2/B3, row 6 headers "Ngày nghỉ thêm | Lý do | Ngày làm việc thêm (làm bù) | Lý do",
 *   lists from row 7 (A/B and C/D), names CCHC_NGAY_NGHI_THEM and CCHC_NGAY_BAO_CAO (kept as
 *   aliases of the new cells so formulas written with them still work).
 */
export const SETTINGS_SHEET = "CCHC – Cài đặt";
export const SETTINGS_TITLE = "CCHC – Cài đặt";

/** 0-based cells of the single values. */
export const YEAR_CELL = { row: 2, col: 1 } as const; // B3
export const AS_OF_CELL = { row: 3, col: 1 } as const; // B4
export const VAN_HOA_CELL = { row: 4, col: 1 } as const; // B5
/** 0-based row of the list headers (row 8) and first list row (row 9). */
export const LIST_HEADER_ROW = 7;
export const LIST_FIRST_ROW = 8;
export const LIST_CAPACITY = 400;
/** Columns: days off and their reason, extra working days and their reason. */
export const DAYS_OFF_COL = 0;
export const WORKING_DAYS_COL = 2;
/** Column E: the department's own units (text, one a cell). */
export const UNITS_COL = 4;
export const SETTINGS_WIDTH = 5;
export const SETTINGS_HEIGHT = LIST_FIRST_ROW + LIST_CAPACITY; // 408 rows: A1:E408
/** What hosts read back (covers the current and both earlier layouts). */
export const SETTINGS_READ_A1 = `A1:E${SETTINGS_HEIGHT}`;

export const SETTINGS_LABELS = {
  year: "Năm kế hoạch",
  asOf: "Ngày báo cáo",
  vanHoa: "Nghỉ ngày 24/11 (Ngày Văn hóa Việt Nam — chưa có trong Bộ luật Lao động)",
  daysOff: "Ngày nghỉ thêm",
  reason: "Lý do",
  workingDays: "Ngày làm việc thêm (làm bù)",
  units: "Đơn vị của cơ quan",
} as const;

export const YES = "Có";
export const NO = "Không";

/** The defined names (Excel) / named ranges (Sheets) of the sheet. */
export const SETTINGS_NAMES = {
  year: "CCHC_NamKeHoach",
  asOf: "CCHC_NgayBaoCao",
  ngayVanHoa: "CCHC_NgayVanHoa",
  daysOff: "CCHC_NgayNghiThem",
  workingDays: "CCHC_NgayLamBu",
  units: "CCHC_DonVi",
} as const;

export type SettingsNameKey = keyof typeof SETTINGS_NAMES;

/** 0-based block of each name. */
export const SETTINGS_NAME_BLOCKS: Readonly<Record<SettingsNameKey, { row: number; col: number; rows: number; cols: number }>> = {
  year: { ...YEAR_CELL, rows: 1, cols: 1 },
  asOf: { ...AS_OF_CELL, rows: 1, cols: 1 },
  ngayVanHoa: { ...VAN_HOA_CELL, rows: 1, cols: 1 },
  daysOff: { row: LIST_FIRST_ROW, col: DAYS_OFF_COL, rows: LIST_CAPACITY, cols: 1 },
  workingDays: { row: LIST_FIRST_ROW, col: WORKING_DAYS_COL, rows: LIST_CAPACITY, cols: 1 },
  units: { row: LIST_FIRST_ROW, col: UNITS_COL, rows: LIST_CAPACITY, cols: 1 },
};

/**
 * The unit list as a data-validation source: "'CCHC – Cài đặt'!$E$9:$E$408" (a direct range, not
 * the name: every spreadsheet program resolves a range in a list rule, not all resolve a name).
 */
export const DEPARTMENT_UNITS_SOURCE = `'${SETTINGS_SHEET}'!$E$${LIST_FIRST_ROW + 1}:$E$${LIST_FIRST_ROW + LIST_CAPACITY}`;

/**
 * The unit list for Excel's own list rule, cut to the units filled in: Excel shows every blank cell
 * of a range as an empty line of the drop-down (Google Sheets and LibreOffice leave them out), so
 * the add-in gives the range from E9 down to the last of the units counted (units listed one under
 * another, without a gap). Files written for any program (the CLI) keep DEPARTMENT_UNITS_SOURCE.
 */
export const DEPARTMENT_UNITS_EXCEL_LIST = `OFFSET('${SETTINGS_SHEET}'!$E$${LIST_FIRST_ROW + 1},0,0,MAX(1,COUNTA(${DEPARTMENT_UNITS_SOURCE})),1)`;

/** Names of the old Sheets layout, kept pointing at the new cells after a migration. */
export const LEGACY_SHEETS_NAMES: Readonly<Record<string, SettingsNameKey>> = {
  CCHC_NGAY_NGHI_THEM: "daysOff",
  CCHC_NGAY_BAO_CAO: "asOf",
};

export type SettingsLayoutId = "current" | "excel-2025" | "sheets-2025";

export const LAYOUT_NAMES: Readonly<Record<Exclude<SettingsLayoutId, "current">, string>> = {
  "excel-2025": "bố cục cũ của phần bổ trợ Excel (năm ở B3, ngày báo cáo ở B4, danh sách từ hàng 9, cột C ghi chú)",
  "sheets-2025": "bố cục cũ của Google Sheets (năm ở B2, ngày báo cáo ở B3, danh sách từ hàng 7)",
};
