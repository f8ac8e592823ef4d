/**
 * Dates as the one-stop systems write them (systems.ts): besides dd/mm/yyyy and Excel serials
 * (readDateCell), the portal's yyyyMMdd[HHmmss], ISO times with Z or an offset (converted to
 * Vietnam time, UTC+7, before taking the day), epoch milliseconds and .NET "/Date(ms)/",
 * dd/mm/yy, yyyy/MM/dd, times with AM/PM or SA/CH, fractional seconds, a time written before
 * the date ("08:30 09/01/2025") and Excel serials stored as text. Day first, always.
 */
import { type Day, dayFromYMD, isSupportedYear, isValidYMD, MAX_YEAR, MIN_YEAR } from "../dates/day.js";
import { type DateParse, parseDateCell } from "../dates/parseDate.js";
import { everydayDay, readDateCell } from "./quickDate.js";

/** Vietnam's offset from UTC, in milliseconds (no daylight saving). */
const VN_OFFSET_MS = 7 * 3600_000;

function ymd(year: number, month: number, day: number, text: string): DateParse {
  if (!isSupportedYear(year)) return { ok: false, message: `Năm ${year} trong "${text}" nằm ngoài khoảng hỗ trợ ${MIN_YEAR}–${MAX_YEAR}.` };
  if (!isValidYMD(year, month, day)) return { ok: false, message: `Ngày "${text}" không tồn tại (ngày/tháng/năm không hợp lệ).` };
  return { ok: true, day: dayFromYMD(year, month, day) as Day };
}

function badTime(h: number, m: number, s: number, ampm: string | undefined): boolean {
  if (m > 59 || s > 59) return true;
  if (ampm) return h < 1 || h > 12;
  return h > 23;
}

/** An instant (UTC milliseconds) → its calendar day in Vietnam. */
function vnDayOfInstant(ms: number, text: string): DateParse {
  if (!Number.isFinite(ms)) return { ok: false, message: `Không đọc được thời điểm "${text}".` };
  const d = new Date(ms + VN_OFFSET_MS);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), text);
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/;
const EPOCH_MS = /^\d{12,13}$/;
const NET_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;
const ISO_ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(AM|PM|SA|CH)?)?$/i;
const DMY_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(AM|PM|SA|CH)?)?$/i;
const TIME_DMY = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?[ ,-]+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i;
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

function timeCheck(text: string, h?: string, m?: string, s?: string, ampm?: string): DateParse | null {
  if (h === undefined) return null;
  if (badTime(Number(h), Number(m ?? 0), Number(s ?? 0), ampm)) return { ok: false, message: `Giờ trong "${text}" không hợp lệ.` };
  return null;
}

/** Only ASCII digits in s[from, to). */
function digitsAt(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i); // NaN past the end: not a digit
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}
/** The number written with the digits s[from, to). */
function numberAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
}
const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

/**
 * The shapes exports write on every row, read from their character codes without a regular
 * expression: yyyy-mm-dd with an optional time ("T" or a space, HH:mm, :ss, a fraction) and no
 * zone, the same with a time and a zone (Z, ±hh:mm, ±hhmm: the instant's day in Vietnam),
 * yyyyMMdd or yyyyMMddHHmmss, and d/m/yyyy with a day and a month of one or two digits and an
 * optional time (H:mm or H:mm:ss). Only a readable day is answered, the day readExtraText gives
 * (ISO_LOCAL, ISO_ZONED, COMPACT, DMY_TIME; checked by a property test); undefined for anything
 * else, which the rest of readExportDate then reads, with its messages.
 */
