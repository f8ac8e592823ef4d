/**
 * Host-neutral table sheets as core describes them (core/src/report/sheetSpec.ts). Until core
 * exports them, the adapter codes against the agreed shape, kept here in one place.
 */
export type ColumnKind = "text" | "integer" | "number" | "percent" | "date";

export interface SheetColumn {
  header: string;
  kind: ColumnKind | string;
  width?: number;
}

export type SheetCell = string | number | boolean | null;

export interface SheetBlock {
  title?: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

export interface SheetChart {
  /** Index of the block whose table is charted. */
  block: number;
  title?: string;
  type?: string;
  stacked?: boolean;
}

export interface SheetSpec {
  name: string;
  title?: string;
  subtitle?: string;
  blocks: SheetBlock[];
  chart?: SheetChart;
}
