import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  dayOffReason,
  daysOffOfYear,
  EXTRA_DAY_OFF_NAME,
  getCalendar,
  isWorkingDay,
  WorkingCalendar,
  workingDaysBetween,
} from "../../../core/src/calendar/workingDays.js";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";

const D = (y: number, m: number, d: number) => dayFromYMD(y, m, d);
const iso = (d: number | null) => (d === null ? null : toISO(d));
const isoList = (y: number, opts?: Parameters<typeof daysOffOfYear>[1]) => {
  const r = daysOffOfYear(y, opts)!;
  return { off: r.daysOff.map((e) => toISO(e.day)), worked: r.workingWeekends.map((e) => toISO(e.day)) };
};

describe("daysOffOfYear: official tables (DOMAIN.md §7 and the notices)", () => {
  it("2025 exactly as DOMAIN.md §7 (corrected): Tết 27–31/1 with no make-up Saturday, 2/5 swapped with Saturday 26/4", () => {
    const r = daysOffOfYear(2025)!;
    expect(r.official).toBe(true);
    expect(r.sources.join(" ")).toContain("8726/VPCP-KGVX");
    expect(isoList(2025)).toEqual({
      off: [
        "2025-01-01",
        "2025-01-27",
        "2025-01-28",
        "2025-01-29",
        "2025-01-30",
        "2025-01-31",
        "2025-04-07",
        "2025-04-30",
        "2025-05-01",
        "2025-05-02",
        "2025-09-01",
        "2025-09-02",
      ],
      worked: ["2025-04-26"],
    });
    expect(r.daysOff[1]!.name).toBe("Tết Nguyên đán Ất Tỵ (28 tháng Chạp)");
    expect(r.daysOff[6]!.name).toBe("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(r.workingWeekends[0]!.name).toBe("Làm bù cho ngày 02/05/2025");
    expect(r.sources.join(" ")).not.toContain("15/02");
  });

  it("2026: 1/1–2/1 (Saturday 10/1 worked), Tết 16–20/2, 27/4, 30/4, 1/5, Quốc khánh 31/8–2/9 (Saturday 22/8 worked)", () => {
    const r = daysOffOfYear(2026)!;
    expect(r.official).toBe(true);
    expect(isoList(2026)).toEqual({
      off: [
        "2026-01-01",
        "2026-01-02",
        "2026-02-16",
        "2026-02-17",
        "2026-02-18",
        "2026-02-19",
        "2026-02-20",
        "2026-04-27",
        "2026-04-30",
        "2026-05-01",
        "2026-08-31",
        "2026-09-01",
        "2026-09-02",
      ],
      worked: ["2026-01-10", "2026-08-22"],
    });
    expect(r.sources.join(" ")).toContain("9441/TB-BNV");
    // 24/11/2026 (Ngày Văn hóa Việt Nam) is not an official day off in the data: it says so.
    expect(isWorkingDay(D(2026, 11, 24))).toBe(true);
    expect(r.sources.join(" ")).toContain("24/11/2026");
  });

  it("2024: Tết 8–14/2, Giỗ Tổ 18/4, 29/4–1/5 with Saturday 4/5 worked, Quốc khánh 2–3/9", () => {
    expect(isoList(2024)).toEqual({
      off: [
        "2024-01-01",
        "2024-02-08",
        "2024-02-09",
        "2024-02-12",
        "2024-02-13",
        "2024-02-14",
        "2024-04-18",
        "2024-04-29",
        "2024-04-30",
        "2024-05-01",
        "2024-09-02",
        "2024-09-03",
      ],
      worked: ["2024-05-04"],
    });
  });

  it("2023: Tết 20–26/1, nghỉ bù 2/5 and 3/5, Quốc khánh 1/9 and 4/9, no Saturday worked", () => {
    expect(isoList(2023)).toEqual({
      off: [
        "2023-01-02",
        "2023-01-20",
        "2023-01-23",
        "2023-01-24",
        "2023-01-25",
        "2023-01-26",
        "2023-05-01",
        "2023-05-02",
        "2023-05-03",
        "2023-09-01",
        "2023-09-04",
      ],
      worked: [],
    });
  });

  it("2022: Tết 31/1–4/2, nghỉ bù 3/1, 11/4, 2/5, 3/5, Quốc khánh 1–2/9", () => {
    expect(isoList(2022)).toEqual({
      off: [
        "2022-01-03",
        "2022-01-31",
        "2022-02-01",
        "2022-02-02",
        "2022-02-03",
        "2022-02-04",
        "2022-04-11",
        "2022-05-02",
        "2022-05-03",
        "2022-09-01",
        "2022-09-02",
      ],
      worked: [],
    });
  });
});

describe("daysOffOfYear: statutory fallback", () => {
  it("2030 uses BLLĐ 2019 and says so", () => {
    const r = daysOffOfYear(2030)!;
    expect(r.official).toBe(false);
    expect(r.sources.join(" ")).toMatch(/Bộ luật Lao động 2019.*Điều 111.*Điều 112/);
    // Tết Canh Tuất = Saturday 02/02/2030: 01/02 … 05/02, nghỉ bù 06/02 and 07/02.
    expect(isoList(2030)).toEqual({
      off: [
        "2030-01-01",
        "2030-02-01",
        "2030-02-04",
        "2030-02-05",
        "2030-02-06",
        "2030-02-07",
        "2030-04-12",
        "2030-04-30",
        "2030-05-01",
        "2030-09-02",
        "2030-09-03",
      ],
      worked: [],
    });
  });

  it("2019 uses BLLĐ 2012 (one day for Quốc khánh)", () => {
    const r = daysOffOfYear(2019)!;
    expect(r.official).toBe(false);
    expect(r.sources.join(" ")).toContain("Bộ luật Lao động 2012");
    expect(isoList(2019).off).toEqual([
      "2019-01-01",
      "2019-02-04",
      "2019-02-05",
      "2019-02-06",
      "2019-02-07",
      "2019-02-08",
      "2019-04-15",
      "2019-04-30",
      "2019-05-01",
      "2019-09-02",
    ]);
  });

  it("every year 1900–2100 has 9–14 weekdays off, and null outside", () => {
    for (let y = 1900; y <= 2100; y++) {
      const n = daysOffOfYear(y)!.daysOff.length;
      expect(n, String(y)).toBeGreaterThanOrEqual(9);
      expect(n, String(y)).toBeLessThanOrEqual(14);
    }
    expect(daysOffOfYear(1899)).toBeNull();
    expect(daysOffOfYear(2101)).toBeNull();
    expect(daysOffOfYear(2025.5)).toBeNull();
  });
});

describe("addWorkingDays (WORKDAY semantics), worked by hand on the 2025 calendar", () => {
  it("skips Tết: the 1st working day after Friday 24/01/2025 is Monday 03/02/2025", () => {
    expect(iso(addWorkingDays(D(2025, 1, 24), 1))).toBe("2025-02-03");
    expect(iso(addWorkingDays(D(2025, 1, 24), 5))).toBe("2025-02-07");
    expect(iso(addWorkingDays(D(2025, 2, 3), -1))).toBe("2025-01-24");
  });

  it("counts the make-up Saturdays", () => {
    // Mon 10/02 + 5: 11, 12, 13, 14, Mon 17 (Saturday 15/02 is an ordinary Saturday: no Tết make-up day in 2025).
    expect(iso(addWorkingDays(D(2025, 2, 10), 5))).toBe("2025-02-17");
    // Fri 25/04 + 1 = Sat 26/04 (worked instead of 02/05).
    expect(iso(addWorkingDays(D(2025, 4, 25), 1))).toBe("2025-04-26");
    // Tue 29/04 + 1: 30/4, 1/5, 2/5 off, 3–4/5 weekend → Mon 05/05.
    expect(iso(addWorkingDays(D(2025, 4, 29), 1))).toBe("2025-05-05");
  });

  it("n = 0 is the start itself, even on a day off; a start on a day off counts from the next working day", () => {
    expect(iso(addWorkingDays(D(2025, 1, 29), 0))).toBe("2025-01-29");
    expect(iso(addWorkingDays(D(2025, 1, 29), 1))).toBe("2025-02-03");
    expect(iso(addWorkingDays(D(2025, 2, 1), -1))).toBe("2025-01-24");
    // Received on the make-up Saturday 26/04/2025 (a working day) + 1 = Monday 28/04.
    expect(iso(addWorkingDays(D(2025, 4, 26), 1))).toBe("2025-04-28");
    // An ordinary Saturday (15/02/2025) + 1 = Monday 17/02 too: WORKDAY counts from the next working day.
    expect(iso(addWorkingDays(D(2025, 2, 15), 1))).toBe("2025-02-17");
  });

  it("a normal 15-working-day deadline across Quốc khánh 2025", () => {
    // Thu 28/08/2025 + 15: 29/8 (1), 3–5/9 (2–4), 8–12/9 (5–9), 15–19/9 (10–14), 22/9 (15); 1–2/9 off.
    expect(iso(addWorkingDays(D(2025, 8, 28), 15))).toBe("2025-09-22");
    expect(iso(addWorkingDays(D(2025, 8, 28), 14))).toBe("2025-09-19");
  });

  it("returns null for non-integers and results outside 1900–2100, never throws", () => {
    expect(addWorkingDays(D(2025, 1, 1), 1.5)).toBeNull();
    expect(addWorkingDays(D(2025, 1, 1), Number.NaN)).toBeNull();
    expect(addWorkingDays(D(2025, 1, 1), Infinity)).toBeNull();
    expect(addWorkingDays(D(2025, 1, 1), 1e9)).toBeNull();
    expect(addWorkingDays(D(2100, 12, 31), 1)).toBeNull();
    expect(addWorkingDays(D(1900, 1, 1), -1)).toBeNull();
    expect(addWorkingDays(D(1899, 12, 29), 1)).toBeNull();
    expect(addWorkingDays(Number.NaN, 1)).toBeNull();
    expect(addWorkingDays(D(2025, 1, 1) + 0.5, 1)).toBeNull();
  });
});

describe("workingDaysBetween (NETWORKDAYS semantics)", () => {
  it("working days of February 2025: 20 weekdays, no make-up Saturday = 20", () => {
    expect(workingDaysBetween(D(2025, 2, 1), D(2025, 2, 28))).toBe(20);
    expect(workingDaysBetween(D(2025, 2, 28), D(2025, 2, 1))).toBe(-20);
  });

  it("working days of April 2025: 22 weekdays − 07/4 − 30/4 + Saturday 26/4 = 21", () => {
    expect(workingDaysBetween(D(2025, 4, 1), D(2025, 4, 30))).toBe(21);
  });

  it("January 2025: 23 weekdays − 1/1 − 27…31/1 = 17", () => {
    expect(workingDaysBetween(D(2025, 1, 1), D(2025, 1, 31))).toBe(17);
  });

  it("whole years: 2025 = 261 − 12 + 1 = 250, 2026 = 261 − 13 + 2 = 250, 2024 = 262 − 12 + 1 = 251", () => {
    expect(workingDaysBetween(D(2025, 1, 1), D(2025, 12, 31))).toBe(250);
    expect(workingDaysBetween(D(2026, 1, 1), D(2026, 12, 31))).toBe(250);
    expect(workingDaysBetween(D(2024, 1, 1), D(2024, 12, 31))).toBe(251);
  });

  it("one day: 1 on a working day, 0 on a day off", () => {
    expect(workingDaysBetween(D(2025, 4, 26), D(2025, 4, 26))).toBe(1);
    expect(workingDaysBetween(D(2025, 2, 15), D(2025, 2, 15))).toBe(0);
    expect(workingDaysBetween(D(2025, 1, 29), D(2025, 1, 29))).toBe(0);
  });

  it("null outside the range", () => {
    expect(workingDaysBetween(D(1899, 12, 31), D(2025, 1, 1))).toBeNull();
    expect(workingDaysBetween(D(2025, 1, 1), D(2101, 1, 1))).toBeNull();
    expect(workingDaysBetween(Number.NaN, D(2025, 1, 1))).toBeNull();
  });
});

describe("isWorkingDay", () => {
  it("follows the 2025 table", () => {
    expect(isWorkingDay(D(2025, 1, 27))).toBe(false);
    expect(isWorkingDay(D(2025, 2, 15))).toBe(false); // ordinary Saturday: no Tết make-up day in 2025
    expect(isWorkingDay(D(2025, 2, 22))).toBe(false); // ordinary Saturday
    expect(isWorkingDay(D(2025, 4, 26))).toBe(true);
    expect(isWorkingDay(D(2025, 5, 2))).toBe(false);
    expect(isWorkingDay(D(2025, 9, 3))).toBe(true);
    expect(isWorkingDay(D(2101, 1, 3))).toBe(false);
  });
});

describe("dayOffReason", () => {
  it("names the holiday, the swap and the make-up Saturday; null for ordinary days", () => {
    expect(dayOffReason(D(2025, 1, 29))).toBe("Tết Nguyên đán Ất Tỵ (mùng 1 Tết)");
    expect(dayOffReason(D(2025, 4, 26))).toBe("Làm bù cho ngày 02/05/2025");
    expect(dayOffReason(D(2025, 2, 15))).toBeNull();
    expect(dayOffReason(D(2030, 2, 6))).toMatch(/^Nghỉ bù: Tết Nguyên đán/);
    expect(dayOffReason(D(2025, 2, 17))).toBeNull();
    expect(dayOffReason(D(2025, 2, 22))).toBeNull();
    expect(dayOffReason(D(2025, 3, 3), { extraDaysOff: [D(2025, 3, 3)] })).toBe(EXTRA_DAY_OFF_NAME);
    expect(dayOffReason(Number.NaN)).toBeNull();
  });
});

describe("user additions (extra days off / extra working days)", () => {
  const opts = {
    extraDaysOff: [D(2025, 3, 3), D(2025, 3, 3), D(2025, 11, 20)],
    extraWorkingDays: [D(2025, 3, 8), D(2025, 1, 29), D(2025, 11, 20)],
  };

  it("apply on top of the official table; a date in both lists is a day off", () => {
    expect(isWorkingDay(D(2025, 3, 3), opts)).toBe(false);
    expect(isWorkingDay(D(2025, 3, 8), opts)).toBe(true); // a Saturday made working
    expect(isWorkingDay(D(2025, 1, 29), opts)).toBe(true); // mùng 1 Tết made working
    expect(isWorkingDay(D(2025, 11, 20), opts)).toBe(false);
    // Fri 28/02 + 1 skips Mon 03/03 (extra day off) → Tue 04/03; + 5 reaches the worked Saturday 08/03.
    expect(iso(addWorkingDays(D(2025, 2, 28), 1, opts))).toBe("2025-03-04");
    expect(iso(addWorkingDays(D(2025, 2, 28), 5, opts))).toBe("2025-03-08");
    // The default calendar is untouched.
    expect(isWorkingDay(D(2025, 3, 3))).toBe(true);
    expect(isWorkingDay(D(2025, 3, 8))).toBe(false);
  });

  it("show up in daysOffOfYear with their own names and a source line", () => {
    const r = daysOffOfYear(2025, opts)!;
    expect(r.daysOff.find((e) => e.day === D(2025, 3, 3))!.name).toBe(EXTRA_DAY_OFF_NAME);
    expect(r.daysOff.some((e) => e.day === D(2025, 1, 29))).toBe(false);
    expect(r.workingWeekends.map((e) => toISO(e.day))).toEqual(["2025-03-08", "2025-04-26"]);
    expect(r.sources.join(" ")).toContain("Người dùng khai báo thêm: 2 ngày nghỉ, 2 ngày làm việc trong năm 2025");
    expect(r.official).toBe(true);
  });

  it("ignore unusable entries and reuse calendars for equal options", () => {
    const messy = { extraDaysOff: [Number.NaN, 1.5, -1e12, D(2025, 3, 3)] as number[], extraWorkingDays: undefined };
    expect(isWorkingDay(D(2025, 3, 3), messy)).toBe(false);
    expect(getCalendar(messy)).toBe(getCalendar({ extraDaysOff: [D(2025, 3, 3)] }));
    expect(getCalendar({})).toBe(getCalendar());
    expect(getCalendar({ extraDaysOff: [] })).toBe(getCalendar());
    expect(new WorkingCalendar(null as never).isWorkingDay(D(2025, 3, 3))).toBe(true);
  });
});

describe("properties", () => {
  const day = fc.integer({ min: D(1901, 1, 1), max: D(2099, 12, 31) });
  const n = fc.integer({ min: -400, max: 400 });
  const extras = fc.record({
    extraDaysOff: fc.array(fc.integer({ min: D(2024, 1, 1), max: D(2026, 12, 31) }), { maxLength: 10 }),
    extraWorkingDays: fc.array(fc.integer({ min: D(2024, 1, 1), max: D(2026, 12, 31) }), { maxLength: 10 }),
  });

  it("addWorkingDays then workingDaysBetween round-trips", () => {
    fc.assert(
      fc.property(day, n, fc.option(extras, { nil: undefined }), (start, k, opts) => {
        const due = addWorkingDays(start, k, opts);
        if (due === null) return;
        const between = workingDaysBetween(start, due, opts)!;
        const startWorks = isWorkingDay(start, opts) ? 1 : 0;
        if (k > 0) expect(between).toBe(k + startWorks);
        else if (k < 0) expect(between).toBe(k - startWorks);
        else expect(due).toBe(start);
      }),
      { numRuns: 3000 },
    );
  });

  it("a due date (n ≥ 1) is always a working day, after the start, with n working days in between", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), fc.option(extras, { nil: undefined }), (start, k, opts) => {
        const due = addWorkingDays(start, k, opts);
        if (due === null) {
          // Only when the due date would fall after 2100-12-31.
          expect(workingDaysBetween(start + 1, CALENDAR_LAST_DAY, opts)!).toBeLessThan(k);
          return;
        }
        expect(isWorkingDay(due, opts)).toBe(true);
        expect(due).toBeGreaterThan(start);
        expect(workingDaysBetween(start + 1, due, opts)).toBe(k);
      }),
      { numRuns: 3000 },
    );
  });

  it("workingDaysBetween matches a day-by-day count and is antisymmetric", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (a, len) => {
        const b = Math.min(a + len, CALENDAR_LAST_DAY);
        let count = 0;
        for (let d = a; d <= b; d++) if (isWorkingDay(d)) count++;
        expect(workingDaysBetween(a, b)).toBe(count);
        expect(workingDaysBetween(b, a)).toBe(a === b ? count : -count);
      }),
      { numRuns: 500 },
    );
  });

  it("no input to any public function throws", () => {
    const anyOpts = fc.oneof(fc.anything(), extras, fc.record({ extraDaysOff: fc.anything(), extraWorkingDays: fc.anything() }));
    const weird = fc.oneof(
      fc.anything({ withBoxedValues: true, withObjectString: true, withNullPrototype: true }),
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER, CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY),
    );
    fc.assert(
      fc.property(weird, weird, anyOpts, (a, b, o) => {
        const A = a as never;
        const B = b as never;
        const O = o as never;
        isWorkingDay(A, O);
        const r1 = addWorkingDays(A, B, O);
        const r2 = workingDaysBetween(A, B, O);
        daysOffOfYear(A, O);
        dayOffReason(A, O);
        getCalendar(O);
        if (r1 !== null) expect(Number.isInteger(r1)).toBe(true);
        if (r2 !== null) expect(Number.isInteger(r2)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
