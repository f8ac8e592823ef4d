/**
 * A core SheetGrid as an exceljs worksheet, cell for cell: values, number formats, bold, fills,
 * widths, tab colour, frozen rows, and the grid's names as workbook defined names. Core decides
 * every cell; this only maps it (the same grid the Excel add-in and Google Sheets write).
 */
import { absoluteA1, columnLetter, quotedSheetName, type SheetGrid } from "@cchc/core";
import type ExcelJS from "exceljs";

export function addGridSheet(wb: ExcelJS.Workbook, grid: SheetGrid): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(grid.name, grid.tabColor ? { properties: { tabColor: { argb: `FF${grid.tabColor.slice(1).toUpperCase()}` } } } : undefined);
  grid.widths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const format = grid.formats[r][c];
      const bold = grid.bold[r][c];
      const fill = grid.fills[r][c];
      if (v === null && format === "General" && !bold && fill === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (v !== null) cell.value = v;
      if (format !== "General") cell.numFmt = format;
      if (bold) cell.font = { bold: true };
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1).toUpperCase()}` } };
    }),
  );
  if (grid.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: grid.frozenRows }];
  // A4, one page wide; the rows with content only (empty formatted list rows print nothing)
  const last = grid.values.reduce((n, row, r) => (row.some((v) => v !== null && v !== "") ? r + 1 : n), 1);
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: `A1:${columnLetter(grid.widths.length - 1)}${Math.max(last, 1)}` };
  ws.headerFooter.oddFooter = "&CTrang &P/&N";
  const sheet = quotedSheetName(grid.name);
  for (const n of grid.names) wb.definedNames.add(`${sheet}!${absoluteA1(n)}`, n.name);
  return ws;
}
