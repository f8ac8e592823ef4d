/**
 * A workbook described cell by cell, for sheets that must keep computing once they leave our
 * tools (issue 13, the "sổ theo dõi"): values, plain spreadsheet formulas, number formats,
 * defined names, drop-down lists and print setup. Core decides every cell; the CLI (exceljs),
 * the Excel add-in and Google Sheets only write what is here.
 *
 * Formulas are written as the file format stores them: English function names, comma
 * separators, no leading "=". Only functions that Excel 2010, LibreOffice 7, WPS and Google
 * Sheets compute alike are used (see FORMULA_FUNCTIONS).
 */

export type GridFormat = "date" | "integer" | "percent" | "text";

export interface GridCell {
  /** A value: text, number (dates as Excel serials with format "date"), boolean, or null. */
  v?: string | number | boolean | null;
  /** A formula without its leading "=" (English names, commas). */
  f?: string;
  fmt?: GridFormat;
  /** A number format as the file stores it ("@", "0", "dd/mm/yyyy"), when `fmt` does not say it. */
  numFmt?: string;
  bold?: boolean;
  /** Header-like fill. */
  head?: boolean;
  wrap?: boolean;
}

export interface GridValidation {
  /** A1 range on this sheet, e.g. "I2:I500". */
  range: string;
  /** Accepted values (shown as a drop-down list). */
  list: readonly string[];
  /** Input message shown when the cell is selected. */
  prompt?: string;
  /** true: only values of the list; false: a warning, other values allowed. */
  strict: boolean;
}

export interface GridSheet {
  name: string;
  /** Row-major cells from A1; null or missing cells stay empty. */
  rows: (GridCell | null)[][];
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Rows and columns frozen at the top left. */
  freeze?: { rows: number; columns: number };
  validations?: GridValidation[];
  print?: { landscape: boolean; fitToWidth: boolean; repeatRows?: number };
}

export interface WorkbookName {
  /** Defined name, e.g. "CCHC_TyLeTreHan". */
  name: string;
  sheet: string;
  /** Absolute A1 reference on that sheet, e.g. "$B$5" or "$A$2:$A$4019". */
  ref: string;
}

export interface WorkbookSpec {
  sheets: GridSheet[];
  names: WorkbookName[];
}

/** The spreadsheet functions the plain-formula workbook uses, with the versions they work in. */
export const FORMULA_FUNCTIONS: readonly { name: string; since: string }[] = Object.freeze([
  { name: "IF", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "AND", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "OR", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "ISNUMBER", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "INDEX", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "MATCH", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "COUNTIF", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "COUNTIFS", since: "Excel 2007+, LibreOffice 3+, WPS, Google Sheets" },
  { name: "SUMPRODUCT", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "IFERROR", since: "Excel 2007+, LibreOffice 3+, WPS, Google Sheets" },
  { name: "INT", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "LEN", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "NOT", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
  { name: "SUM", since: "Excel 2000+, LibreOffice, WPS, Google Sheets" },
]);

/** 'Sheet name'!ref, quoted as every host accepts. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A text to use inside a formula string literal. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
