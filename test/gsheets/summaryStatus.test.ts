// Tổng hợp năm (Sheets fake) on tracking status written as text (issue 10 §1): core's buckets;
// Kiểm tra phụ lục marks a status-conflict on the status cell.
import { annualSummary, dayFromYMD, STATUS_LABELS } from "@cchc/core";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parseCsv } from "../core/helpers/csv.js";
import { loadScript, type Loaded } from "./loadScript.js";

let s: Loaded;
beforeEach(() => {
  s = loadScript();
});

const small = (): unknown[][] => parseCsv(readFileSync(new URL("../fixtures/issue10-small.csv", import.meta.url), "utf8"));

describe("Tổng hợp năm (Sheets) on a status column", () => {
  it("issue 10's small table: the same buckets as core — doneUndated 1, overdue 2, late rate 50 %", () => {
    const r = s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-12-31", extraDaysOff: [], extraWorkingDays: [] }) as { ok: boolean };
    expect(r.ok).toBe(true);
    const sheet = s.ss.sheets[0];
    sheet.name = "Theo dõi";
    sheet.load(small());
    s.ss.active = sheet;
    const before = JSON.stringify(sheet.dump());
    s.g.menuTongHopNam();
    const core = annualSummary(small(), { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) });
    expect(core.totals).toMatchObject({ tasks: 5, doneEarly: 1, doneUndated: 1, overdue: 2, noDueDate: 1 });
    const grid = s.ss.sheet("Tổng hợp 2025")!.dump();
    const row = (label: string) => grid.find((x) => x[0] === label);
    for (const k of ["doneEarly", "doneOnTime", "doneLate", "doneUndated", "pending", "overdue", "noDueDate"] as const) {
      expect(row(STATUS_LABELS[k])?.[1], k).toBe(core.totals[k]);
    }
    expect(row("Số nhiệm vụ có hạn cụ thể")?.[1]).toBe(4);
    expect(grid[1][0]).toMatch(/Tính đến ngày 31\/12\/2025: 5 nhiệm vụ, tỷ lệ trễ hạn 50,00%/);
    expect(JSON.stringify(sheet.dump())).toBe(before);
    expect(s.ss.toasts.at(-1)).toBe('Tổng hợp năm: Đã tạo trang "Tổng hợp 2025" (5 nhiệm vụ). 1 nhiệm vụ hoàn thành chưa rõ ngày.');
  });
});

describe("Kiểm tra phụ lục (Sheets) marks a status-conflict on the status cell", () => {
  it("a completion date but 'Đang thực hiện': a note on G3 only", () => {
    s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-12-31", extraDaysOff: [], extraWorkingDays: [] });
    const sheet = s.ss.sheets[0];
    sheet.name = "Theo dõi";
    sheet.load([
      ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Ngày hoàn thành", "Tình trạng"],
      ["I", "Cải cách thể chế", "", "", "", "", ""],
      ["1", "Rà soát văn bản", "Văn phòng", "Quý II/2025", "Báo cáo", "15/05/2025", "Đang thực hiện"],
      ["2", "Kiểm tra văn bản", "Văn phòng", "Quý II/2025", "Báo cáo", "20/05/2025", "Hoàn thành"],
    ]);
    s.ss.active = sheet;
    s.g.menuKiemTraPhuLuc();
    expect(sheet.notes.get(2, 6)).toMatch(/Cảnh báo \(status-conflict\): .*ngày hoàn thành 15\/05\/2025 nhưng tình trạng ghi "Đang thực hiện"/);
    expect(sheet.notes.get(3, 6) ?? "").toBe("");
  });
});

describe("Kiểm tra phụ lục (Sheets) without a plan year", () => {
  it("says which plan period the schedules were compared with", () => {
    s.g.sidebarLuuCaiDat({ planYear: null, asOf: "2025-12-31", extraDaysOff: [], extraWorkingDays: [] });
    const sheet = s.ss.sheets[0];
    sheet.load(small());
    s.ss.active = sheet;
    s.g.menuKiemTraPhuLuc();
    expect(s.ui.alerts.at(-1)).toContain('Chưa có "Năm kế hoạch" trong Cài đặt: tiến độ được so với kỳ kế hoạch năm 2025 (theo tiến độ của 4 nhiệm vụ).');
  });
});
