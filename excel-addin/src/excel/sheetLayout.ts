/**
 * A host-neutral sheet described as Excel writes: blocks of values with number formats,
 * header rows, widths. Produced from core's SheetSpec (renderSheetSpec.ts) or by a command,
 * then written by writeLayout.ts in a few bulk calls.
 */

export type LayoutValue = string | number | boolean;

export interface LayoutBlock {
  /** 0-based top-left cell. */
  row: number;
  col: number;
  values: LayoutValue[][];
  /** Number format per column of the block (same for every row), or null for General. */
  columnFormats?: (string | null)[];
  /** Rows of the block (0-based, relative) drawn as headers: bold, shaded. */
  headerRows?: number[];
  /** Rows of the block (relative) drawn bold (totals). */
  boldRows?: number[];
  /** A title cell: bold, larger. */
  title?: boolean;
  /** Wrap text in this block. */
  wrap?: boolean;
  /** Fill colour per cell of the block (rows relative, null for none), applied after the header shading. */
  cellFills?: (string | null)[][];
}

export interface LayoutLink {
  /** 0-based cell of the link. */
  row: number;
  col: number;
  /** Target inside the workbook, e.g. "'Phụ lục'!C12". */
  documentReference: string;
  text: string;
}

export interface LayoutMerge {
  /** 0-based top-left and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetLayout {
  blocks: LayoutBlock[];
  merges?: LayoutMerge[];
  /** Column widths in characters, by 0-based column. */
  widths: number[];
  freezeRows?: number;
  links?: LayoutLink[];
  landscape?: boolean;
}

/** Excel number formats for the value kinds of core's reports. */
export const FORMATS = {
  date: "dd/mm/yyyy",
  integer: "#,##0",
  number: "#,##0.00",
  percent: "0.00%",
  text: "@",
} as const;

/** Rows and columns a layout covers (for tests and chunking). */
export function layoutExtent(layout: SheetLayout): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const b of layout.blocks) {
    rows = Math.max(rows, b.row + b.values.length);
    cols = Math.max(cols, b.col + (b.values[0]?.length ?? 0));
  }
  return { rows, cols };
}
