import { validateAppendix, validationSheetSpec } from "@cchc/core";
import { applyMarks } from "../marks/applyMarks.js";
import { renderSheetSpec } from "../render/renderSheetSpec.js";
import { alert } from "./alert.js";
import { ownSheetMessage } from "./ownSheets.js";
import { readSheetGrid, readSheetMerges } from "./readSheetGrid.js";
import { commandContext } from "./settingsCommands.js";

const TITLE = "Kiểm tra phụ lục";

/**
 * Menu "Kiểm tra phụ lục": validate the active sheet as an appendix. Findings become notes and
 * highlights on the offending cells (the user's values are never changed) and a report sheet
 * "Kết quả kiểm tra" (a new sheet each time). Cells: 1 getValues of the sheet (+ the settings
 * block), 1 getMergedRanges, 1 getNotes; writes: setNotes + 4 for the report sheet.
 */
export function validateActiveSheet(): void {
  const { ss, timeZone, settings } = commandContext();
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, "trang phụ lục cần kiểm tra");
  if (own) {
    alert(TITLE, own);
    return;
  }
  const cells = readSheetGrid(sheet, timeZone);
  const merges = readSheetMerges(sheet);
  const report = validateAppendix(cells, { planYear: settings.planYear ?? undefined, asOf: settings.asOf ?? undefined, merges });
  if (report.error) {
    alert(TITLE, `Trang "${sheet.getName()}": ${report.error}`);
    return;
  }
  const marks = applyMarks(sheet, [...report.errors, ...report.warnings], report.columns.stt);
  // the "Ô" column of the findings list links back to the cell on the checked sheet
  const out = renderSheetSpec(
    ss,
    validationSheetSpec(report, { sheet: sheet.getName(), asOf: settings.asOf ?? undefined, planYear: settings.planYear }),
    sheet,
  );
  sheet.activate();
  const s = report.stats;
  const lines = [
    `Trang "${sheet.getName()}": ${s.tasks} nhiệm vụ, ${s.errors} lỗi, ${s.warnings} cảnh báo, ${report.infos.length} thông tin.`,
    marks.marked > 0
      ? `${marks.marked} ô được tô màu (đỏ: lỗi, vàng: cảnh báo) và có ghi chú giải thích. Giá trị trong ô không bị thay đổi; lệnh "Xóa đánh dấu" gỡ bỏ các đánh dấu này.`
      : "Không có ô nào cần đánh dấu.",
    `Danh sách đầy đủ: trang "${out.sheet.getName()}".`,
  ];
  if (marks.notHighlighted > 0) lines.push(`${marks.notHighlighted} ô có ghi chú nhưng không tô màu (quá nhiều vùng cần tô); xem danh sách đầy đủ.`);
  if (settings.asOf === null) lines.push('Chưa có "Ngày báo cáo" trong Cài đặt: chưa kiểm tra ngày hoàn thành sau ngày báo cáo.');
  if (settings.planYear === null && report.planPeriod) lines.push(`Chưa có "Năm kế hoạch" trong Cài đặt: tiến độ được so với kỳ kế hoạch ${report.planPeriod.label}.`);
  for (const p of settings.problems) lines.push(p);
  alert(TITLE, lines.join("\n\n"));
}
