// Tổng hợp năm (office-addin-mock) on tracking status written as text and on a plan without
// tracking columns (issue 10 §1): the summary sheet gives core's buckets; Kiểm tra phụ lục marks
// a status-conflict on the status cell.
import { annualSummary as coreSummary, dayFromYMD, STATUS_LABELS } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { annualSummary } from "../../../excel-addin/src/commands/annualSummary.js";
import { validateSheet } from "../../../excel-addin/src/commands/validateSheet.js";
import { MARK_FILLS } from "../../../excel-addin/src/excel/marks.js";
import { FIXTURE_607, loadCsvCells, serialOf } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const SMALL = new URL("../../fixtures/issue10-small.csv", import.meta.url);
const DEC_31 = dayFromYMD(2025, 12, 31);
const SETTINGS = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 12, 31)]];
const S = "Tổng hợp 2025";

/** The "1. Kết quả chung" block as label → [count, share]. */
function overall(book: ReturnType<typeof mockWorkbook>): Map<string, unknown[]> {
  const rows = book.get(S, "A5:C20");
  return new Map(rows.filter((r) => r[0] !== "").map((r) => [String(r[0]), r.slice(1)]));
}

describe("Tổng hợp năm (Excel) on a status column", () => {
  it("issue 10's small table: the same buckets as core — doneUndated 1, overdue 2, late rate 0.5", async () => {
    const cells = loadCsvCells(SMALL);
    const book = mockWorkbook({ "Theo dõi": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Theo dõi" });
    const r = await annualSummary(book.context(), { today: DEC_31 });
    const core = coreSummary(cells, { planYear: 2025, asOf: DEC_31 });
    expect(core.totals).toMatchObject({ tasks: 5, doneEarly: 1, doneUndated: 1, overdue: 2, noDueDate: 1 });
    expect(r).toMatchObject({ tasks: 5, lateRate: 0.5, tracking: true, doneUndated: 1 });
    const o = overall(book);
    expect(o.get("Tổng số nhiệm vụ")?.[0]).toBe(5);
    for (const k of ["doneEarly", "doneOnTime", "doneLate", "doneUndated", "pending", "overdue", "noDueDate"] as const) {
      expect(o.get(STATUS_LABELS[k])?.[0], k).toBe(core.totals[k]);
    }
    expect(o.get("Số nhiệm vụ có hạn cụ thể")?.[0]).toBe(4);
    const late = [...o.entries()].find(([k]) => k.startsWith("Tỷ lệ trễ hạn"))!;
    expect(late[1]).toEqual([2, 0.5]);
    expect(book.sheet(S).charts[0].series).toHaveLength(7); // six statuses + "Hoàn thành, chưa rõ ngày"
    expect(book.cellWrites("Theo dõi")).toEqual([]);
  });

  it("the 607 plan (no tracking column): due dates only, no late rate", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const book = mockWorkbook({ "Phụ lục": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Phụ lục" });
    const r = await annualSummary(book.context(), { today: DEC_31 });
    expect(r).toMatchObject({ lateRate: null, tracking: false });
    const o = overall(book);
    expect(o.get("Có hạn trước ngày báo cáo")?.[0]).toBe(1);
    expect(o.get("Có hạn từ ngày báo cáo trở đi")?.[0]).toBe(61);
    expect(o.has("Quá hạn")).toBe(false);
    expect(String(book.value(S, "A2"))).toContain("bảng chưa có cột theo dõi kết quả");
  });
});

describe("Kiểm tra phụ lục (Excel) marks a status-conflict on the status cell", () => {
  it("a completion date but 'Đang thực hiện': a warning fill and comment on G3, nothing else written", async () => {
    const cells = [
      ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Ngày hoàn thành", "Tình trạng"],
      ["I", "Cải cách thể chế", "", "", "", "", ""],
      [1, "Rà soát văn bản", "Văn phòng", "Quý II/2025", "Báo cáo", serialOf(2025, 5, 15), "Đang thực hiện"],
      [2, "Kiểm tra văn bản", "Văn phòng", "Quý II/2025", "Báo cáo", serialOf(2025, 5, 20), "Hoàn thành"],
    ];
    const book = mockWorkbook({ "Theo dõi": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Theo dõi" });
    const r = await validateSheet(book.context(), { today: DEC_31 });
    expect(r).toMatchObject({ errors: 0, warnings: 1, markedCells: 1 });
    expect(book.sheet("Theo dõi").fills.get("G3")).toBe(MARK_FILLS.warning);
    expect(book.state.comments.find((c) => c.cell === "G3")!.content).toMatch(/^\[CCHC – Kiểm tra phụ lục\]\n• Cảnh báo \(status-conflict\)/);
    expect(book.get("Theo dõi", "A1:G4")).toEqual(cells.map((row) => row.map((v) => v)));
  });
});

describe("Kiểm tra phụ lục (Excel) without a plan year", () => {
  it("names the plan period it inferred in the report's subtitle", async () => {
    const book = mockWorkbook({ "Phụ lục": loadCsvCells(FIXTURE_607) });
    await validateSheet(book.context(), { today: DEC_31 });
    expect(String(book.value("Kết quả kiểm tra", "A2"))).toMatch(/ngày báo cáo 31\/12\/2025, kỳ kế hoạch năm 2025 \(theo tiến độ của \d+ nhiệm vụ\)\./);
  });
});
