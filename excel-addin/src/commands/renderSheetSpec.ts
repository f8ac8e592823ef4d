/**
 * Core's SheetSpec on an Excel sheet: core lays it out (layoutSheetSpec: every cell, format,
 * bold row and fill, the same grid Google Sheets and the CLI write); here it is written in bulk,
 * with hyperlinks on cells that point back to the source, the page set landscape, and the chart.
 */
import { layoutSheetSpec, type BlockPlacement, type CellSpec, type ChartPlacement, type SheetGrid, type SheetSpec } from "@cchc/core";
import { rangeAddress } from "../excel/addresses.js";
import { writeGrid } from "../excel/writeGrid.js";

export type { BlockPlacement } from "@cchc/core";

export interface RenderedSpec {
  grid: SheetGrid;
  blocks: BlockPlacement[];
  chart: ChartPlacement | null;
  links: { row: number; col: number; documentReference: string; text: string }[];
}

/** A hyperlink target for a cell of a block's rows, or null (e.g. "Ô" → the offending cell). */
export type LinkFor = (block: number, row: number, column: number, value: CellSpec) => string | null;

export function renderSheetSpec(spec: SheetSpec, linkFor?: LinkFor): RenderedSpec {
  const { grid, blocks, chart } = layoutSheetSpec(spec);
  const links: RenderedSpec["links"] = [];
  if (linkFor) {
    spec.blocks.forEach((b, bi) =>
      b.rows.forEach((r, ri) =>
        r.forEach((v, ci) => {
          const target = linkFor(bi, ri, ci, v);
          if (target) links.push({ row: blocks[bi].firstRow + ri, col: ci, documentReference: target, text: String(v ?? "") });
        }),
      ),
    );
  }
  return { grid, blocks, chart, links };
}

/** Write a rendered spec on `sheet` (queued; the caller syncs). Returns intermediate syncs. */
export async function writeRenderedSpec(context: Excel.RequestContext, sheet: Excel.Worksheet, r: RenderedSpec): Promise<number> {
  const syncs = await writeGrid(context, sheet, r.grid);
  for (const link of r.links) {
    sheet.getRange(rangeAddress(link.row, link.col)).hyperlink = { documentReference: link.documentReference, textToDisplay: link.text, screenTip: link.text };
  }
  sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
  if (r.chart) addChart(sheet, r.chart);
  return syncs;
}

/** A native chart: first series from its own range, the others added, categories on each. */
export function addChart(sheet: Excel.Worksheet, p: ChartPlacement): Excel.Chart {
  const type = (p.type === "stackedBar" ? "BarStacked" : "ColumnClustered") as Excel.ChartType;
  const [first, ...rest] = p.series;
  const values = (s: ChartPlacement["series"][number]) => sheet.getRange(rangeAddress(s.row, s.col, s.rows, 1));
  const chart = sheet.charts.add(type, values(first), "Columns" as Excel.ChartSeriesBy);
  chart.title.text = p.title;
  chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
  const categories = sheet.getRange(rangeAddress(p.categories.row, p.categories.col, p.categories.rows, 1));
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  if (first.color) s0.format.fill.setSolidColor(first.color);
  for (const s of rest) {
    const added = chart.series.add(s.name);
    added.setValues(values(s));
    added.setXAxisValues(categories);
    if (s.color) added.format.fill.setSolidColor(s.color);
  }
  chart.setPosition(rangeAddress(p.anchor.row, p.anchor.col));
  chart.width = 640;
  chart.height = Math.max(280, 60 + p.categoryCount * 28);
  return chart;
}
