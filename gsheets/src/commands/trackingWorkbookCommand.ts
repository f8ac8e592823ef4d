import {
  readAppendix,
  settingsNames,
  TRACKING_NAMES,
  trackingSheetNames,
  trackingWorkbook,
  validateTable,
  yearOf,
} from "@cchc/core";
import { renderGridSheet } from "../render/renderGridSheet.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { alert } from "./alert.js";
import { calendarOf } from "./calendarOf.js";
import { ownSheetMessage } from "./ownSheets.js";
import { readSheetGrid, readSheetMerges } from "./readSheetGrid.js";
import { commandContext } from "./settingsCommands.js";

const TITLE = "Tạo sổ theo dõi";

/**
 * Menu "Tạo sổ theo dõi": core's tracking workbook of the active appendix (issue 13) added as
 * new sheets that compute with plain formulas (status of each task, summary with named cells,
 * due-date calculator, the 2020–2030 working-day calendar) — the same cells as the CLI's
 * `cchc workbook` and the Excel add-in. The settings sheet is reused when it exists.
 * Reads: the sheet (1 getValues), its merged areas, the settings block, the named ranges.
 */
export function trackingWorkbookCommand(): void {
  const { ss, timeZone, settings } = commandContext();
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, "trang phụ lục cần tạo sổ theo dõi");
  if (own) {
    alert(TITLE, own);
    return;
  }
  if (settings.asOf === null || settings.problems.length > 0) {
    alert(TITLE, `${[...settings.problems, "Chưa có ngày báo cáo."].join("\n")}\n\nHãy mở CCHC › Cài đặt, nhập năm kế hoạch và ngày báo cáo, bấm Lưu rồi chọn lại lệnh.`);
    return;
  }
  const have = new Set(ss.getNamedRanges().map((n) => n.getName()));
  const clash = TRACKING_NAMES.find((n) => have.has(n));
  if (clash) {
    alert(TITLE, `Bảng tính này đã có một sổ theo dõi (tên vùng "${clash}" đã được dùng). Hãy sửa sổ đang có, hoặc chép trang phụ lục sang một bảng tính mới rồi tạo sổ ở đó.`);
    return;
  }
  const planYear = settings.planYear ?? yearOf(settings.asOf);
  const table = readAppendix(readSheetGrid(sheet, timeZone), { planYear, merges: readSheetMerges(sheet) });
  if ("error" in table) {
    alert(TITLE, `Trang "${sheet.getName()}": ${table.error}`);
    return;
  }
  if (table.tasks.length === 0) {
    alert(TITLE, `Trang "${sheet.getName()}" chưa có nhiệm vụ nào, nên chưa tạo được sổ theo dõi.`);
    return;
  }
  const errors = validateTable(table, { planYear, asOf: settings.asOf }).errors.length;
  const existing = ss.getSheets().map((s) => s.getName());
  const withSettings = !existing.includes(SETTINGS_SHEET);
  const sheetNames = trackingSheetNames(existing);
  const spec = trackingWorkbook(table, { planYear, asOf: settings.asOf, calendar: calendarOf(settings), sheetNames, withSettings, departmentUnits: settings.departmentUnits });
  for (const grid of spec.sheets) renderGridSheet(ss.insertSheet(grid.name), grid);
  for (const n of spec.names) {
    if (have.has(n.name)) continue;
    ss.setNamedRange(n.name, ss.getSheetByName(n.sheet)!.getRange(n.ref.replace(/\$/g, "")));
  }
  if (!withSettings) {
    // the sổ's formulas name the settings cells; a settings sheet made by hand gets those names
    const settingsSheet = ss.getSheetByName(SETTINGS_SHEET)!;
    for (const n of settingsNames()) {
      if (!have.has(n.name)) ss.setNamedRange(n.name, settingsSheet.getRange(n.row + 1, n.col + 1, n.rows, n.cols));
    }
  }
  ss.getSheetByName(sheetNames.summary)!.activate();
  const caution = errors > 0 ? ` Bảng phụ lục còn ${errors} lỗi: chọn CCHC › Kiểm tra phụ lục để xem và sửa.` : "";
  ss.toast(`Đã tạo sổ theo dõi (${table.tasks.length} nhiệm vụ): ${spec.sheets.map((s) => s.name).join(", ")}.${caution}`, TITLE);
}
