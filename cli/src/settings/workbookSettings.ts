/**
 * The settings sheet "CCHC – Cài đặt" of a workbook given to the CLI, read by core exactly as
 * the add-ins read it (current layout or either older one). Options typed on the command line
 * win; the sheet fills what they leave out, and the CLI says what it used.
 */
import { readSettingsSheet, SETTINGS_SHEET, type SettingsSheetRead, toVN } from "@cchc/core";

export function workbookSettings(settingsCells: unknown[][] | null): SettingsSheetRead | null {
  return settingsCells === null ? null : readSettingsSheet(settingsCells);
}

/** What the CLI prints on stderr about the settings it used (nothing when none were used). */
export function settingsNotices(read: SettingsSheetRead | null, used: { planYear: boolean; asOf: boolean; calendar: boolean }): string[] {
  if (read === null) return [];
  const s = read.settings;
  const parts: string[] = [];
  if (used.planYear && s.planYear !== null) parts.push(`năm kế hoạch ${s.planYear}`);
  if (used.asOf && s.asOf !== null) parts.push(`ngày báo cáo ${toVN(s.asOf)}`);
  if (used.calendar) {
    if (s.extraDaysOff.length) parts.push(`${s.extraDaysOff.length} ngày nghỉ thêm`);
    if (s.extraWorkingDays.length) parts.push(`${s.extraWorkingDays.length} ngày làm việc thêm`);
    if (s.ngayVanHoa) parts.push("nghỉ ngày 24/11");
  }
  const lines = [...read.problems, ...read.notices];
  if (parts.length) lines.unshift(`Theo trang "${SETTINGS_SHEET}" của tệp: ${parts.join(", ")}.`);
  return lines;
}
