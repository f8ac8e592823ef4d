import { evaluate, findFunction } from "@cchc/core";
import { spreadsheetTimeZone } from "../dates/timeZone.js";
import { blankWhereInputsBlank } from "./blankRows.js";
import { argFromSheets } from "./cellsFromSheets.js";
import { resultToSheets, type SheetsOut } from "./resultsToSheets.js";

/**
 * Body of every generated `CCHC_<ID>(…)` custom function: Sheets values → core's `evaluate`
 * → Sheets values. One call handles a whole column (ranges in, a 2-D array out).
 */
export function callFunction(id: string, args: readonly unknown[], timeZone?: string): SheetsOut | SheetsOut[][] {
  const spec = findFunction(id);
  if (!spec) throw new Error(`Không có hàm CCHC_${id}.`);
  const tz = timeZone ?? spreadsheetTimeZone();
  const cellArgs = spec.params.map((p, i) => argFromSheets(args[i], tz, p.kind));
  const result = blankWhereInputsBlank(spec, cellArgs, evaluate(spec, cellArgs));
  return resultToSheets(result, spec.result, tz);
}
