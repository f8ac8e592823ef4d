import { criteriaTemplate, scoreHeadline, scoreSelfAssessment, scoringSheetSpec, TEMPLATE_FILLS } from "@cchc/core";
import { applyMarks } from "../marks/applyMarks.js";
import { NUMBER_FORMATS } from "../render/cellFormats.js";
import { HEADER_BACKGROUND, renderSheetSpec } from "../render/renderSheetSpec.js";
import { sheetNames, uniqueSheetName } from "../render/uniqueSheetName.js";
import { spreadsheetTimeZone } from "../dates/timeZone.js";
import { alert } from "./alert.js";
import { ownSheetMessage } from "./ownSheets.js";
import { readSheetGrid } from "./readSheetGrid.js";

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const TITLE = "Chấm điểm CCHC";
export const EXAMPLE_BACKGROUND = TEMPLATE_FILLS.example;
export const INPUT_BACKGROUND = TEMPLATE_FILLS.input;

/**
 * Menu "Chấm điểm CCHC": score the active criteria sheet with core (the rules read from their
 * text, bands and late rate from the lines above the header). Findings become notes and
 * highlights on the offending cells (values never changed, "Xóa đánh dấu" removes them); the
 * result goes on a NEW sheet "Kết quả chấm điểm" with points by area and a column chart.
 * Cells: 1 getValues; writes: getNotes/setNotes for the marks + 4 for the result sheet.
 */
export function scoreCommand(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, "trang tự chấm điểm");
  if (own) {
    alert(TITLE, own);
    return;
  }
  const report = scoreSelfAssessment(readSheetGrid(sheet, ss.getSpreadsheetTimeZone() || spreadsheetTimeZone()));
  if (report.error) {
    alert(TITLE, `Trang "${sheet.getName()}": ${report.error}\n\nCó thể chèn một bảng mẫu bằng lệnh "Chèn mẫu tự chấm điểm".`);
    return;
  }
  const marks = applyMarks(sheet, [...report.errors, ...report.warnings], report.columns.stt);
  const out = renderSheetSpec(ss, scoringSheetSpec(report, `trang "${sheet.getName()}"`), sheet);
  out.sheet.activate();
  alert(
    TITLE,
    [
      `Trang "${sheet.getName()}": ${scoreHeadline(report)}`,
      `${report.errors.length} lỗi, ${report.warnings.length} cảnh báo, ${report.infos.length} thông tin; ${marks.marked} ô được tô màu và có ghi chú (lệnh "Xóa đánh dấu" gỡ bỏ).`,
      `Chi tiết: trang "${out.sheet.getName()}".`,
    ].join("\n\n"),
  );
}

/**
 * Menu "Chèn mẫu tự chấm điểm": a NEW sheet "Tự chấm điểm" from core's criteria template, the
 * example rows shaded and marked "(Ví dụ)", the settings cells shaded green, STT as text.
 * Writes: setNumberFormats, setValues, setFontWeights, setBackgrounds; frozen header, widths.
 */
export function insertScoringTemplate(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const t = criteriaTemplate();
  const width = t.widths.length;
  const formats = t.rows.map((r) => r.map((_, j) => (j === 0 ? NUMBER_FORMATS.text : "General")));
  const weights = t.rows.map((_, i) => new Array<FontWeight>(width).fill(i === 0 || i + 1 === t.headerRow ? "bold" : "normal"));
  const backgrounds = t.rows.map((_, i) => {
    const r = i + 1;
    const bg = r === t.headerRow ? HEADER_BACKGROUND : r >= t.exampleRows.from && r <= t.exampleRows.to ? EXAMPLE_BACKGROUND : null;
    const line = new Array<string | null>(width).fill(bg);
    for (const s of t.settingsCells) if (s.row === r) line[s.column] = INPUT_BACKGROUND;
    return line;
  });
  const sheet = ss.insertSheet(uniqueSheetName(sheetNames(ss), t.sheetName));
  const range = sheet.getRange(1, 1, t.rows.length, width);
  range.setNumberFormats(formats);
  range.setValues(t.rows.map((r) => r.map((v) => v ?? "")));
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  sheet.setFrozenRows(t.headerRow);
  t.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, Math.round(w * 7 + 12)));
  sheet.activate();
  alert(
    "Chèn mẫu tự chấm điểm",
    `Đã tạo trang "${sheet.getName()}". Các dòng ${t.exampleRows.from}–${t.exampleRows.to} tô vàng, ghi "(Ví dụ)", chỉ để minh họa: sửa hoặc xóa. ` +
      `Ghi ngưỡng xếp hạng của tỉnh vào ô B2 (ví dụ 90; 80; 70), rồi chọn "Chấm điểm CCHC".`,
  );
}
