import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD, daysInMonth, isSupportedYear, lastDayOfMonth, ymdFromDay } from "../../../core/src/dates/day.js";
import { effectiveDue } from "../../../core/src/schedule/effectiveDue.js";
import { parseSchedule, parseScheduleUncached } from "../../../core/src/schedule/parseSchedule.js";
import { stripDiacritics } from "../../../core/src/text/normalize.js";

const RUNS = { numRuns: 2000 };

const validDate = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));

/** Pieces of real schedule texts, to build strings near the patterns. */
const PIECES = ["Trước ngày", "Quý", "IV", "l", "/", "năm", "Trong", "2025", "31/02/2025", "05/12/2025", "Theo", "của", "Bộ Nội vụ",
  "(", ")", ":", ";", "-", " - ", "Đến", "Giai đoạn", "2021-2030", "tháng", "13", "6 tháng đầu", "Hằng", "quý", "Thường xuyên", "0", "99999"];
const nearText = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((a) => a.join(" "));

function isValidDay(d: unknown): boolean {
  if (d === null) return true;
  if (typeof d !== "number" || !Number.isInteger(d)) return false;
  return isSupportedYear(ymdFromDay(d).year);
}

describe("parseSchedule — properties", () => {
  it("never throws and gives a well-formed result for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), nearText), fc.option(fc.integer({ min: 1800, max: 2200 }), { nil: undefined }), (text, year) => {
        const s = parseSchedule(text, year);
        expect(typeof s.kind).toBe("string");
        expect(isValidDay(s.due)).toBe(true);
        expect(typeof s.outsidePlanYear).toBe("boolean");
        for (const m of s.milestones ?? []) expect(isValidDay(m.due)).toBe(true);
        if (s.period) expect(s.period.start <= s.period.end).toBe(true);
        expect(s).toEqual(parseScheduleUncached(text, year));
      }),
      RUNS,
    );
  });

  it("due is null or a valid day, and effectiveDue never throws", () => {
    fc.assert(
      fc.property(nearText, fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: -25567, max: 47482 }), (text, year, asOf) => {
        const s = parseSchedule(text, year);
        expect(isValidDay(s.due)).toBe(true);
        expect(isValidDay(effectiveDue(s, year, asOf))).toBe(true);
      }),
      RUNS,
    );
  });

  it('"Trước ngày dd/mm/yyyy" round-trips for every valid date, in every typing', () => {
    fc.assert(
      fc.property(validDate, fc.boolean(), ({ y, m, d }, pad) => {
        const dd = pad ? String(d).padStart(2, "0") : String(d);
        const mm = pad ? String(m).padStart(2, "0") : String(m);
        const text = `Trước ngày ${dd}/${mm}/${y}`;
        for (const t of [text, stripDiacritics(text), text.toUpperCase(), text.normalize("NFD"), text.replace(/ /g, "  ")]) {
          const s = parseSchedule(t);
          expect(s.kind).toBe("date");
          expect(s.due).toBe(dayFromYMD(y, m, d));
        }
      }),
      RUNS,
    );
  });

  it("an impossible date is never a date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const d = daysInMonth(y, m) + 1;
        const s = parseSchedule(`Trước ngày ${d}/${m}/${y}`);
        expect(s.kind).toBe("unknown");
        expect(s.due).toBeNull();
        expect(s.problem).toContain("không tồn tại");
      }),
      RUNS,
    );
  });

  it('"Quý q năm y" is the end of that quarter, written in Roman or Arabic numerals', () => {
    const roman = ["I", "II", "III", "IV"];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1900, max: 2100 }), fc.boolean(), fc.constantFrom(" năm ", "/", " - ", " "), (q, y, useRoman, sep) => {
        const text = `Quý ${useRoman ? roman[q - 1] : q}${sep}${y}`;
        const s = parseSchedule(text);
        expect(s.kind).toBe("quarter");
        expect(s.due).toBe(lastDayOfMonth(y, q * 3));
        expect(s.period).toEqual({ start: dayFromYMD(y, q * 3 - 2, 1), end: lastDayOfMonth(y, q * 3) });
        expect(parseSchedule(stripDiacritics(text).toLowerCase()).due).toBe(s.due);
      }),
      RUNS,
    );
  });

  it('"Tháng m/y" is the last day of that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2100 }), (m, y) => {
        expect(parseSchedule(`Tháng ${m}/${y}`).due).toBe(lastDayOfMonth(y, m));
      }),
      RUNS,
    );
  });

  it('"Giai đoạn a-b" ends on 31/12 of b when a ≤ b, and is unknown when a > b', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 }), (a, b) => {
        const s = parseSchedule(`Giai đoạn ${a} - ${b}`);
        if (a <= b) expect(s).toMatchObject({ kind: "range", due: dayFromYMD(b, 12, 31) });
        else expect(s.kind).toBe("unknown");
      }),
      RUNS,
    );
  });

  it("outsidePlanYear is true exactly when a year's due date is in another year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 }), (y, plan) => {
        expect(parseSchedule(`Trong năm ${y}`, plan).outsidePlanYear).toBe(y !== plan);
      }),
      RUNS,
    );
  });
});
