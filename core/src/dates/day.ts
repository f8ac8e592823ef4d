/**
 * Plain calendar days, with no time of day and no time zone.
 *
 * A `Day` is the number of days since 1970-01-01 (day 0). Every date inside core is a
 * `Day`; hosts convert at the edge (Excel serials, Sheets Date objects, ISO text).
 */
export type Day = number;

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** Excel (1900 system) serial of 1970-01-01. Serials ≥ 61 are correct (after Excel's fake 29/02/1900). */
export const EXCEL_SERIAL_OF_EPOCH = 25569;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Days from civil date (proleptic Gregorian), Howard Hinnant's algorithm. */
export function dayFromYMD(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(d: Day): YMD {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day names a real calendar day (31/02 is not one). */
export function isValidYMD(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

export function isWeekend(d: Day): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD */
export function toISO(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function toVN(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

export function dayToExcelSerial(d: Day): number {
  return d + EXCEL_SERIAL_OF_EPOCH;
}

export function excelSerialToDay(serial: number): Day {
  return Math.floor(serial) - EXCEL_SERIAL_OF_EPOCH;
}

export function yearOf(d: Day): number {
  return ymdFromDay(d).year;
}

export function lastDayOfMonth(year: number, month: number): Day {
  return dayFromYMD(year, month, daysInMonth(year, month));
}

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
