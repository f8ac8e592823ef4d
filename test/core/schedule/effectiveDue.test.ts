import { describe, expect, it } from "vitest";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";
import { effectiveDue } from "../../../core/src/schedule/effectiveDue.js";
import { parseSchedule } from "../../../core/src/schedule/parseSchedule.js";
import type { Schedule } from "../../../core/src/schedule/types.js";

const d = (iso: string) => {
  const [y, m, dd] = iso.split("-").map(Number);
  return dayFromYMD(y, m, dd);
};

/** effectiveDue of a text parsed with plan year 2025, as of the given date. */
function due(text: string, asOf = "2025-09-30", planYear = 2025, parseYear: number | undefined = planYear): string | null {
  const r = effectiveDue(parseSchedule(text, parseYear), planYear, d(asOf));
  return r === null ? null : toISO(r);
}

describe("effectiveDue", () => {
  it("date, year, quarter, month, half → that date", () => {
    expect(due("Trước ngày 05/12/2025")).toBe("2025-12-05");
    expect(due("Trong năm 2025")).toBe("2025-12-31");
    expect(due("Quý I năm 2023")).toBe("2023-03-31");
    expect(due("Tháng 6/2025")).toBe("2025-06-30");
    expect(due("6 tháng đầu năm 2025")).toBe("2025-06-30");
    expect(due("6 tháng cuối năm")).toBe("2025-12-31");
  });

  it("range and milestones → the last", () => {
    expect(due("Giai đoạn 2021-2030")).toBe("2030-12-31");
    expect(due("2021-2025")).toBe("2025-12-31");
    expect(due("Đến 31/12/2025: 90%; Đến 31/01/2026: 100%")).toBe("2026-01-31");
    expect(due("Giai đoạn 2022-2023: A; Giai đoạn 2024-2030: B")).toBe("2030-12-31");
  });

  it("yearly recurring → 31/12 of the plan year (or the day written), whatever the reporting date", () => {
    expect(due("Hằng năm")).toBe("2025-12-31");
    expect(due("Hằng năm", "2026-01-15")).toBe("2025-12-31");
    expect(due("Năm 2021 và các năm tiếp theo", "2025-03-01")).toBe("2025-12-31");
    expect(due("Hằng năm", "2024-05-01", 2024)).toBe("2024-12-31");
    expect(due("Trước ngày 15/12 hằng năm")).toBe("2025-12-15");
  });

  it("quarterly, monthly, half-yearly recurring → end of the period containing the reporting date", () => {
    expect(due("Theo quý", "2025-09-30")).toBe("2025-09-30");
    expect(due("Theo quý", "2025-10-01")).toBe("2025-12-31");
    expect(due("Hằng quý", "2025-02-14")).toBe("2025-03-31");
    expect(due("Hằng tháng", "2025-02-14")).toBe("2025-02-28");
    expect(due("Hằng tháng", "2024-02-14", 2024)).toBe("2024-02-29");
    expect(due("Định kỳ 6 tháng", "2025-06-30")).toBe("2025-06-30");
    expect(due("Định kỳ 6 tháng", "2025-07-01")).toBe("2025-12-31");
    expect(due("Trước ngày 20 hằng tháng", "2025-02-14")).toBe("2025-02-20");
    expect(due("Trước ngày 20 hằng tháng", "2025-02-21")).toBe("2025-02-20");
    expect(due("Ngày 31 hàng tháng", "2025-02-14")).toBe("2025-02-28");
  });

  it("continuous, external, unknown → null", () => {
    expect(due("Thường xuyên")).toBeNull();
    expect(due("Theo kế hoạch của Bộ Nội vụ")).toBeNull();
    expect(due("Theo Kế hoạch kiểm tra năm 2025")).toBeNull();
    expect(due("Trước ngày 31/02/2025")).toBeNull();
    expect(due("")).toBeNull();
  });

  it("a schedule parsed without a plan year gets its year from the plan year given here", () => {
    expect(due("Trong năm", "2025-09-30", 2025, undefined)).toBe("2025-12-31");
    expect(due("Quý IV", "2025-09-30", 2025, undefined)).toBe("2025-12-31");
    expect(due("Hằng năm", "2025-09-30", 2025, undefined)).toBe("2025-12-31");
    expect(due("Quý IV", "2025-09-30", 2024, 2025)).toBe("2025-12-31"); // the year it was read with stays
  });

  it("never throws on odd input", () => {
    const odd = [null, undefined, {}, { kind: "recurring" }, { kind: "date", due: Number.NaN }, { kind: "milestones", due: 5, milestones: [] }];
    for (const s of odd) expect(() => effectiveDue(s as unknown as Schedule, 2025, 0)).not.toThrow();
    expect(effectiveDue({ kind: "recurring", recurrence: "monthly", due: null, text: "", outsidePlanYear: false }, 2025, Number.NaN)).toBeNull();
    expect(effectiveDue(parseSchedule("Hằng năm"), 99999, 0)).toBeNull();
  });
});
