// Receipt cut-off ("hồ sơ nhận sau 15 giờ tính từ ngày làm việc tiếp theo") on the real 2025
// calendar (Công văn 8726/VPCP-KGVX): off 1/1, 27–31/1 (Tết), 7/4, 30/4, 1/5, 2/5, 1/9, 2/9;
// Saturday 26/4 worked (no Tết make-up Saturday: issue 10 §6). Every expected date below was
// counted by hand on that calendar. With a cut-off, a receipt on a non-working day counts as
// received on the next working day (issue 10 §6 ruling).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueAfterReceipt, isAfterCutoff, receiptDue } from "../../../core/src/calendar/receiptCutoff.js";
import { addWorkingDays, isWorkingDay } from "../../../core/src/calendar/workingDays.js";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";

const D = (y: number, m: number, d: number) => dayFromYMD(y, m, d);
const iso = (d: number | null) => (d === null ? null : toISO(d));
const hm = (h: number, m = 0) => h * 60 + m;
const CUTOFF = hm(15);

describe("isAfterCutoff", () => {
  it("is strictly after: 15:00 is not after 15:00, 15:01 and 15:00:30 are", () => {
    expect(isAfterCutoff(hm(15), CUTOFF)).toBe(false);
    expect(isAfterCutoff(hm(15, 1), CUTOFF)).toBe(true);
    expect(isAfterCutoff(hm(15) + 0.5, CUTOFF)).toBe(true);
    expect(isAfterCutoff(hm(14, 59), CUTOFF)).toBe(false);
  });
  it("is false when the time or the cut-off is unknown, null for a value that is not a time of day", () => {
    expect(isAfterCutoff(null, CUTOFF)).toBe(false);
    expect(isAfterCutoff(hm(16, 30), null)).toBe(false);
    expect(isAfterCutoff(1440, CUTOFF)).toBeNull();
    expect(isAfterCutoff(hm(16), -1)).toBeNull();
    expect(isAfterCutoff(Number.NaN, CUTOFF)).toBeNull();
  });
});

