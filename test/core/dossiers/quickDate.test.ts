import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { parseDateCell } from "../../../core/src/dates/parseDate.js";
import { readDateCell } from "../../../core/src/dossiers/quickDate.js";

describe("readDateCell (fast path for dd/mm/yyyy [HH:mm[:ss]])", () => {
  it("reads the export shapes", () => {
    expect(readDateCell("05/12/2025")).toEqual({ ok: true, day: dayFromYMD(2025, 12, 5) });
    expect(readDateCell("05/12/2025 16:30")).toEqual({ ok: true, day: dayFromYMD(2025, 12, 5) });
    expect(readDateCell("29/02/2024 07:05:09")).toEqual({ ok: true, day: dayFromYMD(2024, 2, 29) });
    expect(readDateCell("29/02/2025").ok).toBe(false);
  });

  it("agrees with parseDateCell on every text of that shape, valid or not", () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
    const text = fc.tuple(two, two, fc.integer({ min: 1800, max: 2200 }), fc.option(fc.tuple(two, two, fc.option(two)))).map(
      ([d, m, y, t]) => `${d}/${m}/${y}${t ? ` ${t[0]}:${t[1]}${t[2] ? `:${t[2]}` : ""}` : ""}`,
    );
    fc.assert(fc.property(text, (s) => {
      expect(readDateCell(s)).toEqual(parseDateCell(s));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string(), (s) => {
      expect(readDateCell(s)).toEqual(parseDateCell(s));
    }), { numRuns: 1000 });
  });
});
