/**
 * .xlsx → one 2-D array of plain values per sheet. The zip is read from its central directory
 * and each worksheet is inflated and scanned row by row (zipArchive.ts, xmlScan.ts, xlsxRows.ts),
 * so memory stays bounded and an oversized sheet is refused early (RowLimitError). For sheets
 * with no row limit whose rows need not be kept, see streamXlsxRows.ts.
 *
 * Not exceljs' streaming WorkbookReader: in exceljs 4.4 it decodes each inflated chunk on its
 * own and turns a Vietnamese letter split across two chunks into "\ufffd" (exceljs issues
 * #2084, #2063, #2316) — 154 of 100,000 cells in a 20,000-row test file. Here one UTF-8
 * decoder reads each part from start to end.
 *
 * Row i of the array is physical row i+1, column j is column j+1 (A1 at [0][0]).
 * Values (as cellValue.ts's plainCell gives them): text (shared, inline, rich text joined),
 * numbers, booleans, Date for a number in a date-formatted cell (UTC, 1900 or 1904 system),
 * error codes ("#N/A", also as a formula's cached result), a formula's cached result (its text
 * "=…" when it has none). Hyperlinks give their text; a merged area holds its value only in
 * the master cell; empty strings are null.
 */
import type { MergedRange } from "@cchc/core";
import type { PlainCell } from "./cellValue.js";
import { mergedRangeOf } from "./mergedRef.js";
import { LIMITS, LimitError, limitText } from "../inputs/limits.js";
import { RowLimitError } from "../inputs/rowLimit.js";
import { readWorkbook } from "./xlsxParts.js";
import { type CellContext, eachSheetRow, readCellContext } from "./xlsxRows.js";
import { openZipArchive } from "./zipArchive.js";

export interface SheetCells {
  name: string;
  hidden: boolean;
  cells: PlainCell[][];
  /** Merged areas of the sheet (1-based, inclusive); a CSV has none. */
  merges: MergedRange[];
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

async function readSheetCells(
  text: AsyncIterable<string>,
  sheet: string,
  ctx: CellContext,
  maxRows: number,
): Promise<{ cells: PlainCell[][]; merges: MergedRange[] }> {
  const cells: PlainCell[][] = [];
  const merges: MergedRange[] = [];
  let mergedCells = 0;
  await eachSheetRow(
    text,
    ctx,
    (values, rowNumber) => {
      if (values.length === 0) return; // styled but empty rows do not count
      if (rowNumber > maxRows) throw new SheetTooLargeError(maxRows, sheet);
      while (cells.length < rowNumber - 1) cells.push([]);
      cells[rowNumber - 1] = values;
    },
    (ref) => {
      const m = mergedRangeOf(ref);
      if (m === null || m.right > LIMITS.columns || m.bottom > LIMITS.sheetRows) return; // outside any sheet: ignored
      if (m.left === m.right) mergedCells += m.bottom - m.top + 1;
      if (merges.length >= LIMITS.merges || mergedCells > LIMITS.mergedCells) throw new LimitError("merges", limitText.merges());
      merges.push(m);
    },
  );
  return { cells, merges };
}

export async function readXlsx(file: string, options: ReadXlsxOptions): Promise<SheetCells[]> {
  const zip = await openZipArchive(file);
  try {
    const workbook = await readWorkbook(zip);
    if (workbook === null) return [];
    const kept = workbook.sheets.map((s) => options.keepSheet === undefined || options.keepSheet(s.name));
    let ctx: CellContext | undefined;
    const out: SheetCells[] = [];
    for (const [i, sheet] of workbook.sheets.entries()) {
      let read: { cells: PlainCell[][]; merges: MergedRange[] } = { cells: [], merges: [] };
      if (kept[i]) {
        ctx ??= await readCellContext(zip, workbook);
        read = await readSheetCells(zip.text(sheet.path), sheet.name, ctx, options.maxRows);
      }
      out.push({ name: sheet.name, hidden: sheet.hidden, ...read });
    }
    return out;
  } finally {
    await zip.close();
  }
}
