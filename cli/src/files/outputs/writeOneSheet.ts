/**
 * A SheetSpec whose print settings ask for one sheet (core's PrintSpec.oneSheet) → one worksheet
 * with every table one under another: fewer, fuller A4 pages than one worksheet per table. The
 * widest table sets the columns; the other tables spread each of their columns over one or more
 * of them (merged cells), as close as possible to the width they ask for. Pages break where the
 * spreadsheet program puts them (its page size and fonts decide; a break guessed here would leave
 * near-empty pages in another program); the chart goes on a sheet of its own, one page, so that
 * no page break cuts it.
 */
import { type ColumnSpec, columnLetter, type SheetSpec, type TableBlock } from "@cchc/core";
import type ExcelJS from "exceljs";
import type { BarChartData } from "./addChart.js";
import { writeSignature } from "./writeSignature.js";
import {
  applyPrintSetup,
  BORDER,
  cellValueFor,
  CHART_ROWS,
  columnWidth,
  FONT_NAME,
  NUMBER_FORMATS,
  styleHeaderCell,
  TOTAL_FILL,
  uniqueSheetName,
  wrappedLines,
  alignmentFor,
} from "./writeWorkbook.js";

/** Name of the sheet that shows the chart of a one-sheet spec. */
export const CHART_SHEET = "Biểu đồ";

/**
 * Grid columns (their widths) → for each wanted column, the 0-based [first, last] grid columns
 * it spans: contiguous, at least one each, in order, each as close to its wanted width as
 * possible while leaving one grid column for every wanted column still to place.
 */
export function gridSpans(wanted: number[], grid: number[]): [number, number][] {
  const spans: [number, number][] = [];
  let next = 0;
  wanted.forEach((w, j) => {
    const left = wanted.length - j - 1; // wanted columns still to place after this one
    const first = Math.min(next, grid.length - 1);
    let last = first;
    let width = grid[first];
    while (last + 1 < grid.length - left && width < w && Math.abs(width + grid[last + 1] - w) < Math.abs(width - w)) {
      last++;
      width += grid[last];
    }
    spans.push([first, last]);
    next = last + 1;
  });
  return spans;
}

