/**
 * Core's SheetSpec on an Excel sheet: core lays it out (layoutSheetSpec: every cell, format,
 * bold row and fill, the same grid Google Sheets and the CLI write, and which cells link back to
 * the source sheet); here it is written in bulk, the links made hyperlinks, the page set
 * landscape, and the chart added.
 */
import { layoutSheetSpec, type BlockPlacement, type ChartPlacement, type SheetGrid, type SheetSpec } from "@cchc/core";
import { quoteSheetName, rangeAddress } from "../excel/addresses.js";
import { writeGrid } from "../excel/writeGrid.js";

export type { BlockPlacement } from "@cchc/core";

export interface RenderedSpec {
  grid: SheetGrid;
  blocks: BlockPlacement[];
  chart: ChartPlacement | null;
  links: { row: number; col: number; documentReference: string; text: string }[];
}

/** Lay a spec out; with `sourceSheet`, the cells core marks as naming a source place become links to it. */
export function renderSheetSpec(spec: SheetSpec, sourceSheet?: string): RenderedSpec {
  const { grid, blocks, chart, links } = layoutSheetSpec(spec);
  const source = sourceSheet === undefined ? null : quoteSheetName(sourceSheet);
  return {
    grid,
    blocks,
    chart,
    links: source === null ? [] : links.map((l) => ({ row: l.row, col: l.col, documentReference: `${source}!${l.address}`, text: l.text })),
  };
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
