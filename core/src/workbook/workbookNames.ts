/**
 * Defined names of the tracking workbook ("sổ theo dõi"), shared by the CLI and both add-ins.
 * The settings names are those of the settings sheet "CCHC – Cài đặt".
 */
export const SETTINGS_NAME_DAYS_OFF = "CCHC_NgayNghiThem";
export const SETTINGS_NAME_WORKING_DAYS = "CCHC_NgayLamBu";
export const SETTINGS_NAME_AS_OF = "CCHC_NgayBaoCao";
export const SETTINGS_NAME_YEAR = "CCHC_NamKeHoach";

/** Named result cells of "Tổng hợp" (issue 13), in the order of the summary's buckets. */
export const RESULT_NAMES = {
  tasks: "CCHC_SoNhiemVu",
  doneEarly: "CCHC_HoanThanhTruocHan",
  doneOnTime: "CCHC_HoanThanhDungHan",
  doneLate: "CCHC_HoanThanhTreHan",
  pending: "CCHC_TrongHan",
  overdue: "CCHC_QuaHan",
  noDueDate: "CCHC_KhongCoHan",
  lateRate: "CCHC_TyLeTreHan",
} as const;
