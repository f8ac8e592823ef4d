/**
 * The shared renderer: core's host-neutral SheetSpec → an Excel layout (title, subtitle, one
 * table per block with its header and total rows, notes) plus the chart, written in bulk.
 * Values are converted only as the spec says: "date" ISO text → Excel serial shown dd/mm/yyyy,
 * "percent" fractions shown 0.00%, "integer" #,##0, "text" kept as text ("2.1" stays "2.1").
 */
import { EXCEL_SERIAL_OF_EPOCH, parseDateText, type CellSpec, type ColumnKindSpec, type SheetSpec } from "@cchc/core";
import { rangeAddress } from "../excel/addresses.js";
import { FORMATS, type LayoutBlock, type LayoutLink, type LayoutValue, type SheetLayout } from "../excel/sheetLayout.js";
import { writeLayout } from "../excel/writeLayout.js";

const KIND_FORMAT: Record<ColumnKindSpec, string> = {
  text: FORMATS.text,
  integer: FORMATS.integer,
  decimal: "0.00",
  percent: FORMATS.percent,
  date: FORMATS.date,
};

/** Width cap (characters) of a column holding text in one block and figures in another. */
export const MIXED_COLUMN_MAX_WIDTH = 30;

/** Where each block landed (0-based sheet rows), for charts and links. */
export interface BlockPlacement {
  titleRow: number;
  headerRow: number;
  /** First data row and number of data rows (total row excluded). */
  firstRow: number;
  rows: number;
  totalRow: number | null;
}

export interface ChartPlacement {
  title: string;
  type: "stackedBar" | "column";
  /** Category labels, e.g. "C12:C20". */
  categories: string;
  series: { name: string; values: string; color?: string }[];
  /** Top-left cell of the chart, right of the tables. */
  anchor: string;
  categoryCount: number;
}

export interface RenderedSpec {
  layout: SheetLayout;
  blocks: BlockPlacement[];
  chart: ChartPlacement | null;
}

/** A hyperlink target for a cell of a block's rows, or null (e.g. "Ô" → the offending cell). */
export type LinkFor = (block: number, row: number, column: number, value: CellSpec) => string | null;

export function cellValue(value: CellSpec, kind: ColumnKindSpec): LayoutValue {
  if (value === null || value === undefined) return "";
  if (kind === "date" && typeof value === "string") {
    const d = parseDateText(value);
    return d.ok ? d.day + EXCEL_SERIAL_OF_EPOCH : value;
  }
  return value;
}

