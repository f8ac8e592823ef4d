// Tổng hợp nhiều đơn vị on office-addin-mock objects: each sheet one unit, the same figures as
// core's annual summary of that sheet, own sheets left out, a sheet that is not a plan listed.
import { annualSummary, dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { rollupSheets } from "../../../excel-addin/src/commands/rollupSheets.js";
import { EXAMPLE_607, loadCsvCells, serialOf } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const SETTINGS = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 12, 31)]];
const UNIT_B = [
  ["UBND TỈNH KHÁNH HÒA"],
  ["SỞ NỘI VỤ"],
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Ngày hoàn thành"],
  ["1", "Rà soát chức năng", "Phòng Tổ chức", "Quý II/2025", serialOf(2025, 6, 20)],
  ["2", "Sắp xếp đơn vị", "Phòng Tổ chức", "Trước ngày 31/10/2025", serialOf(2025, 11, 5)],
  ["3", "Tuyển dụng", "Phòng Công chức", "Tháng 9/2025", ""],
];

describe("rollupSheets with office-addin-mock", () => {
  it("rolls up the units' sheets with core's figures, in 3 requests, writing only new sheets", async () => {
    const a = loadCsvCells(EXAMPLE_607);
    const exportCells = loadCsvCells(new URL("../../../examples/xuat-mot-cua-vi-du.csv", import.meta.url));
    const book = mockWorkbook(
      { "Ban Quản lý": a, "Sở Nội vụ": UNIT_B, "Danh bạ": [["Họ tên", "Điện thoại"], ["A", "090"]], "Một cửa": exportCells, "CCHC – Cài đặt": SETTINGS },
      { active: "Ban Quản lý" },
    );
    const r = await rollupSheets(book.context(), { today: dayFromYMD(2026, 1, 5) });
    expect(r).toMatchObject({ units: 2, skipped: 1, asOf: dayFromYMD(2025, 12, 31) });
    expect(r.syncs).toBe(3);
    expect(book.state.syncs).toBe(3);
    // the pasted one-stop export: its II.06a by unit and Kết luận 91 flags, as Thống kê hồ sơ gives them
    expect(r.sheets).toEqual(["Tổng hợp các đơn vị 2025", "Nhiệm vụ quá hạn", "II.06a 1 – Một cửa"]);
    const ii06a = book.get("II.06a 1 – Một cửa", "A1:R40");
    expect(ii06a.some((row) => row.includes("Phòng Quản lý doanh nghiệp"))).toBe(true);
    const S = "Tổng hợp các đơn vị 2025";
    const cells = book.get(S, "A1:M20");
    const rowOf = (name: string) => cells.find((row) => row[1] === name)!;
    const asOf = dayFromYMD(2025, 12, 31);
    const ta = annualSummary(a, { planYear: 2025, asOf }).totals;
    const tb = annualSummary(UNIT_B, { planYear: 2025, asOf }).totals;
    expect(rowOf("Ban Quản lý").slice(2, 9)).toEqual([ta.tasks, ta.doneEarly, ta.doneOnTime, ta.doneLate, ta.pending, ta.overdue, ta.noDueDate]);
    expect(rowOf("SỞ NỘI VỤ").slice(2, 9)).toEqual([tb.tasks, tb.doneEarly, tb.doneOnTime, tb.doneLate, tb.pending, tb.overdue, tb.noDueDate]);
    expect(cells.some((row) => row[0] === "Danh bạ")).toBe(true); // listed with its reason
    for (const name of ["Ban Quản lý", "Sở Nội vụ", "Danh bạ", "Một cửa", "CCHC – Cài đặt"]) expect(book.cellWrites(name)).toEqual([]);
  });
});
