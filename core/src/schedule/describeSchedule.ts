/** Short Vietnamese descriptions of schedules, for reports and messages. */
import { toVN, ymdFromDay } from "../dates/day.js";
import type { Recurrence, Schedule, ScheduleKind } from "./types.js";

export const SCHEDULE_KIND_LABELS: Readonly<Record<ScheduleKind, string>> = Object.freeze({
  date: "Ngày cụ thể",
  year: "Trong năm",
  quarter: "Theo quý",
  month: "Theo tháng",
  half: "6 tháng",
  range: "Giai đoạn nhiều năm",
  recurring: "Định kỳ",
  continuous: "Thường xuyên",
  external: "Theo cơ quan/kế hoạch khác",
  milestones: "Nhiều mốc",
  unknown: "Không xác định",
});

export const RECURRENCE_LABELS: Readonly<Record<Recurrence, string>> = Object.freeze({
  yearly: "Hằng năm",
  "half-yearly": "Định kỳ 6 tháng",
  quarterly: "Hằng quý",
  monthly: "Hằng tháng",
});

const ROMAN = ["", "I", "II", "III", "IV"];

function quarterName(s: Schedule): string {
  if (s.due === null) return "Quý";
  const end = ymdFromDay(s.due);
  const hi = Math.ceil(end.month / 3);
  const lo = s.period ? Math.ceil(ymdFromDay(s.period.start).month / 3) : hi;
  return lo === hi ? `Quý ${ROMAN[hi]}/${end.year}` : `Quý ${ROMAN[lo]}–${ROMAN[hi]}/${end.year}`;
}

function monthName(s: Schedule): string {
  if (s.due === null) return "Tháng";
  const end = ymdFromDay(s.due);
  const lo = s.period ? ymdFromDay(s.period.start).month : end.month;
  return lo === end.month ? `Tháng ${end.month}/${end.year}` : `Tháng ${lo}–${end.month}/${end.year}`;
}

function dueText(s: Schedule): string {
  return s.due === null ? "" : ` → hạn ${toVN(s.due)}`;
}

/**
 * e.g. "Quý I/2023 → hạn 31/03/2023", "Năm 2025 → hạn 31/12/2025", "Thường xuyên (không có hạn
 * cụ thể)", "Theo Bộ Nội vụ (không có hạn cụ thể)", "2 mốc → hạn cuối 31/01/2026".
 * Adds "(ngoài năm kế hoạch)" when flagged, and the problem when the text could not give a date.
 */
export function describeSchedule(s: Schedule): string {
  let out: string;
  switch (s.kind) {
    case "date":
      out = s.due === null ? "Ngày cụ thể" : `Hạn ${toVN(s.due)}`;
      break;
    case "year":
      out = s.due === null ? "Trong năm" : `Năm ${ymdFromDay(s.due).year}${dueText(s)}`;
      break;
    case "quarter":
      out = `${quarterName(s)}${dueText(s)}`;
      break;
    case "month":
      out = `${monthName(s)}${dueText(s)}`;
      break;
    case "half": {
      const first = s.due !== null && ymdFromDay(s.due).month === 6;
      const year = s.due === null ? "" : ` ${ymdFromDay(s.due).year}`;
      out = `6 tháng ${first ? "đầu" : "cuối"} năm${year}${dueText(s)}`;
      break;
    }
    case "range":
      out =
        s.period && s.due !== null
          ? `Giai đoạn ${ymdFromDay(s.period.start).year}–${ymdFromDay(s.due).year}${dueText(s)}`
          : `Giai đoạn${dueText(s)}`;
      break;
    case "recurring": {
      const name = s.recurrence ? RECURRENCE_LABELS[s.recurrence] : "Định kỳ";
      if (s.due !== null) out = `${name}${dueText(s)}`;
      else if (s.recurrence === "quarterly") out = `${name} (hạn: cuối mỗi quý)`;
      else if (s.recurrence === "monthly" && s.dayOfMonth) out = `${name} (hạn: ngày ${s.dayOfMonth} mỗi tháng)`;
      else if (s.recurrence === "monthly") out = `${name} (hạn: cuối mỗi tháng)`;
      else if (s.recurrence === "half-yearly") out = `${name} (hạn: 30/06 và 31/12)`;
      else out = `${name} (hạn: 31/12 của năm kế hoạch)`;
      break;
    }
    case "continuous":
      out = "Thường xuyên (không có hạn cụ thể)";
      break;
    case "external":
      out = s.authority ? `Theo ${s.authority} (không có hạn cụ thể)` : "Theo kế hoạch/tiến độ khác (không có hạn cụ thể)";
      break;
    case "milestones":
      out = `${s.milestones?.length ?? 0} mốc${s.due === null ? "" : ` → hạn cuối ${toVN(s.due)}`}`;
      break;
    default:
      out = s.text ? `Không hiểu được tiến độ "${s.text}"` : "Chưa ghi tiến độ";
  }
  if (s.outsidePlanYear) out += " (ngoài năm kế hoạch)";
  if (s.problem) out += ` — ${s.problem}`;
  return out;
}
