import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wallClockOfSheetDate } from "../../../gsheets/src/dates/sheetDates.js";

// Utilities.formatDate with the zone's rules (Intl), counting calls: the fixed UTC+7 path makes none.
let calls = 0;
beforeAll(() => {
  (globalThis as Record<string, unknown>).Utilities = {
    formatDate(date: Date, tz: string, format: string) {
      calls++;
      expect(format).toBe("yyyy-MM-dd HH:mm:ss");
      const p = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(date);
      const g = (t: string) => p.find((x) => x.type === t)!.value;
      return `${g("year")}-${g("month")}-${g("day")} ${g("hour")}:${g("minute")}:${g("second")}`;
    },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Utilities;
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("wallClockOfSheetDate: the date and time a Sheets Date shows, in UTC fields", () => {
  it("Asia/Ho_Chi_Minh from 1976 on: +7 h, no service call", () => {
    calls = 0;
    expect(iso(wallClockOfSheetDate(new Date("2025-01-24T09:30:00Z"), "Asia/Ho_Chi_Minh"))).toBe("2025-01-24T16:30:00.000Z");
    expect(iso(wallClockOfSheetDate(new Date("2025-01-24T16:59:59Z"), "Asia/Saigon"))).toBe("2025-01-24T23:59:59.000Z");
    expect(calls).toBe(0);
  });
  it("a time-only cell (30/12/1899, Saigon local mean time +7:06:30) and other zones ask the zone's rules", () => {
    // 15:00 on 30/12/1899 in Asia/Ho_Chi_Minh is 07:53:30 UTC
    expect(iso(wallClockOfSheetDate(new Date("1899-12-30T07:53:30Z"), "Asia/Ho_Chi_Minh"))).toBe("1899-12-30T15:00:00.000Z");
    expect(iso(wallClockOfSheetDate(new Date("2025-01-24T07:30:00Z"), "Asia/Tokyo"))).toBe("2025-01-24T16:30:00.000Z");
    expect(iso(wallClockOfSheetDate(new Date("2025-07-01T23:30:00Z"), "America/Los_Angeles"))).toBe("2025-07-01T16:30:00.000Z");
    expect(calls).toBeGreaterThan(0);
  });
  it("an invalid Date gives null", () => {
    expect(wallClockOfSheetDate(new Date(Number.NaN), "Asia/Ho_Chi_Minh")).toBeNull();
  });
});
