/**
 * Defined names of the tracking workbook ("sổ theo dõi"), shared by the CLI and both add-ins.
 * The settings names are those of the settings sheet "CCHC – Cài đặt".
 */
import { SETTINGS_NAMES, YES } from "../settings/settingsLayout.js";

export const SETTINGS_NAME_DAYS_OFF = SETTINGS_NAMES.daysOff;
export const SETTINGS_NAME_WORKING_DAYS = SETTINGS_NAMES.workingDays;
export const SETTINGS_NAME_AS_OF = SETTINGS_NAMES.asOf;
export const SETTINGS_NAME_YEAR = SETTINGS_NAMES.year;
/** "Có" in the cell CCHC_NgayVanHoa: 24/11 is a day off (optional, not yet in the Labour Code). */
export const SETTINGS_NAME_VAN_HOA = SETTINGS_NAMES.ngayVanHoa;
export const SETTINGS_YES = YES;

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
