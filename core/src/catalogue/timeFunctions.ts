/**
 * Spreadsheet functions of the working-day calendar: due dates (HANXULY), working days between
 * two dates, whether a day is worked, the lunar date. Tasks (THOIHAN, TRANGTHAI): taskFunctions.ts.
 */
import { canChiYear, solarToLunar } from "../calendar/lunar.js";
import type { CalendarOptions } from "../calendar/types.js";
import { dueAfterReceipt } from "../calendar/receiptCutoff.js";
import { isWorkingDay, workingDaysBetween } from "../calendar/workingDays.js";
import { type Day, toVN } from "../dates/day.js";
import type { DateTimeValue } from "../dates/parseDateTime.js";
import { CellError, defineFunction, type ParamSpec } from "./types.js";

/** Largest |N| accepted for working-day offsets (about 40 years of working days). */
export const MAX_WORKING_DAYS = 10_000;

const EXTRA_DAYS_OFF = {
  id: "ngay_nghi_them",
  name: "ngày nghỉ thêm",
  description:
    "Tùy chọn: vùng ngày nghỉ thêm của đơn vị (ngoài lịch chính thức), ví dụ cột A trang \"CCHC – Cài đặt\".",
  kind: "dateList",
  optional: true,
} as const satisfies ParamSpec;

const RECEIPT_CUTOFF = {
  id: "gio_chot",
  name: "giờ chốt nhận",
  description:
    "Tùy chọn: ví dụ \"15:00\": hồ sơ nhận sau giờ này tính từ ngày làm việc tiếp theo. Để trống: không có giờ chốt.",
  kind: "time",
  optional: true,
  spill: true,
} as const satisfies ParamSpec;

function calendarOptions(extra: Day[] | null): CalendarOptions | undefined {
  return extra && extra.length > 0 ? { extraDaysOff: extra } : undefined;
}

const outOfRange = () => new CellError("num", "Kết quả nằm ngoài khoảng 1900–2100 mà lịch hỗ trợ.");

export const HANXULY = defineFunction({
  id: "HANXULY",
  description:
    "Hạn xử lý: ngày làm việc thứ N sau ngày nhận (như WORKDAY), trừ lễ, Tết, tính ngày làm bù; tùy chọn giờ chốt nhận (ví dụ 15:00).",
  example:
    "=HANXULY(\"24/01/2025\"; 5) → 07/02/2025 · =HANXULY(\"24/01/2025 16:30\"; 5; ; \"15:00\") → 10/02/2025 (nhận sau 15 giờ nên tính từ 03/02/2025)",
  params: [
    {
      id: "ngay_nhan",
      name: "ngày nhận",
      description: "Ngày tiếp nhận hồ sơ/nhiệm vụ, có thể kèm giờ nhận, ví dụ 24/01/2025 16:30 (một ô hoặc cả cột).",
      kind: "dateTime",
      spill: true,
    },
    { id: "so_ngay", name: "số ngày làm việc", description: "Số ngày làm việc được giao để xử lý (số nguyên; số âm để tính lùi).", kind: "number", spill: true },
    EXTRA_DAYS_OFF,
    RECEIPT_CUTOFF,
  ],
  result: "date",
  impl: (start: DateTimeValue, n: number, extra: Day[] | null, cutoff: number | null) => {
    if (!Number.isInteger(n)) return new CellError("num", `Số ngày làm việc phải là số nguyên (đang là ${n}).`);
    if (Math.abs(n) > MAX_WORKING_DAYS) {
      return new CellError("num", `Số ngày làm việc ${n} quá lớn; tối đa ±${MAX_WORKING_DAYS}.`);
    }
    if (cutoff !== null && start.timeProblem !== undefined) {
      return new CellError("value", `Ngày nhận: ${start.timeProblem}`);
    }
    const due = dueAfterReceipt(start.day, start.minutes, n, cutoff, calendarOptions(extra));
    return due === null ? outOfRange() : due;
  },
});

export const NGAYLAMVIEC = defineFunction({
  id: "NGAYLAMVIEC",
  description: "Số ngày làm việc từ ngày đầu đến ngày cuối, tính cả hai đầu, trừ ngày nghỉ lễ, Tết (như NETWORKDAYS).",
  example: "=NGAYLAMVIEC(\"01/04/2025\"; \"30/04/2025\") → 21 (nghỉ 07/4 và 30/4, có thứ Bảy 26/4 làm bù)",
  params: [
    { id: "tu_ngay", name: "từ ngày", description: "Ngày bắt đầu (một ô hoặc cả cột).", kind: "date", spill: true },
    { id: "den_ngay", name: "đến ngày", description: "Ngày kết thúc (một ô hoặc cả cột).", kind: "date", spill: true },
    EXTRA_DAYS_OFF,
  ],
  result: "integer",
  impl: (from: Day, to: Day, extra: Day[] | null) => {
    const n = workingDaysBetween(from, to, calendarOptions(extra));
    return n === null ? outOfRange() : n;
  },
});

export const LANGAYLAMVIEC = defineFunction({
  id: "LANGAYLAMVIEC",
  description: "TRUE nếu ngày là ngày làm việc của cơ quan nhà nước (theo lịch nghỉ chính thức), FALSE nếu là ngày nghỉ.",
  example: "=LANGAYLAMVIEC(\"26/04/2025\") → TRUE (thứ Bảy làm bù cho 02/5)",
  params: [{ id: "ngay", name: "ngày", description: "Ngày cần kiểm tra (một ô hoặc cả cột).", kind: "date", spill: true }, EXTRA_DAYS_OFF],
  result: "boolean",
  impl: (day: Day, extra: Day[] | null) => isWorkingDay(day, calendarOptions(extra)),
});

export const AMLICH = defineFunction({
  id: "AMLICH",
  description: "Ngày âm lịch Việt Nam (múi giờ UTC+7) của một ngày dương lịch, kèm năm can chi.",
  example: "=AMLICH(\"29/01/2025\") → 01/01/2025 (Ất Tỵ)",
  params: [{ id: "ngay", name: "ngày", description: "Ngày dương lịch (một ô hoặc cả cột).", kind: "date", spill: true }],
  result: "text",
  impl: (day: Day) => {
    const l = solarToLunar(day);
    const dd = String(l.day).padStart(2, "0");
    const mm = String(l.month).padStart(2, "0");
    return `${dd}/${mm}${l.leap ? " nhuận" : ""}/${l.year} (${canChiYear(l.year)})`;
  },
});

/** For messages: a day as dd/mm/yyyy. */
export const formatDay = toVN;
