/**
 * Public holidays as the Labour Code fixes them, for years without an official schedule.
 *
 * Bộ luật Lao động 2019 (from 2021), Điều 112 khoản 1:
 *   a) Tết Dương lịch: 1 ngày (1/1 dương lịch);
 *   b) Tết Âm lịch: 5 ngày;
 *   c) Ngày Chiến thắng: 1 ngày (30/4 dương lịch);
 *   d) Ngày Quốc tế lao động: 1 ngày (1/5 dương lịch);
 *   đ) Quốc khánh: 2 ngày (2/9 dương lịch và 1 ngày liền kề trước hoặc sau);
 *   e) Ngày Giỗ Tổ Hùng Vương: 1 ngày (10/3 âm lịch).
 * Điều 111 khoản 3: a holiday on the weekly rest day (Saturday/Sunday for civil servants) gives
 * a day off on the next working day (nghỉ bù).
 *
 * Choices where the law leaves one to the Government:
 *   - Tết Âm lịch: the last day of the old lunar year and the first 4 days of the new one
 *     (the most frequent choice of recent years); pass `tetDaysBefore` to change it.
 *   - Quốc khánh: the adjacent day is the day BEFORE, 1/9 (chosen in 2022, 2023, 2025 and 2026);
 *     pass `quocKhanhExtraDay: "after"` for 3/9.
 * Years before 2021 follow Bộ luật Lao động 2012, Điều 115 (Quốc khánh 1 day only, same other
 * holidays); for years before 2013 this is only an approximation of the law of the time.
 */
import { dayFromYMD, isSupportedYear, toVN, weekday, type Day } from "../dates/day.js";
import type { CalendarEntry } from "./types.js";
import { canChiYear, lunarDateOf, lunarToSolar } from "./lunar.js";

export interface StatutoryOptions {
  /** Which day joins 2/9 for Quốc khánh: "before" = 1/9 (default), "after" = 3/9. */
  quocKhanhExtraDay?: "before" | "after";
  /** How many of the 5 Tết days come before 1/1 âm lịch (0–4, default 1). */
  tetDaysBefore?: number;
}

/** First year governed by Bộ luật Lao động 2019. */
export const LABOUR_CODE_2019_FROM = 2021;

/** Where the statutory rules come from, for a year without an official schedule. */
export function statutorySources(year: number): string[] {
  if (!isSupportedYear(year)) return [];
  if (year >= LABOUR_CODE_2019_FROM) {
    return [
      `Không có lịch nghỉ chính thức năm ${year} trong dữ liệu: tính theo quy định của Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù) và Điều 112 (ngày nghỉ lễ, tết); Tết Âm lịch gồm ngày cuối năm âm lịch và 4 ngày đầu năm mới, Quốc khánh gồm 2/9 và ngày liền trước 1/9. Lịch nghỉ thực tế do Chính phủ công bố hằng năm có thể khác (hoán đổi, làm bù).`,
    ];
  }
  const note = year < 2013 ? " (ước tính: năm trước 2013 áp dụng Bộ luật Lao động 1994 sửa đổi, có thể khác)" : "";
  return [
    `Không có lịch nghỉ chính thức năm ${year} trong dữ liệu: tính theo Bộ luật Lao động 2012, Điều 115 (ngày nghỉ lễ, tết; Quốc khánh 1 ngày 2/9; khoản 3: nghỉ bù)${note}. Lịch nghỉ thực tế do Chính phủ công bố có thể khác (hoán đổi, làm bù).`,
  ];
}

const isWeekendDay = (d: Day): boolean => {
  const w = weekday(d);
  return w === 0 || w === 6;
};

/**
 * Holidays of a Gregorian year under the Labour Code, with nghỉ bù: every holiday date
 * (including those on a Saturday or Sunday) and every compensatory day off, sorted by date.
 * Returns [] for a year outside 1900–2100 or a non-integer year.
 */
export function statutoryHolidays(year: number, options?: StatutoryOptions): CalendarEntry[] {
  if (!isSupportedYear(year)) return [];
  const opts: StatutoryOptions = options !== null && typeof options === "object" ? options : {};
  const holidays: CalendarEntry[] = [];
  holidays.push({ day: dayFromYMD(year, 1, 1), name: "Tết Dương lịch" });

  const tet = lunarToSolar({ day: 1, month: 1, year, leap: false });
  if (tet !== null) {
    const raw = opts.tetDaysBefore;
    const before = Number.isInteger(raw) && raw! >= 0 && raw! <= 4 ? raw! : 1;
    const tetName = `Tết Nguyên đán ${canChiYear(year)}`;
    for (let i = -before; i < 5 - before; i++) {
      const lunar = lunarDateOf(tet + i);
      const when = i >= 0 ? `mùng ${i + 1} Tết` : lunar !== null ? `${lunar.day} tháng Chạp` : "trước Tết";
      holidays.push({ day: tet + i, name: `${tetName} (${when})` });
    }
  }

  const gioTo = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (gioTo !== null) holidays.push({ day: gioTo, name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" });

  holidays.push({ day: dayFromYMD(year, 4, 30), name: "Ngày Chiến thắng (30/4)" });
  holidays.push({ day: dayFromYMD(year, 5, 1), name: "Ngày Quốc tế Lao động (1/5)" });
  holidays.push({ day: dayFromYMD(year, 9, 2), name: "Quốc khánh (2/9)" });
  if (year >= LABOUR_CODE_2019_FROM) {
    const after = opts.quocKhanhExtraDay === "after";
    holidays.push({
      day: dayFromYMD(year, 9, after ? 3 : 1),
      name: `Quốc khánh (ngày liền kề ${after ? "sau" : "trước"}, ${after ? "3/9" : "1/9"})`,
    });
  }
  holidays.sort((a, b) => a.day - b.day);

  // Điều 111 khoản 3: each holiday on a Saturday/Sunday gives the next working day off. A date
  // that carries two holidays (possible only when Giỗ Tổ falls on 30/4 or 1/5) is treated the
  // same way for the second holiday. Walk forward in date order, skipping weekends, holidays
  // and days already given as nghỉ bù.
  const used = new Set<Day>(holidays.map((h) => h.day));
  const compensations: CalendarEntry[] = [];
  const seen = new Set<Day>();
  for (const h of holidays) {
    const doubled = seen.has(h.day);
    seen.add(h.day);
    if (!doubled && !isWeekendDay(h.day)) continue;
    let d = h.day + 1;
    while (isWeekendDay(d) || used.has(d)) d++;
    used.add(d);
    const why = doubled ? "trùng ngày lễ khác" : `trùng ${weekday(h.day) === 0 ? "Chủ nhật" : "thứ Bảy"}`;
    compensations.push({ day: d, name: `Nghỉ bù: ${h.name}, ngày ${toVN(h.day)} ${why}` });
  }
  return [...holidays, ...compensations].sort((a, b) => a.day - b.day);
}
