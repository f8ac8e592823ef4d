import type { CellArg, CellScalar, ParamKind } from "@cchc/core";
import { dayOfSheetDate, isDateObject, utcDateOfDay, wallClockOfSheetDate } from "../dates/sheetDates.js";
import { ERROR_PREFIX } from "./resultsToSheets.js";

/**
 * One argument as Sheets passes it (a value, or a 2-D array for a range) → what core's
 * `evaluate` reads: Dates become UTC-midnight Dates of the same calendar day, our own
 * "#LỖI: …" texts from another CCHC formula become an error value core passes on.
 * For a parameter that uses the time of day (kind "dateTime", e.g. HANXULY's "ngày nhận",
 * or "time", e.g. "giờ chốt nhận") a Date keeps its time as the spreadsheet shows it: the
 * Date whose UTC fields are the wall-clock date and time in the spreadsheet's zone.
 */
export function argFromSheets(value: unknown, timeZone: string, kind?: ParamKind): CellArg {
  const keepTime = kind === "dateTime" || kind === "time";
  if (Array.isArray(value)) {
    const out: CellScalar[][] = new Array(value.length);
    for (let r = 0; r < value.length; r++) {
      const row = value[r];
      if (!Array.isArray(row)) {
        out[r] = [scalarFromSheets(row, timeZone, keepTime)];
        continue;
      }
      const line: CellScalar[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) line[c] = scalarFromSheets(row[c], timeZone, keepTime);
      out[r] = line;
    }
    return out;
  }
  return scalarFromSheets(value, timeZone, keepTime);
}

export function scalarFromSheets(value: unknown, timeZone: string, keepTime = false): CellScalar {
  if (value === null || value === undefined) return null;
  if (isDateObject(value) && keepTime) {
    return wallClockOfSheetDate(value, timeZone) ?? "#VALUE!";
  }
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
