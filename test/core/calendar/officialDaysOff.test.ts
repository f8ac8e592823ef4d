import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lunarDateOf } from "../../../core/src/calendar/lunar.js";
import { OFFICIAL_YEARS, officialYear } from "../../../core/src/calendar/officialDaysOff.js";
import { statutoryHolidays } from "../../../core/src/calendar/statutoryHolidays.js";
import { toISO, weekday, yearOf } from "../../../core/src/dates/day.js";

describe("official day-off tables 2022–2026 (data)", () => {
  it("has a table for exactly 2022–2026", () => {
    expect(OFFICIAL_YEARS).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(officialYear(2021)).toBeNull();
    expect(officialYear(2027)).toBeNull();
    expect(officialYear(Number.NaN)).toBeNull();
  });

  it("each table is consistent: weekdays off, Saturdays worked, in its year, sorted, with sources", () => {
    for (const year of OFFICIAL_YEARS) {
      const y = officialYear(year)!;
      expect(y.sources.length).toBeGreaterThan(0);
      for (const s of y.sources) expect(s).toBe(s.normalize("NFC"));
      for (const e of y.daysOff) {
        expect([1, 2, 3, 4, 5], `${toISO(e.day)} ${e.name}`).toContain(weekday(e.day));
        expect(yearOf(e.day)).toBe(year);
        expect(e.name).toBe(e.name.normalize("NFC"));
      }
      for (const e of y.workingWeekends) {
        expect(weekday(e.day), toISO(e.day)).toBe(6);
        expect(yearOf(e.day)).toBe(year);
      }
      const days = y.daysOff.map((e) => e.day);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      // Sizes counted by hand from the documents (weekdays off / Saturdays worked).
      const sizes: Record<number, [number, number]> = {
        2022: [11, 0],
        2023: [11, 0],
        2024: [12, 1],
        2025: [12, 1],
        2026: [13, 2],
      };
      expect([y.daysOff.length, y.workingWeekends.length], String(year)).toEqual(sizes[year]);
      // Each swap adds one weekday and one worked Saturday on top of the Labour Code (2025 too,
      // since the 15/02/2025 make-up day was removed: its Tết days are exactly the statutory ones).
      const statutoryWeekdays = statutoryHolidays(year).filter((e) => ![0, 6].includes(weekday(e.day))).length;
      expect(y.daysOff.length - y.workingWeekends.length, String(year)).toBe(statutoryWeekdays);
    }
  });

  it("names the Tết days with their real lunar day (mùng N Tết / 29 tháng Chạp)", () => {
    for (const year of OFFICIAL_YEARS) {
      for (const e of officialYear(year)!.daysOff) {
        const l = lunarDateOf(e.day)!;
        const mung = /mùng (\d) Tết/.exec(e.name);
        if (mung) expect({ month: l.month, day: l.day }, `${toISO(e.day)} ${e.name}`).toEqual({ month: 1, day: Number(mung[1]) });
        const chap = /(\d\d) tháng Chạp/.exec(e.name);
        if (chap) expect({ month: l.month, day: l.day }, `${toISO(e.day)} ${e.name}`).toEqual({ month: 12, day: Number(chap[1]) });
      }
    }
  });

  it("cites the documents", () => {
    const src = (y: number) => officialYear(y)!.sources.join(" | ");
    expect(src(2022)).toContain("245/VPCP-KGVX");
    expect(src(2023)).toContain("8056/VPCP-KGVX");
    expect(src(2024)).toContain("5015/TB-LĐTBXH");
    expect(src(2024)).toContain("2450/VPCP-KGVX");
    expect(src(2025)).toContain("8726/VPCP-KGVX");
    expect(src(2026)).toContain("9441/TB-BNV");
    expect(src(2026)).toContain("9859/VPCP-KGVX");
    expect(src(2026)).toContain("12729/VPCP-KGVX");
  });

  it("hands out copies that callers cannot use to change the data", () => {
    const a = officialYear(2025)!;
    a.daysOff.length = 0;
    a.sources.push("x");
    expect(officialYear(2025)!.daysOff.length).toBe(12);
    expect(officialYear(2025)!.sources).not.toContain("x");
  });

  it("never throws", () => {
    expect(officialYear({ toString: 0 } as never)).toBeNull();
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withObjectString: true, withNullPrototype: true }), (a) => {
        const y = officialYear(a as never);
        if (y !== null) expect(OFFICIAL_YEARS).toContain(y.year);
      }),
      { numRuns: 5000 },
    );
  });
});
