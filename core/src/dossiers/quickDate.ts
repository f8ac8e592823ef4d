import { type Day, dayFromYMD, isSupportedYear, isValidYMD, MAX_YEAR, MIN_YEAR } from "../dates/day.js";
import { type DateParse, parseDateCell } from "../dates/parseDate.js";

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** everydayDay's memory: day + SHIFT (always positive), INVALID, or 0 when not computed yet. */
const DAYS = new Int32Array((MAX_YEAR - MIN_YEAR + 1) * 12 * 31);
const SHIFT = 1_000_000;
const INVALID = -1;

/**
 * parseDateCell with a fast path for the shape one-stop exports use on every row,
 * "dd/mm/yyyy" and "dd/mm/yyyy HH:mm[:ss]" (hundreds of thousands of cells per file).
 * Anything else — and any invalid day — goes to parseDateCell, so results and messages are
 * exactly parseDateCell's (checked by a property test).
 */
export function readDateCell(value: unknown): DateParse {
  if (typeof value === "string" && value.length >= 10 && value.charCodeAt(2) === 47 && value.charCodeAt(5) === 47) {
    const s = value;
    if (
      isDigit(s.charCodeAt(0)) && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(3)) && isDigit(s.charCodeAt(4)) &&
      isDigit(s.charCodeAt(6)) && isDigit(s.charCodeAt(7)) && isDigit(s.charCodeAt(8)) && isDigit(s.charCodeAt(9)) &&
      (s.length === 10 || isTimeTail(s))
    ) {
      const day = (s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48);
      const month = (s.charCodeAt(3) - 48) * 10 + (s.charCodeAt(4) - 48);
      const year = (s.charCodeAt(6) - 48) * 1000 + (s.charCodeAt(7) - 48) * 100 + (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
      const d = everydayDay(year, month, day);
      if (d === d) return { ok: true, day: d };
    }
  }
  return parseDateCell(value);
}

/**
 * The day of the everyday shape dd/mm/yyyy[ HH:mm[:ss]] from its three numbers, NaN when it
 * names no day core supports (then the cell is read as text, with its message). What
 * readDateCell's fast path and the CLI's byte reader of exports (which reads the digits
 * without building a string) both use.
 */
export function everydayDay(year: number, month: number, day: number): Day {
  // Remembered per (year, month, day): an export holds a few thousand distinct days, read millions of times.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && Number.isInteger(year) && isSupportedYear(year))) return Number.NaN;
  if (!Number.isInteger(month) || !Number.isInteger(day)) return Number.NaN;
  const k = ((year - MIN_YEAR) * 12 + month - 1) * 31 + day - 1;
  const known = DAYS[k];
  if (known !== 0) return known === INVALID ? Number.NaN : known - SHIFT;
  const d = isValidYMD(year, month, day) ? dayFromYMD(year, month, day) : Number.NaN;
  DAYS[k] = d === d ? d + SHIFT : INVALID;
  return d;
}

/** " HH:mm" or " HH:mm:ss" after the date (one space, two-digit hour). */
function isTimeTail(s: string): boolean {
  const n = s.length;
  if (n !== 16 && n !== 19) return false;
  if (s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58) return false;
  if (!isDigit(s.charCodeAt(11)) || !isDigit(s.charCodeAt(12)) || !isDigit(s.charCodeAt(14)) || !isDigit(s.charCodeAt(15))) return false;
  if (n === 19) return s.charCodeAt(16) === 58 && isDigit(s.charCodeAt(17)) && isDigit(s.charCodeAt(18));
  return true;
}
