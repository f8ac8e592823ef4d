/**
 * A sheet laid out cell by cell, as every host writes it: values, number formats, bold, fills,
 * column widths, merged title rows and defined names, all decided here. The Excel add-in, Google
 * Sheets and the CLI (.xlsx) map this onto their APIs and decide nothing, so the same sheet comes
 * out of each cell for cell.
 *
 * Values: text, numbers (dates are date serials, Day + 25569, shown by a date format), booleans;
 * null is an empty cell. Number formats use the syntax both Excel and Sheets read: "General",
 * "@" (text), "0", "#,##0", "0.00%", "dd/mm/yyyy".
 */
import { dayToExcelSerial, type Day } from "../dates/day.js";

export type GridValue = string | number | boolean | null;

/** A defined name (Excel) / named range (Sheets) over a block of the grid, 0-based. */
export interface GridName {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetGrid {
  /** Worksheet name (≤ 31 characters). */
  name: string;
  /** Rectangular: every row has `width` cells. */
  values: GridValue[][];
  formats: string[][];
  bold: boolean[][];
  /** "#RRGGBB" or null (no fill). */
  fills: (string | null)[][];
  /** Column widths in characters (≈ width of "0" in an 11-point font). */
  widths: number[];
  names: GridName[];
  /** Rows kept visible when scrolling (0: none). */
  frozenRows: number;
  /** Tab colour, "#RRGGBB", or null. */
  tabColor: string | null;
}

export const GRID_FORMATS = {
  general: "General",
  text: "@",
  year: "0",
  integer: "#,##0",
  percent: "0.00%",
  decimal: "0.00",
  date: "dd/mm/yyyy",
} as const;

/** An empty grid of `rows` × `width` cells. */
export function emptyGrid(name: string, rows: number, width: number): SheetGrid {
  const fill = <T>(v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(width).fill(v));
  return {
    name,
    values: fill<GridValue>(null),
    formats: fill<string>(GRID_FORMATS.general),
    bold: fill(false),
    fills: fill<string | null>(null),
    widths: new Array<number>(width).fill(12),
    names: [],
    frozenRows: 0,
    tabColor: null,
  };
}

/** The serial a host writes for a Day (shown as that calendar day under a date format). */
export function daySerial(day: Day): number {
  return dayToExcelSerial(day);
}

/** "A1"-style address of a 0-based cell. */
export function cellA1(row: number, col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** "$A$9:$A$408" for a name's block (absolute, as formulas need). */
export function absoluteA1(n: Pick<GridName, "row" | "col" | "rows" | "cols">): string {
  const abs = (r: number, c: number) => cellA1(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const a = abs(n.row, n.col);
  return n.rows === 1 && n.cols === 1 ? a : `${a}:${abs(n.row + n.rows - 1, n.col + n.cols - 1)}`;
}

/** A sheet name quoted for a formula reference: 'CCHC – Cài đặt'. */
export function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
