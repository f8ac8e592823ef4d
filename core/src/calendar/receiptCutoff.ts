/**
 * The receipt cut-off time of a procedure ("hồ sơ nhận sau 15 giờ được tính từ ngày làm việc
 * tiếp theo"). Only some procedures have one (DOMAIN.md §7), so it is an option, off by default.
 *
 * Rule (the receipt rule is on when a cut-off is given):
 *  - a dossier received on a non-working day (weekend, holiday, day off) counts as received on
 *    the next working day, whatever the time (issue 10 §6 ruling);
 *  - a dossier received on a working day at a known time strictly after the cut-off (15:01 or
 *    15:00:30 after 15:00; 15:00 itself is not) counts as received on the next working day;
 * and its due date is then the N-th working day after the day it counts as received.
 * Without a cut-off, or on a working day with no time known or on/before the cut-off, the due
 * date is exactly addWorkingDays(receipt, N) — WORKDAY semantics (a Saturday receipt + 5 is the
 * 5th working day after the Saturday, i.e. one day earlier than with the rule on).
 *
 * Times are minutes after midnight (15:00 = 900; seconds as a fraction: 15:00:30 = 900.5).
 * Nothing here throws: unusable input (a time outside 0 ≤ t < 1440, a non-integer N, days
 * outside 1900–2100) gives null.
 */
import type { Day } from "../dates/day.js";
import { MINUTES_PER_DAY } from "../dates/timeOfDay.js";
import type { CalendarOptions } from "./types.js";
import { addWorkingDays, isCalendarDay, isWorkingDay } from "./workingDays.js";

/** The due date of a dossier with the day it counts as received. */
export interface ReceiptDue {
  due: Day;
  /** The day the N working days are counted from: the day of receipt, or the next working day. */
  countedFrom: Day;
  /** True when the receipt was on a working day after the cut-off (countedFrom is then the next working day). */
  afterCutoff: boolean;
  /** True when the rule is on and the receipt day is not a working day (countedFrom is then the next working day). */
  receivedOnDayOff: boolean;
}

function isTimeOfDay(minutes: unknown): minutes is number {
  return typeof minutes === "number" && Number.isFinite(minutes) && minutes >= 0 && minutes < MINUTES_PER_DAY;
}

/**
 * True when a receipt at `minutes` is after the cut-off: both known and minutes > cutoff.
 * False when either is null; null when either is not a time of day.
 */
export function isAfterCutoff(minutes: number | null, cutoff: number | null): boolean | null {
  if (minutes !== null && !isTimeOfDay(minutes)) return null;
  if (cutoff !== null && !isTimeOfDay(cutoff)) return null;
  return minutes !== null && cutoff !== null && minutes > cutoff;
}

/**
 * Due date, counted-from day and whether the cut-off applied, for a dossier received on
 * `receipt` at `minutes` (null: time unknown), N working days, an optional cut-off.
 */
export function receiptDue(
  receipt: Day,
  minutes: number | null,
  workingDays: number,
  cutoff: number | null,
  options?: CalendarOptions,
): ReceiptDue | null {
  const after = isAfterCutoff(minutes, cutoff);
  if (after === null) return null;
  const dayOff = cutoff !== null && isCalendarDay(receipt) && !isWorkingDay(receipt, options);
  // WORKDAY(d, 1) of a day off is the first working day after it: counted once, whatever the time.
  const countedFrom = dayOff || after ? addWorkingDays(receipt, 1, options) : receipt;
  if (countedFrom === null) return null;
  const due = addWorkingDays(countedFrom, workingDays, options);
  if (due === null) return null;
  return { due, countedFrom, afterCutoff: after && !dayOff, receivedOnDayOff: dayOff };
}

/** Just the due date of `receiptDue` (what HANXULY returns); null on unusable input. */
export function dueAfterReceipt(
  receipt: Day,
  minutes: number | null,
  workingDays: number,
  cutoff: number | null,
  options?: CalendarOptions,
): Day | null {
  return receiptDue(receipt, minutes, workingDays, cutoff, options)?.due ?? null;
}
