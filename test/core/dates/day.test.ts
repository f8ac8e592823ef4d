import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayFromYMD,
  dayToExcelSerial,
  excelSerialToDay,
  isValidYMD,
  toISO,
  toVN,
  weekday,
  ymdFromDay,
} from "../../../core/src/dates/day.js";

describe("day arithmetic", () => {
  it("numbers days from 1970-01-01", () => {
    expect(dayFromYMD(1970, 1, 1)).toBe(0);
    expect(dayFromYMD(2025, 12, 5)).toBe(Date.UTC(2025, 11, 5) / 86_400_000);
    expect(toISO(dayFromYMD(1900, 1, 1))).toBe("1900-01-01");
  });

  it("agrees with Date.UTC for every day 1900–2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYMD(1900, 1, 1), max: dayFromYMD(2100, 12, 31) }), (d) => {
        const { year, month, day } = ymdFromDay(d);
        expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(d);
        expect(dayFromYMD(year, month, day)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it("knows weekdays (05/12/2025 is a Friday, 15/02/2025 a Saturday)", () => {
    expect(weekday(dayFromYMD(2025, 12, 5))).toBe(5);
    expect(weekday(dayFromYMD(2025, 2, 15))).toBe(6);
    expect(weekday(dayFromYMD(1969, 12, 28))).toBe(0);
  });

  it("converts Excel serials (1900 system)", () => {
    expect(dayToExcelSerial(dayFromYMD(2025, 1, 1))).toBe(45658);
    expect(toISO(excelSerialToDay(45658))).toBe("2025-01-01");
    expect(toISO(excelSerialToDay(45658.75))).toBe("2025-01-01");
  });

  it("writes Vietnamese dates day first", () => {
    expect(toVN(dayFromYMD(2025, 12, 5))).toBe("05/12/2025");
  });

  it("rejects impossible days", () => {
    expect(isValidYMD(2025, 2, 29)).toBe(false);
    expect(isValidYMD(2024, 2, 29)).toBe(true);
    expect(isValidYMD(2025, 13, 1)).toBe(false);
    expect(isValidYMD(2025, 4, 31)).toBe(false);
  });
});
