import { SETTINGS_SHEET } from "../settings/settingsLayout.js";

/** Names of the sheets the commands create (possibly with " (2)"…), which are not tables to check or summarise. */
const REPORT_NAMES = [/^Kết quả kiểm tra( \(\d+\))?$/, /^Tổng hợp \d{4}( \(\d+\))?$/, /^Thống kê hồ sơ( \(\d+\))?$/, /^Kết quả chấm điểm( \(\d+\))?$/];

/**
 * When the active sheet is our own (settings or a report), the message to show instead of
 * running the command; null for any other sheet. `again` says how to run it again (menu or button).
 */
export function ownSheetMessage(sheet: GoogleAppsScript.Spreadsheet.Sheet, what: string, again = "chọn lại lệnh"): string | null {
  const name = sheet.getName();
  if (name === SETTINGS_SHEET) return `Đây là trang cài đặt. Hãy mở ${what} rồi ${again}.`;
  if (REPORT_NAMES.some((re) => re.test(name))) return `Trang "${name}" là kết quả do CCHC tạo ra. Hãy mở ${what} rồi ${again}.`;
  return null;
}
