import type { CalendarOptions } from "@cchc/core";
import type { Settings } from "../settings/settings.js";

/** The settings' extra days off and working days, as core's calendar options. */
export function calendarOf(s: Settings): CalendarOptions | undefined {
  if (s.extraDaysOff.length === 0 && s.extraWorkingDays.length === 0) return undefined;
  return { extraDaysOff: s.extraDaysOff.map((e) => e.day), extraWorkingDays: s.extraWorkingDays.map((e) => e.day) };
}
