import { settingsOverwriteProblem, toISO } from "@cchc/core";
import { spreadsheetTimeZone } from "../dates/timeZone.js";
import { findSettingsSheet, readSettings, settingsToDto, writeSettings, type Settings, type SettingsDto } from "../settings/settings.js";
import { settingsFromDto } from "../settings/settingsFromDto.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { defaultDossierPeriod } from "./dossierPeriod.js";

export const SIDEBAR_FILE = "Sidebar";
export const SIDEBAR_TITLE = "Cài đặt CCHC";

/** Menu "Cài đặt": open the sidebar (the page asks for the settings with google.script.run). */
export function showSettings(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The settings as the sidebar shows them, with the default period of its "Thống kê hồ sơ" section. */
export interface SidebarSettingsDto extends SettingsDto {
  /** The menu command's default period (ISO dates), prefilled in the sidebar; null without plan year or reporting date. */
  dossierPeriod: { from: string; to: string } | null;
}

function sidebarDto(settings: Settings, exists: boolean): SidebarSettingsDto {
  const p = defaultDossierPeriod(settings);
  return { ...settingsToDto(settings, exists), dossierPeriod: p === null ? null : { from: toISO(p.from), to: toISO(p.to) } };
}

/** google.script.run: current settings, dates as ISO strings. One getValues. */
export function readSettingsForSidebar(): SidebarSettingsDto {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const exists = findSettingsSheet(ss) !== null;
  return sidebarDto(readSettings(ss, ss.getSpreadsheetTimeZone()), exists);
}

export interface SaveResult {
  ok: boolean;
  message: string;
  problems: string[];
  settings?: SidebarSettingsDto;
}

/** google.script.run: save the sidebar's form into the settings sheet (created when missing). */
export function saveSettingsFromSidebar(input: unknown): SaveResult {
  const parsed = settingsFromDto(input);
  if (!parsed.ok) {
    return { ok: false, message: "Chưa lưu: hãy sửa các mục sau.", problems: parsed.problems };
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const before = findSettingsSheet(ss) ? readSettings(ss, ss.getSpreadsheetTimeZone()) : undefined;
  if (before && before.overwrites.length > 0) return { ok: false, message: "Chưa lưu: hãy sửa các mục sau.", problems: [settingsOverwriteProblem(before.overwrites)] };
  writeSettings(ss, parsed.settings, before);
  const migrated = before?.layout === "excel-2025" || before?.layout === "sheets-2025";
  return {
    ok: true,
    message: migrated ? `Đã lưu vào trang "${SETTINGS_SHEET}" và chuyển trang sang bố cục chung.` : `Đã lưu vào trang "${SETTINGS_SHEET}".`,
    problems: [],
    settings: sidebarDto({ ...parsed.settings, problems: [], notices: [], layout: "current", overwrites: [] }, true),
  };
}

/** The settings for a menu command, with the spreadsheet's time zone. */
export function commandContext() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone() || spreadsheetTimeZone();
  return { ss, timeZone, settings: readSettings(ss, timeZone) };
}
