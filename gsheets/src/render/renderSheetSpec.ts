import { numberFormatOf, SERIAL_OF_EPOCH } from "./cellFormats.js";
import type { SheetCell, SheetSpec } from "./sheetSpec.js";
import { sheetNames, uniqueSheetName } from "./uniqueSheetName.js";

const HEADER_BACKGROUND = "#d9e2f3";
const TITLE_BACKGROUND = "#ffffff";

export interface RenderedSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** 1-based position of each block's header row, and its size. */
  blocks: { headerRow: number; rows: number; columns: number }[];
}

/**
 * Write a SheetSpec on a NEW sheet (name made unique, never an existing sheet) with four
 * batched writes over one rectangle: setValues, setNumberFormats, setFontWeights,
 * setBackgrounds. Dates (Day numbers) are written as serial numbers with a dd/mm/yyyy
 * format, which Sheets shows as that calendar day whatever the spreadsheet's time zone.
 */
export function renderSheetSpec(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): RenderedSheet {
  const width = Math.max(1, ...spec.blocks.map((b) => b.columns.length));
  const values: SheetCell[][] = [];
  const formats: string[][] = [];
  const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
  const backgrounds: (string | null)[][] = [];
  const line = (cells: SheetCell[], format: (c: number) => string, bold: boolean, bg: string | null) => {
    const v: SheetCell[] = new Array(width);
    for (let c = 0; c < width; c++) v[c] = c < cells.length ? (cells[c] ?? "") : "";
    values.push(v);
    formats.push(Array.from({ length: width }, (_, c) => format(c)));
    weights.push(new Array(width).fill(bold ? "bold" : "normal"));
    backgrounds.push(new Array(width).fill(bg));
  };
  const general = () => "General";

  if (spec.title) line([spec.title], general, true, TITLE_BACKGROUND);
  if (spec.subtitle) line([spec.subtitle], general, false, null);
  const blocks: RenderedSheet["blocks"] = [];
  for (const block of spec.blocks) {
    if (values.length > 0) line([], general, false, null);
    if (block.title) line([block.title], general, true, null);
    line(
      block.columns.map((c) => c.header),
      general,
      true,
      HEADER_BACKGROUND,
    );
    blocks.push({ headerRow: values.length, rows: block.rows.length, columns: block.columns.length });
    for (const row of block.rows) {
      const cells = row.map((cell, c) => toSheetValue(cell, block.columns[c]?.kind));
      line(cells, (c) => (c < block.columns.length ? numberFormatOf(String(block.columns[c].kind)) : "General"), false, null);
    }
  }

  const sheet = ss.insertSheet(uniqueSheetName(sheetNames(ss), spec.name));
  const range = sheet.getRange(1, 1, values.length, width);
  range.setValues(values);
  range.setNumberFormats(formats);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  const widths = columnWidths(spec, width);
  widths.forEach((w, c) => {
    if (w) sheet.setColumnWidth(c + 1, w);
  });
  return { sheet, blocks };
}

function toSheetValue(cell: SheetCell, kind: string | undefined): SheetCell {
  if (cell === null || cell === undefined) return "";
  if (kind === "date" && typeof cell === "number") return cell + SERIAL_OF_EPOCH;
  return cell;
}

/** Widest requested width per column across blocks, in pixels (SheetSpec widths are characters). */
function columnWidths(spec: SheetSpec, width: number): number[] {
  const out = new Array<number>(width).fill(0);
  for (const b of spec.blocks) {
    b.columns.forEach((c, i) => {
      if (c.width) out[i] = Math.max(out[i], Math.round(c.width * 7 + 10));
    });
  }
  return out;
}
