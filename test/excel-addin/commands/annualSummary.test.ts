import { annualSummary as coreSummary, dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { annualSummary } from "../../../excel-addin/src/commands/annualSummary.js";
import { EXAMPLE_607, bigAppendix, loadCsvCells, serialOf, setup, type ChartModel } from "../standIn.js";

const SEP_30 = dayFromYMD(2025, 9, 30);

function settingsSheet(year: number, asOf: number): unknown[][] {
  return [[], [], ["Năm kế hoạch", year], ["Ngày báo cáo", asOf]];
}

describe("Tổng hợp năm (annualSummary)", () => {
  it("writes the summary of the Kế hoạch 607 example with a stacked bar chart by section", async () => {
    const cells = loadCsvCells(EXAMPLE_607);
    const { model, ctx } = setup({ "Theo dõi": cells, "CCHC – Cài đặt": settingsSheet(2025, serialOf(2025, 9, 30)) }, "Theo dõi");
    const before = model.sheet("Theo dõi").get(`A1:H${cells.length}`);
    const context = ctx();
    const r = await annualSummary(context, { today: dayFromYMD(2026, 1, 5) });
    expect(context.syncCount).toBeLessThanOrEqual(3);
    expect(r).toMatchObject({ summarySheet: "Tổng hợp 2025", year: 2025, asOf: SEP_30, tasks: 74, tableErrors: 0 });

    // same figures as core (and the CLI: 74 tasks, 33 early, 1 on time, 3 late, 24 pending, 2 overdue, 11 without due date)
    const expected = coreSummary(cells, { planYear: 2025, asOf: SEP_30 });
    expect(expected.totals).toEqual({ tasks: 74, doneEarly: 33, doneOnTime: 1, doneLate: 3, pending: 24, overdue: 2, noDueDate: 11, doneUndated: 0, dropped: 0, notTracked: 0 });
    const sheet = model.sheet("Tổng hợp 2025");
    expect(sheet.value("A1")).toBe("TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    expect(String(sheet.value("A2"))).toContain("Tính đến ngày 30/09/2025");
    expect(sheet.value("A4")).toBe("1. Kết quả chung");
    expect(sheet.get("A5:C6")).toEqual([
      ["Chỉ tiêu", "Số nhiệm vụ", "Tỷ lệ"],
      ["Tổng số nhiệm vụ", 74, 1],
    ]);
    expect(sheet.cell("C6")?.nf).toBe("0.00%");
    // the late-rate line: (3 + 2) ÷ 63 tasks with a due date
    const rows = sheet.get("A5:C20");
    const late = rows.find((x) => String(x[0]).startsWith("Tỷ lệ trễ hạn"))!;
    expect(late[1]).toBe(5);
    expect(late[2]).toBeCloseTo(5 / 63, 10);

    const chart = sheet.model.charts[0] as ChartModel & { seriesList: { name: string; values: string; xValues: string }[] };
    expect(chart.type).toBe("BarStacked");
    expect(chart.title.text).toBe("Tình trạng nhiệm vụ theo lĩnh vực (đến 30/09/2025)");
    expect(chart.seriesList.map((s) => s.name)).toHaveLength(6);
    const categories = chart.seriesList[0].xValues;
    // categories are the section titles written on the sheet
    const catRange = categories.split("!")[1];
    const titles = sheet.get(catRange).flat();
    expect(titles.length).toBe(expected.bySection.length);
    expect(titles[0]).toBe(expected.bySection[0].title);
    for (const s of chart.seriesList) expect(s.xValues).toBe(categories);

    // overdue tasks link back to their rows in the source sheet
    const links = [...Array(120).keys()].map((i) => sheet.cell(`A${i + 1}`)?.hyperlink?.documentReference).filter(Boolean);
    expect(links.length).toBe(expected.overdueTasks.length + expected.upcoming.length);
    expect(links[0]).toBe(`'Theo dõi'!A${expected.overdueTasks[0].row}`);

    expect(model.sheet("Theo dõi").get(`A1:H${cells.length}`)).toEqual(before);
    expect(model.sheetNames()).toEqual(["Theo dõi", "CCHC – Cài đặt", "Tổng hợp 2025"]);
  });

  it("never overwrites an existing summary sheet: the new one is numbered", async () => {
    const { model, ctx } = setup({ "Theo dõi": loadCsvCells(EXAMPLE_607), "Tổng hợp 2025": [["của tôi"]], "tổng hợp 2025 (2)": [["cũng của tôi"]] }, "Theo dõi");
    const r = await annualSummary(ctx(), { today: SEP_30 });
    expect(r.summarySheet).toBe("Tổng hợp 2025 (3)");
    expect(model.sheet("Tổng hợp 2025").value("A1")).toBe("của tôi");
  });

  it("takes the year and reporting date from today when there is no settings sheet (2 requests)", async () => {
    const { ctx } = setup({ "Theo dõi": loadCsvCells(EXAMPLE_607) });
    const context = ctx();
    const r = await annualSummary(context, { today: SEP_30 });
    expect(r.year).toBe(2025);
    expect(r.tasks).toBe(74);
    expect(context.syncCount).toBe(2);
  });

  it("counts the table's errors so the pane can warn that figures may be incomplete", async () => {
    const { ctx } = setup({ "Kế hoạch": bigAppendix(200) });
    const r = await annualSummary(ctx(), { today: SEP_30 });
    expect(r.tasks).toBe(200);
    // 4 tasks without a lead (every 50th) + 16 completed in October after the 30/09 reporting date (n ≡ 9 mod 12)
    expect(r.tableErrors).toBe(20);
  });

  it("summarises 10,000 tasks in at most 3 requests", async () => {
    const { ctx } = setup({ "Kế hoạch": bigAppendix(10_000) });
    const context = ctx();
    const t = performance.now();
    const r = await annualSummary(context, { today: SEP_30 });
    const ms = performance.now() - t;
    expect(r.tasks).toBe(10_000);
    expect(context.syncCount).toBeLessThanOrEqual(3);
    console.log(`annualSummary 10,000 tasks: ${context.syncCount} syncs, ${ms.toFixed(0)} ms`);
  });

  it("explains a sheet without a plan table", async () => {
    const { ctx } = setup({ "Chi phí": [["Tháng", "Số tiền"], [1, 2]] });
    await expect(annualSummary(ctx(), { today: SEP_30 })).rejects.toThrow(/Trang "Chi phí": Không tìm thấy dòng tiêu đề/);
  });
});
