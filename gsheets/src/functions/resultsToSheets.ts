import { CellError, type CellOut, type CellResult, type ResultKind } from "@cchc/core";
import { sheetDateOfDay } from "../dates/sheetDates.js";

/**
 * How errors reach the sheet. Sheets has no way for a custom function to put an error value
 * (#VALUE!, #N/A) into one cell of a returned array, so:
 * - a single result that is an error throws `new Error(message)`: Sheets shows #ERROR! with
 *   the Vietnamese message in the cell's tooltip;
 * - inside an array the cell gets the text "#LỖI: <message>" (visible, filterable; another
 *   CCHC function reading such a cell treats it as an error, not as a value).
 */
export const ERROR_PREFIX = "#LỖI: ";

export type SheetsOut = number | string | boolean | Date;

export function resultToSheets(result: CellResult, kind: ResultKind, timeZone: string): SheetsOut | SheetsOut[][] {
  if (Array.isArray(result)) {
    const out: SheetsOut[][] = new Array(result.length);
    for (let r = 0; r < result.length; r++) {
      const row = result[r];
      const line: SheetsOut[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) line[c] = cellToSheets(row[c], kind, timeZone);
      out[r] = line;
    }
    return out;
  }
  if (result instanceof CellError) throw new Error(result.message);
  return cellToSheets(result, kind, timeZone);
}

function cellToSheets(value: CellOut, kind: ResultKind, timeZone: string): SheetsOut {
  if (value instanceof CellError) return ERROR_PREFIX + value.message;
  if (kind === "date" && typeof value === "number") return sheetDateOfDay(value, timeZone);
  return value;
}
