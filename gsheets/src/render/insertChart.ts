import type { ChartSpec } from "@cchc/core";
import type { RenderedSheet } from "./renderSheetSpec.js";

/**
 * A native Sheets chart (EmbeddedChartBuilder) for a SheetSpec chart: the category column and
 * each series column of the block, header row included (series names), total row excluded.
 * "stackedBar" → horizontal bars stacked; "column" → columns. Placed right of the tables.
 */
export function insertChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, chart: ChartSpec, rendered: RenderedSheet): void {
  const block = rendered.blocks[chart.categoriesFrom.block];
  if (!block || block.rows === 0) return;
  const height = block.rows + 1; // header + data rows
  const column = (index: number) => sheet.getRange(block.headerRow, index + 1, height, 1);
  let builder = sheet
    .newChart()
    .setChartType(chart.type === "stackedBar" ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
    .addRange(column(chart.categoriesFrom.column));
  for (const s of chart.series) {
    if (s.block === chart.categoriesFrom.block) builder = builder.addRange(column(s.column));
  }
  builder = builder
    .setNumHeaders(1)
    .setOption("title", chart.title)
    .setOption("isStacked", chart.type === "stackedBar")
    .setOption("legend", { position: "bottom" })
    .setOption("colors", chart.series.map((s) => s.color ?? "#9E9E9E"))
    .setOption("width", 760)
    .setOption("height", Math.max(320, 60 + 28 * block.rows))
    .setPosition(block.titleRow, rendered.width + 2, 0, 0);
  sheet.insertChart(builder.build());
}
