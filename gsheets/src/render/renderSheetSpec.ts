import { layoutSheetSpec, type SheetSpec } from "@cchc/core";
import { insertChart } from "./insertChart.js";
import { sheetNames, uniqueSheetName } from "./uniqueSheetName.js";

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export { HEADER_FILL as HEADER_BACKGROUND, TOTAL_FILL as TOTAL_BACKGROUND } from "@cchc/core";

/** Where each block landed (1-based rows), for charts and tests. */
export interface RenderedBlock {
  titleRow: number;
  headerRow: number;
  firstDataRow: number;
  /** Rows of data, without the total row. */
  rows: number;
  columns: number;
}

export interface RenderedSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  blocks: RenderedBlock[];
  width: number;
  height: number;
}

/**
 * Write a SheetSpec on a NEW sheet (name made unique; never an existing sheet) as core lays it
 * out (layoutSheetSpec: the same cells, formats, bold rows and fills as Excel and the CLI), with
 * four batched writes over one rectangle — setNumberFormats, setValues, setFontWeights,
 * setBackgrounds — then column widths and the chart. Dates are serial numbers formatted
 * dd/mm/yyyy, which Sheets shows as that calendar day in any time zone.
 */
export function renderSheetSpec(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, source?: GoogleAppsScript.Spreadsheet.Sheet): RenderedSheet {
  const { grid, blocks: placed, links } = layoutSheetSpec(spec);
  const width = grid.values[0].length;
  const values: (string | number | boolean)[][] = grid.values.map((r) => r.map((v) => (v === null ? "" : v)));
  const formats = grid.formats.map((r) => r.slice());
  const weights: FontWeight[][] = grid.bold.map((r) => r.map((b) => (b ? "bold" : "normal")));
  const backgrounds = grid.fills;
  const sheet = ss.insertSheet(uniqueSheetName(sheetNames(ss), spec.name));
  // the cells core marks as naming a place on the source sheet become links to it
  if (source) {
    const gid = source.getSheetId();
    for (const link of links) {
      values[link.row][link.col] = `=HYPERLINK("#gid=${gid}&range=${link.address}","${link.text.replace(/"/g, '""')}")`;
      formats[link.row][link.col] = "General";
    }
  }
  const range = sheet.getRange(1, 1, values.length, width);
  // Formats first: text columns are plain text ("@") before the values arrive, so Sheets keeps
  // "2.1", "1/2" or "=…" from the user's cells as text instead of reading numbers, dates or formulas.
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  setColumnWidths(sheet, grid.widths);
  const blocks: RenderedBlock[] = placed.map((p) => ({ titleRow: p.titleRow + 1, headerRow: p.headerRow + 1, firstDataRow: p.firstRow + 1, rows: p.rows, columns: p.columns }));
  const rendered: RenderedSheet = { sheet, blocks, width, height: values.length };
  if (spec.chart) insertChart(sheet, spec.chart, rendered);
  return rendered;
}

// Links are HYPERLINK formulas with format General so Sheets reads them; formulas written by
// Apps Script use English names and commas whatever the spreadsheet's locale.

/** Column widths of the grid (characters, ≈ 7 px each), one call per run of equal widths. */
function setColumnWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, widths: readonly number[]): void {
  const px = widths.map((w) => Math.round(w * 7 + 12));
  let start = 0;
  while (start < px.length) {
    let end = start;
    while (end + 1 < px.length && px[end + 1] === px[start]) end++;
    sheet.setColumnWidths(start + 1, end - start + 1, px[start]);
    start = end + 1;
  }
}