/** The one-sheet rendering; returns the chart to add (or none). */
export function addOneSheetSpec(wb: ExcelJS.Workbook, name: string, spec: SheetSpec): BarChartData[] {
  const ws = wb.addWorksheet(name);
  const blocks = spec.blocks;
  const gridBlock = blocks.reduce((best, b, i) => (b.columns.length > blocks[best].columns.length ? i : best), 0);
  const widthsOf = (b: TableBlock) => b.columns.map((c: ColumnSpec, j) => columnWidth(c, b.rows.map((v) => v[j])));
  const grid = widthsOf(blocks[gridBlock]);
  grid.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  const n = grid.length;
  const total = grid.reduce((a, b) => a + b, 0);
  let r = 1;
  const rowHeight = (h: number) => {
    ws.getRow(r).height = h;
    r++;
  };
  const mergedText = (text: string, font: Partial<ExcelJS.Font>, align: Partial<ExcelJS.Alignment>, height: number) => {
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT_NAME, ...font };
    cell.alignment = align;
    rowHeight(height);
  };

  // The title on one line: a smaller font rather than a wrapped title.
  const titleSize = Math.max(11, Math.min(14, Math.floor((total * 11) / (spec.title.length * 1.15))));
  mergedText(spec.title, { size: titleSize, bold: true }, { horizontal: "center", vertical: "middle" }, titleSize + 8);
  if (spec.subtitle) {
    const lines = wrappedLines(spec.subtitle, total);
    mergedText(spec.subtitle, { size: 11, italic: true }, { horizontal: "center", vertical: "middle", wrapText: true }, 16 * lines + 2);
  }

  const charts: BarChartData[] = [];
  blocks.forEach((block, bi) => {
    const spans = bi === gridBlock ? grid.map((_, j): [number, number] => [j, j]) : gridSpans(widthsOf(block), grid);
    const spanWidth = spans.map(([a, b]) => grid.slice(a, b + 1).reduce((x, y) => x + y, 0));
    const rows = block.totalRow ? [...block.rows, block.totalRow] : block.rows;
    const headerHeight = 15 * Math.max(1, ...block.columns.map((c, j) => wrappedLines(c.header, spanWidth[j]))) + 6;
    const heights = rows.map((values) => 15 * Math.max(1, ...block.columns.map((c, j) => (c.kind === "text" && typeof values[j] === "string" ? wrappedLines(values[j] as string, spanWidth[j]) : 1))) + 2);
    rowHeight(12); // space before the table
    mergedText(block.title, { size: 12, bold: true }, { horizontal: "left", vertical: "middle" }, 18);

    const put = (rowNo: number, j: number, value: ExcelJS.CellValue) => {
      const [a, b] = spans[j];
      if (b > a) ws.mergeCells(rowNo, a + 1, rowNo, b + 1);
      const cell = ws.getCell(rowNo, a + 1);
      cell.value = value;
      for (let c = a; c <= b; c++) ws.getCell(rowNo, c + 1).border = BORDER;
      return cell;
    };
    const headerRow = r;
    block.columns.forEach((col, j) => styleHeaderCell(put(r, j, col.header)));
    rowHeight(headerHeight);
    if (rows.length === 0) {
      const cell = put(r, 0, "(không có)");
      if (n > 1 && spans[0][1] < n - 1) {
        ws.unMergeCells(r, 1, r, spans[0][1] + 1);
        ws.mergeCells(r, 1, r, spans[spans.length - 1][1] + 1);
      }
      cell.font = { name: FONT_NAME, size: 11, italic: true };
      cell.alignment = { horizontal: "center" };
      rowHeight(17);
    }
    const firstDataRow = r;
    rows.forEach((values, k) => {
      const isTotal = block.totalRow !== undefined && k === rows.length - 1;
      block.columns.forEach((col, j) => {
        const cell = put(r, j, cellValueFor(col.kind, values[j]));
        cell.font = { name: FONT_NAME, size: 11, bold: isTotal };
        if (isTotal) for (let c = spans[j][0]; c <= spans[j][1]; c++) ws.getCell(r, c + 1).fill = TOTAL_FILL;
        const fmt = NUMBER_FORMATS[col.kind];
        if (fmt) cell.numFmt = fmt;
        cell.alignment = alignmentFor(col.kind, spanWidth[j]);
      });
      rowHeight(heights[k]);
    });

    const chart = spec.chart;
    if (chart && chart.categoriesFrom.block === bi && block.rows.length > 0) {
      const series = chart.series.filter((s) => s.block === bi && s.column < block.columns.length);
      const col = (j: number) => columnLetter(spans[j][0]);
      if (series.length > 0) {
        const chartSheet = wb.addWorksheet(uniqueSheetName(wb, CHART_SHEET));
        applyPrintSetup(chartSheet);
        chartSheet.pageSetup.fitToHeight = 1;
        charts.push({
          sheet: chartSheet.name,
          dataSheet: ws.name,
          title: chart.title,
          type: chart.type,
          categoryColumn: col(chart.categoriesFrom.column),
          categories: block.rows.map((row) => String(row[chart.categoriesFrom.column] ?? "")),
          firstRow: firstDataRow,
          lastRow: firstDataRow + block.rows.length - 1,
          series: series.map((s) => ({
            name: s.name,
            nameCell: `${col(s.column)}${headerRow}`,
            column: col(s.column),
            values: block.rows.map((row) => (typeof row[s.column] === "number" ? (row[s.column] as number) : null)),
            color: s.color,
          })),
          anchor: { fromCol: 0, fromRow: 0, toCol: 14, toRow: CHART_ROWS + 6 },
        });
      }
    }
  });

  const notes = spec.notes ?? [];
  if (notes.length > 0) {
    const heights = notes.map((note) => 14 * wrappedLines(note, Math.floor(total * 1.1)) + 2);
    rowHeight(12);
    notes.forEach((note, k) => mergedText(note, { size: 10, italic: true }, { vertical: "top", wrapText: true }, heights[k]));
  }
  if (spec.print?.signature) writeSignature(ws, r, n, spec.print.signature);
  applyPrintSetup(ws);
  return charts;
}
