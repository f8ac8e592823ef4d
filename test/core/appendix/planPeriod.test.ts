import { describe, expect, it } from "vitest";
import { inferPlanPeriod } from "../../../core/src/appendix/planYear.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { readFixture607 } from "../helpers/csv.js";

function table(cells: unknown[][]): AppendixTable {
  const t = readAppendix(cells);
  if ("error" in t) throw new Error(t.error);
  return t;
}

const HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"];

/** A 2021–2030 programme: ranges and years across the decade, one schedule from 2019. */
function programme(title: string | null): unknown[][] {
  return [
    ...(title === null ? [] : [[title], []]),
    HEADER,
    [1, "Hoàn thiện thể chế", "Sở Tư pháp", "2021-2025"],
    [2, "Chuyển đổi số", "Sở Thông tin và Truyền thông", "2021 - 2030"],
    [3, "Đánh giá giữa kỳ", "Sở Nội vụ", "Năm 2025"],
    [4, "Tổng kết", "Sở Nội vụ", "Năm 2030"],
    [5, "Rà soát", "Sở Tư pháp", "2026-2030"],
    [6, "Việc chép nhầm", "Sở Nội vụ", "Quý IV/2019"],
    [7, "Thường xuyên", "Sở Nội vụ", "Nhiệm vụ thường xuyên"],
  ];
}

describe("inferPlanPeriod (issue 10 §5)", () => {
  it("from the title: 'giai đoạn 2021 - 2030'", () => {
    const cells = programme("CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2030");
    expect(inferPlanPeriod(cells, table(cells))).toEqual({ startYear: 2021, endYear: 2030, from: "title", label: "giai đoạn 2021–2030 (theo tiêu đề bảng, dòng 1)" });
  });

  it("from the title: 'Kế hoạch … năm 2025 - 2026' and a single year", () => {
    const two = [["KẾ HOẠCH THỰC HIỆN NĂM 2025-2026"], HEADER, [1, "Việc", "Văn phòng", "Quý I/2026"]];
    expect(inferPlanPeriod(two, table(two))).toMatchObject({ startYear: 2025, endYear: 2026, from: "title" });
    const one = [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], HEADER, [1, "Việc", "Văn phòng", "Quý I/2025"]];
    expect(inferPlanPeriod(one, table(one))).toMatchObject({ startYear: 2025, endYear: 2025, label: "năm 2025 (theo tiêu đề bảng, dòng 1)" });
  });

  it("a document date above the title ('ngày 25 tháng 12 năm 2025') is not the plan year", () => {
    const cells = [
      ["(Kèm theo Kế hoạch số 321/KH-UBND ngày 25 tháng 12 năm 2025 của UBND tỉnh)"],
      ["NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      HEADER,
      [1, "Việc", "Văn phòng", "Quý I/2026"],
    ];
    expect(inferPlanPeriod(cells, table(cells))).toMatchObject({ startYear: 2026, endYear: 2026, label: "năm 2026 (theo tiêu đề bảng, dòng 2)" });
    expect(validateAppendix(cells).warnings.filter((w) => w.code === "deadline-outside-year")).toEqual([]);
  });

  it("from the spread of the schedules: 2021–2030, the lone 2019 left out", () => {
    const cells = programme(null);
    expect(inferPlanPeriod(cells, table(cells))).toEqual({ startYear: 2021, endYear: 2030, from: "schedules", label: "giai đoạn 2021–2030 (theo tiến độ của 6 nhiệm vụ)" });
  });

  it("the 607 appendix: 2025 from its schedules", () => {
    const cells = readFixture607();
    expect(inferPlanPeriod(cells, table(cells))).toMatchObject({ startYear: 2025, endYear: 2025, from: "schedules" });
  });
});

describe("validate without a plan year: deadline-outside-year only outside the inferred period", () => {
  it("a 2021–2030 programme: rows inside the period are silent, the 2019 row is flagged", () => {
    const r = validateAppendix(programme("CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2030"));
    const outside = r.warnings.filter((w) => w.code === "deadline-outside-year");
    expect(outside.map((w) => `${w.column}${w.row}`)).toEqual(["D9"]);
    expect(outside[0].message).toContain("giai đoạn 2021–2030");
    expect(r.planPeriod).toMatchObject({ startYear: 2021, endYear: 2030 });
  });

  it("with --year the plan year rules as before, and no planPeriod is reported", () => {
    const r = validateAppendix(programme(null), { planYear: 2025 });
    expect(r.planPeriod).toBeUndefined();
    expect(r.warnings.filter((w) => w.code === "deadline-outside-year").map((w) => w.row)).toEqual([5, 6, 7]); // Năm 2030, 2026-2030, Quý IV/2019
  });

  it("the 607 appendix without a year: no deadline-outside-year", () => {
    const r = validateAppendix(readFixture607());
    expect(r.warnings.filter((w) => w.code === "deadline-outside-year")).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});
