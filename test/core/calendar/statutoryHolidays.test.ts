import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statutoryHolidays, statutorySources } from "../../../core/src/calendar/statutoryHolidays.js";
import { dayFromYMD, toISO, weekday } from "../../../core/src/dates/day.js";

const iso = (year: number, options?: Parameters<typeof statutoryHolidays>[1]) =>
  statutoryHolidays(year, options).map((e) => toISO(e.day));

describe("statutoryHolidays (Bộ luật Lao động 2019, Điều 111–112)", () => {
  it("2031: Tết on Thursday 23/01 with two days of nghỉ bù, Quốc khánh 1/9 + 2/9", () => {
    // Tết Tân Hợi 2031 = 23/01/2031 (Thursday): 22/01 (last day) … 26/01; 25 and 26 are Sat/Sun.
    expect(iso(2031)).toEqual([
      "2031-01-01",
      "2031-01-22",
      "2031-01-23",
      "2031-01-24",
      "2031-01-25",
      "2031-01-26",
      "2031-01-27", // nghỉ bù for Saturday 25/01
      "2031-01-28", // nghỉ bù for Sunday 26/01
      "2031-04-01", // Giỗ Tổ
      "2031-04-30",
      "2031-05-01",
      "2031-09-01",
      "2031-09-02",
    ]);
  });

  it("2028: nghỉ bù for 1/1, Tết, 30/4 and Quốc khánh on weekends", () => {
    const entries = statutoryHolidays(2028);
    const byDay = new Map(entries.map((e) => [toISO(e.day), e.name]));
    expect(byDay.get("2028-01-03")).toBe("Nghỉ bù: Tết Dương lịch, ngày 01/01/2028 trùng thứ Bảy");
    // Tết Mậu Thân 2028 = 26/01/2028; 25/01 is the 29th or 30th of tháng Chạp.
    expect(byDay.get("2028-01-26")).toBe("Tết Nguyên đán Mậu Thân (mùng 1 Tết)");
    expect(byDay.get("2028-01-25")).toMatch(/^Tết Nguyên đán Mậu Thân \((29|30) tháng Chạp\)$/);
    expect(byDay.get("2028-01-31")).toMatch(/^Nghỉ bù: Tết Nguyên đán.*29\/01\/2028 trùng thứ Bảy$/);
    expect(byDay.get("2028-05-02")).toMatch(/^Nghỉ bù: Ngày Chiến thắng.*30\/04\/2028 trùng Chủ nhật$/);
    expect(byDay.get("2028-09-04")).toMatch(/^Nghỉ bù: Quốc khánh \(2\/9\).*trùng thứ Bảy$/);
    // No nghỉ bù lands on a weekend or on another holiday.
    const comp = entries.filter((e) => e.name.startsWith("Nghỉ bù"));
    for (const c of comp) expect([0, 6]).not.toContain(weekday(c.day));
    expect(new Set(entries.map((e) => e.day)).size).toBe(entries.length);
  });

  it("2023 by the statute alone: Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday give 2/5 and 3/5", () => {
    const days = iso(2023);
    expect(days).toContain("2023-04-29");
    expect(days).toContain("2023-05-02");
    expect(days).toContain("2023-05-03");
    expect(days).toContain("2023-01-02"); // 1/1/2023 was a Sunday
    // Quốc khánh: 1/9 (Fri) + 2/9 (Sat) → nghỉ bù Monday 4/9, as the Government actually did.
    expect(days).toContain("2023-09-04");
  });

  it("the day after 2/9 can be chosen instead of the day before", () => {
    expect(iso(2031, { quocKhanhExtraDay: "after" })).toContain("2031-09-03");
    expect(iso(2031, { quocKhanhExtraDay: "after" })).not.toContain("2031-09-01");
  });

  it("the split of the 5 Tết days can be chosen", () => {
    // 2 days before Tết 2031 (23/01): 21/01 … 25/01, then nghỉ bù for Sat 25/01 → Mon 27/01.
    const d = iso(2031, { tetDaysBefore: 2 });
    expect(d.slice(1, 7)).toEqual(["2031-01-21", "2031-01-22", "2031-01-23", "2031-01-24", "2031-01-25", "2031-01-27"]);
  });

  it("years before 2021 follow Bộ luật Lao động 2012: Quốc khánh is one day", () => {
    expect(iso(2019)).toEqual([
      "2019-01-01",
      "2019-02-04",
      "2019-02-05",
      "2019-02-06",
      "2019-02-07",
      "2019-02-08",
      "2019-04-14", // Giỗ Tổ on a Sunday
      "2019-04-15", // nghỉ bù
      "2019-04-30",
      "2019-05-01",
      "2019-09-02",
    ]);
    expect(statutorySources(2019).join(" ")).toContain("Bộ luật Lao động 2012");
    expect(statutorySources(2030).join(" ")).toContain("Bộ luật Lao động 2019");
    expect(statutorySources(2030).join(" ")).toContain("Điều 112");
  });

  it("every year 1900–2100 has 1/1, 5 Tết days, Giỗ Tổ, 30/4, 1/5 and Quốc khánh", () => {
    for (let y = 1900; y <= 2100; y++) {
      const e = statutoryHolidays(y);
      const holidays = e.filter((x) => !x.name.startsWith("Nghỉ bù"));
      expect(holidays.length, String(y)).toBe(y >= 2021 ? 11 : 10);
      expect(e.some((x) => x.day === dayFromYMD(y, 4, 30))).toBe(true);
      for (const x of e) expect(x.name).toBe(x.name.normalize("NFC"));
    }
  });

  it("never throws and returns [] for unusable years", () => {
    expect(statutoryHolidays(1899)).toEqual([]);
    expect(statutoryHolidays(2101)).toEqual([]);
    expect(statutoryHolidays(Number.NaN)).toEqual([]);
    expect(() => statutoryHolidays(2025, null as never)).not.toThrow();
    expect(() => statutoryHolidays(2025, { tetDaysBefore: Number.NaN })).not.toThrow();
    // e.g. { toString: 0 } once broke a template string: inputs are checked before use.
    expect(statutorySources({ toString: 0 } as never)).toEqual([]);
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withObjectString: true, withNullPrototype: true }), fc.anything(), (a, b) => {
        statutoryHolidays(a as never, b as never);
        statutorySources(a as never);
      }),
      { numRuns: 5000 },
    );
  });
});
