import { toVN } from "../dates/day.js";
import type { WorkbookSettings } from "./settingsModel.js";

/** "Năm kế hoạch 2025, ngày báo cáo 30/09/2025, 2 ngày nghỉ thêm": one line for a task pane or sidebar. */
export function describeSettings(s: WorkbookSettings): string {
  const parts = [
    s.planYear !== null ? `Năm kế hoạch ${s.planYear}` : "Chưa đặt năm kế hoạch",
    s.asOf !== null ? `ngày báo cáo ${toVN(s.asOf)}` : "ngày báo cáo: hôm nay",
  ];
  if (s.ngayVanHoa) parts.push("nghỉ ngày 24/11");
  if (s.extraDaysOff.length) parts.push(`${s.extraDaysOff.length} ngày nghỉ thêm`);
  if (s.extraWorkingDays.length) parts.push(`${s.extraWorkingDays.length} ngày làm việc thêm`);
  return parts.join(", ");
}
