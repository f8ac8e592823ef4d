// CCHC_HANXULY's receipt cut-off in the built Apps Script: Sheets passes date-time and time cells
// as Dates in the SPREADSHEET's zone; the time of day must be read there, not in UTC.
// 2025 calendar: Friday 24/01/2025 + 5 working days = 07/02 (Tết 27–31/01 off); after the
// cut-off it counts from Monday 03/02 → 10/02.
import { describe, expect, it } from "vitest";
import { callSheets } from "./caseValues.js";
import { loadScript } from "./loadScript.js";

/** The instant Sheets uses for a wall-clock date-time in a zone (found with the zone's own rules, LMT included). */
function sheetsDate(timeZone: string, y: number, mo: number, d: number, h: number, mi: number): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (t: number) => {
    const p = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(new Date(t));
    const g = (k: string) => Number(p.find((x) => x.type === k)!.value);
    return Date.UTC(g("year"), g("month") - 1, g("day"), g("hour"), g("minute"), g("second")) - t;
  };
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  return new Date(t);
}

describe("CCHC_HANXULY with a cut-off, Dates from Sheets", () => {
  const tz = "Asia/Ho_Chi_Minh";
  const s = loadScript({ timeZone: tz });

  it("a date-time cell 24/01/2025 16:30 in Asia/Ho_Chi_Minh (09:30 UTC) is after 15:00 → 10/02/2025", () => {
    const at1630 = sheetsDate(tz, 2025, 1, 24, 16, 30);
    expect(at1630.toISOString()).toBe("2025-01-24T09:30:00.000Z");
    expect(callSheets(s.g.CCHC_HANXULY, [at1630, 5, "", "15:00"])).toBe("2025-02-10");
    // without the cut-off the result is the old one
    expect(callSheets(s.g.CCHC_HANXULY, [at1630, 5])).toBe("2025-02-07");
  });

  it("14:59 and 15:00 are not after 15:00 (read in UTC they would be 07:59 and 08:00; 16:30 would be 09:30)", () => {
    expect(callSheets(s.g.CCHC_HANXULY, [sheetsDate(tz, 2025, 1, 24, 14, 59), 5, "", "15:00"])).toBe("2025-02-07");
    expect(callSheets(s.g.CCHC_HANXULY, [sheetsDate(tz, 2025, 1, 24, 15, 0), 5, "", "15:00"])).toBe("2025-02-07");
    expect(callSheets(s.g.CCHC_HANXULY, [sheetsDate(tz, 2025, 1, 24, 15, 1), 5, "", "15:00"])).toBe("2025-02-10");
  });

  it("a time-only cut-off cell (Sheets: a Date on 30/12/1899, when Saigon was UTC+7:06:30) reads as 15:00 exactly", () => {
    const cutoff = sheetsDate(tz, 1899, 12, 30, 15, 0);
    expect(callSheets(s.g.CCHC_HANXULY, [sheetsDate(tz, 2025, 1, 24, 15, 0), 5, "", cutoff])).toBe("2025-02-07");
    expect(callSheets(s.g.CCHC_HANXULY, [sheetsDate(tz, 2025, 1, 24, 15, 1), 5, "", cutoff])).toBe("2025-02-10");
  });

  it("a column of date-time cells with a column of cut-offs spills", () => {
    const out = callSheets(s.g.CCHC_HANXULY, [
      [[sheetsDate(tz, 2025, 1, 24, 16, 30)], [sheetsDate(tz, 2025, 1, 24, 16, 30)], [""]],
      5,
      "",
      [["15:00"], [""], [""]],
    ]);
    expect(out).toEqual([["2025-02-10"], ["2025-02-07"], [""]]);
  });

  it("a bad cut-off is an error with a Vietnamese message", () => {
    expect(() => s.g.CCHC_HANXULY(sheetsDate(tz, 2025, 1, 24, 16, 30), 5, "", "25:00")).toThrow(/Giờ chốt nhận: Giờ "25:00" không hợp lệ/);
  });

  it("in other spreadsheet zones the time is read in that zone (Tokyo, Los Angeles in summer and winter)", () => {
    for (const zone of ["Asia/Tokyo", "America/Los_Angeles"]) {
      const t = loadScript({ timeZone: zone });
      const offsetHours = zone === "Asia/Tokyo" ? 9 : -8;
      const at = (h: number, mi: number) => sheetsDate(zone, 2025, 1, 24, h, mi);
      expect(callSheets(t.g.CCHC_HANXULY, [at(16, 30), 5, "", "15:00"], offsetHours), zone).toBe("2025-02-10");
      expect(callSheets(t.g.CCHC_HANXULY, [at(15, 0), 5, "", "15:00"], offsetHours), zone).toBe("2025-02-07");
      expect(callSheets(t.g.CCHC_HANXULY, [at(15, 0), 5, "", sheetsDate(zone, 1899, 12, 30, 15, 0)], offsetHours), zone).toBe("2025-02-07");
    }
    const la = loadScript({ timeZone: "America/Los_Angeles" });
    // Tuesday 29/04/2025 16:00 PDT (UTC-7): counts from Monday 05/05 (30/4–2/5 off), 2 days → 07/05
    expect(callSheets(la.g.CCHC_HANXULY, [sheetsDate("America/Los_Angeles", 2025, 4, 29, 16, 0), 2, "", "15:00"], -7)).toBe("2025-05-07");
  });
});
