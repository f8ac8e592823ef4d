import { annualSummary, effectivePlanYear, summarySheetSpec } from "@cchc/core";
import { renderSheetSpec } from "../render/renderSheetSpec.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { alert } from "./alert.js";
import { ownSheetMessage } from "./ownSheets.js";
import { readSheetGrid, readSheetMerges } from "./readSheetGrid.js";
import { calendarOf } from "./calendarOf.js";
import { commandContext } from "./settingsCommands.js";

const TITLE = "Tổng hợp năm";

/**
 * Menu "Tổng hợp năm": the annual summary of the active appendix as of the settings' reporting
 * date, on a new sheet "Tổng hợp <năm>" with a native stacked bar chart of statuses by section.
 * Cells: 1 getValues of the sheet (+ the settings block), 1 getMergedRanges; writes: 4 on the new sheet.
 */
export function annualSummaryCommand(): void {
  const { ss, timeZone, settings } = commandContext();
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, "trang phụ lục cần tổng hợp");
  if (own) {
    alert(TITLE, own);
    return;
  }
  const missing: string[] = [...settings.problems];
  if (settings.asOf === null) missing.push(`Chưa có "Ngày báo cáo" (ô B4 trang "${SETTINGS_SHEET}").`);
  if (settings.planYear === null && settings.asOf === null) missing.push(`Chưa có "Năm kế hoạch" (ô B3 trang "${SETTINGS_SHEET}").`);
  if (settings.asOf === null || missing.length > 0) {
    alert(TITLE, `${missing.join("\n")}\n\nHãy mở CCHC › Cài đặt, nhập năm kế hoạch và ngày báo cáo, bấm Lưu rồi chọn lại lệnh.`);
    return;
  }
  const planYear = effectivePlanYear(settings, settings.asOf);
  const cells = readSheetGrid(sheet, timeZone);
  const summary = annualSummary(cells, { planYear, asOf: settings.asOf, calendar: calendarOf(settings), merges: readSheetMerges(sheet) });
  if (summary.error) {
    alert(TITLE, `Trang "${sheet.getName()}": ${summary.error}`);
    return;
  }
  // the "Dòng" column of the overdue and upcoming lists links back to the task's row
  const out = renderSheetSpec(ss, summarySheetSpec(summary, { sheet: sheet.getName() }), sheet);
  out.sheet.activate();
  const extra = !summary.tracking
    ? " Bảng chưa có cột theo dõi kết quả: chỉ báo cáo hạn, chưa tính tỷ lệ trễ hạn."
    : summary.totals.doneUndated > 0
      ? ` ${summary.totals.doneUndated} nhiệm vụ hoàn thành chưa rõ ngày.`
      : "";
  ss.toast(`Đã tạo trang "${out.sheet.getName()}" (${summary.totals.tasks} nhiệm vụ).${extra}`, TITLE);
}
