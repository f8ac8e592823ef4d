import { recheckRows, tableDropDowns, toVN, type DropDown } from "@cchc/core";
import { readSheetGrid, readSheetMerges } from "../commands/readSheetGrid.js";
import { alert } from "../commands/alert.js";
import { ownSheetMessage } from "../commands/ownSheets.js";
import { commandContext } from "../commands/settingsCommands.js";
import { applyMarks } from "../marks/applyMarks.js";
import { readSettings } from "../settings/settings.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { readLiveState, writeLiveState, type LiveSheet } from "./liveStore.js";
import { refreshRowMarks } from "./refreshRowMarks.js";

const TITLE = "Kiểm tra khi nhập";

/**
 * The onEdit simple trigger: on a sheet switched on, re-check the edited rows (and what depends
 * on them: core's recheckRows) and refresh only their marks. Cells: 1 getValues of the sheet,
 * 1 getNotes of the rows concerned; writes: setNotes, setConditionalFormatRules. Edits of the
 * settings sheet refresh the reporting date and plan year kept for the live sheets.
 */
export function onEditCheck(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const state = readLiveState();
  if (Object.keys(state).length === 0) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  if (sheet.getName() === SETTINGS_SHEET) {
    const s = readSettings(ss, timeZone);
    for (const id of Object.keys(state)) state[id] = { ...state[id]!, planYear: s.planYear, asOf: s.asOf };
    writeLiveState(state);
    return;
  }
  const id = String(sheet.getSheetId());
  const live = state[id];
  if (!live) return;
  const rows: number[] = [];
  for (let r = range.getRow(); r <= range.getLastRow(); r++) rows.push(r);
  const cells = readSheetGrid(sheet, timeZone);
  const r = recheckRows(cells, { planYear: live.planYear ?? undefined, asOf: live.asOf ?? undefined, merges: live.merges }, rows);
  // no table any more (header removed…): every mark of the sheet goes
  refreshRowMarks(sheet, r.rows, r.error !== undefined ? [] : r.findings, r.report.columns?.stt);
  state[id] = { ...live, counts: r.counts };
  writeLiveState(state);
}

/** Menu "Kiểm tra khi nhập (bật/tắt)" for the active sheet: on → a full check now, marks kept up to date while typing. */
export function toggleLiveCheck(): void {
  const { ss, timeZone, settings } = commandContext();
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, "trang phụ lục cần kiểm tra khi nhập");
  if (own) {
    alert(TITLE, own);
    return;
  }
  const state = readLiveState();
  const id = String(sheet.getSheetId());
  if (state[id]) {
    delete state[id];
    writeLiveState(state);
    alert(TITLE, `Đã tắt kiểm tra khi nhập ở trang "${sheet.getName()}". Các đánh dấu hiện có vẫn giữ nguyên; lệnh "Xóa đánh dấu" gỡ bỏ chúng.`);
    return;
  }
  const merges = readSheetMerges(sheet);
  const cells = readSheetGrid(sheet, timeZone);
  const r = recheckRows(cells, { planYear: settings.planYear ?? undefined, asOf: settings.asOf ?? undefined, merges }, [1]);
  if (r.error) {
    alert(TITLE, `Trang "${sheet.getName()}": ${r.error}`);
    return;
  }
  applyMarks(sheet, [...r.report.errors, ...r.report.warnings], r.report.columns.stt);
  const lists = r.report.table ? addDropDowns(sheet, tableDropDowns(r.report.table, { lastRow: sheet.getLastRow(), departmentUnits: settings.departmentUnits ?? [] })) : 0;
  const live: LiveSheet = { planYear: settings.planYear, asOf: settings.asOf, merges, counts: r.counts };
  state[id] = live;
  writeLiveState(state);
  alert(
    TITLE,
    `Đã bật kiểm tra khi nhập ở trang "${sheet.getName()}": mỗi lần sửa hoặc dán, các dòng liên quan được kiểm tra lại và đánh dấu ngay ` +
      `(hiện có ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo). Ngày báo cáo dùng: ${settings.asOf === null ? "chưa đặt" : toVN(settings.asOf)}. ` +
      (lists > 0 ? `Đã thêm danh sách chọn / gợi ý cho ${lists} cột (đơn vị chủ trì, tình trạng, tiến độ). ` : "") +
      `Nếu gộp hoặc tách ô, hãy tắt rồi bật lại. Chọn lại lệnh này để tắt.`,
  );
}

/** google.script.run: the open-finding count of the active sheet when it is checked live (null otherwise). */
export function liveCountForSidebar(): { sheet: string; errors: number; warnings: number } | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const live = readLiveState()[String(sheet.getSheetId())];
  if (!live?.counts) return null;
  return { sheet: sheet.getName(), errors: live.counts.errors, warnings: live.counts.warnings };
}

/** Core's lists and hints on the columns that have no validation of the user's; returns how many were added. */
function addDropDowns(sheet: GoogleAppsScript.Spreadsheet.Sheet, lists: readonly DropDown[]): number {
  let added = 0;
  for (const d of lists) {
    const range = sheet.getRange(`${d.column}${d.firstRow}:${d.column}${d.lastRow}`);
    if (range.getDataValidations().some((row) => row.some((v) => v !== null))) continue;
    const builder = SpreadsheetApp.newDataValidation();
    const rule = (d.list ? builder.requireValueInList(d.list, true) : builder.requireFormulaSatisfied("=TRUE")).setAllowInvalid(!d.strict).setHelpText(d.prompt);
    range.setDataValidation(rule.build());
    added++;
  }
  return added;
}
