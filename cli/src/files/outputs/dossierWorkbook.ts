/**
 * The dossier workbook: core's printed form II.06a (formII06aPrint: every cell, merge and
 * heading decided in core) and core's Kết luận 91 block (formII06aSheetSpec) → exceljs.
 * This file only maps core's styles onto fonts, borders and number formats. Both sheets repeat
 * their header rows on every printed page, carry page numbers and the signature block of an
 * official report (core's OFFICIAL_SIGNATURE).
 */
import { type DossierStatsResult, type FormII06aPrint, formII06aPrint, formII06aSheetSpec, formII06aTable, OFFICIAL_SIGNATURE, type PrintStyle, toVN } from "@cchc/core";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs.js";
import { writeSignature } from "./writeSignature.js";
import { HEADER_FILL as CORE_HEADER_FILL } from "@cchc/core";
import { solidFill } from "./solidFill.js";

const FONT = "Times New Roman";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = solidFill(CORE_HEADER_FILL);

interface Look {
  font: Partial<ExcelJS.Font>;
  alignment: Partial<ExcelJS.Alignment>;
  border?: boolean;
  fill?: boolean;
  numFmt?: string;
}

const LOOKS: Record<PrintStyle, Look> = {
  formNo: { font: { bold: true, size: 11 }, alignment: { horizontal: "left", vertical: "top" } },
  title: { font: { bold: true, size: 13 }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  unitLabel: { font: { size: 11 }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  period: { font: { bold: true, size: 12 }, alignment: { horizontal: "center" } },
  measure: { font: { italic: true, size: 11 }, alignment: { horizontal: "right" } },
  head: { font: { bold: true, size: 11 }, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: true, fill: true },
  colNo: { font: { italic: true, size: 10 }, alignment: { horizontal: "center" }, border: true },
  text: { font: { size: 12 }, alignment: { vertical: "top", wrapText: true }, border: true },
  int: { font: { size: 12 }, alignment: { horizontal: "right" }, border: true, numFmt: "#,##0" },
  pct: { font: { size: 12 }, alignment: { horizontal: "right" }, border: true, numFmt: "0.00%" },
  totalText: { font: { bold: true, size: 12 }, alignment: { vertical: "top" }, border: true },
  totalInt: { font: { bold: true, size: 12 }, alignment: { horizontal: "right" }, border: true, numFmt: "#,##0" },
  totalPct: { font: { bold: true, size: 12 }, alignment: { horizontal: "right" }, border: true, numFmt: "0.00%" },
  note: { font: { italic: true, size: 11 }, alignment: { wrapText: true, vertical: "top" } },
};

function renderPrint(ws: ExcelJS.Worksheet, p: FormII06aPrint): void {
  for (const cell of p.cells) {
    const rowSpan = cell.rowSpan ?? 1;
    const colSpan = cell.colSpan ?? 1;
    const look = LOOKS[cell.style];
    for (let r = cell.r; r < cell.r + rowSpan; r++) {
      for (let c = cell.c; c < cell.c + colSpan; c++) {
        const x = ws.getCell(r + 1, c + 1);
        x.font = { name: FONT, ...look.font };
        // STT centred, as the systems print it
        x.alignment = c === 0 && (cell.style === "text" || cell.style === "totalText") ? { ...look.alignment, horizontal: "center" } : look.alignment;
        if (look.border) x.border = BORDER;
        if (look.fill) x.fill = HEADER_FILL;
        if (look.numFmt) x.numFmt = look.numFmt;
      }
    }
    if (rowSpan > 1 || colSpan > 1) ws.mergeCells(cell.r + 1, cell.c + 1, cell.r + rowSpan, cell.c + colSpan);
    ws.getCell(cell.r + 1, cell.c + 1).value = cell.v;
  }
  p.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  // Row heights: exceljs rows do not grow by themselves in Excel or LibreOffice.
  ws.getRow(1).height = 22;
  ws.getRow(2).height = 22;
  ws.getRow(p.headerRows[0] + 1).height = 30;
  ws.getRow(p.headerRows[0] + 2).height = 30;
  ws.getRow(p.headerRows[0] + 3).height = 44;
  const nameWidth = p.widths[1];
  for (const cell of p.cells) {
    if ((cell.style === "text" || cell.style === "totalText") && cell.c === 1 && typeof cell.v === "string") {
      const lines = Math.ceil(cell.v.length / (nameWidth * 0.95));
      if (lines > 1) ws.getRow(cell.r + 1).height = 16 * lines;
    }
    if (cell.style === "note" && typeof cell.v === "string") {
      const width = p.widths.reduce((a, b) => a + b, 0);
      ws.getRow(cell.r + 1).height = 15 * Math.max(1, Math.ceil(cell.v.length / (width * 1.1)));
    }
  }
}

export async function dossierWorkbook(r: DossierStatsResult): Promise<ExcelJS.Workbook> {
  const excel = await loadExcelJs();
  const wb = new excel.Workbook();
  wb.creator = "cchc";
  const print = formII06aPrint(formII06aTable(r));
  const ws = wb.addWorksheet("Biểu II.06a", { views: [{ state: "frozen", ySplit: print.numberRow + 1 }] });
  renderPrint(ws, print);
  const lastRow = Math.max(...print.cells.map((c) => c.r + (c.rowSpan ?? 1)));
  writeSignature(ws, lastRow + 2, print.widths.length, OFFICIAL_SIGNATURE);
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${print.headerRows[0] + 1}:${print.headerRows[1] + 1}`,
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

/** Core's Kết luận 91 block (formII06aSheetSpec, block 1), cell for cell. */
function addFlagsSheet(wb: ExcelJS.Workbook, r: DossierStatsResult): void {
  const block = formII06aSheetSpec(r).blocks[1];
  const ws = wb.addWorksheet("Kết luận 91", { views: [{ state: "frozen", ySplit: 3 }] });
  ws.mergeCells(1, 1, 1, block.columns.length);
  ws.getCell(1, 1).value = `Đối chiếu Kết luận 91-KL/TU theo ${r.by === "unit" ? "đơn vị" : "cán bộ xử lý"} — từ ${toVN(r.from)} đến ${toVN(r.to)}`;
  ws.getCell(1, 1).font = { name: FONT, bold: true, size: 13 };
  headerRow(ws, 3, block.columns.map((c) => c.header));
  const reasonCol = block.columns.length - 1;
  block.rows.forEach((values, i) => {
    const row = ws.getRow(4 + i);
    values.forEach((v, c) => {
      const kind = block.columns[c].kind;
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.border = BORDER;
      cell.font = { name: FONT, size: 12, color: c === reasonCol && values[reasonCol - 1] === "x" ? { argb: "FFC00000" } : undefined };
      if (kind === "integer") cell.numFmt = "#,##0";
      if (kind === "percent") cell.numFmt = "0.00%";
      cell.alignment = { wrapText: kind === "text", vertical: "top" };
    });
    const lines = Math.max(...values.map((v, c) => (typeof v === "string" ? Math.ceil(v.length / ((block.columns[c].width ?? 10) * 0.95)) : 1)), 1);
    if (lines > 1) row.height = 16 * lines;
  });
  block.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? 12;
  });
  writeSignature(ws, 4 + r.groups.length, 6, OFFICIAL_SIGNATURE);
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" };
  ws.headerFooter = { oddFooter: "Trang &P / &N" };
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
