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
import { detectDelimiter, type Delimiter } from "./readCsv.js";
import { sniffFormat } from "./sniffFormat.js";
import { streamXlsxRows, type StreamXlsxRowsResult } from "../xlsx/streamXlsxRows.js";

export type RowSink = (row: unknown[], physicalRow: number) => void;

export interface StreamInfo {
  format: "csv" | "xlsx";
  /** CSV: encoding and separator; xlsx: the sheet read. */
  encoding?: string;
  delimiter?: Delimiter;
  sheet?: string;
  rows: number;
}

const CHUNK = 1 << 20;

/** Stream every row of a .csv or .xlsx dossier export to `onRow`. `stop()` from the sink side is not needed: rows are cheap. */
export async function streamDossierRows(file: string, onRow: RowSink, options: { sheet?: string } = {}): Promise<StreamInfo> {
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
    return streamCsv(file, head, onRow);
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

/**
 * Incremental CSV parser: feed text pieces, get complete records. Keeps only the unfinished
 * record between pieces.
 */
export class CsvRecordParser {
  private carry = "";
  private delimiter: number;
  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parse `text` (appended to what was left); `final` flushes the last record. */
  feed(text: string, final: boolean, emit: (fields: string[]) => void): void {
    const s = this.carry + text;
    const n = s.length;
    const D = this.delimiter;
    let start = 0; // start of the current record
    let pos = 0;
    let fields: string[] = [];
    const delimiterChar = String.fromCharCode(D);
    outer: while (pos < n || (final && start < n)) {
      // Fast path: a whole line without quotes or stray CR, at the start of a record.
      if (fields.length === 0) {
        const nl = s.indexOf("\n", pos);
        if (nl >= 0) {
          const end = nl > pos && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
          const line = s.slice(pos, end);
          if (line.indexOf('"') < 0 && line.indexOf("\r") < 0) {
            emit(line.split(delimiterChar));
            pos = nl + 1;
            start = pos;
            continue;
          }
        }
      }
      // parse one field at pos
      let value: string;
      if (s.charCodeAt(pos) === 34 /* " */) {
        let j = pos + 1;
        let hasEscapes = false;
        for (;;) {
          j = s.indexOf('"', j);
          if (j < 0) {
            if (!final) break outer; // unfinished quoted field: wait for more text
            j = n; // unterminated quote at end of file: take the rest
            break;
          }
          if (s.charCodeAt(j + 1) === 34) {
            hasEscapes = true;
            j += 2;
            continue;
          }
          break;
        }
        value = s.slice(pos + 1, j);
        if (hasEscapes) value = value.replace(/""/g, '"');
        pos = j + 1;
        // anything between the closing quote and the separator is kept (lenient)
        let k = pos;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === D || c === 10 || c === 13) break;
          k++;
        }
        if (k > pos) value += s.slice(pos, k);
        pos = k;
      } else {
        let k = pos;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === D || c === 10 || c === 13) break;
          k++;
        }
        value = s.slice(pos, k);
        pos = k;
      }
      if (pos >= n && !final) break; // the field may continue in the next piece
      fields.push(value);
      const c = pos < n ? s.charCodeAt(pos) : -1;
      if (c === D) {
        pos++;
        if (pos >= n && final) {
          fields.push("");
          emit(fields);
          fields = [];
          start = pos;
        }
        continue;
      }
      // end of record: \r\n, \n, \r or end of text
      if (c === 13) {
        if (pos + 1 >= n && !final) break; // cannot tell yet whether \n follows
        pos += s.charCodeAt(pos + 1) === 10 ? 2 : 1;
      } else if (c === 10) pos++;
      emit(fields);
      fields = [];
      start = pos;
    }
    this.carry = final ? "" : s.slice(start);
  }
}

async function streamCsv(file: string, head: Uint8Array, onRow: RowSink): Promise<StreamInfo> {
  const { encoding, skip } = encodingOf(head);
  const firstText = new TextDecoder(encoding).decode(head.subarray(skip, Math.min(head.length, 65536)));
  let delimiter: Delimiter | undefined;
  const sep = /^sep=([,;\t])\r?\n/i.exec(firstText);
  if (sep) delimiter = sep[1] as Delimiter;
  delimiter ??= detectDelimiter(firstText);

  const parser = new CsvRecordParser(delimiter);
  const decoder = new TextDecoder(encoding);
  let row = 0;
  let skipSepLine = sep !== null;
  const emit = (fields: string[]): void => {
    if (skipSepLine) {
      skipSepLine = false;
      return;
    }
    row++;
    onRow(fields, row);
  };
  const stream = createReadStream(file, { highWaterMark: CHUNK, start: skip });
  try {
    for await (const chunk of stream) {
      parser.feed(decoder.decode(chunk as Buffer, { stream: true }), false, emit);
    }
    parser.feed(decoder.decode(), true, emit);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Lỗi khi đọc tệp "${file}" (quanh dòng ${row + 1}): ${(e as Error).message}`);
  }
  return { format: "csv", encoding, delimiter, rows: row };
}

async function streamXlsx(file: string, onRow: RowSink, sheet?: string): Promise<StreamInfo> {
  let read: StreamXlsxRowsResult;
  try {
    // Dates as serials (core reads them as the same days): no Date object per cell, 615k rows × 6 dates.
    read = await streamXlsxRows(file, { sheet, onRow, dates: "serial" });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Tệp "${file}" không đọc được như tệp Excel .xlsx (${(e as Error).message}). Hãy mở bằng Excel và lưu lại.`);
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
