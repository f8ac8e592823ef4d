import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { settingsFromDto } from "../../../gsheets/src/settings/settingsFromDto.js";

describe("settingsFromDto (what the sidebar sends, checked by core's form schema)", () => {
  it("reads ISO dates, sorts the lists, drops empty lines, NFC reasons", () => {
    const r = settingsFromDto({
      planYear: "2025",
      asOf: "2025-09-30",
      ngayVanHoa: true,
      extraDaysOff: [{ date: "2025-05-19", reason: "Nghi\u0309 thêm" }, { date: "", reason: "" }, { date: "2025-03-04", reason: "" }],
      extraWorkingDays: [],
    });
    expect(r).toEqual({
      ok: true,
      settings: {
        planYear: 2025,
        asOf: dayFromYMD(2025, 9, 30),
        ngayVanHoa: true,
        extraDaysOff: [
          { day: dayFromYMD(2025, 3, 4), reason: "" },
          { day: dayFromYMD(2025, 5, 19), reason: "Nghỉ thêm" },
        ],
        extraWorkingDays: [],
      },
    });
  });
  it("explains every problem in Vietnamese, quoting dates day first", () => {
    const r = settingsFromDto({ planYear: 20250, asOf: "2025-02-29", extraWorkingDays: [{ date: "mai", reason: "" }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/^Năm kế hoạch "20250" không hợp lệ/);
    expect(r.problems[1]).toBe('Ngày báo cáo: Ngày "29/02/2025" không tồn tại (ngày/tháng/năm không hợp lệ).');
    expect(r.problems[2]).toMatch(/^Ngày làm việc thêm, dòng 1: Không đọc được ngày "mai"/);
  });
  it("accepts nothing at all (empty settings); junk gets a Vietnamese message per field, no crash", () => {
    expect(settingsFromDto({})).toEqual({ ok: true, settings: { planYear: null, asOf: null, ngayVanHoa: false, extraDaysOff: [], extraWorkingDays: [] } });
    expect(settingsFromDto(null).ok).toBe(true);
    const junk = settingsFromDto({ extraDaysOff: 5, asOf: 5, ngayVanHoa: "có" });
    expect(junk.ok).toBe(false);
    if (junk.ok) return;
    expect(junk.problems).toEqual([
      "Ngày báo cáo phải là một ngày dạng ngày/tháng/năm.",
      "Nghỉ ngày 24/11: chọn Có hoặc Không.",
      "Ngày nghỉ thêm: phải là danh sách ngày, mỗi dòng một ngày.",
    ]);
  });
});
