/**
 * Core's GridSheet (values, plain formulas, number formats, lists, widths) written on a new
 * worksheet in bulk: number formats first (so "2.1" stays text and serials show as dates), then
 * one `formulas` write for the whole block, formats per run of header cells, widths per column.
 * Large sheets are written in row chunks with a sync between them, to stay under Excel's request
 * size limit (5 MB on the web). Returns the number of syncs it made.
 */
import { columnLetter, type GridCell, type GridFormat, type GridSheet } from "@cchc/core";
import { columnWidthPoints } from "./writeLayout.js";
import { HEADER_FILL } from "@cchc/core";

const FORMATS: Record<GridFormat, string> = { date: "dd/mm/yyyy", integer: "0", percent: "0.00%", text: "@" };
/** Bytes of formulas per request before a sync (well under the 5 MB limit). */
const REQUEST_BUDGET = 2_000_000;

function formulaOf(c: GridCell | null | undefined): string | number | boolean {
  if (!c) return "";
  if (c.f !== undefined) return `=${c.f}`;
  return c.v ?? "";
}

function formatOf(c: GridCell | null | undefined): string {
  if (!c) return "General";
  if (c.fmt) return FORMATS[c.fmt];
  if (c.numFmt) return c.numFmt;
  return typeof c.v === "string" ? "@" : "General";
}

export async function writeGridSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, grid: GridSheet): Promise<number> {
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  let syncs = 0;
  let bytes = 0;
  let start = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const rows = grid.rows.slice(start, end);
    const range = sheet.getRangeByIndexes(start, 0, rows.length, width);
    range.numberFormat = rows.map((r) => Array.from({ length: width }, (_, c) => formatOf(r[c])));
    range.formulas = rows.map((r) => Array.from({ length: width }, (_, c) => formulaOf(r[c]))) as unknown as string[][];
    start = end;
  };
  for (let r = 0; r < grid.rows.length; r++) {
    for (const c of grid.rows[r]!) if (c?.f) bytes += c.f.length;
    if (bytes > REQUEST_BUDGET) {
      flush(r + 1);
      await context.sync();
      syncs++;
      bytes = 0;
    }
  }
  flush(grid.rows.length);
  // Header cells and bold cells, a range per run of cells in a row.
  grid.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const cell = row[c];
      if (!cell || !(cell.head || cell.bold)) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.head === cell.head && row[end + 1]?.bold === cell.bold) end++;
      const range = sheet.getRangeByIndexes(r, c, 1, end - c + 1);
      range.format.font.bold = true;
      if (cell.head) {
        range.format.fill.color = HEADER_FILL;
        range.format.wrapText = true;
        range.format.horizontalAlignment = "Center";
      }
      c = end + 1;
    }
  });
  grid.widths?.forEach((w, c) => {
    const letter = columnLetter(c);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(w);
  });
  // Wrapped text columns: a column is wrapped when its cells say so.
  for (let c = 0; c < width; c++) {
    if (grid.rows.some((r) => r[c]?.wrap)) sheet.getRangeByIndexes(1, c, Math.max(1, grid.rows.length - 1), 1).format.wrapText = true;
  }
  sheet.getRangeByIndexes(0, 0, grid.rows.length, width).format.verticalAlignment = "Top";
  if (grid.freeze) {
    if (grid.freeze.rows > 0 && grid.freeze.columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, grid.freeze.rows, grid.freeze.columns));
    else if (grid.freeze.rows > 0) sheet.freezePanes.freezeRows(grid.freeze.rows);
  }
  for (const v of grid.validations ?? []) {
    const range = sheet.getRange(v.range);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: v.strict ? "Stop" : "Warning",
      title: "Giá trị không có trong danh sách",
      message: `Chọn một giá trị trong danh sách: ${v.list.join(", ")}.`,
    };
    if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: "Gợi ý", message: v.prompt };
  }
  if (grid.print) {
    sheet.pageLayout.orientation = grid.print.landscape ? "Landscape" : "Portrait";
    sheet.pageLayout.paperSize = "A4";
    if (grid.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (grid.print.repeatRows) sheet.pageLayout.setPrintTitleRows(`$1:$${grid.print.repeatRows}`);
  }
  return syncs;
}
