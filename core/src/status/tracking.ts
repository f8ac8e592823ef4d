/**
 * Whether a table tracks results (issue 10 §1): it has a completion-date column, or a status
 * column in which at least one cell reads as a status ("Hoàn thành", "Đang thực hiện"…). A plan
 * without either is not a tracking table: its summary reports due dates only, never a late rate
 * built from missing data ("Bảng chưa có cột theo dõi kết quả").
 */
import type { AppendixTable } from "../appendix/types.js";
import { isStatusWord } from "./readStatus.js";

/** Said by every host and the CLI when a table has no tracking column. */
export const NOT_TRACKING_MESSAGE =
  "Bảng chưa có cột theo dõi kết quả (\"Ngày hoàn thành\" hoặc \"Tình trạng\"/\"Tiến độ\" ghi Hoàn thành, Đang thực hiện…): " +
  "chỉ báo cáo hạn của các nhiệm vụ, chưa tính tỷ lệ trễ hạn. Hãy thêm cột \"Ngày hoàn thành\" hoặc \"Tình trạng\" để theo dõi kết quả.";

export function isTrackingTable(table: Pick<AppendixTable, "columns" | "tasks">): boolean {
  if (table.columns.completed !== undefined) return true;
  if (table.columns.status === undefined) return false;
  for (const t of table.tasks) if (t.statusReading && isStatusWord(t.statusReading)) return true;
  return false;
}
