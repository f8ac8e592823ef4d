import type { CalendarOptions } from "../calendar/types.js";
import type { Day } from "../dates/day.js";
import { adjustedAppointment } from "./supplementPause.js";
import type { Dossier } from "./types.js";

/** Where one dossier falls in the report of a period [from, to]. */
export type DossierOutcome =
  | { kind: "outside" }
  | {
      kind: "counted";
      /** true: received within the period; false: carried over from before `from`. */
      receivedInPeriod: boolean;
      result: "early" | "onTime" | "late" | "pendingWithin" | "pendingOverdue";
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
  if (options.pauseForSupplement !== false) {
    const adj = adjustedAppointment(d, to, options.calendar);
    if (!adj.ok) return { kind: "error", message: adj.message };
    appointment = adj.day;
  }
  if (d.end !== null && d.end <= to) {
    const result = d.supplementCount > 1 || d.end > appointment ? "late" : d.end < appointment ? "early" : "onTime";
    return { kind: "counted", receivedInPeriod, result, appointment };
  }
  return { kind: "counted", receivedInPeriod, result: appointment >= to ? "pendingWithin" : "pendingOverdue", appointment };
}
