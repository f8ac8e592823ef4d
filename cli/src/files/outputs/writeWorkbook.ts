/**
 * Host-neutral sheet specifications (core's SheetSpec) → a formatted workbook, ready to print:
 * one worksheet per table, Vietnamese headers, bold header rows with fill and borders, bold total
 * rows, 0.00% for rates, dd/mm/yyyy for dates, column widths and row heights, frozen header
 * repeated on every page, A4 landscape fitted to the page width, page numbers, and the spec's
 * chart as a native Excel chart (addChart.ts).
 */
import {
  type ColumnKindSpec,
  columnLetter,
  type ColumnSpec,
  type Day,
  parseDateText,
  type SheetSpec,
  sheetName,
  type TableBlock,
  uniqueSheetName as coreUniqueSheetName,
} from "@cchc/core";
import ExcelJS from "exceljs";
import { addBarCharts, type BarChartData } from "./addChart.js";
import { addOneSheetSpec } from "./writeOneSheet.js";
import { HEADER_FILL as CORE_HEADER_FILL } from "@cchc/core";
import { solidFill } from "./solidFill.js";

type ColumnKind = ColumnKindSpec;

export const FONT_NAME = "Times New Roman";
export const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  decimal: "0.00",
  percent: "0.00%",
  date: "dd/mm/yyyy",
};
const HEADER_FILL: ExcelJS.Fill = solidFill(CORE_HEADER_FILL);
export const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** A Day (days since 1970-01-01) → the UTC-midnight Date exceljs writes as that calendar day. */
export function dayToDate(day: Day): Date {
  return new Date(day * 86_400_000);
}

/** A cell of a column of the given kind → the value to write. */
export function cellValueFor(kind: ColumnKind, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return kind === "percent" ? "—" : null;
  if (kind === "date") {
    if (value instanceof Date) return value;
    if (typeof value === "number" && Number.isInteger(value)) return dayToDate(value);
    if (typeof value === "string") {
      const r = parseDateText(value);
      return r.ok ? dayToDate(r.day) : value;
    }
  }
  if ((kind === "integer" || kind === "percent" || kind === "decimal") && typeof value === "number") {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  return String(value);
}

/** Width (characters) a column needs: its header words and its values, within bounds. */
export function columnWidth(column: ColumnSpec, values: unknown[]): number {
  if (column.width !== undefined) return column.width;
  if (column.kind === "date") return Math.max(12, longestWord(column.header) + 2);
  if (column.kind === "percent") return Math.max(10, longestWord(column.header) + 2);
  let longest = Math.min(column.header.length, 18); // headers wrap
  longest = Math.max(longest, longestWord(column.header));
  for (const v of values) {
    const text = v === null || v === undefined ? "" : String(v);
    longest = Math.max(longest, column.kind === "integer" ? text.length + 2 : text.length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => w.length));
}

/** A4 landscape, fitted to one page wide, centred, with page numbers in the footer. */
export function applyPrintSetup(ws: ExcelJS.Worksheet, repeatRows?: { from: number; to: number }): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (repeatRows) ws.pageSetup.printTitlesRow = `${repeatRows.from}:${repeatRows.to}`;
  ws.headerFooter.oddFooter = `&C&"${FONT_NAME},Regular"&10Trang &P/&N`;
}

export function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT_NAME, size: 11, bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** Text wraps (short code columns such as STT are centred); numbers right with a little room; dates centred. */
export function alignmentFor(kind: ColumnKind, width: number): Partial<ExcelJS.Alignment> {
  if (kind === "text") return width <= 10 ? { vertical: "top", horizontal: "center", wrapText: true } : { vertical: "top", wrapText: true };
  if (kind === "date") return { vertical: "top", horizontal: "center" };
  return { vertical: "top", horizontal: "right", indent: 1 };
}

