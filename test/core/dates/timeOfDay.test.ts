import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTimeOfDay, minutesOfDayFraction, parseTimeCell, parseTimeText } from "../../../core/src/dates/timeOfDay.js";

const minutes = (text: string) => {
  const r = parseTimeText(text);
  return r.ok ? r.minutes : r.message;
};

describe("parseTimeText: what Vietnamese users type", () => {
  it.each([
    ["15:00", 900],
    ["15:00:00", 900],
    ["7:05", 425],
    ["15h", 900],
    ["15H", 900],
    ["15h30", 930],
    ["15h 30", 930],
    ["15h30'", 930],
    ["15h30p", 930],
    ["15g30", 930],
    ["15 giờ", 900],
    ["15 giờ 30", 930],
    ["15 giờ 30 phút", 930],
    ["15 gio 30 phut", 930],
    ["15 GIỜ", 900],
    ["15", 900],
    ["3 giờ chiều", 900],
    ["3:30 chiều", 930],
    ["15 giờ chiều", 900],
    ["9 giờ sáng", 540],
    ["12 giờ trưa", 720],
    ["1 giờ trưa", 780],
    ["7 giờ tối", 1140],
    ["3:00 PM", 900],
    ["3:00 pm", 900],
    ["12:30 AM", 30],
    ["3:00 CH", 900],
    ["9:00 SA", 540],
    ["03:00:00 CH", 900],
    ["15:00:30", 900.5],
    ["0:00", 0],
    ["23:59", 1439],
  ])("%s", (text, expected) => {
    if (Number.isNaN(expected)) expect(parseTimeText(text).ok).toBe(false);
    else expect(minutes(text)).toBe(expected);
  });
  it("NFD text (typed on a Mac) reads like NFC", () => {
    expect(minutes("15 giờ 30".normalize("NFD"))).toBe(930);
  });
  it("rejects what is not a time, with a Vietnamese message saying how to write it", () => {
    for (const bad of ["abc", "15.30", "", "   ", "24:00", "25:00", "15:60", "15h75", "13 giờ sáng", "3 giờ tối", "15 PM", "0 PM", "15:00 hôm qua"]) {
      const r = parseTimeText(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/giờ/);
    }
    const r = parseTimeText("15.30");
    expect(r.ok ? "" : r.message).toBe('Không đọc được giờ "15.30". Hãy nhập giờ theo dạng 15:00, 15h30 hoặc 15 giờ 30.');
    const bad = parseTimeText("25:00");
    expect(bad.ok ? "" : bad.message).toBe('Giờ "25:00" không hợp lệ: giờ từ 0 đến 23, phút và giây từ 0 đến 59.');
  });
});

describe("parseTimeCell", () => {
  it("a fraction of a day as Excel and Sheets store times: 0.625 = 15:00, 0.6875 = 16:30", () => {
    expect(parseTimeCell(0.625)).toEqual({ ok: true, minutes: 900 });
    expect(parseTimeCell(0.6875)).toEqual({ ok: true, minutes: 990 });
    expect(parseTimeCell(15 / 24 + 1e-12)).toEqual({ ok: true, minutes: 900 }); // floating-point noise
  });
  it("a whole hour 0–23 (a cell where someone typed 15)", () => {
    expect(parseTimeCell(15)).toEqual({ ok: true, minutes: 900 });
    expect(parseTimeCell(0)).toEqual({ ok: true, minutes: 0 });
  });
  it("a Date: its UTC clock", () => {
    expect(parseTimeCell(new Date(Date.UTC(1899, 11, 30, 15, 0)))).toEqual({ ok: true, minutes: 900 });
    expect(parseTimeCell(new Date(Date.UTC(2025, 0, 24, 16, 30, 30)))).toEqual({ ok: true, minutes: 990.5 });
  });
  it("text, and rejections", () => {
    expect(parseTimeCell("15h")).toEqual({ ok: true, minutes: 900 });
    for (const bad of [24, 1.5, -0.1, 45681.6875, Number.NaN, true, new Date(Number.NaN), {}, ""]) {
      expect(parseTimeCell(bad).ok, String(bad)).toBe(false);
    }
  });
});

describe("minutesOfDayFraction and formatTimeOfDay", () => {
  it("round to the second and never reach 24:00", () => {
    expect(minutesOfDayFraction(0.999_999_999)).toBe(1439 + 59 / 60);
    expect(minutesOfDayFraction(1)).toBeNull();
    expect(minutesOfDayFraction(-0.1)).toBeNull();
  });
  it("formats HH:mm, with seconds only when there are some", () => {
    expect(formatTimeOfDay(900)).toBe("15:00");
    expect(formatTimeOfDay(425)).toBe("07:05");
    expect(formatTimeOfDay(900.5)).toBe("15:00:30");
  });
  it("property: every HH:mm written back reads as the same minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(parseTimeText(formatTimeOfDay(m))).toEqual({ ok: true, minutes: m });
        expect(parseTimeCell(m / 1440)).toEqual({ ok: true, minutes: m });
      }),
    );
  });
  it("property: no input throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), (v) => {
        parseTimeCell(v);
        if (typeof v === "string") parseTimeText(v);
      }),
    );
  });
});
