import { VN_TIME_ZONE } from "./sheetDates.js";

/**
 * The spreadsheet's time zone. Custom functions may read the active spreadsheet (read-only
 * get* methods are allowed); if even that is refused, the script's zone (Asia/Ho_Chi_Minh,
 * appsscript.json) is used.
 */
export function spreadsheetTimeZone(): string {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const tz = ss ? ss.getSpreadsheetTimeZone() : "";
    if (tz) return tz;
  } catch {
    // not available in this context: fall through
  }
  try {
    return Session.getScriptTimeZone() || VN_TIME_ZONE;
  } catch {
    return VN_TIME_ZONE;
  }
}
