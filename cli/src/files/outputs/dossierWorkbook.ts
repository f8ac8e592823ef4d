/**
 * The II.06a table (core's formII06aTable/formII06aGrid) and the Kết luận 91 flags → a formatted
 * exceljs workbook: title, period, two merged header levels, #,##0 figures, bold total row,
 * late rate beside the form, borders, frozen header, A4 landscape fitted to the page width.
 */
import { type DossierStatsResult, formII06aGrid, formII06aTable, toVN } from "@cchc/core";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs.js";

const FONT = "Times New Roman";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

export async function dossierWorkbook(r: DossierStatsResult): Promise<ExcelJS.Workbook> {
  const excel = await loadExcelJs();
  const wb = new excel.Workbook();
  wb.creator = "cchc";
  const t = formII06aTable(r);
  const grid = formII06aGrid(t);
  const ws = wb.addWorksheet("Biểu II.06a", { views: [{ state: "frozen", ySplit: 5 }] });
  const ncols = t.columns.length + 1; // + Tỷ lệ trễ hạn

  ws.mergeCells(1, 1, 1, ncols);
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { name: FONT, bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center", wrapText: true };
  ws.getRow(1).height = 36;
  ws.mergeCells(2, 1, 2, ncols);
  ws.getCell(2, 1).value = t.period;
  ws.getCell(2, 1).font = { name: FONT, italic: true, size: 12 };
  ws.getCell(2, 1).alignment = { horizontal: "center" };

  const top = 4; // header rows 4–5
  grid.values.forEach((line, i) => {
    const row = ws.getRow(top + i);
    line.forEach((v, c) => {
      row.getCell(c + 1).value = v === null ? null : v;
    });
  });
  for (const m of grid.merges) {
    if (m.rowSpan > 1 || m.colSpan > 1) ws.mergeCells(top + m.row, m.col + 1, top + m.row + m.rowSpan - 1, m.col + m.colSpan);
  }
  // Late rate beside the form (not a column of II.06a).
  ws.mergeCells(top, ncols, top + 1, ncols);
  ws.getCell(top, ncols).value = "Tỷ lệ trễ hạn";
  [...t.rows, t.total].forEach((row, i) => {
    const cell = ws.getCell(top + 2 + i, ncols);
    cell.value = row.lateRate;
    cell.numFmt = "0.00%";
  });

  const last = top + grid.values.length - 1;
  for (let rr = top; rr <= last; rr++) {
    const header = rr < top + 2;
    const total = rr === top + grid.totalRow;
    for (let c = 1; c <= ncols; c++) {
      const cell = ws.getCell(rr, c);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 12, bold: header || total };
      if (header) {
        cell.fill = HEADER_FILL;
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else if (c >= 3 && c < ncols) {
        cell.numFmt = "#,##0";
      } else if (c === 1) cell.alignment = { horizontal: "center" };
      else if (c === 2) cell.alignment = { wrapText: true, vertical: "top" };
    }
  }
  ws.getRow(top + 1).height = 33;
  // Wrapped unit names need taller rows (Excel and LibreOffice do not grow rows written by exceljs).
  const nameWidth = t.columns[1].width;
  [...t.rows, t.total].forEach((row, i) => {
    const lines = Math.ceil(row.name.length / (nameWidth * 0.95));
    if (lines > 1) ws.getRow(top + 2 + i).height = 16 * lines;
  });
  t.columns.forEach((col, i) => {
    ws.getColumn(i + 1).width = col.width;
  });
  ws.getColumn(ncols).width = 11;

  let noteRow = last + 2;
  for (const n of [...t.notes, ...r.warnings.filter((w) => !t.notes.includes(w))]) {
    ws.mergeCells(noteRow, 1, noteRow, ncols);
    const cell = ws.getCell(noteRow, 1);
    cell.value = n;
    cell.font = { name: FONT, italic: true, size: 11 };
    cell.alignment = { wrapText: true };
    ws.getRow(noteRow).height = 30;
    noteRow++;
  }
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${top}:${top + 1}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: "Trang &P / &N" };

  addFlagsSheet(wb, r);
  if (r.invalidRows.length > 0) addInvalidRowsSheet(wb, r);
  return wb;
}

function headerRow(ws: ExcelJS.Worksheet, rowNo: number, titles: string[]): void {
  const row = ws.getRow(rowNo);
  titles.forEach((t, i) => {
    const cell = row.getCell(i + 1);
    cell.value = t;
    cell.font = { name: FONT, bold: true, size: 12 };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

function addFlagsSheet(wb: ExcelJS.Workbook, r: DossierStatsResult): void {
  const ws = wb.addWorksheet("Kết luận 91", { views: [{ state: "frozen", ySplit: 3 }] });
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(1, 1).value = `Đối chiếu Kết luận 91-KL/TU theo ${r.by === "unit" ? "đơn vị" : "cán bộ xử lý"} — từ ${toVN(r.from)} đến ${toVN(r.to)}`;
  ws.getCell(1, 1).font = { name: FONT, bold: true, size: 13 };
  headerRow(ws, 3, ["STT", r.by === "unit" ? "Đơn vị" : "Cán bộ xử lý", "Tổng số hồ sơ", "Trễ hạn", "Tỷ lệ trễ hạn", "Kết luận"]);
  r.groups.forEach((g, i) => {
    const row = ws.getRow(4 + i);
    const values = [i + 1, g.key, g.resolved.total + g.pending.total, g.resolved.late + g.pending.overdue, g.lateRate, g.kl91.reason];
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.border = BORDER;
      cell.font = { name: FONT, size: 12, color: c === 5 && g.kl91.notEligible ? { argb: "FFC00000" } : undefined };
      if (c === 2 || c === 3) cell.numFmt = "#,##0";
      if (c === 4) cell.numFmt = "0.00%";
      cell.alignment = { wrapText: c === 1 || c === 5, vertical: "top" };
    });
    const lines = Math.max(Math.ceil(g.key.length / 34), Math.ceil(g.kl91.reason.length / 66), 1);
    if (lines > 1) row.height = 16 * lines;
  });
  [5, 36, 13, 10, 12, 70].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function addInvalidRowsSheet(wb: ExcelJS.Workbook, r: DossierStatsResult): void {
  const ws = wb.addWorksheet("Dòng lỗi");
  headerRow(ws, 1, ["Dòng", "Lỗi"]);
  r.invalidRows.forEach((e, i) => {
    ws.getRow(2 + i).values = [e.row, e.message];
  });
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 110;
}
