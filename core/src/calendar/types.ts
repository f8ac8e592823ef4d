import type { Day } from "../dates/day.js";

/** A day off or a worked weekend day, with why. */
export interface CalendarEntry {
  day: Day;
  /** Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương", "Làm bù cho ngày 27/01". */
  name: string;
}

/** One year's official schedule of days off for civil servants, with the document that set it. */
export interface OfficialYear {
  year: number;
  /** Weekdays (Mon–Fri) and weekend days that are off. Weekend days may be listed for completeness. */
  daysOff: CalendarEntry[];
  /** Saturdays/Sundays that are working days (làm bù). */
  workingWeekends: CalendarEntry[];
  /** Documents that fixed the schedule, e.g. "Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ". */
  sources: string[];
}

/** What the caller adds on top of the official schedule (from the settings sheet). */
export interface CalendarOptions {
  extraDaysOff?: readonly Day[];
  extraWorkingDays?: readonly Day[];
  /**
   * 24/11, Ngày Văn hóa Việt Nam, as a day off (optionalDaysOff.ts): not yet in the Labour
   * Code, off by default (CLI `--ngay-van-hoa`, the settings' switch). Extra working days win over it.
   */
  ngayVanHoa?: boolean;
}

/** The days off of one year as the calendar sees them. */
export interface YearDaysOff {
  year: number;
  /** Every Monday–Friday that is not a working day, sorted. */
  daysOff: CalendarEntry[];
  /** Saturdays/Sundays that are working days, sorted. */
  workingWeekends: CalendarEntry[];
  /** true when an official table for the year exists; false means statutory rules only. */
  official: boolean;
  sources: string[];
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}
