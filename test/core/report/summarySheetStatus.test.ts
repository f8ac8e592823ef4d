// The summary sheet of issue 10 §1 tables: a status column with tasks done without a date or
// dropped, and a plan without tracking columns (due dates only).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { summarySheetSpec } from "../../../core/src/report/summarySheet.js";
import { annualSummary } from "../../../core/src/summary/annualSummary.js";
import { parseCsv, readFixture607 } from "../helpers/csv.js";

const asOf = dayFromYMD(2025, 12, 31);
const small = () => parseCsv(readFileSync(resolve(__dirname, "../../fixtures/issue10-small.csv"), "utf8")).map((r) => r.map((v) => (v === "" ? null : v)));

describe("summarySheetSpec on a status column", () => {
  const grid = small();
  grid.push(["6", "Hợp nhất cơ sở dữ liệu", "Sở Tư pháp", null, "Quý II/2025", "Dừng thực hiện"]); // row 9: dropped
  const spec = summarySheetSpec(annualSummary(grid, { planYear: 2025, asOf }));

  it("columns 'Hoàn thành, chưa rõ ngày' and 'Không thực hiện/dừng thực hiện' appear when used, the chart follows them", () => {
    const headers = spec.blocks[1].columns.map((c) => c.header);
    expect(headers).toEqual([
      "Phần", "Mục", "Lĩnh vực", "Tổng số nhiệm vụ", "Hoàn thành trước hạn", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
      "Hoàn thành, chưa rõ ngày", "Đang thực hiện (trong hạn)", "Quá hạn", "Không có hạn cụ thể", "Không thực hiện/dừng thực hiện", "Tỷ lệ trễ hạn",
    ]);
    expect(spec.chart!.series.map((s) => s.name)).toEqual(headers.slice(4, -1));
    expect(spec.chart!.series.map((s) => s.column)).toEqual(headers.slice(4, -1).map((_, k) => 4 + k));
    for (const b of spec.blocks) for (const row of [...b.rows, ...(b.totalRow ? [b.totalRow] : [])]) expect(row.length).toBe(b.columns.length);
  });

  it("overall figures: 6 tasks, 1 done undated, 1 dropped, 4 with a due date in the late rate, 50 %", () => {
    const rows = new Map(spec.blocks[0].rows.map((r) => [String(r[0]), r.slice(1)]));
    expect(rows.get("Hoàn thành, chưa rõ ngày")?.[0]).toBe(1);
    expect(rows.get("Không thực hiện/dừng thực hiện")?.[0]).toBe(1);
    expect(rows.get("Số nhiệm vụ có hạn cụ thể")?.[0]).toBe(4);
    expect([...rows.entries()].find(([k]) => k.startsWith("Tỷ lệ trễ hạn"))?.[1]).toEqual([2, 0.5]);
    expect(spec.notes?.some((n) => n.startsWith("1 nhiệm vụ ghi hoàn thành nhưng chưa rõ ngày"))).toBe(true);
    expect(spec.notes?.some((n) => n.startsWith("1 nhiệm vụ không thực hiện/dừng thực hiện"))).toBe(true);
  });
});

describe("summarySheetSpec on a plan without tracking columns (607)", () => {
  const spec = summarySheetSpec(annualSummary(readFixture607(), { planYear: 2025, asOf }));

  it("says so, reports due dates only, no late rate and no overdue list", () => {
    expect(spec.subtitle).toContain("tỷ lệ trễ hạn chưa tính (bảng chưa có cột theo dõi kết quả)");
    expect(spec.notes?.[0]).toMatch(/^Bảng chưa có cột theo dõi kết quả/);
    const rows = spec.blocks[0].rows.map((r) => [r[0], r[1]]);
    expect(rows).toEqual([
      ["Tổng số nhiệm vụ", 74],
      ["Có hạn trước ngày báo cáo", 1],
      ["Có hạn từ ngày báo cáo trở đi", 61],
      ["Không có hạn (thường xuyên/theo cơ quan khác)", 12],
      ["Tỷ lệ trễ hạn: chưa tính (bảng chưa có cột theo dõi kết quả)", null],
    ]);
    expect(spec.blocks[1].columns.map((c) => c.header).slice(3)).toEqual(["Tổng số nhiệm vụ", "Có hạn (chưa theo dõi kết quả)", "Không có hạn cụ thể"]);
    expect(spec.blocks[3].rows).toEqual([]);
    expect(spec.blocks[3].title).toContain("chưa xác định");
  });
});
