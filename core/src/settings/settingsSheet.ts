/**
 * The settings sheet as a SheetGrid (settingsLayout.ts): what the Excel add-in, Google Sheets
 * and `cchc template` write, cell for cell, with its defined names.
 */
import { dayToExcelSerial } from "../dates/day.js";
import { emptyGrid, GRID_FORMATS, type GridName, type SheetGrid } from "../report/sheetGrid.js";
import { normaliseEntries, normaliseUnits, type WorkbookSettings } from "./settingsModel.js";
import {
  AS_OF_CELL,
  DAYS_OFF_COL,
  LEGACY_SHEETS_NAMES,
  LIST_CAPACITY,
  LIST_FIRST_ROW,
  LIST_HEADER_ROW,
  NO,
  SETTINGS_HEIGHT,
  SETTINGS_LABELS,
  SETTINGS_NAME_BLOCKS,
  SETTINGS_NAMES,
  SETTINGS_SHEET,
  SETTINGS_TITLE,
  SETTINGS_WIDTH,
  type SettingsNameKey,
  UNITS_COL,
  VAN_HOA_CELL,
  WORKING_DAYS_COL,
  YEAR_CELL,
  YES,
} from "./settingsLayout.js";

export const SETTINGS_HELP =
  "Các lệnh và hàm CCHC đọc trang này (Excel, Google Sheets và công cụ dòng lệnh cchc). Sửa giá trị ở cột B; " +
  "thêm ngày (ngày/tháng/năm) vào danh sách từ hàng 9; ghi tên các đơn vị của cơ quan ở cột E (mỗi ô một đơn vị) để chọn ở cột " +
  "\"Cơ quan chủ trì\". Để trống Ngày báo cáo để dùng ngày hôm nay.";
export const SETTINGS_NAMES_NOTE =
  "Công thức dùng các tên CCHC_NamKeHoach, CCHC_NgayBaoCao, CCHC_NgayNghiThem, CCHC_NgayLamBu, CCHC_DonVi, " +
  "ví dụ Excel =CCHC.HANXULY(A2;5;CCHC_NgayNghiThem), Google Sheets =CCHC_HANXULY(A2; 5; CCHC_NgayNghiThem).";

export interface SettingsGridOptions {
  /** Also name the old Sheets names (CCHC_NGAY_NGHI_THEM, CCHC_NGAY_BAO_CAO) after a migration. */
  legacySheetsNames?: boolean;
}

/** The names of the sheet, 0-based blocks. */
export function settingsNames(options: SettingsGridOptions = {}): GridName[] {
  const names: GridName[] = (Object.keys(SETTINGS_NAMES) as SettingsNameKey[]).map((k) => ({ name: SETTINGS_NAMES[k], ...SETTINGS_NAME_BLOCKS[k] }));
  if (options.legacySheetsNames) {
    for (const [name, k] of Object.entries(LEGACY_SHEETS_NAMES)) names.push({ name, ...SETTINGS_NAME_BLOCKS[k] });
  }
  return names;
}

export function settingsSheetGrid(settings: WorkbookSettings, options: SettingsGridOptions = {}): SheetGrid {
  const g = emptyGrid(SETTINGS_SHEET, SETTINGS_HEIGHT, SETTINGS_WIDTH);
  const put = (row: number, col: number, value: string | number | null, format: string = GRID_FORMATS.text, bold = false) => {
    g.values[row][col] = value;
    g.formats[row][col] = format;
    g.bold[row][col] = bold;
  };
  // text cells are "@" so a host never reads "2.1" or "=…" typed there as a number or formula
  for (let r = 0; r < SETTINGS_HEIGHT; r++) for (let c = 0; c < SETTINGS_WIDTH; c++) g.formats[r][c] = GRID_FORMATS.text;
  put(0, 0, SETTINGS_TITLE, GRID_FORMATS.text, true);
  put(1, 0, SETTINGS_HELP);
  put(YEAR_CELL.row, 0, SETTINGS_LABELS.year, GRID_FORMATS.text, true);
  put(YEAR_CELL.row, YEAR_CELL.col, settings.planYear, GRID_FORMATS.year);
  put(AS_OF_CELL.row, 0, SETTINGS_LABELS.asOf, GRID_FORMATS.text, true);
  put(AS_OF_CELL.row, AS_OF_CELL.col, settings.asOf === null ? null : dayToExcelSerial(settings.asOf), GRID_FORMATS.date);
  put(VAN_HOA_CELL.row, 0, SETTINGS_LABELS.vanHoa, GRID_FORMATS.text, true);
  put(VAN_HOA_CELL.row, VAN_HOA_CELL.col, settings.ngayVanHoa ? YES : NO);
  put(5, 0, SETTINGS_NAMES_NOTE);
  const headers = [SETTINGS_LABELS.daysOff, SETTINGS_LABELS.reason, SETTINGS_LABELS.workingDays, SETTINGS_LABELS.reason, SETTINGS_LABELS.units];
  headers.forEach((h, c) => {
    put(LIST_HEADER_ROW, c, h, GRID_FORMATS.text, true);
    g.fills[LIST_HEADER_ROW][c] = "#D9E2F3";
  });
  const list = (entries: WorkbookSettings["extraDaysOff"], col: number) => {
    for (let i = 0; i < LIST_CAPACITY; i++) {
      g.formats[LIST_FIRST_ROW + i][col] = GRID_FORMATS.date;
    }
    normaliseEntries(entries)
      .slice(0, LIST_CAPACITY)
      .forEach((e, i) => {
        g.values[LIST_FIRST_ROW + i][col] = dayToExcelSerial(e.day);
        g.values[LIST_FIRST_ROW + i][col + 1] = e.reason === "" ? null : e.reason;
      });
  };
  list(settings.extraDaysOff, DAYS_OFF_COL);
  list(settings.extraWorkingDays, WORKING_DAYS_COL);
  normaliseUnits(settings.departmentUnits ?? [])
    .slice(0, LIST_CAPACITY)
    .forEach((name, i) => {
      g.values[LIST_FIRST_ROW + i][UNITS_COL] = name;
    });
  g.widths = [26, 30, 28, 30, 34];
  g.names = settingsNames(options);
  g.frozenRows = 0;
  g.tabColor = "#107C41";
  return g;
}

/** More entries than the sheet holds: a Vietnamese problem, else null. */
export function settingsCapacityProblem(settings: WorkbookSettings): string | null {
  const over = [
    [settings.extraDaysOff.length, SETTINGS_LABELS.daysOff],
    [settings.extraWorkingDays.length, SETTINGS_LABELS.workingDays],
  ].filter(([n]) => (n as number) > LIST_CAPACITY);
  const units = normaliseUnits(settings.departmentUnits ?? []).length;
  const parts = over.map(([n, w]) => `"${w}" có ${n} ngày`);
  if (units > LIST_CAPACITY) parts.push(`"${SETTINGS_LABELS.units}" có ${units} đơn vị`);
  return parts.length === 0 ? null : `Danh sách ${parts.join(", ")}: trang cài đặt chứa tối đa ${LIST_CAPACITY} mục mỗi danh sách.`;
}
