import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canChiYear,
  INVALID_LUNAR_DATE,
  leapMonthOfLunarYear,
  lunarDateOf,
  lunarMonthLength,
  lunarToSolar,
  solarToLunar,
  tetDay,
} from "../../../core/src/calendar/lunar.js";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";

const D = (y: number, m: number, d: number) => dayFromYMD(y, m, d);
const FIRST = D(1900, 1, 1);
const LAST = D(2100, 12, 31);

describe("solarToLunar / lunarToSolar (Hồ Ngọc Đức, UTC+7)", () => {
  it("gives the Vietnamese Tết dates, not the Chinese ones", () => {
    expect(solarToLunar(D(2025, 1, 29))).toEqual({ day: 1, month: 1, year: 2025, leap: false });
    expect(solarToLunar(D(2026, 2, 17))).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    // Tết Ất Sửu 1985: 21/01/1985 in Việt Nam; China (UTC+8) celebrated on 20/02/1985.
    expect(solarToLunar(D(1985, 1, 21))).toEqual({ day: 1, month: 1, year: 1985, leap: false });
    expect(solarToLunar(D(1985, 2, 20))).toEqual({ day: 1, month: 2, year: 1985, leap: false });
    expect(toISO(tetDay(1985)!)).toBe("1985-01-21");
    // Tết Đinh Hợi 2007: 17/02/2007 in Việt Nam (18/02/2007 in China).
    expect(toISO(tetDay(2007)!)).toBe("2007-02-17");
    // Tết Mậu Thân 1968 in (North) Việt Nam, on UTC+7 since 1967: 29/01/1968.
    expect(toISO(tetDay(1968)!)).toBe("1968-01-29");
  });

  it("knows published Tết dates of recent years", () => {
    const tet: Record<number, string> = {
      2000: "2000-02-05",
      2010: "2010-02-14",
      2020: "2020-01-25",
      2021: "2021-02-12",
      2022: "2022-02-01",
      2023: "2023-01-22",
      2024: "2024-02-10",
      2025: "2025-01-29",
      2026: "2026-02-17",
      2027: "2027-02-06",
    };
    for (const [year, iso] of Object.entries(tet)) expect(toISO(tetDay(Number(year))!)).toBe(iso);
  });

  it("knows Giỗ Tổ Hùng Vương (10/3 âm lịch) and Trung thu of recent years", () => {
    const gioTo = (y: number) => toISO(lunarToSolar({ day: 10, month: 3, year: y, leap: false })!);
    expect(gioTo(2022)).toBe("2022-04-10");
    expect(gioTo(2023)).toBe("2023-04-29");
    expect(gioTo(2024)).toBe("2024-04-18");
    expect(gioTo(2025)).toBe("2025-04-07");
    expect(gioTo(2026)).toBe("2026-04-26");
    expect(solarToLunar(D(2025, 10, 6))).toEqual({ day: 15, month: 8, year: 2025, leap: false });
  });

  it("handles leap months", () => {
    expect(leapMonthOfLunarYear(2020)).toBe(4);
    expect(leapMonthOfLunarYear(2023)).toBe(2);
    expect(leapMonthOfLunarYear(2025)).toBe(6);
    expect(leapMonthOfLunarYear(2026)).toBe(0);
    // 2025 has a leap 6th month (tháng 6 nhuận): 25/07/2025 is 1/6 nhuận.
    expect(solarToLunar(D(2025, 7, 25))).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe(D(2025, 7, 25));
    // A leap month the year does not have does not exist.
    expect(lunarToSolar({ day: 1, month: 6, year: 2026, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
  });

  it("rejects lunar dates that do not exist", () => {
    // Tháng Chạp Ất Tỵ has 29 days: 16/02/2026 is 29/12, 17/02/2026 is Tết.
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false })).toBe(D(2026, 2, 16));
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 0, month: 1, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 31, month: 1, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 13, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 1.5, month: 1, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 1, year: 2101, leap: false })).toBeNull();
    // 1/11 âm lịch of 1899 is in December 1899, outside the supported range.
    expect(lunarToSolar({ day: 1, month: 11, year: 1899, leap: false })).toBeNull();
  });

  it("covers exactly 1900-01-01 … 2100-12-31", () => {
    expect(solarToLunar(FIRST)).toEqual({ day: 1, month: 12, year: 1899, leap: false });
    expect(lunarDateOf(LAST)).not.toBeNull();
    expect(lunarDateOf(FIRST - 1)).toBeNull();
    expect(lunarDateOf(LAST + 1)).toBeNull();
    expect(solarToLunar(LAST + 1)).toEqual(INVALID_LUNAR_DATE);
    expect(solarToLunar(Number.NaN)).toEqual({ day: 0, month: 0, year: 0, leap: false });
  });

  it("solar → lunar → solar is the identity for every day of 1900–2100", () => {
    let months = 0;
    for (let d = FIRST; d <= LAST; d++) {
      const l = solarToLunar(d);
      if (lunarToSolar(l) !== d) throw new Error(`${toISO(d)} → ${JSON.stringify(l)} does not come back`);
      if (l.day === 1) months++;
    }
    // 201 Gregorian years ≈ 2 486 lunar months.
    expect(months).toBeGreaterThan(2480);
    expect(months).toBeLessThan(2492);
  });

  it("lunar → solar → lunar is the identity (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          const l = { day, month, year, leap };
          const s = lunarToSolar(l);
          if (s === null) {
            // Only impossible dates are refused (a missing leap month, day 30 of a 29-day month),
            // and the end of lunar 2100 (months 11–12), which falls after 2100-12-31.
            const len = lunarMonthLength(year, month, leap);
            return len === null || day > len || (year === 2100 && month >= 11);
          }
          expect(solarToLunar(s)).toEqual(l);
          return true;
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("month lengths are 29 or 30 days and years have 12 or 13 months", () => {
    for (let y = 1900; y <= 2100; y++) {
      const leap = leapMonthOfLunarYear(y)!;
      for (let m = 1; m <= 12; m++) expect([29, 30]).toContain(lunarMonthLength(y, m));
      if (leap > 0) expect([29, 30]).toContain(lunarMonthLength(y, leap, true));
      const days = tetDay(y + 1) === null ? null : tetDay(y + 1)! - tetDay(y)!;
      if (days !== null) expect(leap > 0 ? [383, 384, 385] : [353, 354, 355]).toContain(days);
    }
  });
});

