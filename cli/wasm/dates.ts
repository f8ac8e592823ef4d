// The dates of the WebAssembly line reader (dossierLines.ts): the shapes it reads, and the day of
// a year, month and day from tables written when the module starts. Each reading is the one core
// makes (everydayDay, quickExportDate), pinned by test/cli/wasmLines.test.ts.
import { COLON, DASH, DIM_AT, LEAP_AT, MONTH_AT, NULL_DAY, SLASH, SPACE, YEARS_AT, digits, digitsAt, isDigit, numberAt } from "./layout";

@inline function daysFromCivil(y: i32, m: i32, d: i32): i32 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = (153 * mp + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The calendar tables, written when the module starts (a few hundred stores).
for (let y = 1900; y <= 2100; y++) {
  store<i32>(YEARS_AT + (<usize>(y - 1900) << 2), daysFromCivil(y, 1, 1));
  store<u8>(LEAP_AT + <usize>(y - 1900), (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 1 : 0);
}
for (let leap = 0; leap < 2; leap++) {
  let first = 0;
  for (let m = 1; m <= 12; m++) {
    const dim = m == 2 ? 28 + leap : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    store<i32>(MONTH_AT + (<usize>leap << 6) + (<usize>m << 2), first);
    store<u8>(DIM_AT + (<usize>leap << 4) + <usize>m, <u8>dim);
    first += dim;
  }
}

/** The day of year/month/day (core's everydayDay: years 1900–2100, a real calendar day), or NULL_DAY: two table reads, no division. */
@inline export function civilDay(y: i32, m: i32, d: i32): i32 {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return NULL_DAY;
  const yi = <usize>(y - 1900);
  const leap = <usize>load<u8>(LEAP_AT + yi);
  if (d > <i32>load<u8>(DIM_AT + (leap << 4) + <usize>m)) return NULL_DAY;
  return load<i32>(YEARS_AT + (yi << 2)) + load<i32>(MONTH_AT + (leap << 6) + (<usize>m << 2)) + d - 1;
}

/** The first day and the last day core supports (1900-01-01, 2100-12-31). */
const FIRST_DAY: i32 = -25567;
const LAST_DAY: i32 = 47846;

/**
 * The end of the date written from a, its day stored in slot `slot` of the record; 0 when the
 * bytes there are none of these shapes or name no day core supports:
 * - dd/mm/yyyy[ HH:mm[:ss]] (core's everydayDay), here;
 * - the other shapes core's quickExportDate reads (apiDateAt), and anything this one does not
 *   read (dd/mm/yyyy H:mm is d/m/yyyy H:mm there).
 */
@inline export function dateAt(a: usize, rec: usize, slot: usize, quoted: bool, delim: u32): usize {
  if (!(load<u8>(a + 2) == SLASH && load<u8>(a + 5) == SLASH)) return apiDateAt(a, rec, slot, quoted, delim);
  // The shape of nearly every cell of a 766 list: its digits checked one by one, no loop.
  if (!(isDigit(load<u8>(a)) && isDigit(load<u8>(a + 1)) && isDigit(load<u8>(a + 3)) && isDigit(load<u8>(a + 4)) &&
    isDigit(load<u8>(a + 6)) && isDigit(load<u8>(a + 7)) && isDigit(load<u8>(a + 8)) && isDigit(load<u8>(a + 9)))) return apiDateAt(a, rec, slot, quoted, delim);
  let b = a + 10;
  if (load<u8>(b) == SPACE) {
    if (!(load<u8>(a + 13) == COLON && isDigit(load<u8>(a + 11)) && isDigit(load<u8>(a + 12)) && isDigit(load<u8>(a + 14)) && isDigit(load<u8>(a + 15)))) return apiDateAt(a, rec, slot, quoted, delim);
    b = a + 16;
    if (load<u8>(b) == COLON) {
      if (!(isDigit(load<u8>(a + 17)) && isDigit(load<u8>(a + 18)))) return apiDateAt(a, rec, slot, quoted, delim);
      b = a + 19;
    }
  }
  const day = civilDay(digitsAt(a + 6) * 100 + digitsAt(a + 8), digitsAt(a + 3), digitsAt(a));
  if (day == NULL_DAY) return apiDateAt(a, rec, slot, quoted, delim);
  store<i32>(rec + 12 + (slot << 2), day);
  return b;
}

/**
 * The other shapes core's quickExportDate reads: yyyy-mm-dd[(T| )HH:mm[:ss[(.|,)digits]][Z|±hh[:]mm]],
 * yyyyMMdd[HHmmss] and d/m/yyyy[ H:mm[:ss]]; a valid time, then the day; with a zone, the instant's
 * day in Vietnam (UTC+7). Returns the end, its day stored; 0 for anything else. Not inlined: the
 * lines of a 766 list never come here.
 */
function apiDateAt(a: usize, rec: usize, slot: usize, quoted: bool, delim: u32): usize {
  let b: usize;
  let y: i32;
  let m: i32;
  let d: i32;
  let h: i32 = 0;
  let mi: i32 = 0;
  let sec: i32 = 0;
  let zoned = false;
  let toVietnam: i32 = 0;
  if (load<u8>(a + 4) == DASH && load<u8>(a + 7) == DASH) {
    if (!(digits(a, a + 4) && digits(a + 5, a + 7) && digits(a + 8, a + 10))) return 0;
    y = digitsAt(a) * 100 + digitsAt(a + 2);
    m = digitsAt(a + 5);
    d = digitsAt(a + 8);
    b = a + 10;
    const sep = <u32>load<u8>(b);
    if (sep == 84 || sep == SPACE) {
      if (!(load<u8>(a + 13) == COLON && digits(a + 11, a + 13) && digits(a + 14, a + 16))) return 0;
      h = digitsAt(a + 11);
      mi = digitsAt(a + 14);
      b = a + 16;
      if (load<u8>(b) == COLON) {
        if (!digits(b + 1, b + 3)) return 0;
        sec = digitsAt(b + 1);
        b += 3;
        // A fraction: after a dot, or a comma that is not the delimiter (inside quotes, it may be).
        const dot = <u32>load<u8>(b);
        if (dot == 46 || (dot == 44 && (quoted || delim != 44))) {
          const from = ++b;
          while (isDigit(load<u8>(b))) b++;
          if (b == from) return 0;
        }
      }
      const z = <u32>load<u8>(b);
      if (z == 90 || z == 122) {
        zoned = true;
        toVietnam = 7 * 60;
        b++;
      } else if (z == 43 || z == DASH) {
        const colon: usize = load<u8>(b + 3) == COLON ? 1 : 0;
        if (!(digits(b + 1, b + 3) && digits(b + 3 + colon, b + 5 + colon))) return 0;
        const oh = digitsAt(b + 1);
        const om = digitsAt(b + 3 + colon);
        if (oh > 23 || om > 59) return 0;
        zoned = true;
        toVietnam = 7 * 60 - (z == 43 ? 1 : -1) * (oh * 60 + om);
        b += 5 + colon;
      }
    }
  } else if (load<u8>(a + 1) == SLASH || load<u8>(a + 2) == SLASH) {
    // d/m/yyyy[ H:mm[:ss]]: a day and a month of one or two digits.
    const dayEnd: usize = load<u8>(a + 1) == SLASH ? a + 1 : a + 2;
    const monthEnd: usize = load<u8>(dayEnd + 2) == SLASH ? dayEnd + 2 : dayEnd + 3;
    if (!(load<u8>(monthEnd) == SLASH && digits(a, dayEnd) && digits(dayEnd + 1, monthEnd) && digits(monthEnd + 1, monthEnd + 5))) return 0;
    d = numberAt(a, dayEnd);
    m = numberAt(dayEnd + 1, monthEnd);
    y = numberAt(monthEnd + 1, monthEnd + 5);
    b = monthEnd + 5;
    if (load<u8>(b) == SPACE) {
      const hourEnd: usize = load<u8>(b + 2) == COLON ? b + 2 : b + 3;
      if (!(load<u8>(hourEnd) == COLON && digits(b + 1, hourEnd) && digits(hourEnd + 1, hourEnd + 3))) return 0;
      h = numberAt(b + 1, hourEnd);
      mi = digitsAt(hourEnd + 1);
      b = hourEnd + 3;
      if (load<u8>(b) == COLON) {
        if (!digits(b + 1, b + 3)) return 0;
        sec = digitsAt(b + 1);
        b += 3;
      }
    }
  } else {
    // yyyyMMdd or yyyyMMddHHmmss: 8 or 14 digits.
    b = a;
    while (b < a + 15 && isDigit(load<u8>(b))) b++;
    const len = <i32>(b - a);
    if (len != 8 && len != 14) return 0;
    y = digitsAt(a) * 100 + digitsAt(a + 2);
    m = digitsAt(a + 4);
    d = digitsAt(a + 6);
    if (len == 14) {
      h = digitsAt(a + 8);
      mi = digitsAt(a + 10);
      sec = digitsAt(a + 12);
    }
  }
  if (h > 23 || mi > 59 || sec > 59) return 0;
  let day = civilDay(y, m, d);
  if (day == NULL_DAY) return 0;
  if (zoned) {
    const minutes = h * 60 + mi + toVietnam;
    // Whole days, rounded down (a negative offset can move the day back).
    day += minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440);
    if (day < FIRST_DAY || day > LAST_DAY) return 0;
  }
  store<i32>(rec + 12 + (slot << 2), day);
  return b;
}
