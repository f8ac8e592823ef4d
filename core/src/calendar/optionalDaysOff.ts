/**
 * DATA: named OPTIONAL days off — days an authority may observe before they are law. Off by
 * default; the user switches them on (settings of both hosts, CLI flag), and every list of days
 * off names them as not yet in the Labour Code.
 *
 * 24/11, Ngày Văn hóa Việt Nam (issue 10 §6 ruling, DOMAIN.md §7): chosen by the Politburo as a
 * paid holiday (Nghị quyết 80-NQ/TW, 01/2026); the Government asked to amend Điều 112 of the
 * Labour Code (Nghị quyết 30/NQ-CP, 02/2026). Until an amended law is in force it is not an
 * official day off. Switched on, it applies from 2026 (the first year it was planned as a day
 * off), on 24/11 when that is a Monday–Friday; no nghỉ bù is assumed when it falls on a weekend
 * (Điều 111 would apply only once the day is in Điều 112).
 */
import { dayFromYMD, MAX_YEAR, weekday, type Day } from "../dates/day.js";
import type { CalendarEntry } from "./types.js";

export interface OptionalDayOff {
  /** Key of the switch (CLI flag `--ngay-van-hoa`, CalendarOptions.ngayVanHoa). */
  id: "ngay-van-hoa";
  month: number;
  day: number;
  /** First year the day applies when switched on. */
  fromYear: number;
  /** Name shown in every list of days off, with the "not yet in law" label. */
  name: string;
  /** Why it is optional, with the documents (shown under "Căn cứ"). */
  source: string;
}

export const NGAY_VAN_HOA: OptionalDayOff = Object.freeze({
  id: "ngay-van-hoa",
  month: 11,
  day: 24,
  fromYear: 2026,
  name: "Ngày Văn hóa Việt Nam (24/11) — ngày nghỉ tùy chọn, chưa có trong Bộ luật Lao động",
  source:
    "Ngày Văn hóa Việt Nam 24/11: ngày nghỉ tùy chọn do người dùng bật, chưa có trong Bộ luật Lao động (Nghị quyết 80-NQ/TW tháng 01/2026 chủ trương là ngày nghỉ hưởng nguyên lương; Nghị quyết 30/NQ-CP tháng 02/2026 giao sửa khoản 1 Điều 112 Bộ luật Lao động)",
});

/** Every optional day off, for settings and help texts. */
export const OPTIONAL_DAYS_OFF: readonly OptionalDayOff[] = Object.freeze([NGAY_VAN_HOA]);

/** Monday–Friday occurrences of an optional day from its first year to 2100. */
export function optionalDayEntries(o: OptionalDayOff): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (let y = o.fromYear; y <= MAX_YEAR; y++) {
    const d: Day = dayFromYMD(y, o.month, o.day);
    const w = weekday(d);
    if (w !== 0 && w !== 6) out.push({ day: d, name: o.name });
  }
  return out;
}
