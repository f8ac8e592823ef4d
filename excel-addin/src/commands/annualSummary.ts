/**
 * Tổng hợp năm: core's annual summary of the active sheet, rendered from core's SheetSpec on a
 * new sheet "Tổng hợp <năm>" (totals, by section, by lead unit, overdue and upcoming tasks with
 * links to their rows) with a native stacked bar chart of statuses by section.
 * Three batches: read → settings → write.
 */
import { annualSummary as summarise, effectiveAsOf, effectivePlanYear, readAppendix, summarySheetSpec, validateTable, type Day } from "@cchc/core";
import { loadBook, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { calendarOf } from "../excel/settingsSheet.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { CommandError } from "./commandError.js";
import { renderSheetSpec, writeRenderedSpec } from "./renderSheetSpec.js";

export interface SummaryOptions {
  today: Day;
}

export interface SummaryResult {
  sheet: string;
  summarySheet: string;
  year: number;
  asOf: Day;
  tasks: number;
  lateRate: number | null;
  /** false when the table has no tracking column: due dates only, no late rate (issue 10). */
  tracking: boolean;
  /** Tasks marked done without a completion date ("hoàn thành, chưa rõ ngày"). */
  doneUndated: number;
  /** Errors of the table (as "Kiểm tra phụ lục" finds them): the figures may then be incomplete. */
  tableErrors: number;
  settingsProblems: string[];
  syncs: number;
}


export async function annualSummary(context: Excel.RequestContext, options: SummaryOptions): Promise<SummaryResult> {
  let syncs = 0;
  const first = await loadBook(context, true);
  syncs += first.syncs;
  const book = first.book;
  if (book.values.length === 0) {
    throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy mở trang có bảng phụ lục (có cột Ngày hoàn thành) rồi bấm Tổng hợp năm.`);
  }
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings, problems, notices } = settingsRead(settingsRange);
  const asOf = effectiveAsOf(settings, options.today);
  const year = effectivePlanYear(settings, options.today);
  // the table is read once, then summarised and checked (errors make figures doubtful: say so)
  const table = readAppendix(book.values, { planYear: year, firstRow: book.firstRow, firstColumn: book.firstColumn, merges: book.merges });
  if ("error" in table) throw new CommandError(`Trang "${book.active.name}": ${table.error}`);
  const summary = summarise(table, { planYear: year, asOf, calendar: calendarOf(settings) });
  if (summary.error) throw new CommandError(`Trang "${book.active.name}": ${summary.error}`);
  const tableErrors = validateTable(table, { planYear: year, asOf }).errors.length;

  context.application.suspendApiCalculationUntilNextSync();
  const spec = summarySheetSpec(summary, { sheet: book.active.name });
  const name = uniqueSheetName(spec.name, book.sheets.map((s) => s.name));
  const sheet = context.workbook.worksheets.add(name);
  const rendered = renderSheetSpec(spec, book.active.name);
  syncs += await writeRenderedSpec(context, sheet, rendered);
  sheet.activate();
  await context.sync();
  syncs++;
  return {
    sheet: book.active.name,
    summarySheet: name,
    year,
    asOf,
    tasks: summary.totals.tasks,
    lateRate: summary.lateRate,
    tracking: summary.tracking,
    doneUndated: summary.totals.doneUndated,
    tableErrors,
    settingsProblems: [...problems, ...notices],
    syncs,
  };
}
