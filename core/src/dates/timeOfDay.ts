/**
 * Times of day (giờ trong ngày), as minutes after midnight: 15:00 → 900, 16:30:30 → 990.5.
 *
 * A time is read to the second (seconds become a fraction of a minute), so that "after 15:00"
 * can be decided strictly: 15:00:00 is not after 15:00, 15:00:30 and 15:01 are.
 *
 * Texts Vietnamese users type: "15:00", "15:00:00", "15h", "15h30", "15h30'", "15g30",
 * "15 giờ", "15 giờ 30", "15 giờ 30 phút", "15 gio 30" (no diacritics), a bare hour "15",
 * 12-hour forms with a period of the day: "3 giờ chiều", "3:30 chiều", "9 giờ sáng",
 * "7 giờ tối", "12 giờ trưa", and the AM/PM designators of Excel in English ("3:00 PM") and
 * Vietnamese ("3:00 CH", "9:00 SA").
 * Cells: a fraction of a day (0.625 = 15:00, as Excel and Sheets store times), a whole hour
 * 0–23, or a Date whose UTC clock fields hold the time (how hosts pass a time cell).
 */
import { foldKey } from "../text/normalize.js";

/** A time of day read from a user, or a Vietnamese explanation. */
export type TimeParse = { ok: true; minutes: number } | { ok: false; message: string };

export const MINUTES_PER_DAY = 1440;
const SECONDS_PER_DAY = 86_400;

const HOW = "Hãy nhập giờ theo dạng 15:00, 15h30 hoặc 15 giờ 30.";

const HH_MM = /^(\d{1,2}):(\d{2})$/;
// After foldKey: lower case, no diacritics, one space. Hours, then minutes and seconds.
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?: ?(.+))?$/;
const WORDS = /^(\d{1,2}) ?(?:gio|h|g)(?: ?(\d{1,2}) ?(?:phut|ph|p|')?)?(?: ?(.+))?$/;
const BARE_HOUR = /^(\d{1,2})(?: ?(.+))?$/;

type Period = "am" | "pm" | "sang" | "trua" | "chieu" | "toi";

const PERIODS: Record<string, Period> = {
  am: "am",
  "a.m.": "am",
  sa: "am",
  pm: "pm",
  "p.m.": "pm",
  ch: "pm",
  sang: "sang",
  "buoi sang": "sang",
  trua: "trua",
  "buoi trua": "trua",
  chieu: "chieu",
  "buoi chieu": "chieu",
  toi: "toi",
  "buoi toi": "toi",
};

/** The 24-hour hour of `hour` written with a period of the day, or null when they do not fit. */
function withPeriod(hour: number, period: Period): number | null {
  switch (period) {
    case "am":
      return hour >= 1 && hour <= 12 ? hour % 12 : null;
    case "pm":
      return hour >= 1 && hour <= 12 ? (hour % 12) + 12 : null;
    case "sang": // 0–11 as written
      return hour <= 11 ? hour : null;
    case "trua": // 11, 12, and 1–2 in the afternoon
      return hour === 11 || hour === 12 ? hour : hour >= 1 && hour <= 2 ? hour + 12 : hour >= 13 && hour <= 14 ? hour : null;
    case "chieu": // 1–11 → 13–23; 12–23 as written ("15 giờ chiều")
      return hour >= 1 && hour <= 11 ? hour + 12 : hour >= 12 && hour <= 23 ? hour : null;
    case "toi": // 6–11 → 18–23; 18–23 as written
      return hour >= 6 && hour <= 11 ? hour + 12 : hour >= 18 && hour <= 23 ? hour : null;
  }
}

function fromParts(text: string, h: number, m: number, s: number, periodText: string | undefined): TimeParse {
  let hour = h;
  if (periodText !== undefined) {
    const period = PERIODS[periodText.replace(/\s+/g, " ").trim()];
    if (period === undefined) return { ok: false, message: `Không đọc được giờ "${text}". ${HOW}` };
    const h24 = withPeriod(h, period);
    if (h24 === null) return { ok: false, message: `Giờ "${text}" không hợp lệ: ${h} giờ không đi với "${periodText}".` };
    hour = h24;
  }
  if (hour > 23 || m > 59 || s > 59) {
    return { ok: false, message: `Giờ "${text}" không hợp lệ: giờ từ 0 đến 23, phút và giây từ 0 đến 59.` };
  }
  return { ok: true, minutes: hour * 60 + m + s / 60 };
}

/** Read a time of day typed as text (see the forms at the top of this file). */
export function parseTimeText(input: string): TimeParse {
  if (typeof input !== "string") return { ok: false, message: "Ô giờ đang trống." };
  // the common "15:00" without normalising or folding (a whole column is read cell by cell)
  let m = HH_MM.exec(input);
  if (m) return fromParts(input, Number(m[1]), Number(m[2]), 0, undefined);
  const text = input.normalize("NFC").trim();
  if (text === "") return { ok: false, message: "Ô giờ đang trống." };
  const key = foldKey(text);
  m = CLOCK.exec(key);
  if (m) return fromParts(text, Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3]), m[4]);
  m = WORDS.exec(key);
  if (m) return fromParts(text, Number(m[1]), m[2] === undefined ? 0 : Number(m[2]), 0, m[3]);
  m = BARE_HOUR.exec(key);
  if (m) return fromParts(text, Number(m[1]), 0, 0, m[2]);
  return { ok: false, message: `Không đọc được giờ "${text}". ${HOW}` };
}

