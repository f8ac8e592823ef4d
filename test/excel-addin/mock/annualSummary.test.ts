// Tổng hợp năm against office-addin-mock objects: the summary sheet (tables, links, native
// chart), the user's values untouched, at most 3 requests for 10,000 tasks.
import { annualSummary as coreSummary, dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { annualSummary } from "../../../excel-addin/src/commands/annualSummary.js";
import { EXAMPLE_607, loadCsvCells, repeated607, serialOf } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const SEP_30 = dayFromYMD(2025, 9, 30);
const SETTINGS = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 9, 30)]];

describe("annualSummary with office-addin-mock", () => {
  it("writes 'Tổng hợp 2025' for the tracked 607 plan: tables, links to overdue rows, a stacked bar chart by section", async () => {
    const cells = loadCsvCells(EXAMPLE_607);
    const book = mockWorkbook({ "Theo dõi": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Theo dõi" });
    const before = book.get("Theo dõi", `A1:H${cells.length}`);

    const r = await annualSummary(book.context(), { today: dayFromYMD(2026, 1, 5) });

    expect(r).toMatchObject({ sheet: "Theo dõi", summarySheet: "Tổng hợp 2025", year: 2025, asOf: SEP_30, tasks: 74, tableErrors: 0 });
    expect(book.state.syncs).toBe(3); // read, settings, write
    expect(r.syncs).toBe(3);
    expect(book.state.suspends).toBe(1);
    expect(book.sheetNames()).toEqual(["Theo dõi", "CCHC – Cài đặt", "Tổng hợp 2025"]);
    expect(book.activeName()).toBe("Tổng hợp 2025");

    const expected = coreSummary(cells, { planYear: 2025, asOf: SEP_30 });
    expect(expected.totals).toEqual({ tasks: 74, doneEarly: 33, doneOnTime: 1, doneLate: 3, pending: 24, overdue: 2, noDueDate: 11, doneUndated: 0, dropped: 0, notTracked: 0 });
    const S = "Tổng hợp 2025";
    expect(book.value(S, "A1")).toBe("TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    expect(String(book.value(S, "A2"))).toContain("Tính đến ngày 30/09/2025");
    const notesAt = book.get(S, "A1:A80").findIndex((r) => r[0] === "Ghi chú");
    expect(book.value(S, `A${notesAt + 5}`)).toBe('Nguồn: trang "Theo dõi".');
    expect(book.value(S, "A4")).toBe("1. Kết quả chung");
    expect(book.get(S, "A5:C6")).toEqual([
      ["Chỉ tiêu", "Số nhiệm vụ", "Tỷ lệ"],
      ["Tổng số nhiệm vụ", 74, 1],
    ]);
    const summary = book.sheet(S);
    expect(summary.formats.get("C6")).toBe("0.00%");
    const late = book.get(S, "A5:C20").find((x) => String(x[0]).startsWith("Tỷ lệ trễ hạn"))!;
    expect(late[1]).toBe(5); // 3 done late + 2 overdue, of 63 tasks with a due date
    expect(late[2]).toBeCloseTo(5 / 63, 10);

    // overdue and upcoming tasks link back to their rows
    const links = [...summary.links.values()];
    expect(links).toHaveLength(expected.overdueTasks.length + expected.upcoming.length);
    expect(links[0]).toBe(`'Theo dõi'!A${expected.overdueTasks[0].row}`);

    // the native chart: stacked bars, one series per status, categories = the section titles written
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    expect(chart.type).toBe("BarStacked");
    expect(chart.mock.title.text).toBe("Tình trạng nhiệm vụ theo lĩnh vực (đến 30/09/2025)");
    expect(chart.mock.legend.position).toBe("Bottom");
    expect(chart.series).toHaveLength(6);
    const categories = chart.series[0].xValues;
    expect(chart.series.every((s) => s.xValues === categories)).toBe(true);
    const titles = book.get(S, categories.split("!")[1]).flat();
    expect(titles).toEqual(expected.bySection.map((s) => s.title));
    const counts = book.get(S, chart.series[0].values.split("!")[1]).flat();
    expect(counts).toHaveLength(expected.bySection.length);
    expect(chart.series.every((s) => typeof s.mock.name === "string" && s.mock.name.length > 0)).toBe(true);

    // the user's sheets: nothing written
    expect(book.cellWrites("Theo dõi")).toEqual([]);
    expect(book.cellWrites("CCHC – Cài đặt")).toEqual([]);
    expect(book.get("Theo dõi", `A1:H${cells.length}`)).toEqual(before);
  });

  it("numbers the summary sheet instead of overwriting one of the user's", async () => {
    const book = mockWorkbook({ "Theo dõi": loadCsvCells(EXAMPLE_607), "Tổng hợp 2025": [["của tôi"]] });
    const r = await annualSummary(book.context(), { today: SEP_30 });
    expect(r.summarySheet).toBe("Tổng hợp 2025 (2)");
    expect(book.state.syncs).toBe(2); // no settings sheet: read, write
    expect(book.get("Tổng hợp 2025", "A1:B2")).toEqual([["của tôi", ""], ["", ""]]);
    expect(book.cellWrites("Tổng hợp 2025")).toEqual([]);
  });

  it("summarises 10,000 tasks (the tracked 607 plan repeated) in at most 3 requests, the values untouched", async () => {
    const cells = repeated607(136, EXAMPLE_607);
    const book = mockWorkbook({ "Theo dõi": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Theo dõi" });
    const before = book.get("Theo dõi", `A1:H${cells.length}`);
    const t = performance.now();
    const r = await annualSummary(book.context(), { today: SEP_30 });
    const ms = performance.now() - t;
    expect(r.tasks).toBe(74 * 136);
    expect(book.state.syncs).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(book.state.syncs);
    expect(book.get("Tổng hợp 2025", "A6:B6")).toEqual([["Tổng số nhiệm vụ", 74 * 136]]);
    expect(book.sheet("Tổng hợp 2025").charts).toHaveLength(1);
    expect(book.cellWrites("Theo dõi")).toEqual([]);
    expect(book.get("Theo dõi", `A1:H${cells.length}`)).toEqual(before);
    console.log(`[office-addin-mock] annualSummary ${r.tasks} tasks: ${book.state.syncs} syncs, ${ms.toFixed(0)} ms`);
  });

  it("halves the read again while Excel still refuses it (a 2 MB response limit), same summary", async () => {
    const cells = repeated607(136, EXAMPLE_607);
    const plain = mockWorkbook({ "Theo dõi": cells });
    const expected = await annualSummary(plain.context(), { today: SEP_30 });
    const book = mockWorkbook({ "Theo dõi": cells }, { responseByteLimit: 2_000_000 });
    const r = await annualSummary(book.context(), { today: SEP_30 });
    // refused: the whole sheet (5.5 MB), then its first half (2.8 MB); read: 4 quarters
    expect(book.state.refused).toHaveLength(2);
    expect(r).toEqual({ ...expected, syncs: r.syncs });
    expect(book.state.syncs).toBe(1 + 1 + 1 + 4 + 1);
    expect(r.syncs).toBe(book.state.syncs);
    expect(book.get("Tổng hợp 2025", "A1:G200")).toEqual(plain.get("Tổng hợp 2025", "A1:G200"));
    expect(book.cellWrites("Theo dõi")).toEqual([]);
  });
});
