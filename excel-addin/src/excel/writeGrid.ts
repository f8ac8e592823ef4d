/**
 * Queue the writes of a core SheetGrid on an Excel sheet: number formats then values over the
 * whole rectangle (two calls), bold and fills by runs of a row, column widths, tab colour. The
 * grid decides every cell; this file only maps it onto Office.js.
 */
import type { GridValue, SheetGrid } from "@cchc/core";
import { columnLetter, rangeAddress } from "./addresses.js";
import { columnWidthPoints } from "./writeLayout.js";

/** Excel leaves a cell unchanged for null: an empty cell is "". */
export const excelValue = (v: GridValue): string | number | boolean => (v === null ? "" : v);

/** Runs [start, end) of consecutive columns of a row where `on(c)` holds. */
function runs(width: number, on: (c: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let c = 0; c < width; c++) {
    if (!on(c)) continue;
    const start = c;
    while (c + 1 < width && on(c + 1)) c++;
    out.push([start, c + 1]);
  }
  return out;
}

export function writeGrid(sheet: Excel.Worksheet, grid: SheetGrid, at: { row: number; col: number } = { row: 0, col: 0 }): void {
  const rows = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  if (rows === 0 || width === 0) return;
  const range = sheet.getRange(rangeAddress(at.row, at.col, rows, width));
  range.numberFormat = grid.formats;
  range.values = grid.values.map((r) => r.map(excelValue));
  for (let r = 0; r < rows; r++) {
    for (const [a, b] of runs(width, (c) => grid.bold[r][c])) {
      sheet.getRange(rangeAddress(at.row + r, at.col + a, 1, b - a)).format.font.bold = true;
    }
    for (const [a, b] of runs(width, (c) => grid.fills[r][c] !== null)) {
      // one colour per run (runs of a row share the grid's header colour)
      sheet.getRange(rangeAddress(at.row + r, at.col + a, 1, b - a)).format.fill.color = grid.fills[r][a]!;
    }
  }
  grid.widths.forEach((w, c) => {
    if (w > 0) sheet.getRange(`${columnLetter(at.col + c)}:${columnLetter(at.col + c)}`).format.columnWidth = columnWidthPoints(w);
  });
  if (grid.frozenRows > 0) sheet.freezePanes.freezeRows(grid.frozenRows);
  if (grid.tabColor) sheet.tabColor = grid.tabColor;
}
