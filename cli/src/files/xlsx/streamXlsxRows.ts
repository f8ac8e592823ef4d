/**
 * The rows of one worksheet of an .xlsx, handed to a callback one at a time and never stored:
 * the entry point for files too large for readXlsx's row limit (one-stop dossier exports of
 * hundreds of thousands of rows). Same reader as readXlsx (zipArchive.ts, xlsxParts.ts,
 * xlsxRows.ts): zip64, namespace prefixes, non-standard part paths, UTF-16 parts, chunk-safe
 * UTF-8, shared and rich text, date styles → UTC Date objects (or serials, see `dates`), 1900 or
 * 1904 system, error codes.
 * Only the shared string table is held (one copy of each string).
 */
import type { PlainCell } from "./cellValue.js";
import { readWorkbook } from "./xlsxParts.js";
import { eachSheetRow, readCellContext } from "./xlsxRows.js";
import { openZipArchive } from "./zipArchive.js";

export interface StreamXlsxRowsOptions {
  /** The worksheet to read, by its exact name; the first worksheet in tab order (hidden or not) without it. */
  sheet?: string;
  /**
   * "date" (default, as readXlsx): a number in a date-formatted cell is the UTC Date it shows.
   * "serial": it stays a number, the Excel serial of the 1900 date system (a 1904 workbook's
   * serials shifted by 1462), which core's parseDateCell reads as the same day — cheaper when
   * hundreds of thousands of date cells are read.
   */
  dates?: "date" | "serial";
  /**
   * Called for every <row> element of the sheet, in order, with its physical row number
   * (1 = the sheet's first row). Rows with no value come as []; empty cells are null, trailing
   * empty cells left out. The array is the callback's to keep. May throw to stop reading.
   */
  onRow(row: PlainCell[], rowNumber: number): void;
}

/** The sheet read and how many rows were handed over; or, when there is no such sheet, the worksheets there are. */
export type StreamXlsxRowsResult = { sheet: string; rows: number } | { sheet: null; sheets: string[] };

/**
 * Streams the rows of one worksheet. Throws ZipFormatError / BinaryWorkbookError (messages in
 * Vietnamese, without the file name) for a file it cannot read.
 */
export async function streamXlsxRows(file: string, options: StreamXlsxRowsOptions): Promise<StreamXlsxRowsResult> {
  const zip = await openZipArchive(file);
  try {
    const workbook = await readWorkbook(zip);
    const sheets = workbook?.sheets ?? [];
    const chosen = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === options.sheet);
    if (workbook === null || chosen === undefined) return { sheet: null, sheets: sheets.map((s) => s.name) };
    const ctx = { ...(await readCellContext(zip, workbook)), datesAsSerials: options.dates === "serial" };
    let rows = 0;
    const onRow = options.onRow;
    await eachSheetRow(zip.text(chosen.path), ctx, (values, rowNumber) => {
      rows++;
      onRow(values, rowNumber);
    });
    return { sheet: chosen.name, rows };
  } finally {
    await zip.close();
  }
}
