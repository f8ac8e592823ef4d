/**
 * The working-day calendar of Vietnamese civil servants, 1900-01-01 … 2100-12-31.
 *
 * A working day is Monday–Friday, minus holidays and official days off, plus official make-up
 * Saturdays; years with an official table (officialDaysOff.ts) use it, other years the
 * Labour Code rules (statutoryHolidays.ts). The caller may switch on the optional 24/11
 * (optionalDaysOff.ts) and add its own days off and working days (a settings sheet); when one
 * date is in both lists, the day off wins; an extra working day wins over the optional day.
 *
 * The calendar is precomputed once: a bitmap of working days, the prefix count of working days
 * and the list of working days, so that `addWorkingDays` and `workingDaysBetween` are O(1).
 *
 * Conventions of the spreadsheet world (DOMAIN.md §7):
 *  - addWorkingDays = WORKDAY: the n-th working day after `start`, `start` not counted;
 *  - workingDaysBetween = NETWORKDAYS: both ends counted, reversed order gives a negative count.
 * No function here throws: unusable input gives null.
 */
import { dayFromYMD, isSupportedYear, MAX_YEAR, MIN_YEAR, weekday, type Day } from "../dates/day.js";
import type { CalendarEntry, CalendarOptions, YearDaysOff } from "./types.js";
import { officialYear } from "./officialDaysOff.js";
import { NGAY_VAN_HOA, optionalDayEntries } from "./optionalDaysOff.js";
import { statutoryHolidays, statutorySources } from "./statutoryHolidays.js";

/** First and last day the calendar knows. */
export const CALENDAR_FIRST_DAY: Day = dayFromYMD(MIN_YEAR, 1, 1);
export const CALENDAR_LAST_DAY: Day = dayFromYMD(MAX_YEAR, 12, 31);
const SIZE = CALENDAR_LAST_DAY - CALENDAR_FIRST_DAY + 1;

export const EXTRA_DAY_OFF_NAME = "Ngày nghỉ thêm (do người dùng khai báo)";
export const EXTRA_WORKING_DAY_NAME = "Ngày làm việc thêm (do người dùng khai báo)";

const isWeekendDay = (d: Day): boolean => {
  const w = weekday(d);
  return w === 0 || w === 6;
};

/** True for an integer Day inside 1900–2100. */
export function isCalendarDay(day: unknown): day is Day {
  return typeof day === "number" && Number.isInteger(day) && day >= CALENDAR_FIRST_DAY && day <= CALENDAR_LAST_DAY;
}

interface BaseCalendar {
  /** 1 = working day, indexed by day - CALENDAR_FIRST_DAY. */
  working: Uint8Array;
  /** Why a day is off (weekday) or worked (weekend), from the official/statutory tables. */
  names: Map<Day, string>;
  official: Set<number>;
}

let base: BaseCalendar | null = null;

/** Official or statutory days off of every year, without user additions. */
function buildBase(): BaseCalendar {
  const working = new Uint8Array(SIZE);
  // Weekdays 1, weekends 0: one week written, then copied over itself (blocks of whole weeks).
  for (let i = 0; i < 7; i++) working[i] = isWeekendDay(CALENDAR_FIRST_DAY + i) ? 0 : 1;
  for (let n = 7; n < SIZE; n *= 2) working.copyWithin(n, 0, Math.min(n, SIZE - n));
  const names = new Map<Day, string>();
  const official = new Set<number>();
  const setOff = (e: CalendarEntry): void => {
    if (!isCalendarDay(e.day)) return;
    working[e.day - CALENDAR_FIRST_DAY] = 0;
    if (!names.has(e.day)) names.set(e.day, e.name);
  };
  for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
    const o = officialYear(year);
    if (o !== null) {
      official.add(year);
      for (const e of o.daysOff) setOff(e);
      for (const e of o.workingWeekends) {
        if (!isCalendarDay(e.day)) continue;
        working[e.day - CALENDAR_FIRST_DAY] = 1;
        names.set(e.day, e.name);
      }
    } else {
      for (const e of statutoryHolidays(year)) setOff(e);
    }
  }
  return { working, names, official };
}

function getBase(): BaseCalendar {
  if (base === null) base = buildBase();
  return base;
}

function cleanDays(days: readonly Day[] | undefined): Day[] {
  if (!Array.isArray(days)) return [];
  const out = new Set<Day>();
  for (const d of days) if (isCalendarDay(d)) out.add(d);
  return [...out].sort((a, b) => a - b);
}

export class WorkingCalendar {
  /** User additions actually applied (valid days only, sorted, deduplicated). */
  readonly extraDaysOff: readonly Day[];
  readonly extraWorkingDays: readonly Day[];
  private readonly working: Uint8Array;
  /** prefix[i] = number of working days among the first i days of the range. */
  private readonly prefix: Int32Array;
  /** Every working day, ascending. */
  private readonly workList: Int32Array;
  private readonly extraOffSet: Set<Day>;
  private readonly extraWorkSet: Set<Day>;
  /** The optional days switched on (24/11 with ngayVanHoa), with their names. */
  private readonly optionalNames: Map<Day, string>;
  /** True when 24/11 (Ngày Văn hóa Việt Nam) is a day off in this calendar. */
  readonly ngayVanHoa: boolean;