/** Estimated printed lines of a wrapped text in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  // Widths count "0" of an 11-point Calibri; Times New Roman text is about 20 % narrower.
  const usable = Math.max(1, Math.floor(width * 1.2) - 1);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(line.length / usable)), 0);
}

interface TitleLine {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  center: boolean;
}

/** Title rows (document title, subtitle, block title) merged across the table; returns the next free row. */
function writeTitles(ws: ExcelJS.Worksheet, lines: TitleLine[], widths: number[]): number {
  const span = Math.max(1, widths.length);
  const total = widths.reduce((a, b) => a + b, 0) || 12;
  let r = 1;
  for (const line of lines) {
    const cell = ws.getCell(r, 1);
    cell.value = line.text;
    cell.font = { name: FONT_NAME, size: line.size, bold: line.bold, italic: line.italic };
    cell.alignment = { horizontal: line.center ? "center" : "left", vertical: "middle", wrapText: true };
    if (span > 1) ws.mergeCells(r, 1, r, span);
    // Characters per line shrink as the font grows (widths count 11-point characters).
    const lineCount = wrappedLines(line.text, Math.floor((total * 11) / line.size / (line.bold ? 1.1 : 1)));
    ws.getRow(r).height = (line.size + 5) * lineCount + 3;
    r++;
  }
  return r;
}

/** Where a block landed: its sheet, header row and data rows (1-based; total row excluded). */
export interface BlockLayout {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** First row (1-based) left free for a chart, when one was asked for. */
  chartRow?: number;
}

/** Rows kept free under a table for its chart. */
export const CHART_ROWS = 24;

/**
 * Render one block as its own worksheet: the document title, the block title, one header row
 * (frozen and repeated on every printed page), the rows and the total row, and room for a chart.
 * Tables of different shapes do not share column widths this way, and each prints on its own pages.
 */
function addBlockSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  spec: SheetSpec,
  block: TableBlock,
  notes: string[],
  withChart = false,
): BlockLayout {
  const ws = wb.addWorksheet(sheetName);
  const span = Math.max(1, block.columns.length);
  const titles: TitleLine[] = [{ text: spec.title, size: 14, bold: true, center: true }];
  if (spec.subtitle) titles.push({ text: spec.subtitle, size: 11, italic: true, center: true });
  if (block.title) titles.push({ text: block.title, size: 12, bold: true, center: false });
  const widths = block.columns.map((col, j) => columnWidth(col, block.rows.map((v) => v[j])));
  widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  let r = writeTitles(ws, titles, widths);

  const headerRowNumber = r;
  const headerRow = ws.getRow(r);
  block.columns.forEach((col, j) => {
    const cell = headerRow.getCell(j + 1);
    cell.value = col.header;
    styleHeaderCell(cell);
  });
  headerRow.height = 15 * Math.max(1, ...block.columns.map((c, j) => wrappedLines(c.header, widths[j]))) + 6;
  r++;

  const dataRows = block.totalRow ? [...block.rows, block.totalRow] : block.rows;
  if (dataRows.length === 0) {
    const cell = ws.getCell(r, 1);
    cell.value = "(không có)";
    cell.font = { name: FONT_NAME, size: 11, italic: true };
    cell.alignment = { horizontal: "center" };
    cell.border = BORDER;
    if (span > 1) ws.mergeCells(r, 1, r, span);
    r++;
  }
  const firstDataRow = r;
  for (const [k, values] of dataRows.entries()) {
    const isTotal = block.totalRow !== undefined && k === dataRows.length - 1;
    const row = ws.getRow(r);
    let lines = 1;
    block.columns.forEach((col, j) => {
      const cell = row.getCell(j + 1);
      const value = cellValueFor(col.kind, values[j]);
      cell.value = value;
      cell.font = { name: FONT_NAME, size: 11, bold: isTotal };
      if (isTotal) cell.fill = TOTAL_FILL;
      cell.border = BORDER;
      const fmt = NUMBER_FORMATS[col.kind];
      if (fmt) cell.numFmt = fmt;
      cell.alignment = alignmentFor(col.kind, widths[j]);
      if (col.kind === "text" && typeof value === "string") lines = Math.max(lines, wrappedLines(value, widths[j]));
    });
    row.height = 15 * lines + 2;
    r++;
  }
  const lastDataRow = firstDataRow + block.rows.length - 1;
  let chartRow: number | undefined;
  if (withChart) {
    chartRow = r + 1;
    r += CHART_ROWS + 1;
  }
  if (notes.length > 0) {
    r++;
    for (const note of notes) {
      const cell = ws.getCell(r, 1);
      cell.value = note;
      cell.font = { name: FONT_NAME, size: 10, italic: true };
      r++;
    }
  }
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}`, activeCell: `A${headerRowNumber + 1}` }];
  applyPrintSetup(ws, { from: headerRowNumber, to: headerRowNumber });
  return { sheet: ws, headerRow: headerRowNumber, firstDataRow, lastDataRow, chartRow };
}

/**
 * Excel's 31 characters: drop a trailing "(…)" first; if still too long keep the first four
 * syllables ("Nhiệm vụ quá hạn chưa hoàn thành" → "Nhiệm vụ quá hạn"), which in Vietnamese
 * keeps whole two-syllable words, rather than cutting one in half.
 */
export function shortSheetName(wanted: string): string {
  let name = wanted.trim();
  if (name.length > 31) name = name.replace(/\s*\([^)]*\)\s*$/, "");
  if (name.length > 31) {
    const four = name.split(/\s+/).slice(0, 4).join(" ");
    name = four.length <= 31 ? four : name.slice(0, 31);
  }
  return sheetName(name);
}

/** A name not yet used in the workbook ("Theo đơn vị", "Theo đơn vị (2)"…). */
export function uniqueSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  return coreUniqueSheetName(shortSheetName(wanted), wb.worksheets.map((w) => w.name));
}

/** Sheet name for a block: its title without the leading "1." numbering. */
function blockSheetName(spec: SheetSpec, block: TableBlock, index: number): string {
  if (index === 0) return spec.name;
  const t = (block.title ?? "").replace(/^\s*[0-9IVXivx]+[.)]\s*/, "").trim();
  return t === "" ? `${spec.name} ${index + 1}` : t;
}

/** Render one SheetSpec: one worksheet per block, the first named after the spec. Returns the layout and the chart to add. */
export function addSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): { blocks: BlockLayout[]; charts: BarChartData[] } {
  if (spec.print?.oneSheet && spec.blocks.length > 0) return { blocks: [], charts: addOneSheetSpec(wb, uniqueSheetName(wb, spec.name), spec) };
  const blocks: TableBlock[] = spec.blocks.length > 0 ? spec.blocks : [{ title: "", columns: [], rows: [] }];
  const chartBlock = spec.chart && spec.chart.categoriesFrom.block < blocks.length ? spec.chart.categoriesFrom.block : -1;
  const layouts = blocks.map((block, i) =>
    addBlockSheet(wb, uniqueSheetName(wb, blockSheetName(spec, block, i)), spec, block, i === 0 ? (spec.notes ?? []) : [], i === chartBlock),
  );
  const charts: BarChartData[] = [];
  const chart = spec.chart;
  if (chart && chartBlock >= 0) {
    const at = layouts[chartBlock];
    const block = blocks[chartBlock];
    // The series must read the same sheet as the categories (one table per sheet here).
    const series = chart.series.filter((s) => s.block === chartBlock && s.column < block.columns.length);
    if (block.rows.length > 0 && series.length > 0 && at.chartRow !== undefined) {
      charts.push({
        sheet: at.sheet.name,
        title: chart.title,
        type: chart.type,
        categoryColumn: columnLetter(chart.categoriesFrom.column),
        categories: block.rows.map((r) => String(r[chart.categoriesFrom.column] ?? "")),
        firstRow: at.firstDataRow,
        lastRow: at.lastDataRow,
        series: series.map((s) => ({
          name: s.name,
          nameCell: `${columnLetter(s.column)}${at.headerRow}`,
          column: columnLetter(s.column),
          values: block.rows.map((r) => (typeof r[s.column] === "number" ? (r[s.column] as number) : null)),
          color: s.color,
        })),
        anchor: { fromCol: 0, fromRow: at.chartRow - 1, toCol: Math.min(block.columns.length, 12), toRow: at.chartRow - 1 + CHART_ROWS },
      });
    }
  }
  return { blocks: layouts, charts };
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc";
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

/** A new workbook with the specs' tables (charts need sheetSpecsToXlsx). */
export function sheetSpecsToWorkbook(specs: SheetSpec[]): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const spec of specs) addSheetSpec(wb, spec);
  return wb;
}

/** The .xlsx bytes of the specs: tables written by exceljs, then the charts added to the package. */
export async function sheetSpecsToXlsx(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = newWorkbook();
  const charts = specs.flatMap((spec) => addSheetSpec(wb, spec).charts);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return addBarCharts(bytes, charts);
}
