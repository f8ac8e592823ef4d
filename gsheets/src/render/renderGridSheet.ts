/**
 * Core's GridSheet written on a NEW sheet in batched calls: setNumberFormats (before the values,
 * so "2.1" stays text and serials show as dates), one setValues in which formula cells are
 * "=…" strings (Sheets enters them as formulas), setFontWeights, setBackgrounds, setWraps,
 * then widths, frozen rows/columns and the drop-down lists.
 */
import { type GridCell, type GridFormat, type GridSheet, HEADER_FILL } from "@cchc/core";

const FORMATS: Record<GridFormat, string> = { date: "dd/mm/yyyy", integer: "0", percent: "0.00%", text: "@" };
export const GRID_HEADER_BACKGROUND = HEADER_FILL;

const valueOf = (c: GridCell | null | undefined): string | number | boolean => (!c ? "" : c.f !== undefined ? `=${c.f}` : (c.v ?? ""));
const formatOf = (c: GridCell | null | undefined): string =>
  !c ? "General" : c.fmt ? FORMATS[c.fmt] : c.numFmt ? c.numFmt : typeof c.v === "string" ? "@" : "General";

export function renderGridSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: GridSheet): void {
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  const height = Math.max(1, grid.rows.length);
  const cell = (r: number, c: number) => grid.rows[r]?.[c];
  const table = <T>(f: (c: GridCell | null | undefined) => T): T[][] =>
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => f(cell(r, c))));
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(table(formatOf));
  range.setValues(table(valueOf));
  range.setFontWeights(table((c) => (c?.bold || c?.head ? "bold" : "normal")) as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setBackgrounds(table((c) => (c?.head ? GRID_HEADER_BACKGROUND : null)) as string[][]);
  range.setWraps(table((c) => Boolean(c?.wrap || c?.head)));
  grid.widths?.forEach((w, c) => sheet.setColumnWidth(c + 1, Math.round(w * 7 + 12)));
  if (grid.freeze?.rows) sheet.setFrozenRows(grid.freeze.rows);
  if (grid.freeze?.columns) sheet.setFrozenColumns(grid.freeze.columns);
  for (const v of grid.validations ?? []) {
    let rule = SpreadsheetApp.newDataValidation().requireValueInList([...v.list], true).setAllowInvalid(!v.strict);
    if (v.prompt) rule = rule.setHelpText(v.prompt);
    sheet.getRange(v.range).setDataValidation(rule.build());
  }
}
