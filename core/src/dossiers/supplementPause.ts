import { addWorkingDays, isWorkingDay, workingDaysBetween } from "../calendar/workingDays.js";
import type { CalendarOptions } from "../calendar/types.js";
import { type Day, toVN } from "../dates/day.js";
import type { Dossier } from "./types.js";

/**
 * Working days of a supplement pause (thời gian chờ công dân bổ sung hồ sơ, not counted by 766).
 *
 * Convention: the working days d with request < d ≤ completed — the day of the request is
 * still a processing day, the day the supplement comes back is a waiting day. It equals
 * NETWORKDAYS(request, completed) − 1 when the request day is a working day, and
 * NETWORKDAYS(request, completed) otherwise. Same-day completion → 0.
 * Example: request Fri 24/01/2025, completed Mon 03/02/2025 → 1 (25–26/01 weekend,
 * 27–31/01 Tết, 01–02/02 weekend, 03/02 counted). Request Fri 25/04/2025, completed Mon
 * 28/04/2025 → 2 (Sat 26/04/2025 is a make-up working day, Sun 27/04 is not).
 * null when the calendar cannot count these days (year outside the supported range).
 */
export function pauseWorkingDays(request: Day, completed: Day, calendar?: CalendarOptions): number | null {
  if (completed <= request) return 0;
  const between = workingDaysBetween(request, completed, calendar);
  if (between === null || between === undefined) return null;
  return isWorkingDay(request, calendar) === true ? between - 1 : between;
}

export type AdjustedAppointment = { ok: true; day: Day; pause: number } | { ok: false; message: string };

/**
 * The appointment moved later by the supplement pause: addWorkingDays(appointment, pause)
 * (WORKDAY semantics). The pause ends on ngày hoàn thành bổ sung; when that is blank the
 * citizen has not answered yet and the pause runs to the end of processing, or to `asOf`
 * (the period's last day) for a dossier still open. A pause that starts after that point
 * does not count yet.
 */
export function adjustedAppointment(d: Dossier, asOf: Day, calendar?: CalendarOptions): AdjustedAppointment {
  if (d.supplementRequested === null) return { ok: true, day: d.appointment, pause: 0 };
  const open = d.end === null || d.end > asOf ? asOf : d.end;
  const pauseEnd = d.supplementCompleted === null ? open : Math.min(d.supplementCompleted, open);
  const pause = pauseWorkingDays(d.supplementRequested, pauseEnd, calendar);
  if (pause === null) {
    return {
      ok: false,
      message: `Không đếm được ngày làm việc từ ${toVN(d.supplementRequested)} đến ${toVN(pauseEnd)} (năm ngoài lịch hỗ trợ).`,
    };
  }
  if (pause === 0) return { ok: true, day: d.appointment, pause: 0 };
  const moved = addWorkingDays(d.appointment, pause, calendar);
  if (moved === null || moved === undefined) {
    return { ok: false, message: `Không dời được ngày hẹn trả ${toVN(d.appointment)} thêm ${pause} ngày làm việc.` };
  }
  return { ok: true, day: moved, pause };
}
