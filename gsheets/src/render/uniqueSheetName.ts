import { uniqueSheetName as coreUniqueSheetName } from "@cchc/core";

/**
 * A sheet name not used yet, by core's one rule for every host (core/src/report/sheetNames.ts):
 * the wanted name, else "name (2)", "name (3)"… compared without case; at most 31 characters so the
 * workbook keeps valid names when downloaded for Excel. Never renames or replaces an existing sheet.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  return coreUniqueSheetName(wanted, existing);
}

export function sheetNames(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return ss.getSheets().map((s) => s.getName());
}
