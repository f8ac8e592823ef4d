/**
 * The receipt cut-off time of a procedure ("hồ sơ nhận sau 15 giờ được tính từ ngày làm việc
 * tiếp theo"). Only some procedures have one (DOMAIN.md §7), so it is an option, off by default.
 *
 * Rule: when a cut-off is given, the time of receipt is known and it is strictly after the
 * cut-off (15:01 or 15:00:30 after 15:00; 15:00 itself is not), the dossier counts as received
 * on the next working day after the day of receipt, and its due date is the N-th working day
 * after that day. In every other case (no cut-off, no time known, on or before the cut-off)
 * the due date is exactly addWorkingDays(receipt, N) — WORKDAY semantics.
 *
 * Times are minutes after midnight (15:00 = 900; seconds as a fraction: 15:00:30 = 900.5).
 * Nothing here throws: unusable input (a time outside 0 ≤ t < 1440, a non-integer N, days
 * outside 1900–2100) gives null.
 */
import type { Day } from "../dates/day.js";
import { MINUTES_PER_DAY } from "../dates/timeOfDay.js";
import type { CalendarOptions } from "./types.js";
import { addWorkingDays } from "./workingDays.js";

/** The due date of a dossier with the day it counts as received. */
export interface ReceiptDue {
  due: Day;
  /** The day the N working days are counted from: the day of receipt, or the next working day. */
  countedFrom: Day;
  /** True when the receipt was after the cut-off (countedFrom is then the next working day). */
  afterCutoff: boolean;
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
  const countedFrom = after ? addWorkingDays(receipt, 1, options) : receipt;
  if (countedFrom === null) return null;
  const due = addWorkingDays(countedFrom, workingDays, options);
  if (due === null) return null;
  return { due, countedFrom, afterCutoff: after };
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
