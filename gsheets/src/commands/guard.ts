import { alert } from "./alert.js";

/**
 * Run a menu command so that an unexpected failure (a Sheets service error, a quota) reaches
 * the user as a Vietnamese message instead of Apps Script's English error bar. The error is
 * still logged (console.error → Cloud Logging, exceptionLogging STACKDRIVER).
 */
export function guard(title: string, command: () => void): () => void {
  return () => {
    try {
      command();
    } catch (e) {
      const message = typeof e === "object" && e !== null && "message" in e ? String((e as Error).message) : String(e);
      console.error(`${title}: ${message}`);
      alert(
        title,
        `Không thực hiện được lệnh "${title}": ${message}\n\nDữ liệu của bạn không bị thay đổi bởi phần chưa chạy xong. Hãy thử lại; nếu vẫn lỗi, gửi nội dung này cho người phụ trách.`,
      );
    }
  };
}
