/**
 * Chèn mẫu phụ lục: a new sheet "Phụ lục <năm>" from core's appendix template (standard
 * columns, tracking columns, PAR INDEX sections), with date formats, widths, a frozen header,
 * a drop-down on the status column and A4 landscape. Two batches: sheet list (+ settings) → write.
 */
import * as core from "@cchc/core";
import { yearOf, type Day } from "@cchc/core";
import { columnLetter, rangeAddress } from "../excel/addresses.js";
import { bookRead, queueBookRead, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { FORMATS, type LayoutBlock, type SheetLayout } from "../excel/sheetLayout.js";
import { writeLayout } from "../excel/writeLayout.js";
import { CommandError } from "./commandError.js";

/** The parts of core's TemplateSpec the adapter renders (see core/src/appendix/template.ts). */
export interface TemplateColumnLike {
  header: string;
  width?: number;
  kind?: string;
  /** Allowed values (drop-down), e.g. the status column. */
  options?: readonly string[];
}
export interface TemplateSpecLike {
  sheetName?: string;
  /** Lines above the table (document title, "Kèm theo Kế hoạch số…"). */
  title?: readonly string[];
  columns: readonly TemplateColumnLike[];
  /** Rows under the header (section headings, example rows), as values. */
  rows: readonly (readonly (string | number | null)[])[];
  /** Blank task rows to leave formatted under the rows. */
  blankRows?: number;
}

export interface InsertOptions {
  today: Day;
}

export interface InsertResult {
  sheet: string;
  year: number;
  rows: number;
  syncs: number;
}

function templateOf(year: number): TemplateSpecLike {
  const make = (core as unknown as { appendixTemplate?: (y: number) => TemplateSpecLike }).appendixTemplate;
  if (typeof make !== "function") {
    throw new CommandError("Phiên bản này chưa có mẫu phụ lục (thiếu appendixTemplate trong lõi). Hãy cập nhật phần bổ trợ.");
  }
  return make(year);
}

export async function insertTemplate(context: Excel.RequestContext, options: InsertOptions): Promise<InsertResult> {
  let syncs = 0;
  const q = queueBookRead(context, false);
  await context.sync();
  syncs++;
  const book = bookRead(q);
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings } = settingsRead(settingsRange);
  const year = settings.planYear ?? yearOf(options.today);
  const spec = templateOf(year);
  const name = uniqueSheetName(spec.sheetName ?? `Phụ lục ${year}`, book.sheets.map((s) => s.name));

  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(name);
  const { layout, headerRow, tableRows } = templateLayout(spec);
  syncs += await writeLayout(context, sheet, layout);
  spec.columns.forEach((c, i) => {
    if (c.options && c.options.length > 0) {
      sheet.getRange(rangeAddress(headerRow + 1, i, tableRows, 1)).dataValidation.rule = {
        list: { inCellDropDown: true, source: c.options.join(",") },
      };
    }
  });
  sheet.activate();
  await context.sync();
  syncs++;
  return { sheet: name, year, rows: tableRows, syncs };
}

/** The template as a layout: title lines, the header row, the rows, formatted blank rows. */
export function templateLayout(spec: TemplateSpecLike): { layout: SheetLayout; headerRow: number; tableRows: number } {
  const blocks: LayoutBlock[] = [];
  const title = spec.title ?? [];
  title.forEach((line, i) => blocks.push({ row: i, col: 0, values: [[line]], title: i === 0 }));
  const headerRow = title.length > 0 ? title.length + 1 : 0;
  const width = spec.columns.length;
  const pad = (r: readonly (string | number | null)[]) => Array.from({ length: width }, (_, i) => r[i] ?? "");
  const blank = spec.blankRows ?? 0;
  const values = [spec.columns.map((c) => c.header), ...spec.rows.map(pad), ...Array.from({ length: blank }, () => pad([]))];
  blocks.push({
    row: headerRow,
    col: 0,
    values,
    headerRows: [0],
    wrap: true,
    columnFormats: spec.columns.map((c) => (c.kind === "date" ? FORMATS.date : c.kind === "text" ? "@" : null)),
  });
  return {
    layout: {
      blocks,
      widths: spec.columns.map((c) => c.width ?? 14),
      freezeRows: headerRow + 1,
      landscape: true,
    },
    headerRow,
    tableRows: values.length - 1,
  };
}

/** Column letter of a template column (for messages). */
export function templateColumnLetter(index: number): string {
  return columnLetter(index);
}
