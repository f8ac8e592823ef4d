import { type Day, parseDateCell, toISO } from "@cchc/core";
import { dayOfSheetDate, isDateObject } from "../dates/sheetDates.js";
import { SERIAL_OF_EPOCH } from "../render/cellFormats.js";
import {
  AS_OF_CELL,
  LIST_CAPACITY,
  LIST_FIRST_ROW,
  LIST_HEADERS,
  NAMED_AS_OF,
  NAMED_DAYS_OFF,
  SETTINGS_HEIGHT,
  SETTINGS_NOTE,
  SETTINGS_SHEET,
  SETTINGS_TITLE,
  SETTINGS_WIDTH,
  YEAR_CELL,
} from "./settingsLayout.js";

export interface DatedEntry {
  day: Day;
  reason: string;
}

export interface Settings {
  planYear: number | null;
  asOf: Day | null;
  extraDaysOff: DatedEntry[];
  extraWorkingDays: DatedEntry[];
  /** Cells that could not be read, as Vietnamese messages with the cell address. */
  problems: string[];
}

export const EMPTY_SETTINGS: Settings = { planYear: null, asOf: null, extraDaysOff: [], extraWorkingDays: [], problems: [] };

export function findSettingsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheetByName(SETTINGS_SHEET);
}

/** Read the settings block with ONE getValues. A missing sheet gives empty settings. */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): Settings {
  const sheet = findSettingsSheet(ss);
  if (!sheet) return { ...EMPTY_SETTINGS, problems: [] };
  const values = sheet.getRange(1, 1, SETTINGS_HEIGHT, SETTINGS_WIDTH).getValues();
  return settingsFromValues(values, timeZone);
}

function readDay(value: unknown, timeZone: string): Day | null | string {
  if (value === "" || value === null || value === undefined) return null;
  if (isDateObject(value)) return dayOfSheetDate(value, timeZone) ?? "ngày không hợp lệ";
  const r = parseDateCell(value);
  return r.ok ? r.day : r.message;
}

export function settingsFromValues(values: unknown[][], timeZone: string): Settings {
  const problems: string[] = [];
  const at = (r: number, c: number) => values[r - 1]?.[c - 1];
  let planYear: number | null = null;
  const y = at(YEAR_CELL.row, YEAR_CELL.column);
  if (y !== "" && y !== null && y !== undefined) {
    const n = typeof y === "number" ? y : Number(String(y).trim());
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) planYear = n;
    else problems.push(`Ô B2 (Năm kế hoạch) trên trang "${SETTINGS_SHEET}": "${String(y)}" không phải là một năm; hãy nhập ví dụ 2025.`);
  }
  let asOf: Day | null = null;
  const a = readDay(at(AS_OF_CELL.row, AS_OF_CELL.column), timeZone);
  if (typeof a === "string") problems.push(`Ô B3 (Ngày báo cáo) trên trang "${SETTINGS_SHEET}": ${a}`);
  else asOf = a;
  const list = (col: number, label: string): DatedEntry[] => {
    const out: DatedEntry[] = [];
    for (let r = LIST_FIRST_ROW; r < LIST_FIRST_ROW + LIST_CAPACITY; r++) {
      const d = readDay(at(r, col), timeZone);
      if (d === null) continue;
      if (typeof d === "string") {
        problems.push(`Ô ${String.fromCharCode(64 + col)}${r} (${label}) trên trang "${SETTINGS_SHEET}": ${d}`);
        continue;
      }
      out.push({ day: d, reason: String(at(r, col + 1) ?? "").trim() });
    }
    return out;
  };
  return { planYear, asOf, extraDaysOff: list(1, "Ngày nghỉ thêm"), extraWorkingDays: list(3, "Ngày làm việc thêm"), problems };
}

