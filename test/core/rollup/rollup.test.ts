import { describe, expect, it } from "vitest";
import { emptyTotals, isOwnReportWorkbook, rollup, unitNameFromFile, unitNameFromTitle, type RollupUnitInput } from "@cchc/core";

describe("unitNameFromTitle", () => {
  it("reads the unit under its parent body from the national header block", () => {
    expect(unitNameFromTitle([["UBND TỈNH KHÁNH HÒA", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["SỞ TƯ PHÁP", "", "Độc lập - Tự do - Hạnh phúc"], ["Số: 12/KH-STP"]])).toBe("SỞ TƯ PHÁP");
    expect(unitNameFromTitle([["UBND HUYỆN DIÊN KHÁNH"], [""], ["STT", "Nội dung"]])).toBe("UBND HUYỆN DIÊN KHÁNH");
    expect(unitNameFromTitle([["UBND TỈNH KHÁNH HÒA\nBAN QUẢN LÝ KHU KINH TẾ VÂN PHONG"]])).toBe("BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG");
    expect(unitNameFromTitle([["TRƯỜNG THPT LÊ QUÝ ĐÔN"], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH"]])).toBe("TRƯỜNG THPT LÊ QUÝ ĐÔN");
  });
  it("gives null without a title (headers, document kinds and mixed-case text are not units)", () => {
    expect(unitNameFromTitle([["STT", "Nội dung công việc", "Trách nhiệm thực hiện"]])).toBeNull();
    expect(unitNameFromTitle([["PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], ["Sở Tư pháp chủ trì"]])).toBeNull();
    expect(unitNameFromTitle([])).toBeNull();
    expect(unitNameFromFile("/a/b/so-tu-phap_2025.xlsx")).toBe("so-tu-phap_2025");
  });
});

describe("rollup", () => {
  const unit = (name: string, t: Partial<ReturnType<typeof emptyTotals>>, lateRate: number | null): RollupUnitInput => ({
    unit: name,
    file: `${name}.csv`,
    totals: { ...emptyTotals(), ...t },
    lateRate,
    errors: 0,
    warnings: 0,
    overdueTasks: [],
  });
  it("sums the units key by key, takes the late rate of the sum, ranks by late rate with ties", () => {
    const r = rollup(
      [
        unit("A", { tasks: 10, doneEarly: 8, doneLate: 1, overdue: 1 }, 0.2),
        unit("B", { tasks: 4, doneOnTime: 4 }, 0),
        unit("C", { tasks: 5, doneEarly: 3, overdue: 1, noDueDate: 0, pending: 1 }, 0.2),
        unit("D", { tasks: 2, noDueDate: 2 }, null),
      ],
      { year: 2025, asOf: "2025-12-31" },
    );
    expect(r.totals).toEqual({ ...emptyTotals(), tasks: 21, doneEarly: 11, doneOnTime: 4, doneLate: 1, overdue: 2, pending: 1, noDueDate: 2 });
    expect(r.lateRate).toBeCloseTo(3 / 19, 12); // not the mean of the units' rates
    expect(r.units.map((u) => [u.unit, u.rank])).toEqual([["A", 2], ["B", 1], ["C", 2], ["D", null]]);
  });
});

describe("isOwnReportWorkbook", () => {
  it("knows the first sheets of the workbooks cchc writes", () => {
    expect(isOwnReportWorkbook(["Tổng hợp 2025", "Theo lĩnh vực"])).toBe(true);
    expect(isOwnReportWorkbook(["Tổng hợp các đơn vị 2025"])).toBe(true);
    expect(isOwnReportWorkbook(["Phụ lục", "Tổng hợp 2025"])).toBe(false);
    expect(isOwnReportWorkbook([])).toBe(false);
  });
});
