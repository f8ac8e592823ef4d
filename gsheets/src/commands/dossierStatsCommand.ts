import { dayFromYMD, dossierStats, yearOf } from "@cchc/core";
import { renderSheetSpec } from "../render/renderSheetSpec.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { alert } from "./alert.js";
import { calendarOf } from "./calendarOf.js";
import { dossierSheetSpec } from "./dossierSheetSpec.js";
import { ownSheetMessage } from "./ownSheets.js";
import { readSheetGrid } from "./readSheetGrid.js";
import { commandContext } from "./settingsCommands.js";

const TITLE = "Thống kê hồ sơ";

/**
 * Menu "Thống kê hồ sơ": the one-stop export pasted into the active sheet → a new sheet with
 * the II.06a table by unit and the Kết luận 91 flags. Period: 01/01 of the plan year to the
 * reporting date of the settings (31/12 of the plan year when no reporting date is set).
 * Cells: 1 getValues of the sheet (+ the settings block); writes: 4 on the new sheet.
 */
export function dossierStatsCommand(): void {
  const { ss, timeZone, settings } = commandContext();
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, "trang có danh sách hồ sơ (dán từ phần mềm một cửa)");
  if (own) {
    alert(TITLE, own);
    return;
  }
  const year = settings.planYear ?? (settings.asOf !== null ? yearOf(settings.asOf) : null);
  if (year === null || settings.problems.length > 0) {
    alert(TITLE, `${[...settings.problems, `Chưa có "Năm kế hoạch" hoặc "Ngày báo cáo" trên trang "${SETTINGS_SHEET}".`].join("\n")}\n\nHãy mở CCHC › Cài đặt, nhập rồi bấm Lưu.`);
    return;
  }
  const from = dayFromYMD(year, 1, 1);
  const to = settings.asOf ?? dayFromYMD(year, 12, 31);
  if (to < from) {
    alert(TITLE, `Ngày báo cáo trước ngày 01/01/${year}: hãy sửa năm kế hoạch hoặc ngày báo cáo trong Cài đặt.`);
    return;
  }
  const cells = readSheetGrid(sheet, timeZone);
  const outcome = dossierStats(cells, { from, to, by: "unit", calendar: calendarOf(settings) });
  if (!outcome.ok) {
    alert(TITLE, `Trang "${sheet.getName()}": ${outcome.message}`);
    return;
  }
  const out = renderSheetSpec(ss, dossierSheetSpec(outcome.result));
  out.sheet.activate();
  const r = outcome.result;
  const lines = [`Đã tạo trang "${out.sheet.getName()}": ${r.rowsRead} hồ sơ đọc được, ${r.groups.length} đơn vị.`];
  if (r.invalidRows.length > 0) lines.push(`${r.invalidRows.length} dòng không đọc được (xem mục 3 trên trang kết quả).`);
  alert(TITLE, lines.join("\n"));
}
