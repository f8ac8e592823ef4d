// The command line's option values, each through its zod schema with its Vietnamese message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOption, dateListOptionSchema, dateOptionSchema, dayFromYMD, formatOptionSchema, toISO, yearOptionSchema } from "@cchc/core";

describe("CLI option schemas", () => {
  it("reads dates day first or ISO, and says what is wrong and how to write it", () => {
    expect(checkOption(dateOptionSchema("ngày nhận"), "24/01/2025")).toEqual({ ok: true, value: dayFromYMD(2025, 1, 24) });
    expect(checkOption(dateOptionSchema("ngày nhận"), "2025-01-24")).toEqual({ ok: true, value: dayFromYMD(2025, 1, 24) });
    expect(checkOption(dateOptionSchema("ngày nhận"), "31/02/2025")).toEqual({
      ok: false,
      message: 'Ngày nhận không hợp lệ: Ngày "31/02/2025" không tồn tại (ngày/tháng/năm không hợp lệ).',
    });
    expect(checkOption(dateOptionSchema("ngày báo cáo (--as-of)"), true)).toEqual({ ok: false, message: "Thiếu ngày báo cáo (--as-of) (dạng YYYY-MM-DD hoặc dd/mm/yyyy)." });
  });
  it("reads a year of four digits within 1900–2100", () => {
    expect(checkOption(yearOptionSchema("năm kế hoạch"), "2025")).toEqual({ ok: true, value: 2025 });
    expect(checkOption(yearOptionSchema("năm kế hoạch"), "20x5")).toEqual({ ok: false, message: 'Năm kế hoạch "20x5" không hợp lệ: cần 4 chữ số, ví dụ 2025.' });
    expect(checkOption(yearOptionSchema("năm kế hoạch"), "2200")).toEqual({ ok: false, message: "Năm kế hoạch 2200 nằm ngoài khoảng hỗ trợ 1900–2100." });
  });
  it("reads lists of dates and the output format", () => {
    expect(checkOption(dateListOptionSchema("ngày nghỉ thêm"), undefined)).toEqual({ ok: true, value: [] });
    expect(checkOption(dateListOptionSchema("ngày nghỉ thêm"), "2025-03-03, 04/03/2025")).toEqual({ ok: true, value: [dayFromYMD(2025, 3, 3), dayFromYMD(2025, 3, 4)] });
    expect(checkOption(dateListOptionSchema("ngày nghỉ thêm"), "2025-03-03,mai")).toMatchObject({ ok: false, message: expect.stringMatching(/^Ngày nghỉ thêm không hợp lệ: /) });
    expect(checkOption(formatOptionSchema(), undefined)).toEqual({ ok: true, value: "text" });
    expect(checkOption(formatOptionSchema(), "csv")).toEqual({ ok: false, message: 'Định dạng "csv" không hỗ trợ. Dùng --format text hoặc --format json.' });
  });
  it("every day of 1900–2100 written as ISO reads back as that day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYMD(1900, 1, 1), max: dayFromYMD(2100, 12, 31) }), (day) => {
        expect(checkOption(dateOptionSchema("ngày"), toISO(day))).toEqual({ ok: true, value: day });
      }),
    );
  });
});
