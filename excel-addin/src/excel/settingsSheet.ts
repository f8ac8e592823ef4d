/**
 * The settings sheet "CCHC – Cài đặt" in Excel: read back and written exactly as core lays it
 * out (core/src/settings/settingsLayout.ts), names included. This file only maps the grid and
 * the names onto Office.js.
 */
import {
  absoluteA1,
  calendarOfSettings,
  quotedSheetName,
  readSettingsSheet,
  SETTINGS_READ_A1,
  SETTINGS_SHEET,
  settingsNames,
  type CalendarOptions,
  type SettingsGridOptions,
  type SettingsSheetRead,
  type WorkbookSettings,
} from "@cchc/core";

export { SETTINGS_NAMES, SETTINGS_SHEET } from "@cchc/core";
/** The block read back (current layout and both earlier ones). */
export const SETTINGS_READ_RANGE = SETTINGS_READ_A1;

export type AddinSettings = WorkbookSettings;
export type SettingsRead = SettingsSheetRead;

/** Read the values of SETTINGS_READ_RANGE (null: no settings sheet). Bad cells are reported, never guessed. */
export function readSettingsValues(values: readonly (readonly unknown[])[] | null): SettingsRead {
  return readSettingsSheet(values);
}

/** Calendar options for core from the settings. */
export function calendarOf(settings: AddinSettings): CalendarOptions {
  return calendarOfSettings(settings);
}

/** Formula references of the settings names, for workbook.names.add: name → "='CCHC – Cài đặt'!$A$9:$A$408". */
export function settingsNameRefs(options: SettingsGridOptions = {}): Record<string, string> {
  const s = quotedSheetName(SETTINGS_SHEET);
  return Object.fromEntries(settingsNames(options).map((n) => [n.name, `=${s}!${absoluteA1(n)}`]));
}

export { describeSettings } from "@cchc/core";
