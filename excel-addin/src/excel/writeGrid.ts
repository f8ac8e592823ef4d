/**
 * Queue the writes of a core SheetGrid on an Excel sheet: number formats then values (one call
 * each per row chunk, flushed before a request would pass Excel's 5 MB), bold and fills by runs
 * of a row, column widths, frozen rows, tab colour. The grid decides every cell; this file only
 * maps it onto Office.js.
 */
import type { GridValue, SheetGrid } from "@cchc/core";
import { columnLetter, rangeAddress } from "./addresses.js";
import { columnWidthPoints, estimateBytes, REQUEST_BUDGET_BYTES } from "./writeLayout.js";

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

/** Write `grid` from A1. Returns the intermediate syncs it needed (0 unless larger than the request budget). */
export async function writeGrid(context: Excel.RequestContext, sheet: Excel.Worksheet, grid: SheetGrid, budget = REQUEST_BUDGET_BYTES): Promise<number> {
  const rows = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  if (rows === 0 || width === 0) return 0;
  let syncs = 0;
  let start = 0;
  while (start < rows) {
    let end = start;
    let bytes = 0;
    while (end < rows && (end === start || bytes + estimateBytes([grid.values[end]]) * 2 <= budget)) {
      bytes += estimateBytes([grid.values[end]]) * 2;
      end++;
    }
    if (start > 0) {
      await context.sync();
      syncs++;
    }
    const range = sheet.getRange(rangeAddress(start, 0, end - start, width));
    range.numberFormat = grid.formats.slice(start, end);
    range.values = grid.values.slice(start, end).map((r) => r.map(excelValue));
    start = end;
  }
  for (let r = 0; r < rows; r++) {
    for (const [a, b] of runs(width, (c) => grid.bold[r][c])) {
      sheet.getRange(rangeAddress(r, a, 1, b - a)).format.font.bold = true;
    }
    for (const [a, b] of runs(width, (c) => grid.fills[r][c] !== null)) {
      sheet.getRange(rangeAddress(r, a, 1, b - a)).format.fill.color = grid.fills[r][a]!;
    }
  }
  grid.widths.forEach((w, c) => {
    if (w > 0) sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = columnWidthPoints(w);
  });
  if (grid.frozenRows > 0) sheet.freezePanes.freezeRows(grid.frozenRows);
  if (grid.tabColor) sheet.tabColor = grid.tabColor;
  return syncs;
}
