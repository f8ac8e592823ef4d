/**
 * Stream the rows of a big dossier export (hundreds of thousands of rows) without holding the
 * file: CSV is decoded and parsed chunk by chunk (RFC 4180 quotes, "" escapes, line breaks in
 * quoted fields, CRLF/LF/CR, comma/semicolon/tab detected from the first chunk, an Excel "sep=;"
 * line honoured); .xlsx is read with streamXlsxRows (the same reader as readXlsx, without its row
 * limit), one row at a time.
 *
 * Row numbers passed to `onRow` are what a spreadsheet shows: the CSV record number (a record
 * with a line break inside a quoted field is one row) or the worksheet row number.
 */
import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { checkInputFile, readHead } from "./fileAccess.js";
import { CliError } from "../../cliError.js";
import type { CsvProblem } from "./csvRecords.js";
import { CsvRecordParser } from "./csvRecords.js";
import { LIMITS, LimitError, limitText } from "./limits.js";
import { detectDelimiter, type Delimiter } from "./readCsv.js";
import { readerError } from "./readerError.js";
import { sniffFormat } from "./sniffFormat.js";
import { streamXlsxRows, type StreamXlsxRowsResult } from "../xlsx/streamXlsxRows.js";
import { scanDossierCsv } from "./fastDossierCsv.js";
import type { PreReadColumns, PreReadDossierRow, PreReadText } from "@cchc/core";

/**
 * A reader of rows as values (core's DossierAccumulator.preReadColumns / addPreRead): given,
 * a UTF-8 CSV is read by the byte scanner of fastDossierCsv.ts, with the same rows and results.
 */
export interface PreReadTarget {
  columns(): PreReadColumns | null;
  text(slot: number, text: string): PreReadText;
  add(r: PreReadDossierRow, physicalRow: number): boolean;
}

export type RowSink = (row: unknown[], physicalRow: number) => void;
/** A row the reader could not split into cells (unbalanced quote, over-long cell…), with the Vietnamese reason. */
export type BadRowSink = (physicalRow: number, message: string) => void;

export interface StreamInfo {
  format: "csv" | "xlsx";
  /** CSV: encoding and separator; xlsx: the sheet read. */
  encoding?: string;
  delimiter?: Delimiter;
  sheet?: string;
  rows: number;
  /** Rows counted from their values by the byte reader (fastDossierCsv.ts), not as cells. */
  preReadRows?: number;
  /** Worker threads of the byte reader, rows they scanned, and of these the lines read again to pass as cells (fastDossierCsv.ts). */
  workers?: number;
  workerRows?: number;
  linesReadBack?: number;
}

const CHUNK = 1 << 20;

/** Stream every row of a .csv or .xlsx dossier export to `onRow`. `stop()` from the sink side is not needed: rows are cheap. */
export async function streamDossierRows(
  file: string,
  onRow: RowSink,
  options: { sheet?: string; onBad?: BadRowSink; preRead?: PreReadTarget } = {},
): Promise<StreamInfo> {
  await checkInputFile(file);
  const head = await readHead(file, CHUNK);
  const kind = sniffFormat(head.subarray(0, 8192));
  if (kind === "xlsx") return streamXlsx(file, onRow, options.sheet);
  if (kind === "text") {
    const ext = extname(file).toLowerCase();
    if (ext === ".xlsx" || ext === ".xls") {
      throw new CliError(
        `Tệp "${file}" có đuôi ${ext} nhưng nội dung là văn bản (có lẽ là tệp CSV bị đổi đuôi). Hãy đổi đuôi thành .csv rồi chạy lại.`,
      );
    }
    const onBad =
      options.onBad ??
      ((row: number, message: string) => {
        throw new CliError(`Tệp "${file}", dòng ${row}: ${message}`);
      });
    return streamCsv(file, head, onRow, onBad, options.preRead);
  }
  const why: Record<string, string> = {
    "ole-encrypted": "được đặt mật khẩu (mã hóa): hãy gỡ mật khẩu trong Excel và lưu lại dạng .xlsx",
    "ole-xls": "là định dạng .xls cũ (Excel 97–2003) hoặc có mật khẩu: hãy lưu lại dạng .xlsx hoặc CSV UTF-8",
    ods: "là bảng tính OpenDocument (.ods): hãy lưu lại dạng .xlsx hoặc CSV UTF-8",
    html: "thực chất là một trang HTML (phần mềm thường xuất như vậy với đuôi .xls): hãy mở bằng Excel và lưu dạng .xlsx",
    binary: "không phải tệp .csv hay .xlsx",
    empty: "rỗng",
  };
  throw new CliError(`Tệp "${file}" ${why[kind] ?? "không đọc được"}, rồi chạy lại.`);
}

