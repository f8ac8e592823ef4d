/**
 * .xlsx → one 2-D array of plain values per sheet, streamed with exceljs's WorkbookReader so
 * that memory stays bounded and an oversized sheet is refused early (RowLimitError).
 * Row i of the array is physical row i+1, column j is column j+1 (A1 at [0][0]).
 * Merged cells: a streamed sheet holds the value only in the master cell, as wanted.
 */
import ExcelJS from "exceljs";
import { FORMULA_ERROR_TEXT, plainCell, type PlainCell } from "./cellValue.js";
import { RowLimitError } from "./rowLimit.js";

export interface SheetCells {
  name: string;
  hidden: boolean;
  cells: PlainCell[][];
}

export interface ReadXlsxOptions {
  /** Keep only the cells of the sheets this accepts (the others are listed with no cells). */
  keepSheet?: (name: string) => boolean;
  maxRows: number;
}

/** Thrown when a sheet is larger than the limit; names the sheet. */
export class SheetTooLargeError extends RowLimitError {
  readonly sheet: string;
  constructor(limit: number, sheet: string) {
    super(limit);
    this.sheet = sheet;
  }
}

interface StreamRow {
  number: number;
  eachCell(opt: { includeEmpty: boolean }, cb: (cell: StreamCell, col: number) => void): void;
}

interface StreamCell {
  value: unknown;
  numFmt?: string;
  type: number;
  model: { formula?: string; sharedFormula?: string; result?: unknown };
}

/** exceljs ValueType.Formula. Its `value` drops a NaN result (an error the stream cannot name); the model keeps it. */
const FORMULA = 6;

function rawValue(cell: StreamCell): unknown {
  if (cell.type !== FORMULA) return cell.value;
  const m = cell.model;
  return { formula: m.formula ?? m.sharedFormula ?? "", result: m.result };
}

export async function readXlsx(file: string, options: ReadXlsxOptions): Promise<SheetCells[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  const sheets: (SheetCells & { order: string })[] = [];
  /** Cells whose formula result is an error the stream could not name (row/col 1-based). */
  const unnamedErrors: { sheet: number; row: number; col: number }[] = [];
  for await (const ws of reader) {
    const w = ws as unknown as { name: string; id: string | number; state?: string } & AsyncIterable<StreamRow>;
    const keep = options.keepSheet === undefined || options.keepSheet(w.name);
    const cells: PlainCell[][] = [];
    for await (const row of w) {
      if (!keep) continue;
      const values: PlainCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = plainCell(rawValue(cell), cell.numFmt);
        if (v !== null) {
          while (values.length < col - 1) values.push(null);
          values[col - 1] = v;
          if (v === FORMULA_ERROR_TEXT) unnamedErrors.push({ sheet: sheets.length, row: row.number, col });
        }
      });
      if (values.length === 0) continue; // styled but empty rows do not count
      if (row.number > options.maxRows) throw new SheetTooLargeError(options.maxRows, w.name);
      while (cells.length < row.number - 1) cells.push([]);
      cells[row.number - 1] = values;
    }
    sheets.push({ name: w.name, hidden: w.state === "hidden" || w.state === "veryHidden", cells, order: String(w.id) });
  }
  // Sheets stream in file order; show them in tab order.
  const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  const tabOrder = (model?.sheets ?? []).map((s) => s.name);
  const rank = (name: string) => {
    const i = tabOrder.indexOf(name);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  if (unnamedErrors.length > 0) await nameFormulaErrors(file, sheets, unnamedErrors);
  sheets.sort((a, b) => rank(a.name) - rank(b.name));
  return sheets.map(({ name, hidden, cells }) => ({ name, hidden, cells }));
}

/** Files small enough to read whole a second time, to name formula errors (#N/A, #REF!…). */
const SECOND_PASS_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The stream turns a formula's cached error into NaN. When there are such cells and the file is
 * small, read it once more with the full reader, which keeps the error code, and put the code in.
 */
async function nameFormulaErrors(file: string, sheets: SheetCells[], cells: { sheet: number; row: number; col: number }[]): Promise<void> {
  const { stat } = await import("node:fs/promises");
  if ((await stat(file)).size > SECOND_PASS_MAX_BYTES) return;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return; // keep the generic text
  }
  for (const { sheet, row, col } of cells) {
    const ws = wb.getWorksheet(sheets[sheet].name);
    const value = ws?.getCell(row, col).value as { result?: { error?: unknown } } | null | undefined;
    const code = value?.result?.error;
    if (typeof code === "string" && code.startsWith("#")) sheets[sheet].cells[row - 1][col - 1] = code;
  }
}
