/**
 * Read and write the settings sheet exactly as core lays it out (one getValues to read; formats,
 * values, weights, fills and named ranges to write). Dates the sheet holds as Date objects are
 * taken in the spreadsheet's time zone before core reads them.
 */
import {
  dayToExcelSerial,
  readSettingsSheet,
  settingsSheetGrid,
  settingsToSave,
  toISO,
  type DatedEntry,
  type SettingsSheetRead,
  type WorkbookSettings,
} from "@cchc/core";
import { dayOfSheetDate, isDateObject } from "../dates/sheetDates.js";
import { SETTINGS_HEIGHT, SETTINGS_SHEET, SETTINGS_WIDTH } from "./settingsLayout.js";

export type { DatedEntry } from "@cchc/core";

export interface Settings extends WorkbookSettings {
  /** Cells that could not be read, as Vietnamese messages with the cell address. */
  problems: string[];
  /** An older layout read (migrated at the next save). */
  notices: string[];
  layout: SettingsSheetRead["layout"];
  /** Cells of the user's in column E above the unit list that a save would overwrite (save refused). */
  overwrites: string[];
}

export const EMPTY_SETTINGS: Settings = { planYear: null, asOf: null, ngayVanHoa: false, extraDaysOff: [], extraWorkingDays: [], departmentUnits: [], problems: [], notices: [], layout: "missing", overwrites: [] };

export function findSettingsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheetByName(SETTINGS_SHEET);
}

/** Read the settings block with ONE getValues. A missing sheet gives empty settings. */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): Settings {
  const sheet = findSettingsSheet(ss);
  if (!sheet) return { ...EMPTY_SETTINGS, extraDaysOff: [], extraWorkingDays: [], departmentUnits: [], problems: [], notices: [] };
  const values = sheet.getRange(1, 1, SETTINGS_HEIGHT, SETTINGS_WIDTH).getValues();
  return settingsFromValues(values, timeZone);
}

/** Date objects → date serials of that day in the spreadsheet's time zone; the rest as is. */
function serialsOf(values: unknown[][], timeZone: string): unknown[][] {
  return values.map((row) =>
    row.map((v) => {
      if (!isDateObject(v)) return v;
      const d = dayOfSheetDate(v, timeZone);
      return d === null ? "ngày không hợp lệ" : dayToExcelSerial(d);
    }),
  );
}

export function settingsFromValues(values: unknown[][], timeZone: string): Settings {
  const r = readSettingsSheet(serialsOf(values, timeZone));
  return { ...r.settings, problems: r.problems, notices: r.notices, layout: r.layout, overwrites: r.overwrites };
}

/**
 * Write the settings (creating the sheet the first time) as core's grid: setNumberFormats first
 * (reasons stay text), setValues, setFontWeights, setBackgrounds, then the named ranges (the old
 * Sheets names too when the workbook came from the old layout, so their formulas keep working).
 */
export function writeSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, s: WorkbookSettings, previous?: Settings): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = findSettingsSheet(ss);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(SETTINGS_SHEET);
  const before = previous ?? (created ? undefined : readSettings(ss, ss.getSpreadsheetTimeZone()));
  const layout = before?.layout ?? "missing";
  // the unit list (column E) is edited on the sheet, not in the sidebar: kept as the sheet has it
  const grid = settingsSheetGrid(settingsToSave(s, before), { legacySheetsNames: layout === "sheets-2025" });
  const range = sheet.getRange(1, 1, grid.values.length, grid.values[0].length);
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values.map((row) => row.map((v) => (v === null ? "" : v))));
  range.setFontWeights(grid.bold.map((row) => row.map((b) => (b ? "bold" : "normal"))));
  range.setBackgrounds(grid.fills.map((row) => row.map((f) => f ?? "#ffffff")));
  for (const n of grid.names) ss.setNamedRange(n.name, sheet.getRange(n.row + 1, n.col + 1, n.rows, n.cols));
  if (created) {
    // ≈ 7 px per character, as the report sheets
    grid.widths.forEach((w, c) => sheet!.setColumnWidth(c + 1, Math.round(w * 7 + 12)));
    if (grid.tabColor) sheet.setTabColor(grid.tabColor);
  }
  return sheet;
}

/** Settings as the sidebar sees them: dates as ISO strings (google.script.run carries no Dates reliably). */
export interface SettingsDto {
  planYear: number | null;
  asOf: string | null;
  ngayVanHoa: boolean;
  extraDaysOff: { date: string; reason: string }[];
  extraWorkingDays: { date: string; reason: string }[];
  problems: string[];
  notices: string[];
  sheetExists: boolean;
}

export function settingsToDto(s: WorkbookSettings & { problems?: string[]; notices?: string[] }, sheetExists: boolean): SettingsDto {
  const list = (l: DatedEntry[]) => l.map((e) => ({ date: toISO(e.day), reason: e.reason }));
  return {
    planYear: s.planYear,
    asOf: s.asOf === null ? null : toISO(s.asOf),
    ngayVanHoa: s.ngayVanHoa,
    extraDaysOff: list(s.extraDaysOff),
    extraWorkingDays: list(s.extraWorkingDays),
    problems: s.problems ?? [],
    notices: s.notices ?? [],
    sheetExists,
  };
}
