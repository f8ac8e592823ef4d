// Issue 10 §6 calendar rulings: 2025 without the 15/02 make-up day, the 2026 swaps with their
// sources, and 24/11 (Ngày Văn hóa Việt Nam) as a named optional day off, off by default.
import { describe, expect, it } from "vitest";
import { NGAY_VAN_HOA, OPTIONAL_DAYS_OFF, optionalDayEntries } from "../../../core/src/calendar/optionalDaysOff.js";
import { addWorkingDays, dayOffReason, daysOffOfYear, getCalendar, isWorkingDay, workingDaysBetween } from "../../../core/src/calendar/workingDays.js";
import { dayFromYMD, toISO, weekday } from "../../../core/src/dates/day.js";

const D = (y: number, m: number, d: number) => dayFromYMD(y, m, d);
const VH = { ngayVanHoa: true } as const;

describe("2025: no Tết make-up Saturday", () => {
  it("has 250 working days; Saturday 15/02/2025 is an ordinary Saturday; 27/01 is 28 tháng Chạp", () => {
    expect(workingDaysBetween(D(2025, 1, 1), D(2025, 12, 31))).toBe(250);
    expect(isWorkingDay(D(2025, 2, 15))).toBe(false);
    expect(daysOffOfYear(2025)!.workingWeekends.map((e) => toISO(e.day))).toEqual(["2025-04-26"]);
    expect(dayOffReason(D(2025, 1, 27))).toBe("Tết Nguyên đán Ất Tỵ (28 tháng Chạp)");
    expect(daysOffOfYear(2025)!.sources.join(" ")).toContain("không có ngày làm bù");
  });
});

describe("2026 swaps and their sources", () => {
  it("02/01 worked back on Saturday 10/01, 31/08 on Saturday 22/08; 250 working days", () => {
    expect(isWorkingDay(D(2026, 1, 2))).toBe(false);
    expect(isWorkingDay(D(2026, 1, 10))).toBe(true);
    expect(isWorkingDay(D(2026, 8, 31))).toBe(false);
    expect(isWorkingDay(D(2026, 8, 22))).toBe(true);
    expect(workingDaysBetween(D(2026, 1, 1), D(2026, 12, 31))).toBe(250);
    // Wed 31/12/2025 + 1: 1/1 and 2/1 off, 3–4/1 weekend → Monday 05/01; + 5 reaches the worked Saturday 10/01.
    expect(toISO(addWorkingDays(D(2025, 12, 31), 1)!)).toBe("2026-01-05");
    expect(toISO(addWorkingDays(D(2025, 12, 31), 6)!)).toBe("2026-01-10");
  });
  it("cite the Government's agreement of 25/12/2025 and the Ministry of Home Affairs' notice", () => {
    const s = daysOffOfYear(2026)!.sources;
    const tetDuongLich = s.find((x) => x.includes("10/01/2026"))!;
    expect(tetDuongLich).toContain("Chính phủ ngày 25/12/2025");
    expect(tetDuongLich).toContain("Bộ Nội vụ");
    expect(s.join(" ")).toContain("9441/TB-BNV");
  });
});

describe("24/11, Ngày Văn hóa Việt Nam: optional day off, off by default", () => {
  it("is named and labelled as not yet in the Labour Code", () => {
    expect(OPTIONAL_DAYS_OFF).toEqual([NGAY_VAN_HOA]);
    expect(NGAY_VAN_HOA.name).toContain("Ngày Văn hóa Việt Nam");
    expect(NGAY_VAN_HOA.name).toContain("chưa có trong Bộ luật Lao động");
    expect(NGAY_VAN_HOA.name).toBe(NGAY_VAN_HOA.name.normalize("NFC"));
  });
  it("off by default: Tuesday 24/11/2026 is a working day and 2026 has 250 working days", () => {
    expect(isWorkingDay(D(2026, 11, 24))).toBe(true);
    expect(dayOffReason(D(2026, 11, 24))).toBeNull();
    expect(daysOffOfYear(2026)!.daysOff.some((e) => e.day === D(2026, 11, 24))).toBe(false);
  });
  it("switched on: 24/11/2026 is off with its name, 2026 has 249 working days, the source says it is not yet law", () => {
    expect(isWorkingDay(D(2026, 11, 24), VH)).toBe(false);
    expect(workingDaysBetween(D(2026, 1, 1), D(2026, 12, 31), VH)).toBe(249);
    expect(dayOffReason(D(2026, 11, 24), VH)).toBe(NGAY_VAN_HOA.name);
    const y = daysOffOfYear(2026, VH)!;
    expect(y.daysOff.find((e) => e.day === D(2026, 11, 24))!.name).toBe(NGAY_VAN_HOA.name);
    expect(y.daysOff).toHaveLength(14);
    expect(y.sources.some((s) => s.startsWith("Ngày Văn hóa Việt Nam 24/11: ngày nghỉ tùy chọn"))).toBe(true);
    // the "not included, switch it on" line gives way
    expect(y.sources.some((s) => s.startsWith("Không gồm ngày 24/11"))).toBe(false);
    // Monday 23/11/2026 + 1 skips Tuesday 24/11
    expect(toISO(addWorkingDays(D(2026, 11, 23), 1, VH)!)).toBe("2026-11-25");
  });
  it("applies from 2026 on weekdays only (2025 unchanged; Saturday 24/11/2029 gives no nghỉ bù)", () => {
    expect(isWorkingDay(D(2025, 11, 24), VH)).toBe(true);
    expect(workingDaysBetween(D(2025, 1, 1), D(2025, 12, 31), VH)).toBe(250);
    expect(weekday(D(2029, 11, 24))).toBe(6);
    expect(isWorkingDay(D(2029, 11, 26), VH)).toBe(true);
    expect(isWorkingDay(D(2027, 11, 24), VH)).toBe(false);
    const entries = optionalDayEntries(NGAY_VAN_HOA);
    expect(toISO(entries[0]!.day)).toBe("2026-11-24");
    expect(entries.every((e) => weekday(e.day) !== 0 && weekday(e.day) !== 6)).toBe(true);
  });
  it("a user's extra working day wins over it; extra days off add to it; calendars are cached by the switch", () => {
    expect(isWorkingDay(D(2026, 11, 24), { ngayVanHoa: true, extraWorkingDays: [D(2026, 11, 24)] })).toBe(true);
    const both = { ngayVanHoa: true, extraDaysOff: [D(2026, 11, 23)] };
    expect(workingDaysBetween(D(2026, 11, 23), D(2026, 11, 27), both)).toBe(3);
    expect(getCalendar({ ngayVanHoa: true })).toBe(getCalendar({ ngayVanHoa: true }));
    expect(getCalendar({ ngayVanHoa: true })).not.toBe(getCalendar());
    expect(getCalendar({ ngayVanHoa: false })).toBe(getCalendar());
    // alternating calls do not leak the switch into the default calendar
    expect(isWorkingDay(D(2026, 11, 24), VH)).toBe(false);
    expect(isWorkingDay(D(2026, 11, 24))).toBe(true);
    expect(isWorkingDay(D(2026, 11, 24), { ngayVanHoa: true, extraDaysOff: [] })).toBe(false);
  });
});