describe("receiptDue on the 2025 calendar", () => {
  it("Friday 24/01/2025 16:30, cut-off 15:00, 5 days: counts from Monday 03/02 (Tết 27–31/01 off) → Monday 10/02", () => {
    const r = receiptDue(D(2025, 1, 24), hm(16, 30), 5, CUTOFF)!;
    expect({ due: iso(r.due), countedFrom: iso(r.countedFrom), afterCutoff: r.afterCutoff, receivedOnDayOff: r.receivedOnDayOff }).toEqual({
      due: "2025-02-10",
      countedFrom: "2025-02-03",
      afterCutoff: true,
      receivedOnDayOff: false,
    });
  });
  it("the same dossier at 15:00 exactly is on time: WORKDAY(24/01, 5) = Friday 07/02; at 15:01 → 10/02", () => {
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(15), 5, CUTOFF))).toBe("2025-02-07");
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(15, 1), 5, CUTOFF))).toBe("2025-02-10");
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(9, 15), 5, CUTOFF))).toBe("2025-02-07");
  });
  it("no cut-off, or no time known: exactly WORKDAY", () => {
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(16, 30), 5, null))).toBe("2025-02-07");
    expect(iso(dueAfterReceipt(D(2025, 1, 24), null, 5, CUTOFF))).toBe("2025-02-07");
    expect(receiptDue(D(2025, 1, 24), null, 5, CUTOFF)).toEqual({ due: D(2025, 2, 7), countedFrom: D(2025, 1, 24), afterCutoff: false, receivedOnDayOff: false });
  });
  it("a receipt on an ordinary Saturday (22/02/2025), 3 days, with a cut-off: counts from Monday 24/02 at any time → Thursday 27/02", () => {
    // Changed by issue 10 §6: before, a Saturday receipt before 15:00 gave WORKDAY(22/02, 3) = Wednesday 26/02.
    expect(iso(dueAfterReceipt(D(2025, 2, 22), hm(16, 30), 3, CUTOFF))).toBe("2025-02-27");
    expect(iso(dueAfterReceipt(D(2025, 2, 22), hm(10), 3, CUTOFF))).toBe("2025-02-27");
    expect(iso(dueAfterReceipt(D(2025, 2, 22), null, 3, CUTOFF))).toBe("2025-02-27");
    expect(receiptDue(D(2025, 2, 22), hm(10), 3, CUTOFF)).toEqual({ due: D(2025, 2, 27), countedFrom: D(2025, 2, 24), afterCutoff: false, receivedOnDayOff: true });
    // after 15:00 on a Saturday is still counted once, from Monday (not Tuesday)
    expect(receiptDue(D(2025, 2, 22), hm(16, 30), 3, CUTOFF)).toEqual({ due: D(2025, 2, 27), countedFrom: D(2025, 2, 24), afterCutoff: false, receivedOnDayOff: true });
    // without a cut-off: WORKDAY semantics, 3rd working day after the Saturday = Wednesday 26/02
    expect(iso(dueAfterReceipt(D(2025, 2, 22), hm(10), 3, null))).toBe("2025-02-26");
  });
  it("a receipt on Saturday 15/02/2025 (an ordinary Saturday since the correction), 5 days, cut-off 15:00: from Monday 17/02 → Monday 24/02; without: Friday 21/02", () => {
    expect(receiptDue(D(2025, 2, 15), hm(9), 5, CUTOFF)).toEqual({ due: D(2025, 2, 24), countedFrom: D(2025, 2, 17), afterCutoff: false, receivedOnDayOff: true });
    expect(iso(dueAfterReceipt(D(2025, 2, 15), hm(9), 5, null))).toBe("2025-02-21");
  });
  it("a receipt on a holiday (mùng 1 Tết, Wednesday 29/01/2025), 2 days, cut-off: from Monday 03/02 → Wednesday 05/02", () => {
    expect(receiptDue(D(2025, 1, 29), hm(8), 2, CUTOFF)).toEqual({ due: D(2025, 2, 5), countedFrom: D(2025, 2, 3), afterCutoff: false, receivedOnDayOff: true });
    expect(iso(dueAfterReceipt(D(2025, 1, 29), hm(8), 2, null))).toBe("2025-02-04");
  });
  it("the make-up Saturday 26/04/2025 is a working day: before the cut-off it counts itself, after it Monday 28/04", () => {
    expect(receiptDue(D(2025, 4, 26), hm(10), 1, CUTOFF)).toEqual({ due: D(2025, 4, 28), countedFrom: D(2025, 4, 26), afterCutoff: false, receivedOnDayOff: false });
    expect(receiptDue(D(2025, 4, 26), hm(16), 1, CUTOFF)).toEqual({ due: D(2025, 4, 29), countedFrom: D(2025, 4, 28), afterCutoff: true, receivedOnDayOff: false });
  });
  it("the optional 24/11 switched on: Tuesday 24/11/2026 is a day off, so a receipt that day counts from Wednesday 25/11", () => {
    const vh = { ngayVanHoa: true };
    expect(receiptDue(D(2026, 11, 24), hm(9), 1, CUTOFF, vh)).toEqual({ due: D(2026, 11, 26), countedFrom: D(2026, 11, 25), afterCutoff: false, receivedOnDayOff: true });
    expect(receiptDue(D(2026, 11, 24), hm(9), 1, CUTOFF)).toEqual({ due: D(2026, 11, 25), countedFrom: D(2026, 11, 24), afterCutoff: false, receivedOnDayOff: false });
  });
  it("the make-up Saturday 26/04/2025 is the next working day after Friday 25/04 16:00: 1 day → Monday 28/04 (without cut-off: Saturday 26/04)", () => {
    expect(receiptDue(D(2025, 4, 25), hm(16), 1, CUTOFF)).toEqual({ due: D(2025, 4, 28), countedFrom: D(2025, 4, 26), afterCutoff: true, receivedOnDayOff: false });
    expect(iso(dueAfterReceipt(D(2025, 4, 25), hm(16), 1, null))).toBe("2025-04-26");
  });
  it("Tuesday 29/04/2025 16:00 over 30/4–2/5 and the weekend: counts from Monday 05/05, 2 days → Wednesday 07/05 (without: 06/05)", () => {
    expect(iso(dueAfterReceipt(D(2025, 4, 29), hm(16), 2, CUTOFF))).toBe("2025-05-07");
    expect(iso(dueAfterReceipt(D(2025, 4, 29), hm(16), 2, null))).toBe("2025-05-06");
  });
  it("N = 0 gives the day counted from; negative N counts back from it", () => {
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(16, 30), 0, CUTOFF))).toBe("2025-02-03");
    // counted from 03/02, one working day back is Friday 24/01 (Tết in between)
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(16, 30), -1, CUTOFF))).toBe("2025-01-24");
    // 5 back from 03/02: 24, 23, 22, 21, 20/01 → Monday 20/01; without the cut-off WORKDAY(24/01, -5) = Friday 17/01
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(16, 30), -5, CUTOFF))).toBe("2025-01-20");
    expect(iso(dueAfterReceipt(D(2025, 1, 24), hm(16, 30), -5, null))).toBe("2025-01-17");
  });
  it("a unit's extra day off moves the next working day too", () => {
    const options = { extraDaysOff: [D(2025, 2, 3)] };
    // counted from Tuesday 04/02; 5 days: 05, 06, 07, 10, 11/02
    expect(receiptDue(D(2025, 1, 24), hm(16, 30), 5, CUTOFF, options)).toEqual({ due: D(2025, 2, 11), countedFrom: D(2025, 2, 4), afterCutoff: true, receivedOnDayOff: false });
  });
  it("unusable input gives null, never an exception", () => {
    expect(dueAfterReceipt(D(2025, 1, 24), hm(16), 1.5, CUTOFF)).toBeNull();
    expect(dueAfterReceipt(D(2025, 1, 24), 2000, 5, CUTOFF)).toBeNull();
    expect(receiptDue(D(2100, 12, 31), hm(16), 1, CUTOFF)).toBeNull();
    expect(receiptDue(Number.NaN, null, 1, null)).toBeNull();
  });
});

