/**
 * A date with an optional time of day, e.g. the moment a dossier was received.
 *
 * The day is always the one `parseDateCell` gives for the same cell (so callers that only
 * need the day see no difference); the time comes on top:
 *  - Excel/Sheets serial with a fraction: 45681.6875 → 24/01/2025 16:30;
 *  - a Date: its UTC calendar day and UTC clock (hosts pass the wall-clock time in UTC fields);
 *  - text: "24/01/2025 16:30", "2025-01-24 16:30", "2025-01-24T16:30:00", "24/01/2025 lúc 16h30",
 *    "16:30 24/01/2025", "16 giờ 30 ngày 24/01/2025" (times as in timeOfDay.ts).
 * A serial or Date exactly at midnight has no time (minutes: null): a spreadsheet cannot tell
 * "24/01/2025" from "24/01/2025 00:00". A text without a time has none either.
 *
 * A text whose date reads but whose time does not (for example "24/01/2025 25:00", which
 * `parseDateText` accepts, the time being ignored) keeps its day, with `timeProblem` saying
 * what is wrong: it only matters to callers that use the time (a receipt cut-off).
 */
import { type Day } from "./day.js";
import { type DateParse, parseDateCell, parseDateText } from "./parseDate.js";
import { minutesOfDayFraction, parseTimeText } from "./timeOfDay.js";

export interface DateTimeValue {
  day: Day;
  /** Minutes after midnight (seconds as a fraction); null when no time is given. */
  minutes: number | null;
  /** Why the time written next to the date could not be used (the day is still right). */
  timeProblem?: string;
}

export type DateTimeParse = ({ ok: true } & DateTimeValue) | { ok: false; message: string };

const DATE = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`;
/** Date first: "24/01/2025 16:30", "2025-01-24T16:30", "24/01/2025, 16h30", "24/01/2025 lúc 16 giờ 30". */
const DATE_THEN_TIME = new RegExp(`^${DATE}(?:\\s*,\\s*|\\s+(?:lúc|luc)\\s+|\\s+|T)(\\S.*)$`, "i");
/** Time first: "16:30 24/01/2025", "16 giờ 30, ngày 24/01/2025", "16h30 ngày 24/01/2025". */
const TIME_THEN_DATE = new RegExp(`^(.*?\\S)(?:\\s*,\\s*|\\s+)(?:(?:ngày|ngay)\\s+)?${DATE}$`, "i");
/** A zone suffix after an ISO time: "Z", "+07:00", "-0500". */
const ZONE = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i;

const MS_PER_DAY = 86_400_000;

/** The time part of a date-time text; a zone suffix other than Vietnam's (+07:00) cannot be used as is. */
function readTime(timeText: string, whole: string): { minutes: number } | { problem: string } {
  let t = timeText.trim();
  const zone = ZONE.exec(t);
  if (zone && /\d/.test(t.slice(0, zone.index))) {
    const vietnam = zone[1] === "+" && zone[2] === "07" && zone[3] === "00";
    if (!vietnam) {
      return {
        problem: `Giờ trong "${whole}" ghi kèm múi giờ khác giờ Việt Nam; hãy ghi giờ Việt Nam, ví dụ 24/01/2025 16:30.`,
      };
    }
    t = t.slice(0, zone.index).trim();
  }
  const r = parseTimeText(t);
  return r.ok ? { minutes: r.minutes } : { problem: r.message };
}

/** A time problem with the whole text named, unless it already is. */
function inText(whole: string, problem: string): string {
  return problem.includes(`"${whole}"`) ? problem : `Trong "${whole}": ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
}

function withTime(date: DateParse, time: { minutes: number } | { problem: string }): DateTimeParse {
  if (!date.ok) return date;
  return "minutes" in time ? { ok: true, day: date.day, minutes: time.minutes } : { ok: true, day: date.day, minutes: null, timeProblem: time.problem };
}

/** Read a date with an optional time of day written as text (forms at the top of this file). */
export function parseDateTimeText(input: string): DateTimeParse {
  const text = typeof input === "string" ? input.normalize("NFC").trim() : "";
  const plain = parseDateText(text);
  const first = DATE_THEN_TIME.exec(text);
  if (first) {
    const time = readTime(first[2], text);
    // parseDateText accepted the text (the time was ignored): keep its day whatever the time
    if (plain.ok) return withTime(plain, time);
    const date = parseDateText(first[1]);
    if (!date.ok) return date;
    if ("problem" in time) return { ok: false, message: inText(text, time.problem) };
    return withTime(date, time);
  }
  if (plain.ok) return { ok: true, day: plain.day, minutes: null };
  const last = TIME_THEN_DATE.exec(text);
  if (last) {
    const date = parseDateText(last[2]);
    if (!date.ok) return date;
    const time = readTime(last[1], text);
    if ("problem" in time) return { ok: false, message: inText(text, time.problem) };
    return withTime(date, time);
  }
  return plain;
}

/**
 * Read a spreadsheet cell as a date with an optional time: a serial (its fraction is the time),
 * a Date (UTC fields), or text (parseDateTimeText). The day is parseDateCell's.
 */
export function parseDateTimeCell(value: unknown): DateTimeParse {
  if (typeof value === "string") return parseDateTimeText(value);
  const date = parseDateCell(value);
  if (!date.ok) return date;
  let fraction = 0;
  if (typeof value === "number") {
    fraction = value - Math.floor(value);
  } else if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") {
    const t = (value as Date).getTime();
    fraction = (t - Math.floor(t / MS_PER_DAY) * MS_PER_DAY) / MS_PER_DAY;
  }
  const minutes = minutesOfDayFraction(fraction);
  return { ok: true, day: date.day, minutes: minutes === null || minutes === 0 ? null : minutes };
}
