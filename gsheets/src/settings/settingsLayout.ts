/**
 * The visible settings sheet "CCHC – Cài đặt". Users may edit it directly; the sidebar reads
 * and writes the same cells. Layout (fixed, so formulas can reference it):
 *   A1 title · A2 "Năm kế hoạch" B2 · A3 "Ngày báo cáo" B3 · A4 note
 *   row 6 headers: A "Ngày nghỉ thêm" · B "Lý do" · C "Ngày làm việc thêm (làm bù)" · D "Lý do"
 *   rows 7…206: the two lists.
 * Named ranges: CCHC_NGAY_BAO_CAO (B3), CCHC_NGAY_NGHI_THEM (A7:A206), for formulas such as
 * =CCHC_TRANGTHAI(F2:F200; G2:G200; CCHC_NGAY_BAO_CAO).
 */
export const SETTINGS_SHEET = "CCHC – Cài đặt";
export const SETTINGS_WIDTH = 4;
export const LIST_FIRST_ROW = 7;
export const LIST_CAPACITY = 200;
export const SETTINGS_HEIGHT = LIST_FIRST_ROW - 1 + LIST_CAPACITY;

export const YEAR_CELL = { row: 2, column: 2 };
export const AS_OF_CELL = { row: 3, column: 2 };
export const NAMED_AS_OF = "CCHC_NGAY_BAO_CAO";
export const NAMED_DAYS_OFF = "CCHC_NGAY_NGHI_THEM";

export const SETTINGS_TITLE = "Cài đặt CCHC — dùng cho các hàm CCHC_… và các lệnh trong menu Tiện ích mở rộng › CCHC";
export const SETTINGS_NOTE =
  "Google Sheets không cho dùng TODAY() trong hàm tùy chỉnh: công thức hãy tham chiếu ô B3 (tên vùng CCHC_NGAY_BAO_CAO). " +
  "Ngày nghỉ thêm: tên vùng CCHC_NGAY_NGHI_THEM.";
export const LIST_HEADERS = ["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do"];