describe("properties", () => {
  const day = fc.integer({ min: D(1901, 1, 1), max: D(2099, 12, 31) });
  const n = fc.integer({ min: -200, max: 200 });
  const time = fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null });

  it("without a cut-off the due date is addWorkingDays, whatever the time of receipt", () => {
    fc.assert(
      fc.property(day, time, n, (d, t, k) => {
        expect(dueAfterReceipt(d, t, k, null)).toBe(addWorkingDays(d, k));
      }),
    );
  });
  it("with a cut-off: addWorkingDays on a working day on or before it, else addWorkingDays from the next working day", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), n, (d, t, c, k) => {
        const expected = t > c || !isWorkingDay(d) ? addWorkingDays(addWorkingDays(d, 1)!, k) : addWorkingDays(d, k);
        expect(dueAfterReceipt(d, t, k, c)).toBe(expected);
        const r = receiptDue(d, t, k, c);
        expect(r?.due ?? null).toBe(expected);
      }),
    );
  });
  it("with a cut-off, the day counted from is always a working day", () => {
    fc.assert(
      fc.property(day, time, fc.integer({ min: 0, max: 1439 }), n, (d, t, c, k) => {
        const r = receiptDue(d, t, k, c);
        if (r !== null) expect(isWorkingDay(r.countedFrom)).toBe(true);
      }),
    );
  });
  it("a receipt after the cut-off is never due earlier than the same receipt before it", () => {
    fc.assert(
      fc.property(fc.integer({ min: D(1901, 1, 1), max: D(2098, 12, 31) }), fc.integer({ min: 0, max: 400 }), (d, k) => {
        expect(dueAfterReceipt(d, hm(16), k, CUTOFF)!).toBeGreaterThanOrEqual(dueAfterReceipt(d, hm(14), k, CUTOFF)!);
      }),
    );
  });
});
