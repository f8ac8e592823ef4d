// Kiểm tra khi nhập on the SpreadsheetApp fake: the onEdit simple trigger re-checks the edited
// rows of a sheet switched on; typing a bad schedule marks that cell, fixing it removes the
// mark; a 5,000-row paste costs ≤ 2 reads and ≤ 5 writes; values never change.
import { validateAppendix, dayFromYMD } from "@cchc/core";
import { beforeEach, describe, expect, it } from "vitest";
import type { FakeSheet } from "../fakeSpreadsheetApp.js";
import { loadScript, type Loaded } from "../loadScript.js";
import { csvAsSheet, example607 } from "../sheetData.js";

let s: Loaded;
beforeEach(() => {
  s = loadScript();
  expect((s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] }) as { ok: boolean }).ok).toBe(true);
});

const NOTE = "[CCHC – Kiểm tra phụ lục]";

function appendix(values: unknown[][], name = "Phụ lục"): FakeSheet {
  const sheet = s.ss.sheets[0]!;
  sheet.name = name;
  sheet.load(values);
  s.ss.active = sheet;
  return sheet;
}

/** The user types a value: the cell changes, then Sheets fires onEdit with the edited range. */
function typeInto(sheet: FakeSheet, row: number, column: number, value: unknown) {
  sheet.getRange(row, column).setValues([[value]]);
  s.log.reset();
  s.g.onEdit({ range: sheet.getRange(row, column), authMode: "LIMITED" });
}

describe("Kiểm tra khi nhập (Sheets)", () => {
  it("does nothing on sheets not switched on (no read at all)", () => {
    const sheet = appendix(example607());
    typeInto(sheet, 10, 4, "Quý V/2025");
    expect(s.log.totalReads()).toBe(0);
    expect(s.log.totalWrites()).toBe(0);
  });

  it("marks a bad schedule typed into one cell, and removes the mark when it is fixed", () => {
    const sheet = appendix(example607());
    s.g.menuKiemTraKhiNhap();
    expect(s.ui.alerts.at(-1)).toContain("Đã bật kiểm tra khi nhập");
    const cells = csvAsSheet("examples/ke-hoach-607-theo-doi.csv");
    const row = cells.findIndex((r) => String(r[1]).startsWith("Tổ chức kiểm tra công tác CCHC")) + 1;
    const before = sheet.getRange(1, 1, 100, 8).getNotes();
    const original = sheet.getRange(row, 4).getValues()[0]![0];

    typeInto(sheet, row, 4, "Quý V/2025");
    expect(s.log.totalReads()).toBeLessThanOrEqual(2);
    expect(s.log.totalWrites()).toBeLessThanOrEqual(5);
    const after = sheet.getRange(1, 1, 100, 8).getNotes();
    expect(after[row - 1]![3]).toContain(NOTE);
    expect(after[row - 1]![3]).toContain("Quý V/2025");
    const changedCells: string[] = [];
    after.forEach((line, r) => line.forEach((n, c) => n !== before[r]![c] && changedCells.push(`${r + 1},${c + 1}`)));
    expect(changedCells).toEqual([`${row},4`]);
    expect(s.log.sequence.filter((x) => x.startsWith("setValues"))).toEqual([]);

    typeInto(sheet, row, 4, original);
    expect(sheet.getRange(1, 1, 100, 8).getNotes()).toEqual(before);
  });

  it("re-checks a 5,000-row paste in ≤ 2 reads and ≤ 5 writes, within 5 s, with the marks of a full check", () => {
    const header = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"];
    const sheet = appendix([header, ["1", "Việc đầu", "Văn phòng chủ trì", "Quý I/2025", "Báo cáo"]], "Dán");
    s.g.menuKiemTraKhiNhap();
    const rows = Array.from({ length: 5000 }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, "Văn phòng chủ trì", i % 50 ? "Quý II/2025" : "Quý V/2025", "Báo cáo"]);
    sheet.getRange(2, 1, 5000, 5).setValues(rows);
    s.log.reset();
    const t0 = performance.now();
    s.g.onEdit({ range: sheet.getRange(2, 1, 5000, 5), authMode: "LIMITED" });
    const ms = performance.now() - t0;
    expect(s.log.totalReads()).toBeLessThanOrEqual(2);
    expect(s.log.totalWrites()).toBeLessThanOrEqual(5);
    expect(ms).toBeLessThan(5000);
    const notes = sheet.getRange(1, 1, 5001, 5).getNotes();
    const marked = notes.flatMap((line, r) => line.map((n, c) => (n.startsWith(NOTE) ? `${r + 1},${c + 1}` : ""))).filter(Boolean);
    const full = validateAppendix([header, ...rows], { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) });
    expect(marked).toHaveLength(new Set([...full.errors, ...full.warnings].map((f) => `${f.row},${f.column}`)).size);
    expect(s.g.sidebarDemKiemTra()).toMatchObject({ sheet: "Dán", warnings: full.warnings.length, errors: full.errors.length });
  });

  it("adds core's lists and hints when switched on, never over the user's own validation", () => {
    const header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tình trạng"];
    const sheet = appendix([header, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2025", "Đã hoàn thành"], ["2", "Số hóa", "Văn phòng", "", "Tháng 6/2025", ""]]);
    // the user's own rule on the status column
    sheet.validations.push({ a1: "F2:F50", rule: { kind: "list", values: ["Xong", "Chưa"], allowInvalid: false, helpText: "" } });
    s.g.menuKiemTraKhiNhap();
    const added = sheet.validations.filter((v) => v.a1.startsWith("C2:") || v.a1.startsWith("E2:") || v.a1.startsWith("F2:"));
    expect(added.find((v) => v.a1.startsWith("C2:"))!.rule).toMatchObject({ kind: "list", values: ["Sở Tư pháp", "Văn phòng"], allowInvalid: true });
    expect(added.find((v) => v.a1.startsWith("E2:"))!.rule).toMatchObject({ kind: "formula", allowInvalid: true });
    expect(added.find((v) => v.a1.startsWith("E2:"))!.rule.helpText).toContain("Quý I/2025");
    expect(added.filter((v) => v.a1.startsWith("F2:")).map((v) => v.rule.values)).toEqual([["Xong", "Chưa"]]); // theirs only
    expect(s.ui.alerts.at(-1)).toContain("danh sách chọn");
  });

  it("offers the department's own units (column E of the settings sheet) with the table's on the lead column, a warning only", () => {
    const settings = s.ss.sheet("CCHC – Cài đặt")!;
    settings.getRange(9, 5, 2, 1).setValues([["Thanh tra"], ["văn phòng"]]); // E9:E10, typed by the department
    const header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tình trạng"];
    const sheet = appendix([header, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2025", ""], ["2", "Số hóa", "Văn phòng", "", "Tháng 6/2025", ""]]);
    s.g.menuKiemTraKhiNhap();
    const lead = sheet.validations.find((v) => v.a1.startsWith("C2:"))!;
    // each unit once; the department's spelling comes first
    expect(lead.rule).toMatchObject({ kind: "list", values: ["Sở Tư pháp", "Thanh tra", "văn phòng"], allowInvalid: true });
    expect(lead.rule.helpText).toContain("một đơn vị chủ trì");
  });

  it("switches off again from the same menu item, keeping the marks", () => {
    const sheet = appendix(example607());
    s.g.menuKiemTraKhiNhap();
    s.g.menuKiemTraKhiNhap();
    expect(s.ui.alerts.at(-1)).toContain("Đã tắt kiểm tra khi nhập");
    typeInto(sheet, 10, 4, "Quý V/2025");
    expect(s.log.totalReads()).toBe(0);
  });
});