export function quickExportDate(s: string): DateParse | undefined {
  const n = s.length;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let year = 0;
  let month: number;
  let day: number;
  /** Minutes to add to the written time for Vietnam's: null without a zone. */
  let toVietnam: number | null = null;
  if (n >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    if (!(digitsAt(s, 0, 4) && digitsAt(s, 5, 7) && digitsAt(s, 8, 10))) return undefined;
    year = two(s, 0) * 100 + two(s, 2);
    month = two(s, 5);
    day = two(s, 8);
    if (n > 10) {
      const sep = s.charCodeAt(10);
      if (n < 16 || (sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58) return undefined;
      if (!(digitsAt(s, 11, 13) && digitsAt(s, 14, 16))) return undefined;
      hour = two(s, 11);
      minute = two(s, 14);
      let i = 16;
      if (i < n && s.charCodeAt(i) === 58) {
        if (i + 3 > n || !digitsAt(s, i + 1, i + 3)) return undefined;
        second = two(s, i + 1);
        i += 3;
        const dot = s.charCodeAt(i);
        if (i < n && (dot === 46 || dot === 44)) {
          const from = ++i;
          while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
          if (i === from) return undefined;
        }
      }
      if (i < n) {
        // A zone: Z, or ±hh[:]mm, to the end.
        const z = s.charCodeAt(i);
        if ((z === 90 || z === 122) && i + 1 === n) toVietnam = 7 * 60;
        else if (z === 43 || z === 45) {
          const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
          if (i + 5 + colon !== n || !digitsAt(s, i + 1, i + 3) || !digitsAt(s, i + 3 + colon, n)) return undefined;
          const oh = two(s, i + 1);
          const om = two(s, i + 3 + colon);
          // Date.parse reads no offset past 23:59.
          if (oh > 23 || om > 59) return undefined;
          toVietnam = 7 * 60 - (z === 43 ? 1 : -1) * (oh * 60 + om);
        } else return undefined;
      }
    }
  } else if (s.charCodeAt(1) === 47 || s.charCodeAt(2) === 47) {
    // d/m/yyyy[ H:mm[:ss]]
    const dayEnd = s.charCodeAt(1) === 47 ? 1 : 2;
    const monthEnd = s.charCodeAt(dayEnd + 2) === 47 ? dayEnd + 2 : dayEnd + 3;
    if (s.charCodeAt(monthEnd) !== 47 || !digitsAt(s, 0, dayEnd) || !digitsAt(s, dayEnd + 1, monthEnd) || !digitsAt(s, monthEnd + 1, monthEnd + 5)) return undefined;
    day = numberAt(s, 0, dayEnd);
    month = numberAt(s, dayEnd + 1, monthEnd);
    year = numberAt(s, monthEnd + 1, monthEnd + 5);
    let i = monthEnd + 5;
    if (i < n) {
      if (s.charCodeAt(i) !== 32) return undefined;
      const hourEnd = s.charCodeAt(i + 2) === 58 ? i + 2 : i + 3;
      if (s.charCodeAt(hourEnd) !== 58 || !digitsAt(s, i + 1, hourEnd) || !digitsAt(s, hourEnd + 1, hourEnd + 3)) return undefined;
      hour = numberAt(s, i + 1, hourEnd);
      minute = two(s, hourEnd + 1);
      i = hourEnd + 3;
      if (i < n) {
        if (s.charCodeAt(i) !== 58 || !digitsAt(s, i + 1, i + 3)) return undefined;
        second = two(s, i + 1);
        i += 3;
      }
      if (i !== n) return undefined;
    }
  } else if (n === 8 || n === 14) {
    if (!digitsAt(s, 0, n)) return undefined;
    year = two(s, 0) * 100 + two(s, 2);
    month = two(s, 4);
    day = two(s, 6);
    if (n === 14) {
      hour = two(s, 8);
      minute = two(s, 10);
      second = two(s, 12);
    }
  } else return undefined;
  if (badTime(hour, minute, second, undefined)) return undefined;
  let d = everydayDay(year, month, day);
  if (d !== d) return undefined;
  if (toVietnam !== null) {
    d += Math.floor((hour * 60 + minute + toVietnam) / 1440);
    if (d < FIRST_DAY || d > LAST_DAY) return undefined;
  }
  return { ok: true, day: d };
}

const FIRST_DAY = dayFromYMD(MIN_YEAR, 1, 1);
const LAST_DAY = dayFromYMD(MAX_YEAR, 12, 31);

/** The formats beyond readDateCell, for text; null when the text has none of these shapes. Exported for the tests of quickExportDate. */
export function readExtraText(text: string): DateParse | null {
  let m = COMPACT.exec(text);
  if (m) return timeCheck(text, m[4], m[5], m[6]) ?? ymd(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if (EPOCH_MS.test(text)) return vnDayOfInstant(Number(text), text);
  m = NET_DATE.exec(text);
  if (m) return vnDayOfInstant(Number(m[1]), text);
  m = ISO_ZONED.exec(text);
  if (m) {
    const bad = timeCheck(text, m[4], m[5], m[6]);
    if (bad) return bad;
    const check = ymd(Number(m[1]), Number(m[2]), Number(m[3]), text);
    if (!check.ok) return check;
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${m[7] ? `.${m[7].slice(0, 3).padEnd(3, "0")}` : ""}${zone(m[8])}`;
    return vnDayOfInstant(Date.parse(iso), text);
  }
  m = ISO_LOCAL.exec(text);
  if (m) return timeCheck(text, m[4], m[5], m[6]) ?? ymd(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = YMD_SLASH.exec(text);
  if (m) return timeCheck(text, m[4], m[5], m[6], m[7]) ?? ymd(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = DMY_TIME.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return timeCheck(text, m[4], m[5], m[6], m[7]) ?? ymd(year, Number(m[2]), Number(m[1]), text);
  }
  m = TIME_DMY.exec(text);
  if (m) return timeCheck(text, m[1], m[2], m[3], m[4]) ?? ymd(Number(m[7]), Number(m[6]), Number(m[5]), text);
  if (SERIAL_TEXT.test(text)) return parseDateCell(Number(text.replace(",", ".")));
  return null;
}

/** "Z" → "Z", "+0700" / "+07:00" → "+07:00". */
function zone(z: string): string {
  if (z.toUpperCase() === "Z") return "Z";
  const d = z.replace(":", "");
  return `${d.slice(0, 3)}:${d.slice(3)}`;
}

/** Numbers: epoch milliseconds, yyyyMMdd and yyyyMMddHHmmss written as numbers, else Excel serials. */
function readNumber(v: number): DateParse {
  if (Number.isInteger(v)) {
    if (v >= 1e11 && v < 1e13) return vnDayOfInstant(v, String(v));
    if ((v >= 19000101 && v <= 21001231) || (v >= 19000101000000 && v <= 21001231235959)) {
      const r = readExtraText(String(v));
      if (r) return r;
    }
  }
  return parseDateCell(v);
}

/**
 * Read a date cell of a one-stop export. Unreadable → { ok: false, message } in Vietnamese,
 * naming the value and the accepted shapes.
 */
export function readExportDate(value: unknown): DateParse {
  if (typeof value === "number") return readNumber(value);
  if (typeof value !== "string") return readDateCell(value);
  // The API exports' shapes (hundreds of thousands of cells per file) without regular expressions.
  const api = quickExportDate(value);
  if (api !== undefined) return api;
  // The everyday shape first (dd/mm/yyyy[ HH:mm[:ss]]): readDateCell's fast path.
  if (value.length >= 10 && value.charCodeAt(2) === 47 && value.charCodeAt(5) === 47) {
    const fast = readDateCell(value);
    if (fast.ok) return fast;
  }
  const text = value.normalize("NFC").trim();
  const extra = readExtraText(text);
  if (extra) return extra;
  const r = readDateCell(text);
  if (r.ok || !/^Không đọc được/.test(r.message)) return r;
  return {
    ok: false,
    message: `Không đọc được ngày "${text}": cần dạng ngày/tháng/năm (09/01/2025, có thể kèm giờ), YYYY-MM-DD, yyyyMMdd hoặc yyyyMMddHHmmss`,
  };
}
