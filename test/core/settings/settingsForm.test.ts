import { dayFromYMD, dayLines, dayLinesText, settingsFromForm } from "@cchc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("the settings form (task pane and sidebar) through one zod schema", () => {
  it("reads the task pane's text boxes: one day per line, a reason after it", () => {
    const r = settingsFromForm({ planYear: "2025", asOf: "30/09/2025", ngayVanHoa: false, extraDaysOff: "24/12/2025\n05/09/2025 — Nghỉ lễ của ngành\n\n", extraWorkingDays: "04/10/2025" });
    expect(r).toEqual({
      ok: true,
      settings: {
        planYear: 2025,
        asOf: dayFromYMD(2025, 9, 30),
        ngayVanHoa: false,
        extraDaysOff: [
          { day: dayFromYMD(2025, 9, 5), reason: "Nghỉ lễ của ngành" },
          { day: dayFromYMD(2025, 12, 24), reason: "" },
        ],
        extraWorkingDays: [{ day: dayFromYMD(2025, 10, 4), reason: "" }],
      },
    });
  });
  it("names the field and the line of every bad value, in Vietnamese", () => {
    const r = settingsFromForm({ planYear: "hai nghìn", asOf: "31/02/2025", extraDaysOff: "05/09/2025\nmai" });
    expect(r).toEqual({
      ok: false,
      problems: [
        'Năm kế hoạch "hai nghìn" không hợp lệ: nhập một năm từ 1900 đến 2100, ví dụ 2025.',
        'Ngày báo cáo: Ngày "31/02/2025" không tồn tại (ngày/tháng/năm không hợp lệ).',
        expect.stringMatching(/^Ngày nghỉ thêm, dòng 2: Không đọc được ngày "mai"/),
      ],
      fields: ["planYear", "asOf", "extraDaysOff"],
    });
  });
  it("the text of a list reads back as the same entries (property)", () => {
    const entry = fc.record({
      day: fc.integer({ min: dayFromYMD(1990, 1, 1), max: dayFromYMD(2090, 12, 31) }),
      reason: fc.constantFrom("", "Nghỉ lễ của ngành", "Làm bù ngày 05/09"),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.day, maxLength: 20 }), (entries) => {
        const sorted = [...entries].sort((a, b) => a.day - b.day);
        const r = settingsFromForm({ extraDaysOff: dayLinesText(sorted) });
        expect(r.ok && r.settings.extraDaysOff).toEqual(sorted);
      }),
    );
    expect(dayLines("05/09/2025; Nghỉ\n  \n06/09/2025")).toEqual([
      { date: "05/09/2025", reason: "Nghỉ", line: 1 },
      { date: "06/09/2025", reason: "", line: 3 },
    ]);
  });
});
