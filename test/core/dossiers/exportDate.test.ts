import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD, toVN } from "../../../core/src/dates/day.js";
import { quickExportDate, readExportDate, readExtraText } from "../../../core/src/dossiers/exportDate.js";

const day = (v: unknown): string => {
  const r = readExportDate(v);
  return r.ok ? toVN(r.day) : `ERR ${r.message}`;
};

describe("dates as the one-stop systems write them", () => {
  it("dd/mm/yyyy with and without a time (TD, OpenCPS REST)", () => {
    expect(day("09/01/2025")).toBe("09/01/2025");
    expect(day("09/01/2025 17:00")).toBe("09/01/2025");
    expect(day("09/01/2025 17:00:59")).toBe("09/01/2025");
    expect(day("9/1/2025 8:05")).toBe("09/01/2025");
  });
  it("yyyyMMdd and yyyyMMddHHmmss (the portal's sync record), as text and as numbers", () => {
    expect(day("20250109")).toBe("09/01/2025");
    expect(day("20250109235959")).toBe("09/01/2025");
    expect(day(20250109)).toBe("09/01/2025");
    expect(day(20250109083000)).toBe("09/01/2025");
    expect(day("20250132")).toMatch(/^ERR Ngày "20250132" không tồn tại/);
    expect(day("20250109246000")).toMatch(/^ERR Giờ trong "20250109246000" không hợp lệ/);
  });
  it("ISO with Z or an offset: the instant's day in Vietnam (UTC+7)", () => {
    expect(day("2025-01-09T03:00:00.000+0000")).toBe("09/01/2025");
    expect(day("2025-01-08T17:00:00.000+0000")).toBe("09/01/2025"); // 00:00 in Vietnam
    expect(day("2025-01-08T16:59:59Z")).toBe("08/01/2025"); // 23:59:59 in Vietnam
    expect(day("2025-01-09T00:30:00+07:00")).toBe("09/01/2025");
    expect(day("2025-01-09T23:30:00-05:00")).toBe("10/01/2025"); // 04:30 UTC → 11:30 in Vietnam
    expect(day("2024-12-31T17:15:00.000+0000")).toBe("01/01/2025"); // a new year in Vietnam
  });
  it("ISO without a zone is a local day; fractional seconds of any length", () => {
    expect(day("2025-01-09")).toBe("09/01/2025");
    expect(day("2025-01-09 23:59:59")).toBe("09/01/2025");
    expect(day("2025-01-09T08:00:00.0000000")).toBe("09/01/2025");
    expect(day("2025-01-09 08:00:00,123")).toBe("09/01/2025");
    expect(day("2025-01-09T25:00:00")).toMatch(/^ERR Giờ/);
  });
  it("epoch milliseconds (numbers and text) and .NET /Date(ms)/", () => {
    const ms = Date.UTC(2025, 0, 8, 17, 30); // 09/01 00:30 in Vietnam
    expect(day(ms)).toBe("09/01/2025");
    expect(day(String(ms))).toBe("09/01/2025");
    expect(day(`/Date(${ms})/`)).toBe("09/01/2025");
    expect(day(`/Date(${ms}+0700)/`)).toBe("09/01/2025");
  });
  it("dd/mm/yy and yyyy/MM/dd", () => {
    expect(day("09/01/25")).toBe("09/01/2025");
    expect(day("09-01-25 08:00")).toBe("09/01/2025");
    expect(day("2025/01/09")).toBe("09/01/2025");
    expect(day("2025/1/9 08:00:00")).toBe("09/01/2025");
  });
  it("AM/PM and SA/CH (Vietnamese Windows), and a time before the date", () => {
    expect(day("09/01/2025 08:30:00 AM")).toBe("09/01/2025");
    expect(day("09/01/2025 11:59 PM")).toBe("09/01/2025");
    expect(day("09/01/2025 8:30 SA")).toBe("09/01/2025");
    expect(day("09/01/2025 05:45:00 CH")).toBe("09/01/2025");
    expect(day("09/01/2025 13:00 CH")).toMatch(/^ERR Giờ/);
    expect(day("08:30 09/01/2025")).toBe("09/01/2025");
    expect(day("08h30 09/01/2025")).toBe("09/01/2025");
  });
  it("Excel serials, as numbers and as text", () => {
    expect(day(45666)).toBe("09/01/2025");
    expect(day("45666")).toBe("09/01/2025");
    expect(day("45666,75")).toBe("09/01/2025");
    expect(day("45666.75")).toBe("09/01/2025");
  });
  it("anything else is an explained error, never a day", () => {
    expect(day("Còn 3 ngày")).toBe('ERR Không đọc được ngày "Còn 3 ngày": cần dạng ngày/tháng/năm (09/01/2025, có thể kèm giờ), YYYY-MM-DD, yyyyMMdd hoặc yyyyMMddHHmmss');
    expect(day("31/02/2025")).toMatch(/không tồn tại/);
    expect(day(true)).toMatch(/^ERR/);
  });

  it("property: every instant of 1990–2090 written as ISO with an offset gives its Vietnam calendar day", () => {
    const lo = Date.UTC(1990, 0, 1);
    const hi = Date.UTC(2090, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: -12, max: 14 }), (ms, off) => {
        const local = new Date(ms + off * 3600_000);
        const pad = (n: number, w = 2) => String(n).padStart(w, "0");
        const zone = `${off < 0 ? "-" : "+"}${pad(Math.abs(off))}00`;
        const iso = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${zone}`;
        const vn = new Date(ms + 7 * 3600_000);
        const r = readExportDate(iso);
        expect(r).toEqual({ ok: true, day: dayFromYMD(vn.getUTCFullYear(), vn.getUTCMonth() + 1, vn.getUTCDate()) });
      }),
    );
  });

  it("property: yyyyMMdd[HHmmss] and dd/mm/yyyy of the same day agree", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const pad = (n: number) => String(n).padStart(2, "0");
        const [y, m, dd] = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
        const a = readExportDate(`${y}${m}${dd}`);
        const b = readExportDate(`${y}${m}${dd}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`);
        const c = readExportDate(`${dd}/${m}/${y}`);
        expect(a).toEqual(c);
        expect(b).toEqual(c);
      }),
    );
  });
});

describe("quickExportDate, the usual shapes read from character codes, gives readExtraText's day", () => {
  /** Two digits, mostly below `usual` (a month, a day, an hour…), sometimes anything. */
  const d2 = (usual: number) =>
    fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: usual }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }) }).map((n) => String(n).padStart(2, "0"));
  const year = fc.oneof(fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 0, max: 9999 })).map((n) => String(n).padStart(4, "0"));
  const iso = fc
    .tuple(year, d2(13), d2(31), fc.constantFrom("", "T", " ", "t", "  "), d2(24), d2(60), fc.constantFrom("", ":"), d2(60), fc.constantFrom("", ".", ",", ";"), fc.stringMatching(/^[0-9]{0,9}$/), fc.oneof(
        { weight: 4, arbitrary: fc.constant("") },
        { weight: 1, arbitrary: fc.constantFrom("Z", "z", "+0700", "+07:00", " ", "x", " Z", "+07", "+07:0") },
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom("+", "-"), d2(24), fc.constantFrom("", ":"), d2(60)).map((z) => z.join("")) },
      ))
    .map(([y, m, d, sep, h, mi, colon, s, dot, frac, tail]) => {
      const date = `${y}-${m}-${d}`;
      if (sep === "") return date + tail;
      return `${date}${sep}${h}:${mi}${colon}${colon ? s : ""}${colon ? dot + frac : ""}${tail}`;
    });
  const compact = fc
    .tuple(year, d2(13), d2(31), fc.option(fc.tuple(d2(24), d2(60), d2(60)), { nil: undefined }), fc.constantFrom("", "", "0", " "))
    .map(([y, m, d, t, tail]) => `${y}${m}${d}${t ? t.join("") : ""}${tail}`);
  const dmy = fc
    .tuple(fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 13 }), year, fc.boolean(), fc.boolean(), fc.option(fc.tuple(fc.integer({ min: 0, max: 25 }), d2(60), fc.option(d2(60), { nil: undefined })), { nil: undefined }), fc.constantFrom("", "", "", " ", "x", " SA", ":5"))
    .map(([d, m, y, padD, padM, t, tail]) => {
      const date = `${padD ? String(d).padStart(2, "0") : d}/${padM ? String(m).padStart(2, "0") : m}/${y}`;
      return t === undefined ? date + tail : `${date} ${t[0]}:${t[1]}${t[2] === undefined ? "" : `:${t[2]}`}${tail}`;
    });
  const near = fc.oneof(
    { weight: 4, arbitrary: dmy },
    { weight: 4, arbitrary: iso },
    { weight: 4, arbitrary: compact },
    { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9\-: T.,]{6,26}$/) },
  );

  it("on every text it answers, the same day; it answers the usual shapes (fast-check)", () => {
    let answered = 0;
    fc.assert(
      fc.property(near, (s) => {
        const quick = quickExportDate(s);
        if (quick === undefined) return;
        answered++;
        expect(quick).toEqual(readExtraText(s));
        expect(readExportDate(s)).toEqual(quick);
      }),
      { numRuns: 20_000 },
    );
    expect(answered).toBeGreaterThan(800);
  });

  it("answers the shapes of the API exports of issue 19, and leaves what does not read to the messages", () => {
    for (const s of ["2025-01-02 08:00:00.0000000", "2025-01-02 08:00:00", "2025-01-08", "2025-01-09T08:00:00.0000000", "20250106083000", "20250106", "2024-12-31T17:15:00.000+0000", "2025-01-08T16:59:59Z", "2100-12-31T16:59:59Z", "1900-01-01T00:00:00+07:00", "9/1/2025 8:05", "9/1/2025", "09/01/2025 17:00:59", "31/12/2025 23:59"]) {
      expect(quickExportDate(s)).toEqual(readExtraText(s));
      expect(quickExportDate(s)?.ok).toBe(true);
    }
    for (const s of ["2025-01-09T25:00:00", "20250132", "2025-02-30", "2025-01-09T03:00:00+24:00", "2100-12-31T17:00:00Z", "1900-01-01T00:00:00+08:00", "9/1/2025 8:05 SA", "9/1/2025 24:00", "31/2/2025", "9/1/25", " 2025-01-08", "2025-1-8"]) {
      expect(quickExportDate(s)).toBeUndefined();
    }
  });
});
