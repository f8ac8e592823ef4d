// Tổng hợp nhiều đơn vị on the SpreadsheetApp fake: the same figures as core per sheet and as the
// Excel add-in, own sheets left out, nothing written on the units' sheets.
import { annualSummary, dayFromYMD } from "@cchc/core";
import { beforeEach, describe, expect, it } from "vitest";
import { loadScript, type Loaded } from "../loadScript.js";
import { csvAsSheet, example607 } from "../sheetData.js";

let s: Loaded;
beforeEach(() => {
  s = loadScript();
});

describe("Tổng hợp nhiều đơn vị (Sheets)", () => {
  it("rolls up each unit's sheet with core's figures and lists the sheet that is not a plan", () => {
    expect((s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-12-31", extraDaysOff: [], extraWorkingDays: [] }) as { ok: boolean }).ok).toBe(true);
    const first = s.ss.sheets[0];
    first.name = "Ban Quản lý";
    first.load(example607());
    s.ss.addSheet("Danh bạ").load([["Họ tên", "Điện thoại"], ["A", "090"]]);
    s.ss.addSheet("Một cửa").load(csvAsSheet("examples/xuat-mot-cua-vi-du.csv"));
    s.g.menuTongHopNhieuDonVi();
    expect(s.ui.alerts).toEqual([]);
    const out = s.ss.sheets.find((x) => x.name.startsWith("Tổng hợp các đơn vị"))!;
    expect(out).toBeDefined();
    const values = out.getRange(1, 1, 20, 13).getValues();
    const row = values.find((r) => r[1] === "Ban Quản lý")!;
    const t = annualSummary(csvAsSheet("examples/ke-hoach-607-theo-doi.csv"), { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) }).totals;
    expect(row.slice(2, 9)).toEqual([t.tasks, t.doneEarly, t.doneOnTime, t.doneLate, t.pending, t.overdue, t.noDueDate]);
    expect(values.some((r) => r[0] === "Danh bạ")).toBe(true);
    expect(s.log.sequence.filter((x) => x.endsWith("@Ban Quản lý") || x.endsWith("@Danh bạ"))).toEqual([]);
    expect(s.ss.toasts.at(-1)).toContain("Đã tổng hợp 1 đơn vị");
    // the pasted one-stop export: its II.06a by unit, on a sheet of its own
    const ii06a = s.ss.sheets.find((x) => x.name.startsWith("II.06a 1"))!;
    expect(ii06a).toBeDefined();
    expect(ii06a.getRange(1, 1, 40, 18).getValues().some((r) => r.includes("Phòng Quản lý doanh nghiệp"))).toBe(true);
  });
});
