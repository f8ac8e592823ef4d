import type { MergedRange } from "@cchc/core";
import { scalarFromSheets } from "../functions/cellsFromSheets.js";

/**
 * The ONE read of a command: the sheet's used range (getDataRange().getValues()), with Sheets
 * Dates turned into the UTC-midnight Dates core reads. Row 1 of the grid is row 1 of the sheet.
 */
export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, timeZone: string): unknown[][] {
  const values = sheet.getDataRange().getValues();
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && typeof v === "object") row[c] = scalarFromSheets(v, timeZone);
    }
  }
  return values;
}

/**
 * The merged areas of the sheet's used range (one getMergedRanges call): core fills vertical
 * merges down, so a unit or schedule merged over several tasks counts for each of them, as in Excel.
 */
export function readSheetMerges(sheet: GoogleAppsScript.Spreadsheet.Sheet): MergedRange[] {
  return sheet
    .getDataRange()
    .getMergedRanges()
    .map((r) => ({ top: r.getRow(), left: r.getColumn(), bottom: r.getLastRow(), right: r.getLastColumn() }));
}
