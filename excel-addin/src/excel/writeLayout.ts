import { HEADER_FILL } from "@cchc/core";
import { columnLetter, rangeAddress } from "./addresses.js";
import type { LayoutBlock, SheetLayout } from "./sheetLayout.js";

/**
 * Excel refuses requests above 5 MB; a batch is flushed (context.sync) before it would pass
 * this many bytes, so very large outputs are written in several requests.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Rough JSON size of a block of values (what the request will carry). */
export function estimateBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 2;
    for (const v of row) bytes += typeof v === "string" ? v.length * 2 + 3 : 12;
  }
  return bytes;
}

/** Split a block into row chunks whose values stay under `budget` bytes each (greedy, by row). */
export function chunkBlock(block: LayoutBlock, budget = REQUEST_BUDGET_BYTES): LayoutBlock[] {
  if (estimateBytes(block.values) <= budget || block.values.length <= 1) return [block];
  const out: LayoutBlock[] = [];
  const sub = (start: number, end: number): LayoutBlock => ({
    ...block,
    row: block.row + start,
    values: block.values.slice(start, end),
    headerRows: block.headerRows?.filter((r) => r >= start && r < end).map((r) => r - start),
    boldRows: block.boldRows?.filter((r) => r >= start && r < end).map((r) => r - start),
  });
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < block.values.length; i++) {
    const row = estimateBytes([block.values[i]]) - 2;
    if (i > start && bytes + row > budget) {
      out.push(sub(start, i));
      start = i;
      bytes = 2;
    }
    bytes += row;
  }
  out.push(sub(start, block.values.length));
  return out;
}

/** A width in characters (of "0" in Calibri 11) as Excel's column width in points. */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 5.25 + 5);
}

const HEADER_FONT = "#0F3C66";

/**
 * Queue the writes of a layout on `sheet`: one values call and one numberFormat call per
 * block (number formats before values, so dates typed as serials show as dates), formats per
 * row group, widths per column. Returns the number of intermediate syncs it needed (0 unless
 * the output is bigger than the request budget).
 */
export async function writeLayout(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  let syncs = 0;
  let queued = 0;
  for (const whole of layout.blocks) {
    for (const block of chunkBlock(whole, budget)) {
      const size = estimateBytes(block.values) * (block.columnFormats ? 2 : 1);
      if (queued > 0 && queued + size > budget) {
        await context.sync();
        syncs++;
        queued = 0;
      }
      queued += size;
      writeBlock(sheet, block);
    }
  }
  layout.widths.forEach((w, c) => {
    if (w > 0) sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = columnWidthPoints(w);
  });
  for (const link of layout.links ?? []) {
    const cell = sheet.getRange(rangeAddress(link.row, link.col));
    cell.hyperlink = { documentReference: link.documentReference, textToDisplay: link.text, screenTip: link.text };
  }
  for (const m of layout.merges ?? []) {
    const range = sheet.getRange(rangeAddress(m.row, m.col, m.rows, m.cols));
    range.merge(false);
    range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
  }
  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.landscape) sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
  return syncs;
}

function writeBlock(sheet: Excel.Worksheet, block: LayoutBlock): void {
  const rows = block.values.length;
  const cols = block.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const range = sheet.getRange(rangeAddress(block.row, block.col, rows, cols));
  if (block.columnFormats && block.columnFormats.some((f) => f)) {
    const line = block.columnFormats.map((f) => f ?? "General");
    const formats: string[][] = new Array(rows);
    for (let r = 0; r < rows; r++) formats[r] = line;
    // header and title rows stay General
    for (const h of block.headerRows ?? []) formats[h] = line.map(() => "General");
    range.numberFormat = formats;
  }
  range.values = block.values;
  if (block.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  }
  if (block.title) {
    range.format.font.bold = true;
    range.format.font.size = 14;
    range.format.font.color = HEADER_FONT;
  }
  for (const h of block.headerRows ?? []) {
    const header = sheet.getRange(rangeAddress(block.row + h, block.col, 1, cols));
    header.format.font.bold = true;
    header.format.font.color = HEADER_FONT;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    header.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
  }
  for (const b of block.boldRows ?? []) {
    sheet.getRange(rangeAddress(block.row + b, block.col, 1, cols)).format.font.bold = true;
  }
  // per-cell fills, one command per run of equal colours in a row
  (block.cellFills ?? []).forEach((line, r) => {
    for (let c = 0; c < line.length; ) {
      let end = c;
      while (end + 1 < line.length && line[end + 1] === line[c]) end++;
      const color = line[c];
      if (color) sheet.getRange(rangeAddress(block.row + r, block.col + c, 1, end - c + 1)).format.fill.color = color;
      c = end + 1;
    }
  });
  if (block.wrap) range.format.autofitRows();
}