  constructor(options: CalendarOptions = {}) {
    const b = getBase();
    const opts = options !== null && typeof options === "object" ? options : {};
    this.extraDaysOff = cleanDays(opts.extraDaysOff);
    this.extraWorkingDays = cleanDays(opts.extraWorkingDays);
    this.extraOffSet = new Set(this.extraDaysOff);
    this.extraWorkSet = new Set(this.extraWorkingDays.filter((d) => !this.extraOffSet.has(d)));
    this.ngayVanHoa = opts.ngayVanHoa === true;
    this.optionalNames = new Map();
    if (this.ngayVanHoa) for (const e of optionalDayEntries(NGAY_VAN_HOA)) this.optionalNames.set(e.day, e.name);
    let working = b.working;
    if (this.extraDaysOff.length > 0 || this.extraWorkingDays.length > 0 || this.optionalNames.size > 0) {
      working = b.working.slice();
      for (const d of this.optionalNames.keys()) working[d - CALENDAR_FIRST_DAY] = 0;
      for (const d of this.extraWorkSet) working[d - CALENDAR_FIRST_DAY] = 1;
      for (const d of this.extraOffSet) working[d - CALENDAR_FIRST_DAY] = 0;
    }
    this.working = working;
    const prefix = new Int32Array(SIZE + 1);
    const list = new Int32Array(SIZE);
    let count = 0;
    for (let i = 0; i < SIZE; i++) {
      prefix[i] = count;
      if (working[i] === 1) list[count++] = CALENDAR_FIRST_DAY + i;
    }
    prefix[SIZE] = count;
    this.prefix = prefix;
    this.workList = list.slice(0, count);
  }

  isWorkingDay(day: Day): boolean {
    if (!isCalendarDay(day)) return false;
    return this.working[day - CALENDAR_FIRST_DAY] === 1;
  }

  /**
   * WORKDAY: the n-th working day after `start` (start not counted); n = 0 gives `start`;
   * negative n counts back. Null when n is not an integer or start/result leave 1900–2100.
   */
  addWorkingDays(start: Day, n: number): Day | null {
    if (!isCalendarDay(start) || typeof n !== "number" || !Number.isInteger(n)) return null;
    if (n === 0) return start;
    const i = start - CALENDAR_FIRST_DAY;
    // Working days strictly before start: prefix[i]; up to and including start: prefix[i + 1].
    const k = n > 0 ? this.prefix[i + 1]! + n - 1 : this.prefix[i]! + n;
    if (k < 0 || k >= this.workList.length) return null;
    return this.workList[k]!;
  }

  /**
   * NETWORKDAYS: working days from `from` to `to`, both counted; negative when to < from.
   * Null when either day is outside 1900–2100 or not an integer.
   */
  workingDaysBetween(from: Day, to: Day): number | null {
    if (!isCalendarDay(from) || !isCalendarDay(to)) return null;
    const a = from - CALENDAR_FIRST_DAY;
    const b = to - CALENDAR_FIRST_DAY;
    if (a <= b) return this.prefix[b + 1]! - this.prefix[a]!;
    return -(this.prefix[a + 1]! - this.prefix[b]!);
  }

  /** Why a day is off or worked, in Vietnamese; null for an ordinary day. */
  reasonOf(day: Day): string | null {
    if (!isCalendarDay(day)) return null;
    if (this.extraOffSet.has(day)) return EXTRA_DAY_OFF_NAME;
    if (this.extraWorkSet.has(day)) return EXTRA_WORKING_DAY_NAME;
    const working = this.isWorkingDay(day);
    if (working === !isWeekendDay(day)) return null;
    return this.optionalNames.get(day) ?? getBase().names.get(day) ?? null;
  }

  /**
   * Every Monday–Friday that is not a working day and every Saturday/Sunday that is one,
   * with names, whether an official table exists, and the sources. Null outside 1900–2100.
   */
  daysOffOfYear(year: number): YearDaysOff | null {
    if (!isSupportedYear(year)) return null;
    const b = getBase();
    const official = b.official.has(year);
    const daysOff: CalendarEntry[] = [];
    const workingWeekends: CalendarEntry[] = [];
    const first = dayFromYMD(year, 1, 1);
    const last = dayFromYMD(year, 12, 31);
    for (let d = first; d <= last; d++) {
      const weekend = isWeekendDay(d);
      const working = this.working[d - CALENDAR_FIRST_DAY] === 1;
      if (!weekend && !working) daysOff.push({ day: d, name: this.reasonOf(d) ?? "Ngày nghỉ" });
      else if (weekend && working) workingWeekends.push({ day: d, name: this.reasonOf(d) ?? "Ngày làm việc" });
    }
    let sources = official ? (officialYear(year)?.sources ?? []) : statutorySources(year);
    if (this.ngayVanHoa && year >= NGAY_VAN_HOA.fromYear) {
      // The official table's "24/11 not included, switch it on" line gives way to the switch's own source.
      sources = [...sources.filter((s) => !s.startsWith("Không gồm ngày 24/11")), NGAY_VAN_HOA.source];
    }
    if (this.extraDaysOff.length > 0 || this.extraWorkingDays.length > 0) {
      const inYear = (d: Day): boolean => d >= first && d <= last;
      const off = this.extraDaysOff.filter(inYear).length;
      const on = [...this.extraWorkSet].filter(inYear).length;
      if (off + on > 0) {
        sources.push(`Người dùng khai báo thêm: ${off} ngày nghỉ, ${on} ngày làm việc trong năm ${year}`);
      }
    }
    return { year, daysOff, workingWeekends, official, sources };
  }
}

