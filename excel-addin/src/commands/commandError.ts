/** An error whose Vietnamese message is shown to the user as is (what, where, how to fix). */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}

/** Vietnamese text for any failure (Office errors are explained, not shown raw). */
export function userMessage(e: unknown): string {
  if (e instanceof CommandError) return e.message;
  const err = e as { code?: string; message?: string; debugInfo?: { message?: string } };
  const code = err?.code ?? "";
  const raw = err?.message ?? String(e);
  if (code === "InvalidReference" || code === "ItemNotFound") {
    return `Không tìm thấy trang tính hoặc vùng ô cần dùng (có thể đã bị xóa hoặc đổi tên). Hãy thử lại. Chi tiết: ${raw}`;
  }
  if (code === "InvalidOperationInCellEditMode" || code === "EditModeCellEditing" || /cell.*edit/i.test(raw)) {
    return "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.";
  }
  if (code === "AccessDenied" || /protect/i.test(raw)) {
    return "Trang tính hoặc sổ làm việc đang được bảo vệ, không ghi được. Hãy bỏ bảo vệ (Review > Unprotect) rồi thử lại.";
  }
  if (/PayloadSizeLimitExceeded|RangeExceedsLimit|PayloadTooLarge/.test(code)) {
    return "Dữ liệu quá lớn cho một lần ghi của Excel. Hãy chia bảng thành nhiều trang tính rồi thử lại.";
  }
  return `Có lỗi khi làm việc với Excel: ${raw}`;
}
