/**
 * Read a user's .xlsx or .csv into plain 2-D arrays (one per sheet), or fail with a Vietnamese
 * message that says what is wrong and how to fix it (CliError, exit 2). The kind of file is
 * decided by its first bytes, not its name.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { foldKey, SETTINGS_SHEET } from "@cchc/core";
import { checkInputFile, readHead } from "./fileAccess.js";
import { CliError } from "../../cliError.js";
import type { PlainCell } from "../xlsx/cellValue.js";
import { decodeText, parseCsv } from "./readCsv.js";
import { readXlsx, SheetTooLargeError, type SheetCells } from "../xlsx/readXlsx.js";
import { MAX_ROWS, RowLimitError } from "./rowLimit.js";
import { LIMITS } from "./limits.js";
import { readerError } from "./readerError.js";
import { sniffFormat } from "./sniffFormat.js";

export type { PlainCell } from "../xlsx/cellValue.js";
export type { SheetCells } from "../xlsx/readXlsx.js";

export interface LoadedFile {
  file: string;
  format: "xlsx" | "csv";
  /** In tab order. A CSV has one sheet named after the file. With `sheet`, other sheets have no cells. */
  sheets: SheetCells[];
  /** Things the user should know that do not stop the work (encoding fallback, renamed file…). */
  notices: string[];
}

export interface ReadCellsOptions {
  sheet?: string;
  maxRows?: number;
}

/** Largest file read at all (bytes); larger ones are refused before reading. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** How much of an OLE2 file is scanned for the "EncryptedPackage" stream name. */
const OLE_SCAN_BYTES = 8 * 1024 * 1024;

const vnNumber = (n: number) => n.toLocaleString("de-DE"); // 100.000

function tooLarge(file: string, limit: number, sheet?: string): CliError {
  const where = sheet === undefined ? `Tệp "${file}"` : `Trang tính "${sheet}" của tệp "${file}"`;
  return new CliError(
    `${where} có hơn ${vnNumber(limit)} dòng dữ liệu — vượt giới hạn ${vnNumber(limit)} dòng của công cụ ` +
      `(một phụ lục kế hoạch thường chỉ vài trăm dòng). Có lẽ đây là dữ liệu xuất từ phần mềm chứ không phải phụ lục: ` +
      `hãy kiểm tra lại tệp${sheet === undefined ? "" : ", hoặc chọn trang tính chứa phụ lục bằng --sheet \"TÊN TRANG\""}.`,
  );
}

