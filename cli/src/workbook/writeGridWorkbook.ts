/**
 * Core's WorkbookSpec (cells, plain formulas, names, lists, print setup) → an .xlsx file.
 * Formula cells are written without a cached result, and the workbook asks for a full
 * recalculation on load, so Excel, LibreOffice and WPS compute every figure when it opens.
 */
import type { GridCell, GridFormat, GridSheet, WorkbookSpec } from "@cchc/core";
import { sheetRef } from "@cchc/core";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "../files/outputs/loadExcelJs.js";
import { wrappedLines } from "../files/outputs/writeWorkbook.js";
import { HEADER_FILL as CORE_HEADER_FILL } from "@cchc/core";
import { solidFill } from "../files/outputs/solidFill.js";

const FONT = "Times New Roman";
const FORMATS: Record<GridFormat, string | undefined> = {
  date: "dd/mm/yyyy",
  integer: "0",
  percent: "0.00%",
  text: "@",
};
const HEAD_FILL: ExcelJS.Fill = solidFill(CORE_HEADER_FILL);
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };

function writeCell(cell: ExcelJS.Cell, spec: GridCell): void {
  if (spec.f !== undefined) cell.value = { formula: spec.f } as ExcelJS.CellFormulaValue;
  else if (spec.v !== undefined && spec.v !== null) cell.value = spec.v;
  if (spec.fmt && FORMATS[spec.fmt]) cell.numFmt = FORMATS[spec.fmt]!;
  else if (spec.numFmt && spec.numFmt !== "General") cell.numFmt = spec.numFmt;
  if (spec.bold || spec.head) cell.font = { name: FONT, size: 11, bold: true };
  if (spec.head) {
    cell.fill = HEAD_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  } else {
    cell.alignment = spec.wrap ? { vertical: "top", wrapText: true } : { vertical: "top" };
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: GridSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : undefined,
  });
  sheet.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  sheet.rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((spec, c) => {
      if (!spec) return;
      writeCell(ws.getCell(r + 1, c + 1), spec);
      if ((spec.wrap || spec.head) && typeof spec.v === "string") lines = Math.max(lines, wrappedLines(spec.v, sheet.widths?.[c] ?? 10));
    });
    // Wrapped texts get the height they need (Excel does not fit rows when it opens a file).
    if (lines > 1) ws.getRow(r + 1).height = 15 * lines + 2;
  });
  for (const v of sheet.validations ?? []) {
    const list = `"${v.list.join(",")}"`;
    // exceljs applies a validation per cell; ranges are written as one sqref by its writer.
    (ws as unknown as { dataValidations: { add(ref: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [list],
      showInputMessage: v.prompt !== undefined,
      promptTitle: "Gợi ý",
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: v.strict ? "stop" : "warning",
      errorTitle: "Giá trị không có trong danh sách",
      error: `Chọn một giá trị trong danh sách: ${v.list.join(", ")}.`,
    });
  }
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: sheet.print.landscape ? "landscape" : "portrait",
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (sheet.print.repeatRows) ws.pageSetup.printTitlesRow = `1:${sheet.print.repeatRows}`;
    ws.headerFooter.oddFooter = `&C&"${FONT},Regular"&10Trang &P/&N`;
  }
}

export async function workbookSpecToXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-planner";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of spec.sheets) writeSheet(wb, s);
  for (const n of spec.names) wb.definedNames.add(sheetRef(n.sheet, n.ref), n.name);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