function encodingOf(head: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252"; skip: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  const skip = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  try {
    // Check the first MB; a split multi-byte character at its end is fine (stream mode).
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(skip), { stream: true });
    return { encoding: "utf-8", skip };
  } catch {
    return { encoding: "windows-1252", skip };
  }
}

export { CsvRecordParser } from "./csvRecords.js";

const vn = (n: number) => n.toLocaleString("de-DE");

/** The invalid-rows text of a record the CSV reader refused (csvRecords.ts). */
function problemText(problem: CsvProblem, row: number): string {
  switch (problem) {
    case "unbalancedQuote":
      return `Dòng không đọc được: ${limitText.unbalancedQuote(row)}; các dòng sau vẫn được đọc.`;
    case "cellChars":
      return `Dòng không đọc được: có ô dài quá giới hạn ${vn(LIMITS.cellChars)} ký tự của một ô.`;
    case "columns":
      return `Dòng không đọc được: có hơn ${vn(LIMITS.columns)} ô (giới hạn số cột).`;
    case "csvRecordChars":
      return `Dòng không đọc được: ${limitText.record(row)}.`;
  }
}

async function streamCsv(file: string, head: Uint8Array, onRow: RowSink, onBad: BadRowSink, preRead?: PreReadTarget): Promise<StreamInfo> {
  const { encoding, skip } = encodingOf(head);
  const firstText = new TextDecoder(encoding).decode(head.subarray(skip, Math.min(head.length, 65536)));
  let delimiter: Delimiter | undefined;
  const sep = /^sep=([,;\t])\r?\n/i.exec(firstText);
  if (sep) delimiter = sep[1] as Delimiter;
  delimiter ??= detectDelimiter(firstText);

  const parser = new CsvRecordParser(delimiter);
  let row = 0;
  let skipSepLine = sep !== null;
  const emit = (fields: string[]): void => {
    if (skipSepLine) {
      skipSepLine = false;
      return;
    }
    if (++row > LIMITS.exportRows) throw new LimitError("exportRows", limitText.exportRows());
    onRow(fields, row);
  };
  const bad = (problem: CsvProblem): void => {
    skipSepLine = false;
    if (++row > LIMITS.exportRows) throw new LimitError("exportRows", limitText.exportRows());
    onBad(row, problemText(problem, row));
  };
  let start = skip;
  let preReadRows = 0;
  const scanStats = { workers: 0, workerRows: 0, linesReadBack: 0 };
  try {
    if (preRead !== undefined && encoding === "utf-8") {
      const fast = await scanDossierCsv(file, skip, delimiter, {
        cells: emit,
        columns: () => preRead.columns(),
        text: (slot, text) => preRead.text(slot, text),
        preRead: (r) => {
          // The "sep=" line and the row limit: as emit does, through emit.
          if (skipSepLine || row >= LIMITS.exportRows || !preRead.add(r, row + 1)) return false;
          row++;
          preReadRows++;
          return true;
        },
      }, scanStats);
      if (fast < 0) return { format: "csv", encoding, delimiter, rows: row, preReadRows, ...scanStats };
      start = fast;
    }
  } catch (e) {
    throw readerError(e, file, "csv");
  }
  // Taken over mid-file: a U+FEFF there is text, not a BOM to drop.
  const decoder = new TextDecoder(encoding, { ignoreBOM: start !== skip });
  const stream = createReadStream(file, { highWaterMark: CHUNK, start });
  try {
    for await (const chunk of stream) {
      parser.feed(decoder.decode(chunk as Buffer, { stream: true }), false, emit, bad);
    }
    parser.feed(decoder.decode(), true, emit, bad);
  } catch (e) {
    throw readerError(e, file, "csv");
  }
  return { format: "csv", encoding, delimiter, rows: row, preReadRows, ...scanStats };
}

async function streamXlsx(file: string, onRow: RowSink, sheet?: string): Promise<StreamInfo> {
  let read: StreamXlsxRowsResult;
  try {
    // Dates as serials (core reads them as the same days): no Date object per cell, 615k rows × 6 dates.
    read = await streamXlsxRows(file, { sheet, onRow, dates: "serial" });
  } catch (e) {
    throw readerError(e, file, "xlsx");
  }
  if (read.sheet === null) {
    throw new CliError(
      sheet === undefined || read.sheets.length === 0
        ? `Tệp "${file}" không có trang tính nào (có thể không phải tệp Excel, hoặc bị hỏng). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`
        : `Không có trang tính "${sheet}" trong tệp "${file}". Các trang: ${read.sheets.map((s) => `"${s}"`).join(", ")}.`,
    );
  }
  return { format: "xlsx", sheet: read.sheet, rows: read.rows };
}
