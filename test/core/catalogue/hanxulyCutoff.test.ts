// HANXULY's 4th argument "giờ chốt nhận": a dossier received after the cut-off counts from the
// next working day. Dates on the 2025 calendar (Tết 27–31/01 off), counted by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../core/src/catalogue/evaluate.js";
import { findFunction } from "../../../core/src/catalogue/functions.js";
import { CellError, type CellArg } from "../../../core/src/catalogue/types.js";
import { dayFromYMD, dayToExcelSerial, toISO } from "../../../core/src/dates/day.js";

const HANXULY = findFunction("HANXULY")!;
const run = (...args: CellArg[]) => {
  const r = evaluate(HANXULY, args);
  if (r instanceof CellError) return { error: r.kind, message: r.message };
  if (Array.isArray(r)) return r.map((row) => row.map((v) => (typeof v === "number" ? toISO(v) : v instanceof CellError ? { error: v.kind } : v)));
  return typeof r === "number" ? toISO(r) : r;
};
const serial = (y: number, m: number, d: number, h = 0, mi = 0) => dayToExcelSerial(dayFromYMD(y, m, d)) + (h * 60 + mi) / 1440;

describe("HANXULY: the catalogue entry", () => {
  it("has an optional 4th parameter gio_chot, kind time, with Vietnamese help; ngày nhận reads a time", () => {
    expect(HANXULY.params.map((p) => [p.id, p.kind, Boolean(p.optional)])).toEqual([
      ["ngay_nhan", "dateTime", false],
      ["so_ngay", "number", false],
      ["ngay_nghi_them", "dateList", true],
      ["gio_chot", "time", true],
    ]);
    const p = HANXULY.params[3];
    expect(p.name).toBe("giờ chốt nhận");
    expect(p.description).toMatch(/sau giờ này tính từ ngày làm việc tiếp theo/);
    expect(p.description).toMatch(/Để trống: không có giờ chốt/);
    expect(HANXULY.example).toContain('=HANXULY("24/01/2025 16:30"; 5; ; "15:00") → 10/02/2025');
  });
});

describe("HANXULY with a cut-off", () => {
  it("24/01/2025 16:30, 5 days, cut-off 15:00 → 10/02/2025 (text, Excel serial, time cell, '15h')", () => {
    expect(run("24/01/2025 16:30", 5, null, "15:00")).toBe("2025-02-10");
    expect(run(serial(2025, 1, 24, 16, 30), 5, null, 0.625)).toBe("2025-02-10");
    expect(run(45681.6875, 5, undefined, "15h")).toBe("2025-02-10");
    expect(run(new Date(Date.UTC(2025, 0, 24, 16, 30)), 5, null, new Date(Date.UTC(1899, 11, 30, 15)))).toBe("2025-02-10");
  });
  it("15:00 exactly is on time (07/02), 15:01 is not (10/02)", () => {
    expect(run("24/01/2025 15:00", 5, null, "15:00")).toBe("2025-02-07");
    expect(run(serial(2025, 1, 24, 15, 0), 5, null, "15:00")).toBe("2025-02-07");
    expect(run("24/01/2025 15:01", 5, null, "15:00")).toBe("2025-02-10");
  });
  it("no time known, or no cut-off: the WORKDAY result, as before", () => {
    expect(run("24/01/2025", 5, null, "15:00")).toBe("2025-02-07");
    expect(run(serial(2025, 1, 24), 5, null, "15:00")).toBe("2025-02-07");
    expect(run("24/01/2025 16:30", 5)).toBe("2025-02-07");
    expect(run("24/01/2025 16:30", 5, null, null)).toBe("2025-02-07");
    expect(run("24/01/2025 16:30", 5, null, "")).toBe("2025-02-07");
  });
  it("with the unit's extra days off: counted from Tuesday 04/02 when Monday 03/02 is off → 11/02", () => {
    expect(run("24/01/2025 16:30", 5, [[serial(2025, 2, 3)]], "15:00")).toBe("2025-02-11");
  });
  it("a column of receipts with one cut-off, and a column of per-procedure cut-offs (blank = none)", () => {
    const receipts = [["24/01/2025 16:30"], ["24/01/2025 09:00"], [serial(2025, 2, 22, 16, 30)], ["24/01/2025"]];
    expect(run(receipts, 5, null, "15:00")).toEqual([["2025-02-10"], ["2025-02-07"], ["2025-03-03"], ["2025-02-07"]]);
    expect(run([["24/01/2025 16:30"], ["24/01/2025 16:30"]], 5, null, [["15:00"], [null]])).toEqual([["2025-02-10"], ["2025-02-07"]]);
  });
  it("bad cut-offs and unusable receipt times give #VALUE! with a Vietnamese message", () => {
    expect(run("24/01/2025 16:30", 5, null, "25:00")).toMatchObject({ error: "value", message: expect.stringMatching(/^Giờ chốt nhận: Giờ "25:00" không hợp lệ/) });
    expect(run("24/01/2025 16:30", 5, null, "chiều")).toMatchObject({ error: "value", message: expect.stringMatching(/Giờ chốt nhận: Không đọc được giờ "chiều"/) });
    expect(run("24/01/2025 16:30", 5, null, 45681.5)).toMatchObject({ error: "value" });
    expect(run("24/01/2025 25:00", 5, null, "15:00")).toMatchObject({ error: "value", message: expect.stringMatching(/^Ngày nhận: .*25:00/) });
    expect(run("2025-01-24T16:30:00Z", 5, null, "15:00")).toMatchObject({ error: "value", message: expect.stringMatching(/múi giờ/) });
    // without a cut-off the same texts keep their old result (the time was always ignored)
    expect(run("24/01/2025 25:00", 5)).toBe("2025-02-07");
    expect(run("2025-01-24T16:30:00Z", 5)).toBe("2025-02-07");
  });
  it("keeps the other errors: fractional N, an unreadable date", () => {
    expect(run("24/01/2025 16:30", 2.5, null, "15:00")).toMatchObject({ error: "num" });
    expect(run("ngày mai", 5, null, "15:00")).toMatchObject({ error: "value" });
  });
  it("property: with the 4th argument blank every result is the same as with 3 arguments (and as WORKDAY on the day)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serial(2000, 1, 1), max: serial(2040, 12, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: -60, max: 60 }),
        (s, m, n) => {
          const withTime = s + m / 1440;
          const three = evaluate(HANXULY, [withTime, n, null]);
          expect(evaluate(HANXULY, [withTime, n, null, null])).toEqual(three);
          expect(evaluate(HANXULY, [withTime, n, null, ""])).toEqual(three);
          expect(three).toEqual(evaluate(HANXULY, [s, n]));
        },
      ),
    );
  });
});

describe("HANXULY with the 3rd argument skipped (=HANXULY(A2; 5; ; \"15:00\"))", () => {
  it("a skipped optional range arrives as null, undefined, \"\" or a lone 0 depending on the host: all mean no extra days off", () => {
    for (const skipped of [null, undefined, "", 0]) {
      expect(run("24/01/2025 16:30", 5, skipped as CellArg, "15:00"), String(skipped)).toBe("2025-02-10");
    }
    // a real 0 inside a range of days off is still an error (not a date in 1900–2100)
    expect(run("24/01/2025 16:30", 5, [[0], [serial(2025, 2, 3)]], "15:00")).toMatchObject({ error: "value" });
  });
});
