/**
 * Host-neutral description of a report sheet, so the CLI (.xlsx via exceljs), the Excel add-in
 * and Google Sheets render the same tables: core decides titles, Vietnamese headers, column
 * kinds, rows and the chart; each host only maps this onto its API.
 *
 * Values in `rows` by column kind:
 * - "text": string (or null for an empty cell);
 * - "integer": number;
 * - "decimal": number shown with two decimals (points, 1,50);
 * - "percent": a fraction (0.0907 shows as 9,07 %), or null when there is nothing to measure;
 * - "date": an ISO date string "YYYY-MM-DD" (hosts write a real date formatted dd/mm/yyyy).
 *   ISO text, not Day numbers, so the spec stays readable as JSON and cannot be mistaken
 *   for a count.
 */
import type { PrintSpec } from "./printSpec.js";

/** "decimal": points such as 1,5 (two decimals), added for the scoring result. */
export type ColumnKindSpec = "text" | "integer" | "percent" | "date" | "decimal";

export interface ColumnSpec {
  header: string;
  kind: ColumnKindSpec;
  /** Width in characters (about the width of "0" in an 11-point font); hosts may compute it when absent. */
  width?: number;
  /**
   * Each cell names a place on the sheet the report was made from (a row number, "C10" or
   * "Dòng 14"): the add-ins make it a link there (sourceLinks.ts). Not for places in other files.
   */
  linksToSource?: boolean;
}

export type CellSpec = string | number | null;

export interface TableBlock {
  /** Printed above the table, e.g. "2. Theo lĩnh vực". */
  title: string;
  columns: ColumnSpec[];
  rows: CellSpec[][];
  /** A totals row printed after `rows` in bold ("Tổng cộng"); not part of `rows`. */
  totalRow?: CellSpec[];
}

export interface ChartSeriesSpec {
  /** Legend text (the header of the column it reads). */
  name: string;
  /** Index into SheetSpec.blocks and into that block's columns. */
  block: number;
  column: number;
  /** Suggested colour, "#RRGGBB". */
  color?: string;
}

export interface ChartSpec {
  title: string;
  type: "stackedBar" | "column";
  /** The category labels: one column of one block (its `rows`, without the total row). */
  categoriesFrom: { block: number; column: number };
  series: ChartSeriesSpec[];
}

export interface SheetSpec {
  /** Worksheet name (≤ 31 characters, none of []:*?/\). */
  name: string;
  title: string;
  subtitle?: string;
  blocks: TableBlock[];
  chart?: ChartSpec;
  /** Lines printed under the tables (data sources, how figures were computed). */
  notes?: string[];
  /** How the sheet prints (printSpec.ts); hosts use their defaults when absent. */
  print?: PrintSpec;
}

/** Excel's limits on sheet names applied: at most 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "-").trim().slice(0, 31);
  return cleaned === "" ? "Trang 1" : cleaned;
}
