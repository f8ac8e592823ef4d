/**
 * The lunar month table the calendar reads (lunarTableData.ts) is what the astronomy computes
 * (lunarAstronomy.ts): every month start, year, month number and leap flag of 1900–2100.
 */
import { describe, expect, it } from "vitest";
import { computeLunarTable, decodeLunarTable, encodeLunarTable } from "../../../core/src/calendar/lunarAstronomy.js";
import { LUNAR_TABLE_DATA } from "../../../core/src/calendar/lunarTableData.js";

describe("the stored lunar table", () => {
  const computed = computeLunarTable();
  it("is the computed table, month by month (else: npm run generate)", () => {
    const stored = decodeLunarTable(LUNAR_TABLE_DATA);
    expect(stored.start.length).toBe(computed.start.length);
    expect([...stored.start]).toEqual([...computed.start]);
    expect([...stored.year]).toEqual([...computed.year]);
    expect([...stored.month]).toEqual([...computed.month]);
    expect([...stored.leap]).toEqual([...computed.leap]);
    expect([...stored.index]).toEqual([...computed.index]);
    expect(stored.firstYear).toBe(computed.firstYear);
  });
  it("encodes and decodes without loss, and holds the known leap months", () => {
    expect(decodeLunarTable(encodeLunarTable(computed))).toEqual(computed);
    // Leap month 6 in 2025 (Ất Tỵ), leap month 4 in 2020, leap month 2 in 2023.
    const leapOf = (y: number) => {
      const t = decodeLunarTable(LUNAR_TABLE_DATA);
      for (let m = 0; m < t.year.length; m++) if (t.year[m] === y && t.leap[m] === 1) return t.month[m];
      return 0;
    };
    expect([leapOf(2020), leapOf(2023), leapOf(2025), leapOf(2024)]).toEqual([4, 2, 6, 0]);
  });
});
