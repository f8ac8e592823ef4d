/**
 * The calendar options the settings give core's working-day calendar: the unit's extra days off
 * and extra working days, and 24/11 "Ngày Văn hóa Việt Nam" when switched on.
 */
import { dayFromYMD, type Day, isWeekend, MAX_YEAR } from "../dates/day.js";
import type { CalendarOptions } from "../calendar/types.js";
import type { WorkbookSettings } from "./settingsModel.js";

/** First year 24/11 was chosen as a day off (Politburo, 2025). */
export const NGAY_VAN_HOA_FROM = 2025;

/**
 * 24/11 of every year from 2025 that falls Monday–Friday. Not in the Labour Code yet
 * (DOMAIN.md §7), so no day is given in lieu when it falls on a weekend.
 */
export function ngayVanHoaDays(): Day[] {
  const out: Day[] = [];
  for (let y = NGAY_VAN_HOA_FROM; y <= MAX_YEAR; y++) {
    const d = dayFromYMD(y, 11, 24);
    if (!isWeekend(d)) out.push(d);
  }
  return out;
}

export function calendarOfSettings(s: Pick<WorkbookSettings, "extraDaysOff" | "extraWorkingDays" | "ngayVanHoa">): CalendarOptions {
  const off = s.extraDaysOff.map((e) => e.day);
  return {
    extraDaysOff: s.ngayVanHoa ? [...off, ...ngayVanHoaDays()] : off,
    extraWorkingDays: s.extraWorkingDays.map((e) => e.day),
  };
}
