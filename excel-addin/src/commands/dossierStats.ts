/**
 * Thống kê hồ sơ: a dossier list exported from the one-stop software, pasted into the active
 * sheet, becomes form II.06a by unit plus the Kết luận 91 flags on a new sheet
 * "Thống kê hồ sơ". Three batches: read → settings → write.
 */
import { dossierStats as computeStats, formII06aSheetSpec, toVN, type Day } from "@cchc/core";
import { loadBook, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { calendarOf } from "../excel/settingsSheet.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { CommandError } from "./commandError.js";
import { renderSheetSpec, writeRenderedSpec } from "./renderSheetSpec.js";


export interface DossierOptions {
  from: Day;
  to: Day;
  /** Rows of the form per unit (default) or per civil servant ("cán bộ xử lý"). */
  by?: "unit" | "staff";
}

export interface DossierResult {
  sheet: string;
  statsSheet: string;
  rowsRead: number;
  invalidRows: number;
  lateRate: number | null;
  notEligible: number;
  by: "unit" | "staff";
  syncs: number;
}

export async function dossierStats(context: Excel.RequestContext, options: DossierOptions): Promise<DossierResult> {
  if (options.to < options.from) throw new CommandError(`"Đến ngày" (${toVN(options.to)}) đang trước "Từ ngày" (${toVN(options.from)}). Hãy sửa kỳ báo cáo.`);
  let syncs = 0;
  const first = await loadBook(context, true);
  syncs += first.syncs;
  const book = first.book;
  if (book.values.length === 0) {
    throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy dán danh sách hồ sơ xuất từ phần mềm một cửa vào một trang rồi bấm Thống kê hồ sơ.`);
  }
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings } = settingsRead(settingsRange);
  const outcome = computeStats(book.values, {
    from: options.from,
    to: options.to,
    by: options.by ?? "unit",
    calendar: calendarOf(settings),
    firstRow: book.firstRow,
  });
  if (!outcome.ok) throw new CommandError(`Trang "${book.active.name}": ${outcome.message}`);
  const r = outcome.result;

  context.application.suspendApiCalculationUntilNextSync();
  const spec = formII06aSheetSpec(r, { source: book.active.name });
  const name = uniqueSheetName(spec.name, book.sheets.map((s) => s.name));
  const sheet = context.workbook.worksheets.add(name);
  const rendered = renderSheetSpec(spec, book.active.name);
  syncs += await writeRenderedSpec(context, sheet, rendered);
  sheet.activate();
  await context.sync();
  syncs++;
  return {
    sheet: book.active.name,
    statsSheet: name,
    rowsRead: r.rowsRead,
    invalidRows: r.invalidRows.length,
    lateRate: r.lateRate,
    notEligible: r.groups.filter((g) => g.kl91.notEligible).length,
    by: r.by,
    syncs,
  };
}
