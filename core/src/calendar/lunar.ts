/**
 * Vietnamese lunar calendar (âm lịch), Hồ Ngọc Đức's algorithm computed for UTC+7
 * (lunarAstronomy.ts).
 *
 * Every lunar month of 1900–2100 (about 2 500) is in a table read once from lunarTableData.ts,
 * which is what lunarAstronomy.ts computes (a test checks it; `npm run generate` writes it);
 * every conversion is a binary search or a table look-up.
 */
import { dayFromYMD, MAX_YEAR, MIN_YEAR, type Day } from "../dates/day.js";
import { decodeLunarTable, type LunarTable } from "./lunarAstronomy.js";
import { LUNAR_TABLE_DATA } from "./lunarTableData.js";
import type { LunarDate } from "./types.js";

export { JDN_OF_DAY_ZERO, VIETNAM_TIME_ZONE } from "./lunarAstronomy.js";

const FIRST_DAY: Day = dayFromYMD(MIN_YEAR, 1, 1);
const LAST_DAY: Day = dayFromYMD(MAX_YEAR, 12, 31);

let table: LunarTable | null = null;

function getTable(): LunarTable {
  if (table === null) table = decodeLunarTable(LUNAR_TABLE_DATA);
  return table;
}

function isSupportedDay(day: unknown): day is Day {
  return typeof day === "number" && Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY;
}

/** What `solarToLunar` returns for a day it cannot convert: day, month and year 0 (no real date). */
export const INVALID_LUNAR_DATE: Readonly<LunarDate> = Object.freeze({ day: 0, month: 0, year: 0, leap: false });

/**
 * The lunar date of a solar day (1900-01-01 … 2100-12-31), or null for anything else
 * (non-integers, NaN, days outside the range).
 */
export function lunarDateOf(day: Day): LunarDate | null {
  if (!isSupportedDay(day)) return null;
  const t = getTable();
  const s = t.start;
  let lo = 0;
  let hi = s.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return { day: day - s[lo]! + 1, month: t.month[lo]!, year: t.year[lo]!, leap: t.leap[lo] === 1 };
}

/**
 * The lunar date of a solar day (1900-01-01 … 2100-12-31). Never throws: for a day it cannot
 * convert it returns a copy of INVALID_LUNAR_DATE (day 0, month 0, year 0) — check the range
 * first, or use `lunarDateOf`, which returns null instead.
 */
export function solarToLunar(day: Day): LunarDate {
  return lunarDateOf(day) ?? { ...INVALID_LUNAR_DATE };
}

/** Index of the lunar month (year, month, leap) in the table, or -1 when the month does not exist. */
function monthIndex(year: number, month: number, leap: boolean): number {
  const t = getTable();
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return -1;
  const row = year - t.firstYear;
  if (row < 0 || row * 26 >= t.index.length) return -1;
  return t.index[row * 26 + month * 2 + (leap ? 1 : 0)]! - 1;
}

/** Number of days (29 or 30) of a lunar month, or null when that month does not exist in 1900–2100. */
export function lunarMonthLength(year: number, month: number, leap = false): number | null {
  const m = monthIndex(year, month, leap === true);
  if (m < 0) return null;
  const t = getTable();
  return t.start[m + 1]! - t.start[m]!;
}

/**
 * The leap month (1–12) of a lunar year, or 0 when the year has none.
 * Returns null for years outside the tabulated range.
 */
export function leapMonthOfLunarYear(year: number): number | null {
  if (!Number.isInteger(year) || year < MIN_YEAR - 1 || year > MAX_YEAR) return null;
  for (let month = 1; month <= 12; month++) if (monthIndex(year, month, true) >= 0) return month;
  return 0;
}

/**
 * The solar day of a lunar date. Null when the lunar date does not exist (a leap month that the
 * year does not have, day 30 of a 29-day month, …) or when the solar day falls outside 1900–2100.
 */
export function lunarToSolar(l: LunarDate): Day | null {
  if (l === null || typeof l !== "object") return null;
  const { day, month, year, leap } = l;
  if (!Number.isInteger(day) || day < 1 || day > 30) return null;
  const m = monthIndex(year, month, leap === true);
  if (m < 0) return null;
  const t = getTable();
  const result = t.start[m]! + day - 1;
  if (result >= t.start[m + 1]!) return null;
  return isSupportedDay(result) ? result : null;
}

const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

/** Can Chi name of a lunar year, e.g. 2025 → "Ất Tỵ" (NFC). Empty string for a non-integer. */
export function canChiYear(lunarYear: number): string {
  if (!Number.isSafeInteger(lunarYear)) return "";
  const can = CAN[(((lunarYear + 6) % 10) + 10) % 10]!;
  const chi = CHI[(((lunarYear + 8) % 12) + 12) % 12]!;
  return `${can} ${chi}`.normalize("NFC");
}

/** Day of Tết Nguyên đán (1/1 âm lịch) of the lunar year that starts in Gregorian year `year`. */
export function tetDay(year: number): Day | null {
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}
