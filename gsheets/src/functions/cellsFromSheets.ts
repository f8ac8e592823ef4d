import type { CellArg, CellScalar } from "@cchc/core";
import { dayOfSheetDate, isDateObject, utcDateOfDay } from "../dates/sheetDates.js";
import { ERROR_PREFIX } from "./resultsToSheets.js";

/**
 * One argument as Sheets passes it (a value, or a 2-D array for a range) → what core's
 * `evaluate` reads: Dates become UTC-midnight Dates of the same calendar day, our own
 * "#LỖI: …" texts from another CCHC formula become an error value core passes on.
 */
export function argFromSheets(value: unknown, timeZone: string): CellArg {
  if (Array.isArray(value)) {
    const out: CellScalar[][] = new Array(value.length);
    for (let r = 0; r < value.length; r++) {
      const row = value[r];
      if (!Array.isArray(row)) {
        out[r] = [scalarFromSheets(row, timeZone)];
        continue;
      }
      const line: CellScalar[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) line[c] = scalarFromSheets(row[c], timeZone);
      out[r] = line;
    }
    return out;
  }
  return scalarFromSheets(value, timeZone);
}

export function scalarFromSheets(value: unknown, timeZone: string): CellScalar {
  if (value === null || value === undefined) return null;
  if (isDateObject(value)) {
    const day = dayOfSheetDate(value, timeZone);
    return day === null ? "#VALUE!" : utcDateOfDay(day);
  }
  if (typeof value === "string") {
    return value.startsWith(ERROR_PREFIX) ? "#VALUE!" : value;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
