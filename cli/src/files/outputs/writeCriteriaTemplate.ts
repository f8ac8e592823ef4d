/**
 * core's CriteriaTemplate (a blank criteria sheet) → an exceljs workbook: bold title and header,
 * the example rows shaded yellow, borders on the criteria rows, text format on STT (so "1.10"
 * stays "1.10"), widths, frozen header, A4 landscape.
 */
import { type CriteriaTemplate, HEADER_FILL, TEMPLATE_FILLS } from "@cchc/core";
import ExcelJS from "exceljs";
import { applyPrintSetup, FONT_NAME } from "./writeWorkbook.js";
import { solidFill } from "./solidFill.js";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER = solidFill(HEADER_FILL);
const EXAMPLE_FILL = solidFill(TEMPLATE_FILLS.example);
const INPUT_FILL = solidFill(TEMPLATE_FILLS.input);

export function criteriaTemplateWorkbook(t: CriteriaTemplate): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.sheetName);
  t.widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  ws.getColumn(1).numFmt = "@";
  t.rows.forEach((cells, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    cells.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
      row.getCell(j + 1).font = { name: FONT_NAME, size: 11, bold: r === 1 || r === t.headerRow };
    });
    const inTable = r >= t.headerRow && r <= t.blankRows.to;
    if (inTable) {
      cells.forEach((_, j) => {
        const cell = row.getCell(j + 1);
        cell.border = BORDER;
        cell.alignment = { vertical: "top", wrapText: true, horizontal: j === 0 || r === t.headerRow ? "center" : undefined };
        if (r === t.headerRow) cell.fill = HEADER;
        else if (r >= t.exampleRows.from && r <= t.exampleRows.to) cell.fill = EXAMPLE_FILL;
      });
    }
  });
  for (const s of t.settingsCells) {
    const cell = ws.getRow(s.row).getCell(s.column + 1);
    cell.fill = INPUT_FILL;
    cell.border = BORDER;
  }
  ws.views = [{ state: "frozen", ySplit: t.headerRow, xSplit: 0, topLeftCell: `A${t.headerRow + 1}`, activeCell: `A${t.headerRow + 1}` }];
  applyPrintSetup(ws, { from: t.headerRow, to: t.headerRow });
  return wb;
}
