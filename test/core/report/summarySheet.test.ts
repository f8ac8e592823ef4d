import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { annualSummary } from "../../../core/src/summary/annualSummary.js";
import { summarySheetSpec } from "../../../core/src/report/summarySheet.js";
import { readFixture607 } from "../helpers/csv.js";

describe("summarySheetSpec", () => {
  const grid = readFixture607();
  grid[0].push("Ngày hoàn thành");
  // Invented tracking dates (test data): row 17 done late, row 13 done early.
  grid.forEach((r, i) => i > 0 && r.push(null));
  grid[16][5] = "10/12/2025";
  grid[12][5] = "01/03/2025";
  const summary = annualSummary(grid, { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) });
  const spec = summarySheetSpec(summary);

  it("sheet name, title and subtitle in Vietnamese", () => {
    expect(spec.name).toBe("Tổng hợp 2025");
    expect(spec.title).toContain("NĂM 2025");
    expect(spec.subtitle).toContain("31/12/2025");
    expect(spec.subtitle).toContain("74 nhiệm vụ");
  });

  it("five blocks with Vietnamese headers and kinds", () => {
    expect(spec.blocks.map((b) => b.title)).toEqual([
      "1. Kết quả chung",
      "2. Theo lĩnh vực (mục của kế hoạch)",
      "3. Theo đơn vị chủ trì",
      "4. Nhiệm vụ quá hạn chưa hoàn thành",
      "5. Nhiệm vụ đến hạn trong 10 ngày làm việc tới",
    ]);
    for (const b of spec.blocks) for (const row of [...b.rows, ...(b.totalRow ? [b.totalRow] : [])]) expect(row.length).toBe(b.columns.length);
    const sec = spec.blocks[1];
    expect(sec.columns.map((c) => c.header)).toEqual([
      "Phần", "Mục", "Lĩnh vực", "Tổng số nhiệm vụ", "Hoàn thành trước hạn", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
      "Đang thực hiện (trong hạn)", "Quá hạn", "Không có hạn cụ thể", "Tỷ lệ trễ hạn",
    ]);
    expect(sec.rows).toHaveLength(11);
    expect(sec.rows[2].slice(0, 3)).toEqual(["A", "III", "Cải cách thể chế"]);
    expect(sec.totalRow!.slice(2, 4)).toEqual(["Tổng cộng", 74]);
    expect(sec.columns[10].kind).toBe("percent");
  });

  it("figures agree with the summary; percents are fractions, dates ISO", () => {
    const overall = spec.blocks[0];
    const late = overall.rows[overall.rows.length - 1];
    expect(late[1]).toBe(summary.totals.doneLate + summary.totals.overdue);
    expect(late[2]).toBe(summary.lateRate);
    expect(summary.totals.doneLate).toBe(1);
    expect(summary.totals.doneEarly).toBe(1);
    const overdue = spec.blocks[3];
    expect(overdue.columns.map((c) => c.kind)).toEqual(["integer", "text", "text", "date"]);
    for (const r of overdue.rows) expect(r[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a stacked bar chart of statuses by section pointing at the right columns", () => {
    const chart = spec.chart!;
    expect(chart.type).toBe("stackedBar");
    const block = spec.blocks[chart.categoriesFrom.block];
    expect(block.columns[chart.categoriesFrom.column].header).toBe("Lĩnh vực");
    expect(chart.series).toHaveLength(6);
    for (const s of chart.series) expect(spec.blocks[s.block].columns[s.column].header).toBe(s.name);
  });

  it("a summary that failed says why", () => {
    const failed = summarySheetSpec(annualSummary([["Danh sách"]], { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) }));
    expect(failed.blocks).toEqual([]);
    expect(failed.subtitle).toMatch(/^Không tổng hợp được: Không tìm thấy dòng tiêu đề/);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});
