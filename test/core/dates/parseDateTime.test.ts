import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { parseDateCell, parseDateText } from "../../../core/src/dates/parseDate.js";
import { parseDateTimeCell, parseDateTimeText } from "../../../core/src/dates/parseDateTime.js";

const JAN24 = dayFromYMD(2025, 1, 24);
const at1630 = { ok: true, day: JAN24, minutes: 990 };

describe("parseDateTimeText", () => {
  it.each([
    "24/01/2025 16:30",
    "24/01/2025 16:30:00",
    "24-01-2025 16:30",
    "2025-01-24 16:30",
    "2025-01-24T16:30",
    "2025-01-24T16:30:00.000",
    "2025-01-24T16:30:00+07:00",
    "24/01/2025, 16h30",
    "24/01/2025 lúc 16h30",
    "24/01/2025 16 giờ 30",
    "24/01/2025 4:30 PM",
    "24/01/2025 4:30 CH",
    "16:30 24/01/2025",
    "16h30, 24/01/2025",
    "16 giờ 30 ngày 24/01/2025",
    "16 giờ 30 phút, ngày 24/01/2025",
    "  24/01/2025   16:30  ",
  ])("%s → 24/01/2025 16:30", (text) => {
    expect(parseDateTimeText(text)).toEqual(at1630);
  });
  it("a date alone has no time", () => {
    expect(parseDateTimeText("24/01/2025")).toEqual({ ok: true, day: JAN24, minutes: null });
    expect(parseDateTimeText("2025-01-24")).toEqual({ ok: true, day: JAN24, minutes: null });
  });
  it("keeps the day parseDateText gives when the time is unusable, and says why (only a cut-off needs it)", () => {
    const bad = parseDateTimeText("24/01/2025 25:00");
    expect(bad).toMatchObject({ ok: true, day: JAN24, minutes: null });
    expect(bad.ok && bad.timeProblem).toMatch(/25:00/);
    const utc = parseDateTimeText("2025-01-24T16:30:00Z");
    expect(utc).toMatchObject({ ok: true, day: JAN24, minutes: null });
    expect(utc.ok && utc.timeProblem).toMatch(/múi giờ/);
  });
  it("rejects a bad date or a text that is not a date-time, in Vietnamese", () => {
    const cases: [string, RegExp][] = [
      ["31/02/2025 10:00", /không tồn tại/],
      ["24/01/2025 abc", /Trong "24\/01\/2025 abc": không đọc được giờ "abc"/],
      ["abc 24/01/2025", /không đọc được giờ "abc"/],
      ["hôm nay", /ngày\/tháng\/năm/],
      ["", /trống/],
      ["10:00 31/02/2025", /không tồn tại/],
    ];
    for (const [text, message] of cases) {
      const r = parseDateTimeText(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.message, text).toMatch(message);
    }
  });
});

describe("parseDateTimeCell", () => {
  it("an Excel serial with a fraction: 45681.6875 = 24/01/2025 16:30; a whole serial has no time", () => {
    expect(parseDateTimeCell(45681.6875)).toEqual(at1630);
    expect(parseDateTimeCell(45681.625)).toEqual({ ok: true, day: JAN24, minutes: 900 });
    expect(parseDateTimeCell(45681)).toEqual({ ok: true, day: JAN24, minutes: null });
    expect(parseDateTimeCell(45681 + 15 / 24 + 1 / 86400)).toEqual({ ok: true, day: JAN24, minutes: 900 + 1 / 60 }); // 15:00:01
  });
  it("a Date: its UTC day and clock (hosts pass the wall-clock time in UTC fields)", () => {
    expect(parseDateTimeCell(new Date(Date.UTC(2025, 0, 24, 16, 30)))).toEqual(at1630);
    expect(parseDateTimeCell(new Date(Date.UTC(2025, 0, 24)))).toEqual({ ok: true, day: JAN24, minutes: null });
  });
  it("errors as parseDateCell", () => {
    for (const bad of [null, "", true, 12, Number.NaN, new Date(Number.NaN), "31/02/2025 16:30"]) {
      expect(parseDateTimeCell(bad).ok, String(bad)).toBe(false);
    }
  });
  it("property: the day is always parseDateCell's (so HANXULY without a cut-off is unchanged)", () => {
    const serial = fc.double({ min: 0, max: 80_000, noNaN: true });
    const text = fc.oneof(
      fc.string(),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(
        ([d, m, y, h, mi]) => `${d}/${m}/${y} ${h}:${String(mi).padStart(2, "0")}`,
      ),
    );
    fc.assert(
      fc.property(fc.oneof(serial, text), (v) => {
        const a = parseDateCell(v);
        const b = parseDateTimeCell(v);
        if (a.ok) expect(b).toMatchObject({ ok: true, day: a.day });
        if (typeof v === "string" && parseDateText(v).ok) expect(b.ok).toBe(true);
      }),
    );
  });
});
