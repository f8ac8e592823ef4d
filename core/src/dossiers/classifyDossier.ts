import type { CalendarOptions } from "../calendar/types.js";
import type { Day } from "../dates/day.js";
import { adjustedAppointment } from "./supplementPause.js";
import type { Dossier } from "./types.js";

/**
 * The result of one counted dossier: resolved early / on time / late, resolved by being returned
 * or withdrawn (counted as the returned treatment says), pending within the deadline (also while
 * waiting for the citizen's supplement) or overdue.
 */
export type DossierResult = "early" | "onTime" | "late" | "returned" | "pendingWithin" | "pendingSupplement" | "pendingOverdue";

/**
 * Resolved or pending at `to`, by dates: resolved when it ended on or before `to` (late when
 * more than one supplement was requested or it ended after the appointment), otherwise pending,
 * overdue when the appointment is before `to`. The one place this rule is written (TYLETREHAN
 * and the statistics both use it).
 */
export function resultAt(end: Day | null, appointment: Day, to: Day, supplementCount = 0): "early" | "onTime" | "late" | "pendingWithin" | "pendingOverdue" {
  if (end !== null && end <= to) return supplementCount > 1 || end > appointment ? "late" : end < appointment ? "early" : "onTime";
  return appointment >= to ? "pendingWithin" : "pendingOverdue";
}

/** Where one dossier falls in the report of a period [from, to]. */
export type DossierOutcome =
  | { kind: "outside" }
  | {
      kind: "counted";
      /** true: received within the period; false: carried over from before `from`. */
      receivedInPeriod: boolean;
      result: DossierResult;
      /** Appointment after the supplement pause. */
      appointment: Day;
    }
  | { kind: "error"; message: string };

export interface ClassifyOptions {
  calendar?: CalendarOptions;
  /** Default true: move the appointment by the supplement pause. */
  pauseForSupplement?: boolean;
}

/**
 * Rules (DOMAIN.md §4, Bộ chỉ số 766):
 * - outside the period: received after `to`, or ended before `from`;
 * - received in the period: from ≤ received ≤ to; carried over: received before `from` and
 *   not ended before `from`;
 * - resolved: ended within [from, to] (the end is the first ending date, see readDossierRow);
 *   late when more than one supplement was requested, otherwise early / on time / late by
 *   comparing the end day with the (paused) appointment day;
 * - pending at `to`: not ended by `to` (a dossier with no end uses the period's last day):
 *   within the deadline when the (paused) appointment is on or after `to`, overdue before it.
 */
export function classifyDossier(d: Dossier, from: Day, to: Day, options: ClassifyOptions = {}): DossierOutcome {
  if (d.received > to) return { kind: "outside" };
  if (d.end !== null && d.end < from) return { kind: "outside" };
  const receivedInPeriod = d.received >= from;
  let appointment = d.appointment;
  // No supplement requested: no pause (adjustedAppointment would give the appointment itself).
  if (options.pauseForSupplement !== false && d.supplementRequested !== null) {
    const adj = adjustedAppointment(d, to, options.calendar);
    if (!adj.ok) return { kind: "error", message: adj.message };
    appointment = adj.day;
  }
  const byDates = resultAt(d.end, appointment, to, d.supplementCount);
  const ended = byDates !== "pendingWithin" && byDates !== "pendingOverdue";
  // Returned / withdrawn / stopped: a bucket of its own once ended; waiting for a supplement:
  // within the deadline while it waits (the clock stops), as the systems' II.06a count it.
  if (ended && d.status === "returned") return { kind: "counted", receivedInPeriod, result: "returned", appointment };
  if (!ended && d.status === "supplement") return { kind: "counted", receivedInPeriod, result: "pendingSupplement", appointment };
  return { kind: "counted", receivedInPeriod, result: byDates, appointment };
}
