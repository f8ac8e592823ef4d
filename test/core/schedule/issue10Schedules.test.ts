import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { parseSchedule } from "../../../core/src/schedule/parseSchedule.js";

describe("schedule texts of issue 10 §5", () => {
  it("continuous", () => {
    for (const t of ["Nhiệm vụ thường xuyên", "Thực hiện thường xuyên", "Thường xuyên, liên tục", "Là nhiệm vụ thường xuyên", "Nhiem vu thuong xuyen"]) {
      expect(parseSchedule(t, 2025), t).toMatchObject({ kind: "continuous", due: null });
    }
  });

  it("recurring yearly", () => {
    for (const t of ["Hằng năm và những năm tiếp theo", "Hàng năm và các năm tiếp theo", "2025 và các năm tiếp theo", "Năm 2025 và những năm tiếp theo"]) {
      expect(parseSchedule(t, 2025), t).toMatchObject({ kind: "recurring", recurrence: "yearly", due: dayFromYMD(2025, 12, 31) });
      expect(parseSchedule(t), t).toMatchObject({ kind: "recurring", recurrence: "yearly" });
    }
  });

  it("multi-year ranges stay ranges", () => {
    expect(parseSchedule("2021–2030")).toMatchObject({ kind: "range", due: dayFromYMD(2030, 12, 31) });
    expect(parseSchedule("2025 - 2026")).toMatchObject({ kind: "range", due: dayFromYMD(2026, 12, 31) });
  });
});
