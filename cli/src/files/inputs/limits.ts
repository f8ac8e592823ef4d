/**
 * What the readers accept, stated once. Beyond any of these a file is refused with a
 * Vietnamese message that names the limit (LimitError), never read on until memory runs out:
 * a small compressed file can inflate to gigabytes, a cell reference can point a million
 * columns away, an unbalanced quote can turn the rest of a CSV into one cell.
 */

const vn = (n: number) => n.toLocaleString("de-DE"); // 16.384

export const LIMITS = {
  /** Excel's last column, XFD. */
  columns: 16_384,
  /** Excel's last row. */
  sheetRows: 1_048_576,
  /** Excel's longest cell text. */
  cellChars: 32_767,
  /** One XML element of a worksheet or the shared strings (a row, a string item), as text. */
  elementChars: 8 * 1024 * 1024,
  /** One part of an .xlsx once inflated (a worksheet's XML). */
  partBytes: 1024 * 1024 * 1024,
  /** A part read whole (workbook, styles, relationships), as text. */
  wholePartChars: 64 * 1024 * 1024,
  /** All parts of an .xlsx read, once inflated. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Past `ratioFloorBytes` inflated, a part may not be more than this many times its compressed size. */
  inflateRatio: 200,
  ratioFloorBytes: 64 * 1024 * 1024,
  /** The shared string table: how many strings and how many characters in all. */
  sharedStrings: 8 * 1024 * 1024,
  sharedStringChars: 256 * 1024 * 1024,
  /** Merged areas of a sheet: how many, and how many cells the vertical ones span in all (each is filled down). */
  merges: 100_000,
  mergedCells: 4 * 1024 * 1024,
  /** A table (plan appendix) given as CSV is read whole: its size in bytes. */
  tableCsvBytes: 64 * 1024 * 1024,
  /** Rows of a one-stop dossier export (CSV or .xlsx); a province's year is about 615,000. */
  exportRows: 2_000_000,
  /** One CSV record (all its fields), in characters. */
  csvRecordChars: 1024 * 1024,
  /** A quoted CSV field spanning more line breaks than this is an unbalanced quote. */
  quotedLines: 100,
} as const;

/** A limit passed: `message` is the Vietnamese reason, without the file name. */
export class LimitError extends Error {
  readonly limit: keyof typeof LIMITS;
  constructor(limit: keyof typeof LIMITS, message: string) {
    super(message);
    this.limit = limit;
  }
}

/** Excel's column letters of a 1-based column number (16384 → "XFD"). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const limitText = {
  column: (where: string) =>
    `ô ${where} nằm ngoài cột cuối cùng của Excel (XFD, cột thứ ${vn(LIMITS.columns)}) — giới hạn số cột: ${vn(LIMITS.columns)}`,
  row: (row: number) => `dòng ${vn(row)} vượt quá dòng cuối cùng của Excel (giới hạn số dòng: ${vn(LIMITS.sheetRows)})`,
  rowOrder: (row: number, after: number) =>
    `dòng ${vn(row)} xuất hiện lại sau dòng ${vn(after)} (các dòng của trang tính phải theo thứ tự tăng dần; tệp bị hỏng hoặc bị làm giả)`,
  element: (what: string) => `${what} dài quá giới hạn ${vn(LIMITS.elementChars / 1048576)} triệu ký tự cho một phần tử XML`,
  /** `chars` when known; a cell refused as it streams is only known to be longer than the limit. */
  cell: (where: string, chars?: number) =>
    `${where} dài ${chars === undefined ? "hơn" : `${vn(chars)} ký tự, quá`} giới hạn ${vn(LIMITS.cellChars)} ký tự của một ô (giới hạn của Excel)`,
  part: (name: string) => `phần "${name}" khi giải nén lớn hơn giới hạn ${vn(LIMITS.partBytes / 1048576)} MB`,
  wholePart: (name: string) => `phần "${name}" dài quá giới hạn ${vn(LIMITS.wholePartChars / 1048576)} triệu ký tự`,
  total: () => `tổng dung lượng khi giải nén vượt giới hạn ${vn(LIMITS.totalBytes / 1048576)} MB`,
  ratio: (name: string) =>
    `phần "${name}" giải nén ra gấp hơn ${LIMITS.inflateRatio} lần kích thước nén (dấu hiệu "bom nén") — vượt giới hạn tỷ lệ nén`,
  sharedStrings: () =>
    `bảng chuỗi dùng chung có hơn ${vn(LIMITS.sharedStrings)} chuỗi hoặc ${vn(LIMITS.sharedStringChars / 1048576)} triệu ký tự — vượt giới hạn`,
  merges: () =>
    `trang tính có hơn ${vn(LIMITS.merges)} vùng gộp ô, hoặc các vùng gộp ô phủ hơn ${vn(LIMITS.mergedCells)} ô — vượt giới hạn vùng gộp ô`,
  exportRows: () => `tệp có hơn ${vn(LIMITS.exportRows)} dòng — vượt giới hạn số dòng của danh sách hồ sơ`,
  record: (row: number) => `dòng ${vn(row)} dài quá giới hạn ${vn(LIMITS.csvRecordChars / 1048576)} triệu ký tự cho một dòng`,
  unbalancedQuote: (row: number) =>
    `dấu ngoặc kép (") mở ở dòng ${vn(row)} không được đóng (ô chạy sang các dòng sau, tới cuối tệp hoặc qua hơn ${LIMITS.quotedLines} dòng): ` +
    `hãy xóa dấu " thừa hoặc thêm dấu " đóng ở dòng ${vn(row)}`,
  fields: (row: number) => `dòng ${vn(row)} có hơn ${vn(LIMITS.columns)} ô — vượt giới hạn số cột`,
};