/** The whole settings block as values (dates as serials, formatted dd/mm/yyyy by `settingsFormats`). */
export function settingsValues(s: Settings): (string | number)[][] {
  const rows: (string | number)[][] = Array.from({ length: SETTINGS_HEIGHT }, () => new Array(SETTINGS_WIDTH).fill(""));
  rows[0][0] = SETTINGS_TITLE;
  rows[1][0] = "Năm kế hoạch";
  rows[1][1] = s.planYear ?? "";
  rows[2][0] = "Ngày báo cáo";
  rows[2][1] = s.asOf === null ? "" : s.asOf + SERIAL_OF_EPOCH;
  rows[3][0] = "Ghi chú";
  rows[3][1] = SETTINGS_NOTE;
  LIST_HEADERS.forEach((h, c) => (rows[LIST_FIRST_ROW - 2][c] = h));
  s.extraDaysOff.slice(0, LIST_CAPACITY).forEach((e, i) => {
    rows[LIST_FIRST_ROW - 1 + i][0] = e.day + SERIAL_OF_EPOCH;
    rows[LIST_FIRST_ROW - 1 + i][1] = e.reason;
  });
  s.extraWorkingDays.slice(0, LIST_CAPACITY).forEach((e, i) => {
    rows[LIST_FIRST_ROW - 1 + i][2] = e.day + SERIAL_OF_EPOCH;
    rows[LIST_FIRST_ROW - 1 + i][3] = e.reason;
  });
  return rows;
}

export function settingsFormats(): string[][] {
  return Array.from({ length: SETTINGS_HEIGHT }, (_, r) => {
    const row = r + 1;
    if (row === AS_OF_CELL.row) return ["@", "dd/mm/yyyy", "@", "@"];
    if (row === YEAR_CELL.row) return ["@", "0", "@", "@"];
    if (row >= LIST_FIRST_ROW) return ["dd/mm/yyyy", "@", "dd/mm/yyyy", "@"];
    return ["@", "@", "@", "@"];
  });
}

/**
 * Write the settings (creating the sheet and its named ranges the first time). Writes:
 * setValues + setNumberFormats (+ setFontWeights and two setNamedRange on creation).
 */
export function writeSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: Settings): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = findSettingsSheet(ss);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(SETTINGS_SHEET);
  const range = sheet.getRange(1, 1, SETTINGS_HEIGHT, SETTINGS_WIDTH);
  range.setNumberFormats(settingsFormats()); // first: reasons stay text
  range.setValues(settingsValues(s));
  if (created) {
    range.setFontWeights(
      Array.from({ length: SETTINGS_HEIGHT }, (_, r) => {
        const bold = r === 0 || r === LIST_FIRST_ROW - 2;
        const w = (b: boolean): GoogleAppsScript.Spreadsheet.FontWeight => (b ? "bold" : "normal");
        return [w(bold || (r >= 1 && r <= 3)), w(bold), w(bold), w(bold)];
      }),
    );
    ss.setNamedRange(NAMED_AS_OF, sheet.getRange(AS_OF_CELL.row, AS_OF_CELL.column));
    ss.setNamedRange(NAMED_DAYS_OFF, sheet.getRange(LIST_FIRST_ROW, 1, LIST_CAPACITY, 1));
    sheet.setColumnWidth(1, 190);
    sheet.setColumnWidth(2, 260);
    sheet.setColumnWidth(3, 210);
    sheet.setColumnWidth(4, 260);
  }
  return sheet;
}

/** Settings as the sidebar sees them: dates as ISO strings (google.script.run carries no Dates reliably). */
export interface SettingsDto {
  planYear: number | null;
  asOf: string | null;
  extraDaysOff: { date: string; reason: string }[];
  extraWorkingDays: { date: string; reason: string }[];
  problems: string[];
  sheetExists: boolean;
}

export function settingsToDto(s: Settings, sheetExists: boolean): SettingsDto {
  return {
    planYear: s.planYear,
    asOf: s.asOf === null ? null : toISO(s.asOf),
    extraDaysOff: s.extraDaysOff.map((e) => ({ date: toISO(e.day), reason: e.reason })),
    extraWorkingDays: s.extraWorkingDays.map((e) => ({ date: toISO(e.day), reason: e.reason })),
    problems: s.problems,
    sheetExists,
  };
}
