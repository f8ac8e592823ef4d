import { SETTINGS_SHEET } from "../settings/settingsLayout.js";

/** The settings sheet is not a table to check or summarise. */
export function isSettingsSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getName() === SETTINGS_SHEET;
}
