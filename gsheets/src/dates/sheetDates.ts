import { type Day, dayFromYMD } from "@cchc/core";

/**
 * Dates between Google Sheets and core.
 *
 * Sheets hands Apps Script a cell date as a JavaScript Date at that calendar day's midnight
 * in the SPREADSHEET's time zone; core reads a Date by its UTC calendar fields. So each Date
 * is turned into the UTC-midnight Date of the same calendar day (and back for results).
 *
 * Choice: the project's script time zone is fixed at Asia/Ho_Chi_Minh (appsscript.json), which
 * has been UTC+7 without daylight saving since 1976. When the spreadsheet is in that zone
 * (the usual case for Vietnamese departments) the conversion is pure arithmetic (+7 h), with
 * no service call per cell. For another zone, or a date before 1976 (Saigon used UTC+8),
 * `Utilities.formatDate` gives the exact calendar day, so the answer is right in every zone.
 */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";
const VN_OFFSET_MS = 7 * 3_600_000;
const MS_PER_DAY = 86_400_000;
/** 1976-01-01 as a Day: from then on Asia/Ho_Chi_Minh is a fixed UTC+7. */
const FIXED_OFFSET_FROM = 2191;

const FIXED_ZONES = new Set([VN_TIME_ZONE, "Asia/Saigon"]);

/** A Date object from this or another realm (the test harness passes Dates from outside the vm). */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** The calendar day a Sheets Date stands for, in the spreadsheet's time zone; null for an invalid Date. */
export function dayOfSheetDate(value: Date, timeZone: string): Day | null {
  const t = value.getTime();
  if (Number.isNaN(t)) return null;
  if (FIXED_ZONES.has(timeZone)) {
    const day = Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY);
    if (day >= FIXED_OFFSET_FROM) return day;
  }
  // Other zones: one Utilities call per distinct instant (a column repeats few dates).
  const key = `${timeZone}|${t}`;
  const cached = zoneDayCache.get(key);
  if (cached !== undefined) return cached;
  const iso = Utilities.formatDate(value, timeZone, "yyyy-MM-dd");
  const [y, m, d] = iso.split("-").map(Number);
  const day = dayFromYMD(y, m, d);
  if (zoneDayCache.size > 20_000) zoneDayCache.clear();
  zoneDayCache.set(key, day);
  return day;
}

const zoneDayCache = new Map<string, Day>();

/** The UTC-midnight Date of a day: how core reads a Date. */
export function utcDateOfDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** Offset of a time zone from UTC at an instant, in milliseconds (e.g. +7 h for Asia/Ho_Chi_Minh). */
function offsetAt(instant: number, timeZone: string): number {
  const z = Utilities.formatDate(new Date(instant), timeZone, "Z"); // "+0700"
  const sign = z.startsWith("-") ? -1 : 1;
  const hh = Number(z.slice(1, 3));
  const mm = Number(z.slice(3, 5));
  return sign * (hh * 60 + mm) * 60_000;
}

/** A Date that Sheets shows as the given calendar day: that day's midnight in the spreadsheet's zone. */
export function sheetDateOfDay(day: Day, timeZone: string): Date {
  const utcMidnight = day * MS_PER_DAY;
  if (FIXED_ZONES.has(timeZone) && day >= FIXED_OFFSET_FROM) return new Date(utcMidnight - VN_OFFSET_MS);
  let guess = utcMidnight - offsetAt(utcMidnight, timeZone);
  guess = utcMidnight - offsetAt(guess, timeZone);
  return new Date(guess);
}

/**
 * The wall-clock date and time a Sheets Date shows in the spreadsheet's zone, as the Date whose
 * UTC fields hold that date and time (how core reads a date-time or a time of day): 24/01/2025
 * 16:30 in Asia/Ho_Chi_Minh (09:30Z) → 2025-01-24T16:30:00Z. Null for an invalid Date.
 *
 * Asia/Ho_Chi_Minh from 1976 on is pure arithmetic (+7 h); other zones, and earlier instants
 * (a time-only cell is a Date on 30/12/1899, when Saigon used its local mean time), ask
 * `Utilities.formatDate` in the spreadsheet's zone, which is how Sheets itself made the Date.
 */
export function wallClockOfSheetDate(value: Date, timeZone: string): Date | null {
  const t = value.getTime();
  if (Number.isNaN(t)) return null;
  if (FIXED_ZONES.has(timeZone)) {
    const local = t + VN_OFFSET_MS;
    if (Math.floor(local / MS_PER_DAY) >= FIXED_OFFSET_FROM) return new Date(local);
  }
  const key = `${timeZone}|${t}`;
  const cached = wallClockCache.get(key);
  if (cached !== undefined) return new Date(cached);
  const text = Utilities.formatDate(value, timeZone, "yyyy-MM-dd HH:mm:ss");
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = ((t % 1000) + 1000) % 1000;
  const local = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  // Date.UTC maps years 0–99 to 1900–1999; Sheets years are 1899 and later, so no fix-up needed
  if (wallClockCache.size > 20_000) wallClockCache.clear();
  wallClockCache.set(key, local);
  return new Date(local);
}

const wallClockCache = new Map<string, number>();
