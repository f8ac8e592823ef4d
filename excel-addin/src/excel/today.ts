import { dayFromYMD, type Day } from "@cchc/core";

/** The calendar day of a JavaScript date in the user's time zone (adapters pass it to core as "today"). */
export function dayOfLocalDate(d: Date): Day {
  return dayFromYMD(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
