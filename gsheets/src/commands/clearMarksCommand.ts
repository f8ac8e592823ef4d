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
  const lines = [`Đã gỡ các đánh dấu trên trang "${sheet.getName()}": ${r.restored} ghi chú được trả lại như trước, màu nền các ô như cũ.`];
  if (r.keptEdited > 0) lines.push(`${r.keptEdited} ghi chú đã được sửa sau khi kiểm tra nên được giữ nguyên.`);
  alert(TITLE, lines.join("\n\n"));
}
