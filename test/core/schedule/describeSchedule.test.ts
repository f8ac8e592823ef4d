import { describe, expect, it } from "vitest";
import { describeSchedule, RECURRENCE_LABELS, SCHEDULE_KIND_LABELS } from "../../../core/src/schedule/describeSchedule.js";
import { parseSchedule } from "../../../core/src/schedule/parseSchedule.js";

const desc = (text: string, year: number | null = 2025) => describeSchedule(parseSchedule(text, year ?? undefined));

describe("describeSchedule", () => {
  it("says the period and the due date in Vietnamese", () => {
    expect(desc("Quý I năm 2023", null)).toBe("Quý I/2023 → hạn 31/03/2023");
    expect(desc("quy 1v/2025")).toBe("Quý IV/2025 → hạn 31/12/2025");
    expect(desc("Quý I, II năm 2025")).toBe("Quý I–II/2025 → hạn 30/06/2025");
    expect(desc("Trong nam 2025")).toBe("Năm 2025 → hạn 31/12/2025");
    expect(desc("Truoc ngay 05/12/2025")).toBe("Hạn 05/12/2025");
    expect(desc("tháng 6/2025")).toBe("Tháng 6/2025 → hạn 30/06/2025");
    expect(desc("6 tháng đầu năm 2025")).toBe("6 tháng đầu năm 2025 → hạn 30/06/2025");
    expect(desc("Giai đoạn 2021 - 2030")).toBe("Giai đoạn 2021–2030 → hạn 31/12/2030");
    expect(desc("Hằng năm")).toBe("Hằng năm → hạn 31/12/2025");
    expect(desc("Theo quý")).toBe("Hằng quý (hạn: cuối mỗi quý)");
    expect(desc("Hàng tháng")).toBe("Hằng tháng (hạn: cuối mỗi tháng)");
    expect(desc("Định kỳ 6 tháng")).toBe("Định kỳ 6 tháng (hạn: 30/06 và 31/12)");
    expect(desc("Trước ngày 20 hằng tháng")).toBe("Hằng tháng (hạn: ngày 20 mỗi tháng)");
    expect(desc("Quý I hằng năm")).toBe("Hằng năm → hạn 31/03/2025");
    expect(desc("Thường xuyên")).toBe("Thường xuyên (không có hạn cụ thể)");
    expect(desc("Theo ke hoach cua Bo Noi vu")).toBe("Theo Bộ Nội vụ (không có hạn cụ thể)");
    expect(desc("Theo tiến độ thực hiện nhiệm vụ")).toBe("Theo kế hoạch/tiến độ khác (không có hạn cụ thể)");
    expect(desc("Đến 31/12/2025: 90%; Đến 31/01/2026: 100%")).toBe("2 mốc → hạn cuối 31/01/2026");
  });

  it("flags the plan year and explains problems", () => {
    expect(desc("Quý I năm 2023")).toBe("Quý I/2023 → hạn 31/03/2023 (ngoài năm kế hoạch)");
    expect(desc("Trước ngày 31/02/2025")).toBe('Không hiểu được tiến độ "Trước ngày 31/02/2025" — Ngày 31/02/2025 không tồn tại.');
    expect(desc("Quý IV", null)).toBe("Quý — Không ghi năm: cần năm kế hoạch để tính hạn.");
    expect(desc("")).toBe("Chưa ghi tiến độ");
  });

  it("has a Vietnamese label for every kind and recurrence", () => {
    expect(Object.keys(SCHEDULE_KIND_LABELS).sort()).toEqual(
      ["date", "year", "quarter", "month", "half", "range", "recurring", "continuous", "external", "milestones", "unknown"].sort(),
    );
    expect(Object.keys(RECURRENCE_LABELS).sort()).toEqual(["half-yearly", "monthly", "quarterly", "yearly"]);
  });
});
