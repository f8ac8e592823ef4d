/**
 * A SheetSpec laid out on ONE sheet, cell by cell, as the Excel add-in, Google Sheets and the CLI
 * all write it (so a report is the same in each, cell for cell and format for format):
 *
 *   row 1 title (bold) · row 2 subtitle (when there is one) · a blank row
 *   per block: its title (bold), the header row (bold, shaded), the data rows — "(không có)"
 *   when there are none — the total row (bold, grey), a blank row
 *   "Ghi chú" (bold) and the notes, one per row
 *
 * Data cells are written as their column kind says: "date" ISO text → a date serial shown
 * dd/mm/yyyy, "percent" a fraction shown 0.00%, "integer" #,##0, "text" kept as text ("2.1"
 * stays "2.1"). Title, header and note rows are General.
 */
import { parseDateText } from "../dates/parseDate.js";
import { dayToExcelSerial } from "../dates/day.js";
import { HEADER_FILL, TOTAL_FILL } from "./fills.js";
import { type GridValue, GRID_FORMATS, type SheetGrid } from "./sheetGrid.js";
import { type CellSpec, type ColumnKindSpec, type SheetSpec, sheetName } from "./sheetSpec.js";
import { type SourceLink, sourceLinks } from "./sourceLinks.js";

export const EMPTY_BLOCK_TEXT = "(không có)";
export const NOTES_TITLE = "Ghi chú";
/** Width cap (characters) of a column holding text in one block and figures in another. */
export const MIXED_COLUMN_MAX_WIDTH = 30;

export const KIND_FORMATS: Readonly<Record<ColumnKindSpec, string>> = {
  text: GRID_FORMATS.text,
  integer: GRID_FORMATS.integer,
  percent: GRID_FORMATS.percent,
  date: GRID_FORMATS.date,
  decimal: GRID_FORMATS.decimal,
};

/** Where a block landed (0-based sheet rows). */
export interface BlockPlacement {
  titleRow: number;
  headerRow: number;
  /** First data row and number of data rows (total and "(không có)" rows excluded). */
  firstRow: number;
  rows: number;
  totalRow: number | null;
  columns: number;
}

/** A chart's ranges on the laid-out sheet (0-based; series read header row + data rows). */
export interface ChartPlacement {
  title: string;
  type: "stackedBar" | "column";
  categories: { row: number; col: number; rows: number };
  series: { name: string; row: number; col: number; rows: number; color?: string }[];
  /** Top-left cell of the chart, right of the tables. */
  anchor: { row: number; col: number };
  categoryCount: number;
}

export interface LaidOutSheet {
  grid: SheetGrid;
  blocks: BlockPlacement[];
  chart: ChartPlacement | null;
  /** Cells that link back to the source sheet (columns marked `linksToSource`). */
  links: SourceLink[];
}

/** One spec cell as the value a host writes. */
export function gridValue(value: CellSpec | undefined, kind: ColumnKindSpec | undefined): GridValue {
  if (value === null || value === undefined) return null;
  if (kind === "date" && typeof value === "string") {
    const d = parseDateText(value);
    return d.ok ? dayToExcelSerial(d.day) : value;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

export function layoutSheetSpec(spec: SheetSpec): LaidOutSheet {
  const width = Math.max(1, ...spec.blocks.map((b) => b.columns.length));
  const values: GridValue[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  const fills: (string | null)[][] = [];
  const line = (cells: readonly (CellSpec | undefined)[], kinds: readonly ColumnKindSpec[] | null, isBold: boolean, fill: string | null) => {
    const v = new Array<GridValue>(width).fill(null);
    const f = new Array<string>(width).fill(GRID_FORMATS.general);
    for (let c = 0; c < width; c++) {
      const kind = kinds?.[c];
      v[c] = gridValue(cells[c], kind);
      if (kind) f[c] = KIND_FORMATS[kind];
    }
    values.push(v);
    formats.push(f);
    bold.push(new Array<boolean>(width).fill(isBold));
    // fills (header, total) span the block's own columns only
    fills.push(Array.from({ length: width }, (_, c) => (c < cells.length ? fill : null)));
    return values.length - 1;
  };

  line([spec.title], null, true, null);
  if (spec.subtitle) line([spec.subtitle], null, false, null);
  const blocks: BlockPlacement[] = [];
  const widths = new Array<number>(width).fill(0);
  const kindsByColumn: Set<string>[] = Array.from({ length: width }, () => new Set());
  for (const block of spec.blocks) {
    line([], null, false, null);
    const titleRow = line([block.title], null, true, null);
    const headerRow = line(block.columns.map((c) => c.header), null, true, HEADER_FILL);
    const kinds = block.columns.map((c) => c.kind);
    for (const row of block.rows) line(row, kinds, false, null);
    if (block.rows.length === 0) line([EMPTY_BLOCK_TEXT], null, false, null);
    const totalRow = block.totalRow ? line(block.totalRow, kinds, true, TOTAL_FILL) : null;
    blocks.push({ titleRow, headerRow, firstRow: headerRow + 1, rows: block.rows.length, totalRow, columns: block.columns.length });
    block.columns.forEach((c, i) => {
      widths[i] = Math.max(widths[i], c.width ?? 12);
      kindsByColumn[i].add(c.kind === "text" ? "text" : "number");
    });
  }
  // Blocks share the sheet's columns: a column holding long text in one block and figures in
  // another is capped (its text wraps) so the figures stay close to their labels.
  widths.forEach((w, i) => {
    if (kindsByColumn[i].size > 1) widths[i] = Math.min(w, MIXED_COLUMN_MAX_WIDTH);
    if (widths[i] === 0) widths[i] = 12;
  });
  if (spec.notes && spec.notes.length > 0) {
    line([], null, false, null);
    line([NOTES_TITLE], null, true, null);
    for (const n of spec.notes) line([n], null, false, null);
  }
  const signature = spec.print?.signature;
  if (signature) {
    // An official report's signature block: the date line and the head of the unit in the right
    // half, the person who drew up the table on the left, room to sign below.
    const right = Math.max(1, Math.floor(width / 2));
    const pair = (left: string, r: string): string[] => Array.from({ length: Math.max(width, right + 1) }, (_, k) => (k === 0 ? left : k === right ? r : ""));
    line([], null, false, null);
    line(pair("", signature.dateLine), null, false, null);
    line(pair(signature.left.title, signature.right.title), null, true, null);
    line(pair(signature.left.note, signature.right.note), null, false, null);
    for (let k = 0; k < 3; k++) line([], null, false, null);
  }

  let chart: ChartPlacement | null = null;
  const c = spec.chart;
  const cat = c ? blocks[c.categoriesFrom.block] : undefined;
  if (c && cat && cat.rows > 0) {
    chart = {
      title: c.title,
      type: c.type,
      categories: { row: cat.firstRow, col: c.categoriesFrom.column, rows: cat.rows },
      series: c.series
        .filter((s) => blocks[s.block] !== undefined)
        .map((s) => ({ name: s.name, row: blocks[s.block].firstRow, col: s.column, rows: blocks[s.block].rows, color: s.color })),
      // below everything, at the left: the printed page keeps the tables' width (and so their
      // size); a chart to the right would shrink every table to fit one page wide
      anchor: { row: values.length + 1, col: 0 },
      categoryCount: cat.rows,
    };
  }

  const grid: SheetGrid = { name: sheetName(spec.name), values, formats, bold, fills, widths, names: [], frozenRows: 0, tabColor: null };
  return { grid, blocks, chart, links: sourceLinks(spec, blocks) };
}