export async function readCells(file: string, options: ReadCellsOptions = {}): Promise<LoadedFile> {
  const maxRows = options.maxRows ?? MAX_ROWS;
  const size = await checkInputFile(file);
  if (size > MAX_FILE_BYTES) {
    throw new CliError(
      `Tệp "${file}" quá lớn (${vnNumber(Math.round(size / 1048576))} MB, giới hạn ${MAX_FILE_BYTES / 1048576} MB). ` +
        `Một phụ lục kế hoạch thường chỉ vài trăm KB: hãy kiểm tra lại tệp.`,
    );
  }
  let head = await readHead(file, 8192);
  if (head[0] === 0xd0 && head[1] === 0xcf) head = await readHead(file, Math.min(size, OLE_SCAN_BYTES));
  const kind = sniffFormat(head);
  const ext = extname(file).toLowerCase();
  const notices: string[] = [];

  switch (kind) {
    case "empty":
      throw new CliError(`Tệp "${file}" rỗng: không có dữ liệu.`);
    case "ole-encrypted":
      throw new CliError(
        `Tệp "${file}" được đặt mật khẩu (mã hóa) nên công cụ không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu ` +
          `(Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu → xóa mật khẩu), lưu lại dưới dạng .xlsx rồi chạy lại.`,
      );
    case "ole-xls":
      throw new CliError(
        `Tệp "${file}" được đặt mật khẩu hoặc là định dạng .xls cũ (Excel 97–2003), công cụ chưa đọc được. ` +
          `Hãy mở bằng Excel hoặc LibreOffice, gỡ mật khẩu nếu có, rồi lưu dưới dạng "Sổ làm việc Excel (.xlsx)" hoặc "CSV UTF-8" và chạy lại.`,
      );
    case "ods":
      throw new CliError(
        `Tệp "${file}" là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice và lưu dưới dạng .xlsx hoặc CSV UTF-8 rồi chạy lại.`,
      );
    case "html":
      throw new CliError(
        `Tệp "${file}" thực chất là một trang HTML (phần mềm thường xuất ra như vậy với đuôi .xls), không phải bảng tính. ` +
          `Hãy mở bằng Excel rồi lưu dưới dạng "Sổ làm việc Excel (.xlsx)" và chạy lại.`,
      );
    case "binary":
      throw new CliError(
        `Không nhận ra định dạng của tệp "${file}": công cụ đọc tệp Excel .xlsx và tệp văn bản .csv. ` +
          `Hãy lưu phụ lục dưới một trong hai dạng đó.`,
      );
    case "xlsx":
      if (ext !== ".xlsx" && ext !== ".xlsm") {
        notices.push(`Tệp "${basename(file)}" có đuôi "${ext || "(không có)"}" nhưng là tệp Excel .xlsx: đã đọc như tệp .xlsx.`);
      }
      return { file, format: "xlsx", sheets: await loadXlsx(file, options.sheet, maxRows), notices };
    case "text":
      if (ext === ".xlsx" || ext === ".xlsm" || ext === ".xls") {
        throw new CliError(
          `Tệp "${file}" có đuôi ${ext} nhưng không phải tệp Excel (tệp Excel .xlsx bắt đầu bằng "PK"): nội dung là văn bản, ` +
            `có lẽ là tệp CSV bị đổi đuôi. Hãy đổi đuôi tệp thành .csv rồi chạy lại.`,
        );
      }
      // A table's CSV is read whole (bytes, then text): bounded so that the text and its rows stay well under 1 GB.
      if (size > LIMITS.tableCsvBytes) {
        throw new CliError(
          `Tệp "${file}" quá lớn cho một bảng phụ lục CSV (${vnNumber(Math.round(size / 1048576))} MB, giới hạn ${LIMITS.tableCsvBytes / 1048576} MB). Hãy kiểm tra lại tệp.`,
        );
      }
      return loadCsv(file, options, maxRows, notices);
  }
}

async function loadXlsx(file: string, sheet: string | undefined, maxRows: number): Promise<SheetCells[]> {
  try {
    // The sheet asked for, matched as chooseSheet matches it (exactly, or ignoring case and diacritics).
    // (and the settings sheet, whose plan year, reporting date and days off the commands use)
    const keepSheet =
      sheet === undefined ? undefined : (name: string) => name === sheet || foldKey(name) === foldKey(sheet) || foldKey(name) === foldKey(SETTINGS_SHEET);
    const sheets = await readXlsx(file, { keepSheet, maxRows });
    if (sheets.length === 0) {
      throw new CliError(
        `Tệp "${file}" không có trang tính nào (có thể không phải tệp Excel, hoặc bị hỏng). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
      );
    }
    return sheets;
  } catch (e) {
    if (e instanceof SheetTooLargeError) throw tooLarge(file, e.limit, e.sheet);
    throw readerError(e, file, "xlsx");
  }
}

async function loadCsv(file: string, options: ReadCellsOptions, maxRows: number, notices: string[]): Promise<LoadedFile> {
  const decoded = decodeText(await readFile(file).catch((e) => Promise.reject(readerError(e, file, "csv"))));
  if (decoded.encoding === "windows-1252" || decoded.encoding === "windows-1258") {
    const name = decoded.encoding === "windows-1258" ? "Windows-1258 (tiếng Việt)" : "Windows-1252";
    notices.push(
      `Tệp "${basename(file)}" không ở bảng mã UTF-8; đã đọc theo bảng mã ${name}. Nếu chữ tiếng Việt hiện sai, ` +
        `hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)".`,
    );
  }
  if (options.sheet !== undefined) notices.push(`Tệp CSV chỉ có một bảng: tùy chọn --sheet "${options.sheet}" được bỏ qua.`);
  let rows: PlainCell[][];
  try {
    rows = parseCsv(decoded.text, maxRows).rows;
  } catch (e) {
    if (e instanceof RowLimitError) throw tooLarge(file, e.limit);
    throw readerError(e, file, "csv");
  }
  const name = basename(file, extname(file));
  return { file, format: "csv", sheets: [{ name, hidden: false, cells: rows, merges: [] }], notices };
}
