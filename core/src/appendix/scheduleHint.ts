/**
 * The accepted forms of the schedule column ("Tiến độ thực hiện"), shown when one of its cells is
 * selected — in the blank template and on a table checked while typing. At most 255 characters
 * (Excel's limit for an input message).
 */
export const SCHEDULE_HINT =
  "Ví dụ: Trước ngày 05/12/2025 · Trong năm 2025 · Quý I/2025 · Tháng 6/2025 · 6 tháng đầu năm 2025 · " +
  "Hằng quý · Thường xuyên · Theo kế hoạch của Bộ Nội vụ. Ngày ghi ngày/tháng/năm.";
