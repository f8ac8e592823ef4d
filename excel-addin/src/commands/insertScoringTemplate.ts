/**
 * Chèn mẫu tự chấm điểm: a new sheet "Tự chấm điểm" from core's criteria template: the settings
 * lines (bands, late rate) with their input cells shaded green, the header, three example rows
 * shaded yellow and marked "(Ví dụ)", blank criteria rows, STT as text ("1.10" stays "1.10"). Two batches.
 */
import { criteriaTemplate, TEMPLATE_FILLS } from "@cchc/core";
import { rangeAddress } from "../excel/addresses.js";
import { bookRead, queueBookRead } from "../excel/readBook.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { FORMATS } from "../excel/sheetLayout.js";
import { columnWidthPoints } from "../excel/writeLayout.js";
import { HEADER_FILL } from "@cchc/core";

export const EXAMPLE_FILL = TEMPLATE_FILLS.example;
export const INPUT_FILL = TEMPLATE_FILLS.input;

export interface ScoringTemplateResult {
  sheet: string;
  headerRow: number;
  exampleRows: { from: number; to: number };
  syncs: number;
}

export async function insertScoringTemplate(context: Excel.RequestContext): Promise<ScoringTemplateResult> {
  const q = queueBookRead(context, false);
  await context.sync();
  const book = bookRead(q);
  const t = criteriaTemplate();
  const name = uniqueSheetName(t.sheetName, book.sheets.map((s) => s.name));
  const width = t.widths.length;
  const sheet = context.workbook.worksheets.add(name);
  const all = sheet.getRange(rangeAddress(0, 0, t.rows.length, width));
  all.numberFormat = t.rows.map((r) => r.map((_, j) => (j === 0 ? FORMATS.text : "General")));
  all.values = t.rows.map((r) => r.map((v) => v ?? ""));
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  sheet.getRange("A1").format.font.bold = true;
  const header = sheet.getRange(rangeAddress(t.headerRow - 1, 0, 1, width));
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  sheet.getRange(rangeAddress(t.exampleRows.from - 1, 0, t.exampleRows.to - t.exampleRows.from + 1, width)).format.fill.color = EXAMPLE_FILL;
  for (const s of t.settingsCells) sheet.getRange(rangeAddress(s.row - 1, s.column)).format.fill.color = INPUT_FILL;
  t.widths.forEach((w, j) => (sheet.getRange(rangeAddress(0, j)).format.columnWidth = columnWidthPoints(w)));
  sheet.freezePanes.freezeRows(t.headerRow);
  sheet.activate();
  await context.sync();
  return { sheet: name, headerRow: t.headerRow, exampleRows: t.exampleRows, syncs: 2 };
}
