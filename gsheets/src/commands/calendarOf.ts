import { calendarOfSettings, type CalendarOptions, type WorkbookSettings } from "@cchc/core";

/** The settings as core's calendar options (core decides, incl. the 24/11 switch). */
export function calendarOf(s: WorkbookSettings): CalendarOptions | undefined {
  if (s.extraDaysOff.length === 0 && s.extraWorkingDays.length === 0 && !s.ngayVanHoa) return undefined;
  return calendarOfSettings(s);
}