describe("canChiYear", () => {
  it("names the years", () => {
    expect(canChiYear(2025)).toBe("Ất Tỵ");
    expect(canChiYear(2026)).toBe("Bính Ngọ");
    expect(canChiYear(2024)).toBe("Giáp Thìn");
    expect(canChiYear(1985)).toBe("Ất Sửu");
    expect(canChiYear(1968)).toBe("Mậu Thân");
    expect(canChiYear(1900)).toBe("Canh Tý");
    expect(canChiYear(2025)).toBe(canChiYear(2025).normalize("NFC"));
    expect(canChiYear(2025 - 60)).toBe("Ất Tỵ");
    expect(canChiYear(Number.NaN)).toBe("");
    expect(canChiYear(1.5)).toBe("");
  });
});

describe("no input throws", () => {
  it("for any value", () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withObjectString: true, withNullPrototype: true }), fc.anything(), (a, b) => {
        const anyA = a as never;
        solarToLunar(anyA);
        lunarDateOf(anyA);
        lunarToSolar(anyA);
        lunarToSolar({ day: a, month: b, year: a, leap: b } as never);
        canChiYear(anyA);
        leapMonthOfLunarYear(anyA);
        lunarMonthLength(anyA, b as never, a as never);
        tetDay(anyA);
      }),
      { numRuns: 2000 },
    );
    for (const x of [Number.NaN, Infinity, -Infinity, 1e300, -1e300, 0.5, -0, Number.MAX_SAFE_INTEGER]) {
      expect(() => [solarToLunar(x), canChiYear(x), tetDay(x), lunarToSolar({ day: x, month: x, year: x, leap: false })]).not.toThrow();
    }
  });
});