/** Minutes after midnight of a fraction of a day (0.625 → 900), rounded to the second; null outside [0, 1). */
export function minutesOfDayFraction(fraction: number): number | null {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) return null;
  // rounding to the second absorbs floating-point noise (0.6250000001); never rounds up to 24:00
  const seconds = Math.min(Math.round(fraction * SECONDS_PER_DAY), SECONDS_PER_DAY - 1);
  return seconds / 60;
}

/**
 * Read a spreadsheet cell as a time of day: a fraction of a day (0.625 = 15:00), a whole hour
 * 0–23 (15 = 15:00), a Date (its UTC hours, minutes and seconds), or text (parseTimeText).
 */
export function parseTimeCell(value: unknown): TimeParse {
  if (value === null || value === undefined || value === "") return { ok: false, message: "Ô giờ đang trống." };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, message: "Giá trị giờ không phải là số hợp lệ." };
    if (Number.isInteger(value) && value >= 0 && value <= 23) return { ok: true, minutes: value * 60 };
    const minutes = minutesOfDayFraction(value);
    if (minutes !== null) return { ok: true, minutes };
    return {
      ok: false,
      message: `Số ${value} không phải là giờ trong ngày: hãy nhập giờ như 15:00 (hoặc một giờ tròn từ 0 đến 23).`,
    };
  }
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const t = (value as Date).getTime();
    if (Number.isNaN(t)) return { ok: false, message: "Giờ không hợp lệ." };
    const msInDay = ((t % 86_400_000) + 86_400_000) % 86_400_000;
    return { ok: true, minutes: minutesOfDayFraction(msInDay / 86_400_000) ?? 0 };
  }
  if (typeof value === "string") return parseTimeText(value);
  if (typeof value === "boolean") return { ok: false, message: "Giá trị TRUE/FALSE không phải là giờ." };
  return { ok: false, message: `Không đọc được giờ. ${HOW}` };
}

/** "HH:mm" of minutes after midnight ("HH:mm:ss" when there are seconds): 900 → "15:00". */
export function formatTimeOfDay(minutes: number): string {
  const totalSeconds = Math.round(minutes * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const hm = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  return s === 0 ? hm : `${hm}:${String(s).padStart(2, "0")}`;
}
