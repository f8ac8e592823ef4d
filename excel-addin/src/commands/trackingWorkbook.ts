/**
 * Tạo sổ theo dõi: the active appendix turned into core's tracking workbook (issue 13), added to
 * the open workbook as new sheets — tasks with live status formulas, a summary with named cells,
 * the due-date calculator and the 2020–2030 working-day calendar — that keep computing with plain
 * formulas, in any Excel and without the add-in. The settings sheet is reused when it exists.
 * Batches: read (sheets, names, active sheet) → settings → writes (chunked when very large).
 */
import { readAppendix, sheetRef, TRACKING_NAMES, trackingSheetNames, trackingWorkbook, validateTable, yearOf, type Day } from "@cchc/core";
import { hasSheet, loadBook, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { calendarOf, SETTINGS_SHEET, settingsNameRefs } from "../excel/settingsSheet.js";
import { writeGridSheet } from "../excel/writeGridSheet.js";
import { CommandError } from "./commandError.js";

export interface TrackingWorkbookResult {
  sheet: string;
  sheets: string[];
  tasks: number;
  year: number;
  asOf: Day;
  tableErrors: number;
  settingsProblems: string[];
  syncs: number;
}

export async function trackingWorkbookCommand(context: Excel.RequestContext, options: { today: Day }): Promise<TrackingWorkbookResult> {
  const names = context.workbook.names;
  const first = await loadBook(context, true, () => names.load("items/name"));
  let syncs = first.syncs;
  const book = first.book;
  if (book.values.length === 0) throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy mở trang có bảng phụ lục rồi bấm Tạo sổ theo dõi.`);
  const have = new Set(names.items.map((n) => n.name));
  const clash = TRACKING_NAMES.find((n) => have.has(n));
  if (clash) {
    throw new CommandError(
      `Tệp này đã có một sổ theo dõi (tên "${clash}" đã được dùng). Mỗi tệp chỉ giữ một sổ theo dõi: ` +
        "hãy sửa sổ đang có, hoặc chép trang phụ lục sang một tệp mới rồi tạo sổ ở đó.",
    );
  }
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings, problems } = settingsRead(settingsRange);
  const asOf = settings.asOf ?? options.today;
  const year = settings.planYear ?? yearOf(asOf);
  const table = readAppendix(book.values, { planYear: year, firstRow: book.firstRow, firstColumn: book.firstColumn, merges: book.merges });
  if ("error" in table) throw new CommandError(`Trang "${book.active.name}": ${table.error}`);
  if (table.tasks.length === 0) throw new CommandError(`Trang "${book.active.name}" chưa có nhiệm vụ nào, nên chưa tạo được sổ theo dõi.`);
  const tableErrors = validateTable(table, { planYear: year, asOf }).errors.length;
  const withSettings = !hasSheet(book, SETTINGS_SHEET);
  const sheetNames = trackingSheetNames(book.sheets.map((s) => s.name));
  const spec = trackingWorkbook(table, { planYear: year, asOf, calendar: calendarOf(settings), sheetNames, withSettings, departmentUnits: settings.departmentUnits });

  context.application.suspendApiCalculationUntilNextSync();
  for (const grid of spec.sheets) {
    const ws = context.workbook.worksheets.add(grid.name);
    syncs += await writeGridSheet(context, ws, grid);
  }
  for (const n of spec.names) if (!have.has(n.name)) names.add(n.name, `=${sheetRef(n.sheet, n.ref)}`, "Sổ theo dõi CCHC");
  if (!withSettings) {
    // the existing settings sheet keeps its names; a sheet made by hand gets them now
    for (const [name, ref] of Object.entries(settingsNameRefs())) if (!have.has(name)) names.add(name, ref, "Phần bổ trợ CCHC");
  }
  context.workbook.worksheets.getItem(sheetNames.summary).activate();
  await context.sync();
  syncs++;
  return {
    sheet: book.active.name,
    sheets: spec.sheets.map((s) => s.name),
    tasks: table.tasks.length,
    year,
    asOf,
    tableErrors,
    settingsProblems: problems,
    syncs,
  };
}