// ---- calendars by options: the default one cached for good, others in a small LRU ----

let defaultCalendar: WorkingCalendar | null = null;
const LRU_SIZE = 16;
const lru = new Map<string, WorkingCalendar>();

/** Key of a list of days: the list itself when already clean (sorted, unique, valid), else cleaned. */
function daysKey(days: readonly Day[] | undefined): string {
  if (!Array.isArray(days) || days.length === 0) return "";
  let clean = true;
  let prev = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (!isCalendarDay(d) || d <= prev) {
      clean = false;
      break;
    }
    prev = d;
  }
  return (clean ? days : cleanDays(days)).join(",");
}

function optionsKey(options: CalendarOptions): string {
  return `${daysKey(options.extraDaysOff)}|${daysKey(options.extraWorkingDays)}|${options.ngayVanHoa === true ? "vh" : ""}`;
}

function hasExtras(options: CalendarOptions | undefined): options is CalendarOptions {
  if (options === null || options === undefined || typeof options !== "object") return false;
  const off = options.extraDaysOff;
  const on = options.extraWorkingDays;
  return (Array.isArray(off) && off.length > 0) || (Array.isArray(on) && on.length > 0) || options.ngayVanHoa === true;
}

// One-entry memo of the last options seen (by content, not identity): spreadsheet functions
// call with the same extra days over and over, each time in a fresh array.
let lastOff: Day[] = [];
let lastOn: Day[] = [];
let lastVanHoa = false;
let lastCalendar: WorkingCalendar | null = null;

function sameDays(a: readonly Day[] | undefined, b: readonly Day[]): boolean {
  const list = Array.isArray(a) ? a : [];
  if (list.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (list[i] !== b[i]) return false;
  return true;
}

/** The calendar for these options (the default calendar when there are no additions). */
export function getCalendar(options?: CalendarOptions): WorkingCalendar {
  if (!hasExtras(options)) {
    if (defaultCalendar === null) defaultCalendar = new WorkingCalendar();
    return defaultCalendar;
  }
  const vanHoa = options.ngayVanHoa === true;
  if (lastCalendar !== null && lastVanHoa === vanHoa && sameDays(options.extraDaysOff, lastOff) && sameDays(options.extraWorkingDays, lastOn)) {
    return lastCalendar;
  }
  const cal = lookUp(options);
  lastOff = Array.isArray(options.extraDaysOff) ? [...options.extraDaysOff] : [];
  lastOn = Array.isArray(options.extraWorkingDays) ? [...options.extraWorkingDays] : [];
  lastVanHoa = vanHoa;
  lastCalendar = cal;
  return cal;
}

function lookUp(options: CalendarOptions): WorkingCalendar {
  const key = optionsKey(options);
  if (key === "||") return getCalendar();
  let cal = lru.get(key);
  if (cal !== undefined) {
    lru.delete(key);
  } else {
    cal = new WorkingCalendar(options);
    if (lru.size >= LRU_SIZE) lru.delete(lru.keys().next().value!);
  }
  lru.set(key, cal);
  return cal;
}

export function isWorkingDay(day: Day, options?: CalendarOptions): boolean {
  return getCalendar(options).isWorkingDay(day);
}

export function addWorkingDays(start: Day, n: number, options?: CalendarOptions): Day | null {
  return getCalendar(options).addWorkingDays(start, n);
}

export function workingDaysBetween(from: Day, to: Day, options?: CalendarOptions): number | null {
  return getCalendar(options).workingDaysBetween(from, to);
}

export function daysOffOfYear(year: number, options?: CalendarOptions): YearDaysOff | null {
  return getCalendar(options).daysOffOfYear(year);
}

/**
 * Why a day is not an ordinary one, in Vietnamese: the holiday / nghỉ bù / hoán đổi name of a
 * Monday–Friday day off, "Làm bù …" for a worked Saturday, the user-addition names; null for an
 * ordinary working weekday or an ordinary weekend, and for days outside 1900–2100.
 */
export function dayOffReason(day: Day, options?: CalendarOptions): string | null {
  return getCalendar(options).reasonOf(day);
}
