import { spreadsheetTimeZone } from "../dates/timeZone.js";
import { findSettingsSheet, readSettings, settingsToDto, writeSettings, type SettingsDto } from "../settings/settings.js";
import { settingsFromDto } from "../settings/settingsFromDto.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";

export const SIDEBAR_FILE = "Sidebar";
export const SIDEBAR_TITLE = "Cài đặt CCHC";

/** Menu "Cài đặt": open the sidebar (the page asks for the settings with google.script.run). */
export function showSettings(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** google.script.run: current settings, dates as ISO strings. One getValues. */
export function readSettingsForSidebar(): SettingsDto {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const exists = findSettingsSheet(ss) !== null;
  return settingsToDto(readSettings(ss, ss.getSpreadsheetTimeZone()), exists);
}

export interface SaveResult {
  ok: boolean;
  message: string;
  problems: string[];
  settings?: SettingsDto;
}

/** google.script.run: save the sidebar's form into the settings sheet (created when missing). */
export function saveSettingsFromSidebar(input: unknown): SaveResult {
  const parsed = settingsFromDto(input);
  if (!parsed.ok) {
    return { ok: false, message: "Chưa lưu: hãy sửa các mục sau.", problems: parsed.problems };
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  writeSettings(ss, parsed.settings);
  return {
    ok: true,
    message: `Đã lưu vào trang "${SETTINGS_SHEET}".`,
    problems: [],
    settings: settingsToDto(parsed.settings, true),
  };
}

/** The settings for a menu command, with the spreadsheet's time zone. */
export function commandContext() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone() || spreadsheetTimeZone();
  return { ss, timeZone, settings: readSettings(ss, timeZone) };
}
