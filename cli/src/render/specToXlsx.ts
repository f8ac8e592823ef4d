/**
 * Report SheetSpecs → an .xlsx: each spec on ONE worksheet laid out by core (layoutSheetSpec:
 * the same cells, number formats, bold rows and fills the Excel add-in and Google Sheets write),
 * then dressed for print — Times New Roman, borders on the tables, wrapped text, A4 landscape
 * fitted to the page width, page numbers — and the spec's chart as a native Excel chart.
 */
import { columnLetter, layoutSheetSpec, type SheetSpec, uniqueSheetName } from "@cchc/core";
import ExcelJS from "exceljs";
import { addBarCharts, type BarChartData } from "../files/outputs/addChart.js";
import { applyPrintSetup, FONT_NAME } from "../files/outputs/writeWorkbook.js";
import { addGridSheet } from "./gridToExcelJs.js";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A name not yet used in the workbook ("Tổng hợp 2025", "Tổng hợp 2025 (2)"…), by core's rule. */
function uniqueName(wb: ExcelJS.Workbook, wanted: string): string {
  return uniqueSheetName(wanted, wb.worksheets.map((w) => w.name));
}

/** Add one spec's sheet; returns the chart to add to the package (if any). */
export function addSpecSheet(wb: ExcelJS.Workbook, spec: SheetSpec): BarChartData | null {
  const { grid, blocks, chart } = layoutSheetSpec(spec);
  const ws = addGridSheet(wb, { ...grid, name: uniqueName(wb, grid.name) });
  // print dress: fonts, borders on each block's header/data/total rows, wrap
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT_NAME, size: r === 1 ? 14 : 11, bold: grid.bold[r - 1]?.[Number(cell.col) - 1] ?? false };
    });
  });
  for (const b of blocks) {
    const last = b.totalRow ?? (b.rows > 0 ? b.firstRow + b.rows - 1 : b.firstRow);
    for (let r = b.headerRow; r <= last; r++) {
      for (let c = 0; c < b.columns; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.border = BORDER;
        cell.alignment = { vertical: "top", wrapText: true };
      }
    }
  }
  // a single table repeats its header row on every printed page; on a sheet of several tables the
  // first table's header would head pages of other tables (or of the notes and chart), so none
  const only = blocks.length === 1 ? blocks[0].headerRow + 1 : undefined;
  applyPrintSetup(ws, only === undefined ? undefined : { from: only, to: only });
  if (!chart) return null;
  const cat = chart.categories;
  return {
    sheet: ws.name,
    title: chart.title,
    type: chart.type,
    categoryColumn: columnLetter(cat.col),
    categories: grid.values.slice(cat.row, cat.row + cat.rows).map((r) => String(r[cat.col] ?? "")),
    firstRow: cat.row + 1,
    lastRow: cat.row + cat.rows,
    series: chart.series
      .filter((s) => s.row === cat.row && s.rows === cat.rows)
      .map((s) => ({
        name: s.name,
        nameCell: `${columnLetter(s.col)}${s.row}`,
        column: columnLetter(s.col),
        values: grid.values.slice(s.row, s.row + s.rows).map((r) => (typeof r[s.col] === "number" ? (r[s.col] as number) : null)),
        color: s.color,
      })),
    anchor: { fromCol: chart.anchor.col, fromRow: chart.anchor.row, toCol: chart.anchor.col + 10, toRow: chart.anchor.row + Math.max(18, 4 + chart.categoryCount * 2) },
  };
}

/** The .xlsx bytes of the specs (one worksheet each), charts included. */
export async function specsToXlsx(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc";
  wb.calcProperties.fullCalcOnLoad = false;
  const charts = specs.map((s) => addSpecSheet(wb, s)).filter((c): c is BarChartData => c !== null);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return addBarCharts(bytes, charts);
}
