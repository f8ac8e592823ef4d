import { canChiYear, solarToLunar } from "../calendar/lunar.js";
import type { CalendarOptions } from "../calendar/types.js";
import { dueAfterReceipt } from "../calendar/receiptCutoff.js";
import { isWorkingDay, workingDaysBetween } from "../calendar/workingDays.js";
import { type Day, toVN, yearOf } from "../dates/day.js";
import type { DateTimeValue } from "../dates/parseDateTime.js";
import { effectiveDue } from "../schedule/effectiveDue.js";
import { parseSchedule } from "../schedule/parseSchedule.js";
import { readStatus, type StatusReading } from "../status/readStatus.js";
import { trackedStatus } from "../status/trackedStatus.js";
import { taskStatus } from "../status/taskStatus.js";
import { CellError, defineFunction, type FunctionSpec, type ParamSpec } from "./types.js";

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

const PLAN_YEAR = {
  id: "nam_ke_hoach",
  name: "năm kế hoạch",
  description: "Tùy chọn: năm của kế hoạch (ví dụ 2025), để hiểu \"6 tháng cuối năm\", \"Hằng năm\" và cảnh báo tiến độ ngoài năm.",
  kind: "number",
  optional: true,
} as const satisfies ParamSpec;

function calendarOptions(extra: Day[] | null): CalendarOptions | undefined {
  return extra && extra.length > 0 ? { extraDaysOff: extra } : undefined;
}

function readPlanYear(value: number | null): number | undefined | CellError {
  if (value === null) return undefined;
  if (!Number.isInteger(value) || value < 1900 || value > 2100) {
    return new CellError("value", `Năm kế hoạch phải là một năm từ 1900 đến 2100 (đang là ${value}).`);
  }
  return value;
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

export const THOIHAN = defineFunction({
  id: "THOIHAN",
  description:
    "Hạn hoàn thành đọc từ văn bản tiến độ (\"Trước ngày 05/12/2025\", \"Quý I/2025\"…); \"Thường xuyên\" không có hạn: #N/A.",
  example: "=THOIHAN(\"Quý I năm 2025\") → 31/03/2025",
  params: [
    { id: "tien_do", name: "tiến độ", description: "Văn bản tiến độ thực hiện (một ô hoặc cả cột).", kind: "text", spill: true },
    PLAN_YEAR,
  ],
  result: "date",
  sheetsNote:
    "Trong Google Sheets, ô không có hạn cụ thể hiện #ERROR! (một ô) hoặc \"#LỖI: …\" (trong vùng kết quả), kèm lý do.",
  impl: (text: string, year: number | null) => {
    const planYear = readPlanYear(year);
    if (planYear instanceof CellError) return planYear;
    const s = parseSchedule(text, planYear);
    if (s.kind === "unknown") {
      return new CellError("value", `Không hiểu tiến độ "${s.text}". Hãy viết như "Trước ngày 05/12/2025", "Quý I/2025" hoặc "Trong năm 2025".`);
    }
    if (s.due === null) {
      return new CellError("na", `Tiến độ "${s.text}" không có hạn cụ thể${s.authority ? ` (theo ${s.authority})` : ""}.`);
    }
    return s.due;
  },
});

export const TRANGTHAI = defineFunction({
  id: "TRANGTHAI",
  description:
    "Tình trạng nhiệm vụ tại ngày báo cáo: hoàn thành trước hạn/đúng hạn/trễ hạn, đang trong hạn, quá hạn, không có hạn.",
  example: "=TRANGTHAI(\"Quý I/2025\"; \"05/04/2025\"; \"30/06/2025\") → Hoàn thành trễ hạn",
  params: [
    {
      id: "han_hoac_tien_do",
      name: "hạn hoặc tiến độ",
      description: "Ngày hạn, hoặc văn bản tiến độ như \"Quý I/2025\" (một ô hoặc cả cột).",
      kind: "dateOrText",
      spill: true,
    },
    {
      id: "ngay_hoan_thanh",
      name: "ngày hoàn thành",
      description: "Ngày hoàn thành, hoặc tình trạng như \"Hoàn thành\", \"Quá hạn\"; để trống nếu chưa hoàn thành (một ô hoặc cả cột).",
      kind: "dateOrText",
      spill: true,
      allowBlank: true,
    },
    {
      id: "ngay_bao_cao",
      name: "ngày báo cáo",
      description: "Ngày chốt số liệu báo cáo (có thể dùng TODAY() trong Excel).",
      kind: "date",
      spill: true,
    },
    PLAN_YEAR,
  ],
  result: "text",
  sheetsNote:
    "Google Sheets không cho dùng TODAY() trong hàm tùy chỉnh: hãy tham chiếu ô \"Ngày báo cáo\" trên trang \"CCHC – Cài đặt\".",
  impl: (dueOrSchedule: { date: Day } | { text: string }, completedOrStatus: { date: Day } | { text: string } | null, asOf: Day, year: number | null) => {
    const planYear = readPlanYear(year);
    if (planYear instanceof CellError) return planYear;
    let due: Day | null;
    if ("date" in dueOrSchedule) {
      due = dueOrSchedule.date;
    } else {
      const py = planYear ?? yearOf(asOf);
      const s = parseSchedule(dueOrSchedule.text, py);
      if (s.kind === "unknown") {
        return new CellError("value", `Không hiểu tiến độ "${s.text}". Hãy nhập ngày hạn hoặc tiến độ như "Quý I/2025".`);
      }
      due = effectiveDue(s, py, asOf);
    }
    // The same reading as the annual summary: a date, or a status text ("Hoàn thành ngày 15/11/2025", "Quá hạn").
    let completed: Day | null = null;
    let reading: StatusReading | null = null;
    if (completedOrStatus !== null && "date" in completedOrStatus) completed = completedOrStatus.date;
    else if (completedOrStatus !== null) {
      reading = readStatus(completedOrStatus.text);
      if (reading.kind === "unknown") {
        return new CellError(
          "value",
          `Không hiểu tình trạng "${completedOrStatus.text}". Hãy nhập ngày hoàn thành, hoặc tình trạng như "Hoàn thành", "Hoàn thành ngày 15/11/2025", "Đang thực hiện", "Quá hạn", "Không thực hiện".`,
        );
      }
    }
    return trackedStatus({ due, completedColumn: completed, reading, asOf }).label;
  },
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