export function renderSheetSpec(spec: SheetSpec, linkFor?: LinkFor): RenderedSpec {
  const blocks: LayoutBlock[] = [];
  const links: LayoutLink[] = [];
  const placements: BlockPlacement[] = [];
  const widths: number[] = [];
  const kindsByColumn: Set<string>[] = [];
  blocks.push({ row: 0, col: 0, values: [[spec.title]], title: true });
  let row = 1;
  if (spec.subtitle) blocks.push({ row: row++, col: 0, values: [[spec.subtitle]] });
  row++;
  spec.blocks.forEach((b, bi) => {
    const titleRow = row;
    blocks.push({ row: row++, col: 0, values: [[b.title]], boldRows: [0] });
    const headerRow = row;
    const kinds = b.columns.map((c) => c.kind);
    const data = b.rows.map((r) => b.columns.map((c, ci) => cellValue(r[ci] ?? null, c.kind)));
    const total = b.totalRow ? [b.columns.map((c, ci) => cellValue(b.totalRow![ci] ?? null, c.kind))] : [];
    blocks.push({
      row: headerRow,
      col: 0,
      values: [b.columns.map((c) => c.header), ...data, ...total],
      headerRows: [0],
      boldRows: total.length ? [data.length + 1] : [],
      wrap: true,
      columnFormats: kinds.map((k) => KIND_FORMAT[k]),
    });
    b.columns.forEach((c, ci) => {
      widths[ci] = Math.max(widths[ci] ?? 0, c.width ?? 12);
      (kindsByColumn[ci] ??= new Set()).add(c.kind === "text" ? "text" : "number");
    });
    if (linkFor) {
      b.rows.forEach((r, ri) =>
        r.forEach((v, ci) => {
          const target = linkFor(bi, ri, ci, v);
          if (target) links.push({ row: headerRow + 1 + ri, col: ci, documentReference: target, text: String(v ?? "") });
        }),
      );
    }
    placements.push({ titleRow, headerRow, firstRow: headerRow + 1, rows: data.length, totalRow: total.length ? headerRow + 1 + data.length : null });
    row = headerRow + 1 + data.length + total.length + 1;
  });
  // Blocks share the sheet's columns: a column that holds long text in one block and figures in
  // another is capped (its text wraps) so the figures stay close to their labels.
  widths.forEach((w, ci) => {
    if ((kindsByColumn[ci]?.size ?? 0) > 1) widths[ci] = Math.min(w, MIXED_COLUMN_MAX_WIDTH);
  });
  if (spec.notes && spec.notes.length > 0) {
    blocks.push({ row, col: 0, values: [["Ghi chú"], ...spec.notes.map((n) => [n])], boldRows: [0] });
    row += spec.notes.length + 1;
  }
  const signature = spec.print?.signature;
  if (signature) {
    // left signer in the first column, the date line and the head of the unit in the right half
    const right = Math.max(1, Math.floor(widths.length / 2));
    row++;
    blocks.push({ row, col: right, values: [[signature.dateLine]] });
    blocks.push({ row: row + 1, col: 0, values: [[signature.left.title], [signature.left.note]], boldRows: [0] });
    blocks.push({ row: row + 1, col: right, values: [[signature.right.title], [signature.right.note]], boldRows: [0] });
    row += 6;
  }

  let chart: ChartPlacement | null = null;
  const c = spec.chart;
  if (c) {
    const cat = placements[c.categoriesFrom.block];
    if (cat && cat.rows > 0) {
      const anchorCol = widths.length + 1;
      chart = {
        title: c.title,
        type: c.type,
        categories: rangeAddress(cat.firstRow, c.categoriesFrom.column, cat.rows, 1),
        series: c.series.map((s) => {
          const p = placements[s.block];
          return { name: s.name, values: rangeAddress(p.firstRow, s.column, p.rows, 1), color: s.color };
        }),
        anchor: rangeAddress(cat.titleRow, anchorCol),
        categoryCount: cat.rows,
      };
    }
  }
  return { layout: { blocks, widths, links, landscape: true }, blocks: placements, chart };
}

/** Write a rendered spec on `sheet` (queued; the caller syncs). Returns intermediate syncs. */
export async function writeRenderedSpec(context: Excel.RequestContext, sheet: Excel.Worksheet, r: RenderedSpec): Promise<number> {
  const syncs = await writeLayout(context, sheet, r.layout);
  if (r.chart) addChart(sheet, r.chart);
  return syncs;
}

/** A native chart: first series from its own range, the others added, categories on each. */
export function addChart(sheet: Excel.Worksheet, p: ChartPlacement): Excel.Chart {
  const type = (p.type === "stackedBar" ? "BarStacked" : "ColumnClustered") as Excel.ChartType;
  const [first, ...rest] = p.series;
  const chart = sheet.charts.add(type, sheet.getRange(first.values), "Columns" as Excel.ChartSeriesBy);
  chart.title.text = p.title;
  chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
  const categories = sheet.getRange(p.categories);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  if (first.color) s0.format.fill.setSolidColor(first.color);
  for (const s of rest) {
    const added = chart.series.add(s.name);
    added.setValues(sheet.getRange(s.values));
    added.setXAxisValues(categories);
    if (s.color) added.format.fill.setSolidColor(s.color);
  }
  chart.setPosition(p.anchor);
  chart.width = 640;
  chart.height = Math.max(280, 60 + p.categoryCount * 28);
  return chart;
}
