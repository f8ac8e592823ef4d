import { dayFromYMD } from "@cchc/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayOfSheetDate, sheetDateOfDay, utcDateOfDay } from "../../../gsheets/src/dates/sheetDates.js";

// Utilities.formatDate for the zones that need it (the fixed UTC+7 path calls no service).
let calls = 0;
beforeAll(() => {
  (globalThis as Record<string, unknown>).Utilities = {
    formatDate(date: Date, tz: string, format: string) {
      calls++;
      const p = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", timeZoneName: "longOffset" }).formatToParts(date);
      const get = (t: string) => p.find((x) => x.type === t)?.value ?? "";
      if (format === "Z") return (get("timeZoneName").replace("GMT", "") || "+00:00").replace(":", "");
      return `${get("year")}-${get("month")}-${get("day")}`;
    },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Utilities;
});

const at = (iso: string) => new Date(iso);

describe("Sheets dates ↔ core days", () => {
  it("reads midnight and afternoon in Asia/Ho_Chi_Minh as that calendar day without any service call", () => {
    calls = 0;
    expect(dayOfSheetDate(at("2025-01-23T17:00:00Z"), "Asia/Ho_Chi_Minh")).toBe(dayFromYMD(2025, 1, 24)); // 00:00 +07
    expect(dayOfSheetDate(at("2025-01-24T16:59:00Z"), "Asia/Ho_Chi_Minh")).toBe(dayFromYMD(2025, 1, 24)); // 23:59 +07
    expect(calls).toBe(0);
  });
  it("uses the zone's rules elsewhere: Tokyo (+9), Los Angeles with daylight saving, Saigon before 1976 (+8)", () => {
    expect(dayOfSheetDate(at("2025-01-23T15:00:00Z"), "Asia/Tokyo")).toBe(dayFromYMD(2025, 1, 24));
    expect(dayOfSheetDate(at("2025-07-01T07:00:00Z"), "America/Los_Angeles")).toBe(dayFromYMD(2025, 7, 1));
    expect(dayOfSheetDate(at("1970-01-01T16:00:00Z"), "Asia/Ho_Chi_Minh")).toBe(dayFromYMD(1970, 1, 2)); // 00:00 +08
  });
  it("writes a day as that day's midnight in the spreadsheet's zone", () => {
    const d = dayFromYMD(2025, 2, 7);
    expect(sheetDateOfDay(d, "Asia/Ho_Chi_Minh").toISOString()).toBe("2025-02-06T17:00:00.000Z");
    expect(sheetDateOfDay(d, "America/Los_Angeles").toISOString()).toBe("2025-02-07T08:00:00.000Z");
    expect(sheetDateOfDay(dayFromYMD(2025, 7, 1), "America/Los_Angeles").toISOString()).toBe("2025-07-01T07:00:00.000Z");
    expect(utcDateOfDay(d).toISOString()).toBe("2025-02-07T00:00:00.000Z");
  });
  it("an invalid Date gives null", () => {
    expect(dayOfSheetDate(new Date(NaN), "Asia/Ho_Chi_Minh")).toBeNull();
  });
});
