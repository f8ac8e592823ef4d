import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";
import { parseDateCell, parseDateText } from "../../../core/src/dates/parseDate.js";

const ok = (r: ReturnType<typeof parseDateText>) => (r.ok ? toISO(r.day) : `ERR ${r.message}`);

describe("parseDateText", () => {
  it("reads day first: 05/12/2025 is 5 December, never May 12", () => {
    expect(ok(parseDateText("05/12/2025"))).toBe("2025-12-05");
    expect(ok(parseDateText("5/12/2025"))).toBe("2025-12-05");
    expect(ok(parseDateText("05-12-2025"))).toBe("2025-12-05");
    expect(ok(parseDateText("05.12.2025"))).toBe("2025-12-05");
  });

  it("reads ISO dates and dates with a time", () => {
    expect(ok(parseDateText("2025-12-05"))).toBe("2025-12-05");
    expect(ok(parseDateText("05/12/2025 14:30"))).toBe("2025-12-05");
    expect(ok(parseDateText("2025-12-05T14:30:00"))).toBe("2025-12-05");
  });

  it("rejects the impossible and the out-of-range with a Vietnamese message", () => {
    const r = parseDateText("31/02/2025");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("không tồn tại");
    const y = parseDateText("01/01/1850");
    expect(y.ok).toBe(false);
    if (!y.ok) expect(y.message).toContain("1900–2100");
    const t = parseDateText("ngày mai");
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.message).toContain("ngày/tháng/năm");
  });

  it("round-trips every valid date written dd/mm/yyyy", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYMD(1900, 1, 1), max: dayFromYMD(2100, 12, 31) }), (d) => {
        const [y, m, dd] = toISO(d).split("-");
        const r = parseDateText(`${dd}/${m}/${y}`);
        expect(r.ok && r.day).toBe(d);
      }),
    );
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDateText(s)));
    fc.assert(fc.property(fc.anything(), (v) => void parseDateCell(v)));
  });
});

describe("parseDateCell", () => {
  it("reads Excel serials, UTC-midnight Date objects and text", () => {
    expect(ok(parseDateCell(45658))).toBe("2025-01-01");
    expect(ok(parseDateCell(new Date(Date.UTC(2025, 11, 5))))).toBe("2025-12-05");
    expect(ok(parseDateCell("05/12/2025"))).toBe("2025-12-05");
  });

  it("rejects blanks, booleans, and numbers that are not dates", () => {
    expect(parseDateCell("").ok).toBe(false);
    expect(parseDateCell(null).ok).toBe(false);
    expect(parseDateCell(true).ok).toBe(false);
    expect(parseDateCell(-5).ok).toBe(false);
    expect(parseDateCell(10_000_000).ok).toBe(false);
    expect(parseDateCell(Number.NaN).ok).toBe(false);
  });
});
