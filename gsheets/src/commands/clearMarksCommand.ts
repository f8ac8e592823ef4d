import { clearMarks } from "../marks/clearMarks.js";
import { alert } from "./alert.js";

const TITLE = "Xóa đánh dấu";

/** Menu "Xóa đánh dấu": remove the marks of "Kiểm tra phụ lục" from the active sheet. */
export function clearMarksCommand(): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const r = clearMarks(sheet);
  if (!r) {
    alert(TITLE, `Trang "${sheet.getName()}" không có đánh dấu nào của lệnh Kiểm tra phụ lục. Hãy mở trang phụ lục đã kiểm tra.`);
    return;
  }
  alert(
    TITLE,
    `Đã gỡ các đánh dấu trên trang "${sheet.getName()}": ${r.notesRemoved} ghi chú của CCHC (ghi chú có sẵn của bạn được trả lại như trước), màu nền các ô như cũ.`,
  );
}
