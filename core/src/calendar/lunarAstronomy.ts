/**
 * The astronomy behind the Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm computed for
 * UTC+7): new moons and solar terms after Jean Meeus, "Astronomical Algorithms" (1998), as in
 * Hồ Ngọc Đức's published reference code; the month boundaries are the local (UTC+7) days of
 * the new moons, so the calendar differs from the Chinese one (UTC+8) in some years — Tết 1985
 * is 21/01/1985 in Việt Nam, 20/02/1985 in China.
 *
 * computeLunarTable tabulates every lunar month of 1900–2100 (about 2 500, ≈ 10 ms of sines).
 * The calendar does not run it: it reads the same table from lunarTableData.ts, which
 * `npm run generate` writes from this function and a test checks against it (lunar.ts).
 */
import { dayFromYMD, MAX_YEAR, MIN_YEAR } from "../dates/day.js";

/** Julian day number of Day 0 (1970-01-01). */
export const JDN_OF_DAY_ZERO = 2440588;

/** Time zone of the Vietnamese calendar, in hours. */
export const VIETNAM_TIME_ZONE = 7;

const PI = Math.PI;
const DR = PI / 180;
const SYNODIC_MONTH = 29.530588853;
/** JD of the new moon of 1900-01-01 13:52 UTC, the origin of the lunation count k. */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Time of the k-th new moon after 1900-01-01 (Julian day, fractional, UTC). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians [0, 2π) at the given Julian day (fractional, UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of local day `jdn`. */
function solarTermAtStartOfDay(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - VIETNAM_TIME_ZONE / 24) / PI) * 6);
}

/** Local (UTC+7) Julian day number of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + VIETNAM_TIME_ZONE / 24);
}

/** Lunation index k whose new moon falls on or just before local day `jdn`. */
function lunationAtOrBefore(jdn: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k++;
  while (newMoonDay(k) > jdn) k--;
  return k;
}

/** Lunation index of the 11th lunar month (the month holding the winter solstice) of Gregorian year y. */
function month11Lunation(y: number): number {
  const dec31 = dayFromYMD(y, 12, 31) + JDN_OF_DAY_ZERO;
  const k = lunationAtOrBefore(dec31);
  // The month that starts after the winter solstice (sun in term ≥ 9 = 270°) is month 12.
  return solarTermAtStartOfDay(newMoonDay(k)) >= 9 ? k - 1 : k;
}

export interface LunarTable {
  /** Day on which each lunar month starts, ascending; one extra entry closes the last month. */
  start: Int32Array;
  year: Int16Array;
  month: Int8Array;
  leap: Uint8Array;
  /** (lunarYear - firstYear) * 26 + month * 2 + leap → month index + 1 (0 = no such month). */
  index: Int32Array;
  firstYear: number;
}

/**
 * Tabulates every lunar month from month 11 of 1898 to month 11 of 2101, which covers every
 * solar day of 1900–2100 (1900-01-01 lies in month 12 of lunar year 1899).
 */
export function computeLunarTable(): LunarTable {
  const starts: number[] = [];
  const years: number[] = [];
  const months: number[] = [];
  const leaps: number[] = [];
  for (let y = MIN_YEAR - 2; y <= MAX_YEAR; y++) {
    const k11 = month11Lunation(y);
    const kNext11 = month11Lunation(y + 1);
    const count = kNext11 - k11; // 12, or 13 in a year with a leap month
    let leapOffset = -1;
    if (count === 13) {
      // The leap month is the first month after month 11 that contains no major solar term.
      for (let i = 1; i < 13; i++) {
        const termHere = solarTermAtStartOfDay(newMoonDay(k11 + i));
        const termNext = solarTermAtStartOfDay(newMoonDay(k11 + i + 1));
        if (termHere === termNext) {
          leapOffset = i;
          break;
        }
      }
    }
    for (let i = 0; i < count; i++) {
      let month = 11 + i;
      let leap = 0;
      if (leapOffset > 0 && i >= leapOffset) {
        month = 10 + i;
        if (i === leapOffset) leap = 1;
      }
      if (month > 12) month -= 12;
      // Months 11 and 12 (and a leap 11/12) belong to lunar year y; the rest to y + 1.
      const lunarYear = month >= 11 && i < 4 ? y : y + 1;
      starts.push(newMoonDay(k11 + i) - JDN_OF_DAY_ZERO);
      years.push(lunarYear);
      months.push(month);
      leaps.push(leap);
    }
  }
  starts.push(newMoonDay(month11Lunation(MAX_YEAR + 1)) - JDN_OF_DAY_ZERO);
  const firstYear = years[0]!;
  const lastYear = years[years.length - 1]!;
  const index = new Int32Array((lastYear - firstYear + 1) * 26);
  for (let m = 0; m < years.length; m++) {
    index[(years[m]! - firstYear) * 26 + months[m]! * 2 + leaps[m]!] = m + 1;
  }
  return {
    start: Int32Array.from(starts),
    year: Int16Array.from(years),
    month: Int8Array.from(months),
    leap: Uint8Array.from(leaps),
    index,
    firstYear,
  };
}


/** Month letters of lunarTableData.ts: a–l months 1–12 of 29 days, m–x of 30 days; upper case: a leap month. */
const LETTERS = "abcdefghijklmnopqrstuvwx";

/** The table as lunarTableData.ts holds it: first lunar year, first month's start, one letter per month. */
export function encodeLunarTable(t: LunarTable): { firstYear: number; firstStart: number; months: string } {
  let months = "";
  for (let m = 0; m < t.month.length; m++) {
    const len = t.start[m + 1]! - t.start[m]!;
    if (len !== 29 && len !== 30) throw new Error(`lunar month ${m} has ${len} days`);
    const letter = LETTERS[t.month[m]! - 1 + (len === 30 ? 12 : 0)]!;
    months += t.leap[m] === 1 ? letter.toUpperCase() : letter;
  }
  return { firstYear: t.year[0]!, firstStart: t.start[0]!, months };
}

/** The table from its letters (the inverse of encodeLunarTable): the year goes up at each month 1 that is not a leap month. */
export function decodeLunarTable(d: { firstYear: number; firstStart: number; months: string }): LunarTable {
  const n = d.months.length;
  const start = new Int32Array(n + 1);
  const year = new Int16Array(n);
  const month = new Int8Array(n);
  const leap = new Uint8Array(n);
  start[0] = d.firstStart;
  let y = d.firstYear;
  for (let m = 0; m < n; m++) {
    const c = d.months.charCodeAt(m);
    // "a" = 97, "A" = 65: the letter's place in LETTERS, and its case.
    const k = c >= 97 ? c - 97 : c - 65;
    month[m] = (k % 12) + 1;
    leap[m] = c >= 97 ? 0 : 1;
    if (m > 0 && month[m] === 1 && leap[m] === 0) y++;
    year[m] = y;
    start[m + 1] = start[m]! + (k >= 12 ? 30 : 29);
  }
  const firstYear = year[0]!;
  const index = new Int32Array((year[n - 1]! - firstYear + 1) * 26);
  for (let m = 0; m < n; m++) index[(year[m]! - firstYear) * 26 + month[m]! * 2 + leap[m]!] = m + 1;
  return { start, year, month, leap, index, firstYear };
}
