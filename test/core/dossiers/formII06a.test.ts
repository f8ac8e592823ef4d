import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { dossierStats } from "../../../core/src/dossiers/dossierStats.js";
import { FORM_II06A_COLUMNS, formII06aGrid, formII06aTable } from "../../../core/src/dossiers/formII06a.js";
import { formII06aSheetSpec } from "../../../core/src/dossiers/formII06aSheet.js";

const cells = [
  ["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Hình thức nộp"],
  ["Sở Y tế", "03/03/2025", "10/03/2025", "07/03/2025", "Trực tuyến"], // early
  ["Sở Y tế", "03/03/2025", "10/03/2025", "11/03/2025", "Trực tiếp"], // late
  ["Sở Y tế", "25/02/2025", "05/03/2025", "05/03/2025", "Trực tiếp"], // carried, on time
  ["Sở Du lịch", "20/03/2025", "27/03/2025", "", "Trực tuyến"], // pending overdue
  ["Sở Du lịch", "28/03/2025", "04/04/2025", "", "Bưu chính"], // pending within
];

describe("form II.06a", () => {
  const out = dossierStats(cells, { from: dayFromYMD(2025, 3, 1), to: dayFromYMD(2025, 3, 31) });
  if (!out.ok) throw new Error(out.message);
  const t = formII06aTable(out.result);

  it("has the 13 columns of the form in two header levels", () => {
    expect(FORM_II06A_COLUMNS).toHaveLength(13);
    expect(FORM_II06A_COLUMNS.map((c) => c.header)).toEqual([
      "STT", "Đơn vị", "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
      "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn",
    ]);
  });

  it("gives one row per unit and a total row; Tiếp nhận tổng = đã + đang giải quyết", () => {
    expect(t.rows.map((r) => [r.stt, r.name, ...r.figures])).toEqual([
      ["1", "Sở Du lịch", 2, 1, 1, 0, 0, 0, 0, 0, 2, 1, 1],
      ["2", "Sở Y tế", 3, 1, 1, 1, 3, 1, 1, 1, 0, 0, 0],
    ]);
    expect(t.total.figures).toEqual([5, 2, 2, 1, 3, 1, 1, 1, 2, 1, 1]);
    expect(t.total.lateRate).toBeCloseTo(2 / 5, 15);
    expect(t.period).toBe("Kỳ báo cáo: từ 01/03/2025 đến 31/03/2025");
  });

  it("renders host-neutral values with merged headers", () => {
    const g = formII06aGrid(t);
    expect(g.values[0]).toEqual(["STT", "Đơn vị", "Tiếp nhận", null, null, null, "Đã giải quyết", null, null, null, "Đang giải quyết", null, null]);
    expect(g.values[1].slice(2)).toEqual(["Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"]);
    expect(g.merges).toEqual([
      { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 2, rowSpan: 1, colSpan: 4 },
      { row: 0, col: 6, rowSpan: 1, colSpan: 4 },
      { row: 0, col: 10, rowSpan: 1, colSpan: 3 },
    ]);
    expect(g.values[g.totalRow]).toEqual(["", "Tổng cộng", 5, 2, 2, 1, 3, 1, 1, 1, 2, 1, 1]);
  });
});

describe("form II.06a as a SheetSpec", () => {
  it("flattens the two header levels, adds the late rate, the total row and the KL 91 block", () => {
    const out = dossierStats(cells, { from: dayFromYMD(2025, 3, 1), to: dayFromYMD(2025, 3, 31) });
    if (!out.ok) throw new Error(out.message);
    const s = formII06aSheetSpec(out.result);
    expect(s.name).toBe("Thống kê hồ sơ");
    expect(s.blocks[0].columns.map((c) => c.header).slice(2, 4)).toEqual(["Tiếp nhận – Tổng số", "Tiếp nhận – Trực tuyến"]);
    // the 13 columns of the form, then ours beside it: late rate, returned / withdrawn / stopped
    expect(s.blocks[0].columns).toHaveLength(15);
    expect(s.blocks[0].columns.slice(13).map((c) => c.header)).toEqual(["Tỷ lệ trễ hạn", "Trong đó trả lại, xin rút, dừng xử lý"]);
    expect(s.blocks[0].totalRow).toEqual(["", "Tổng cộng", 5, 2, 2, 1, 3, 1, 1, 1, 2, 1, 1, 0.4, 0]);
    expect(s.blocks[1].rows[0]).toEqual(["1", "Sở Du lịch", 2, 1, 0.5, "x", expect.stringContaining("50,00% ≥ ngưỡng 5%")]);
    expect(s.chart?.series.map((x) => s.blocks[0].columns[x.column].header)).toEqual([
      "Đã giải quyết – Trước hạn", "Đã giải quyết – Đúng hạn", "Đã giải quyết – Quá hạn", "Đang giải quyết – Quá hạn",
    ]);
  });
});
