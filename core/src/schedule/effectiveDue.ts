/**
 * The due date the annual summary uses for a schedule (issue 3, "Summary"):
 * date/quarter/month/half/year → that date; range and milestones → the last;
 * yearly recurring → 31/12 of the plan year (or the day written, "15/12 hằng năm");
 * quarterly/monthly/half-yearly recurring → end of the period containing the reporting date
 * (monthly with a day, "Trước ngày 20 hằng tháng" → that day of the reporting month);
 * continuous, external, unknown → null.
 */
import { type Day, dayFromYMD, isSupportedYear, lastDayOfMonth, ymdFromDay } from "../dates/day.js";
import { parseSchedule } from "./parseSchedule.js";
import type { Schedule } from "./types.js";

function validDay(d: unknown): d is Day {
  return typeof d === "number" && Number.isFinite(d);
}

export function effectiveDue(schedule: Schedule, planYear: number, asOf: Day): Day | null {
  if (schedule === null || typeof schedule !== "object") return null;
  const py = isSupportedYear(planYear) ? planYear : undefined;
  switch (schedule.kind) {
    case "date":
    case "year":
    case "quarter":
    case "month":
    case "half":
    case "range":
    case "milestones": {
      if (validDay(schedule.due)) {
        if (schedule.kind !== "milestones" || !schedule.milestones?.length) return schedule.due;
        let last = schedule.due;
        for (const m of schedule.milestones) if (m && validDay(m.due) && m.due > last) last = m.due;
        return last;
      }
      // Parsed without a plan year ("Trong năm", "Quý IV"): read it again with this one.
      if (py === undefined || typeof schedule.text !== "string") return null;
      const again = parseSchedule(schedule.text, py);
      return again.kind === schedule.kind && validDay(again.due) ? again.due : null;
    }
    case "recurring": {
      switch (schedule.recurrence) {
        case "yearly": {
          if (py === undefined) return validDay(schedule.due) ? schedule.due : null;
          const again = typeof schedule.text === "string" ? parseSchedule(schedule.text, py) : null;
          if (again && again.kind === "recurring" && again.recurrence === "yearly" && validDay(again.due)) return again.due;
          return dayFromYMD(py, 12, 31);
        }
        case "quarterly":
        case "monthly":
        case "half-yearly": {
          if (!validDay(asOf)) return null;
          const { year, month } = ymdFromDay(Math.floor(asOf));
          if (schedule.recurrence === "monthly") {
            const last = lastDayOfMonth(year, month);
            const dom = schedule.dayOfMonth;
            if (typeof dom === "number" && Number.isInteger(dom) && dom >= 1 && dom <= 31) {
              return Math.min(dayFromYMD(year, month, 1) + dom - 1, last);
            }
            return last;
          }
          if (schedule.recurrence === "quarterly") return lastDayOfMonth(year, Math.ceil(month / 3) * 3);
          return month <= 6 ? dayFromYMD(year, 6, 30) : dayFromYMD(year, 12, 31);
        }
        default:
          return null;
      }
    }
    default:
      return null;
  }
}
