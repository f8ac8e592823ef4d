/**
 * The calendar options the settings give core's working-day calendar: the unit's extra days off
 * and extra working days, and 24/11 "Ngày Văn hóa Việt Nam" when switched on (core's optional
 * day off, calendar/optionalDaysOff.ts: Monday–Friday from 2026, not yet in the Labour Code).
 */
import type { CalendarOptions } from "../calendar/types.js";
import type { WorkbookSettings } from "./settingsModel.js";

export function calendarOfSettings(s: Pick<WorkbookSettings, "extraDaysOff" | "extraWorkingDays" | "ngayVanHoa">): CalendarOptions {
  const options: CalendarOptions = {
    extraDaysOff: s.extraDaysOff.map((e) => e.day),
    extraWorkingDays: s.extraWorkingDays.map((e) => e.day),
  };
  if (s.ngayVanHoa) options.ngayVanHoa = true;
  return options;
}
