import type { CellSpec, ColumnKindSpec, SheetSpec } from "@cchc/core";
import { insertChart } from "./insertChart.js";
import { NUMBER_FORMATS, sheetValue } from "./cellFormats.js";
import { sheetNames, uniqueSheetName } from "./uniqueSheetName.js";

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export const HEADER_BACKGROUND = "#d9e2f3";
export const TOTAL_BACKGROUND = "#f2f2f2";

/** Where each block landed (1-based rows), for charts and tests. */
export interface RenderedBlock {
  titleRow: number;
  headerRow: number;
  firstDataRow: number;
  /** Rows of data, without the total row. */
  rows: number;
  columns: number;
}

/**
 * Columns (found by their header, e.g. "Ô", "Dòng") whose cells become links to the source
 * sheet: "C10" → that cell, "Dòng 14" or a row number → that row.
 */
export interface SourceLinks {
  headers: readonly string[];
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

export interface RenderedSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  blocks: RenderedBlock[];
  width: number;
  height: number;
}

/**
 * Write a SheetSpec on a NEW sheet (name made unique; never an existing sheet) with four
 * batched writes over one rectangle — setNumberFormats, setValues, setFontWeights,
 * setBackgrounds — then column widths and the chart. Dates are written as serial numbers
 * formatted dd/mm/yyyy, which Sheets shows as that calendar day in any time zone.
 */
export function renderSheetSpec(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, links?: SourceLinks): RenderedSheet {
  const width = Math.max(1, ...spec.blocks.map((b) => b.columns.length));
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const weights: FontWeight[][] = [];
  const backgrounds: (string | null)[][] = [];
  const line = (cells: readonly (CellSpec | undefined)[], kinds: readonly ColumnKindSpec[] | null, bold: boolean, bg: string | null) => {
    const v = new Array<string | number>(width);
    const f = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const kind = kinds?.[c];
      v[c] = sheetValue(cells[c], kind);
      f[c] = kind ? NUMBER_FORMATS[kind] : "General";
    }
    values.push(v);
    formats.push(f);
    weights.push(new Array<FontWeight>(width).fill(bold ? "bold" : "normal"));
    // fills (header, total) span the block's own columns only
    backgrounds.push(Array.from({ length: width }, (_, c) => (c < cells.length ? bg : null)));
  };

  line([spec.title], null, true, null);
  if (spec.subtitle) line([spec.subtitle], null, false, null);
  const blocks: RenderedBlock[] = [];
  for (const block of spec.blocks) {
    line([], null, false, null);
    const titleRow = values.length + 1;
    line([block.title], null, true, null);
    line(
      block.columns.map((c) => c.header),
      null,
      true,
      HEADER_BACKGROUND,
    );
    const headerRow = values.length;
    const kinds = block.columns.map((c) => c.kind);
    const linkColumn = links ? block.columns.findIndex((c) => links.headers.includes(c.header)) : -1;
    for (const row of block.rows) {
      line(row, kinds, false, null);
      if (links && linkColumn >= 0) linkCell(values, formats, links.sheet, linkColumn, row[linkColumn]);
    }
    if (block.rows.length === 0) line(["(không có)"], null, false, null);
    if (block.totalRow) line(block.totalRow, kinds, true, TOTAL_BACKGROUND);
    blocks.push({ titleRow, headerRow, firstDataRow: headerRow + 1, rows: block.rows.length, columns: block.columns.length });
  }
  if (spec.notes && spec.notes.length > 0) {
    line([], null, false, null);
    for (const n of spec.notes) line([n], null, false, null);
  }
  const signature = spec.print?.signature;
  if (signature) {
    // left signer in the first column, the date line and the head of the unit in the right half
    const right = Math.max(1, Math.floor(width / 2));
    const pair = (left: string, r: string) => Array.from({ length: Math.max(width, right + 1) }, (_, c) => (c === 0 ? left : c === right ? r : ""));
    line([], null, false, null);
    line(pair("", signature.dateLine), null, false, null);
    line(pair(signature.left.title, signature.right.title), null, true, null);
    line(pair(signature.left.note, signature.right.note), null, false, null);
  }

  const sheet = ss.insertSheet(uniqueSheetName(sheetNames(ss), spec.name));
  const range = sheet.getRange(1, 1, values.length, width);
  // Formats first: text columns are plain text ("@") before the values arrive, so Sheets keeps
  // "2.1", "1/2" or "=…" from the user's cells as text instead of reading numbers, dates or formulas.
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  setColumnWidths(sheet, spec, width);
  const rendered: RenderedSheet = { sheet, blocks, width, height: values.length };
  if (spec.chart) insertChart(sheet, spec.chart, rendered);
  return rendered;
}

/**
 * Turn the cell just written (last line) into a HYPERLINK formula to the source cell. The
 * format becomes General so Sheets reads the formula; formulas written by Apps Script use
 * English names and commas whatever the spreadsheet's locale.
 */
function linkCell(
  values: (string | number)[][],
  formats: string[][],
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  cell: CellSpec | undefined,
): void {
  let a1: string | null = null;
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 0) a1 = `A${cell}`;
  else if (typeof cell === "string" && /^[A-Z]{1,3}[1-9]\d*$/.test(cell)) a1 = cell;
  else if (typeof cell === "string" && /^Dòng [1-9]\d*$/.test(cell)) a1 = `A${cell.slice(5)}`;
  if (a1 === null) return;
  const r = values.length - 1;
  const text = String(cell).replace(/"/g, '""');
  values[r][column] = `=HYPERLINK("#gid=${sheet.getSheetId()}&range=${a1}","${text}")`;
  formats[r][column] = "General";
}

/** Widest requested width per column over the blocks (SheetSpec widths are characters, ≈ 7 px each). */
function setColumnWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec, width: number): void {
  const px = new Array<number>(width).fill(0);
  for (const b of spec.blocks) {
    b.columns.forEach((c, i) => {
      if (c.width) px[i] = Math.max(px[i], Math.round(c.width * 7 + 12));
    });
  }
  // One call per run of equal widths.
  let start = 0;
  while (start < width) {
    let end = start;
    while (end + 1 < width && px[end + 1] === px[start]) end++;
    if (px[start] > 0) sheet.setColumnWidths(start + 1, end - start + 1, px[start]);
    start = end + 1;
  }
}
