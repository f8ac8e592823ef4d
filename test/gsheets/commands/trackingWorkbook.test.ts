// Tạo sổ theo dõi on the typed SpreadsheetApp fake: the same cells as core's spec (and so as the
// CLI's .xlsx and the Excel add-in), named ranges for the settings and results, the user's sheet
// untouched, a second sổ refused.
import { dayFromYMD, readAppendix, RESULT_NAMES, trackingSheetNames, trackingWorkbook } from "@cchc/core";
import { beforeEach, describe, expect, it } from "vitest";
import { loadScript, type Loaded } from "../loadScript.js";
import { csvAsSheet, example607 } from "../sheetData.js";

let s: Loaded;
beforeEach(() => {
  s = loadScript();
});

function setUp(): void {
  const r = s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] }) as { ok: boolean };
  expect(r.ok).toBe(true);
  const sheet = s.ss.sheets[0];
  sheet.name = "Phụ lục";
  sheet.load(example607());
  s.ss.active = sheet;
}

describe("Tạo sổ theo dõi (Sheets)", () => {
  it("adds the sổ's sheets with core's cells, formulas as '=…', and the names its formulas use", () => {
    setUp();
    const before = s.ss.sheet("Phụ lục")!.getRange(1, 1, 90, 8).getValues();
    const writesBefore = s.log.totalWrites();
    s.g.menuTaoSoTheoDoi();
    expect(s.ui.alerts).toEqual([]);
    const names = s.ss.sheets.map((x) => x.name);
    expect(names).toEqual(["Phụ lục", "CCHC – Cài đặt", "Phụ lục (theo dõi)", "Tổng hợp (theo dõi)", "Tính hạn", "Lịch làm việc"]);

    // the same CSV with its dates as text: core reads the same days as from the sheet's Dates
    const cells = csvAsSheet("examples/ke-hoach-607-theo-doi.csv");
    const table = readAppendix(cells, { planYear: 2025 });
    if ("error" in table) throw new Error(table.error);
    const spec = trackingWorkbook(table, {
      planYear: 2025,
      asOf: dayFromYMD(2025, 9, 30),
      sheetNames: trackingSheetNames(["Phụ lục", "CCHC – Cài đặt"]),
      withSettings: false,
    });
    for (const grid of spec.sheets) {
      const width = Math.max(...grid.rows.map((r) => r.length));
      const got = s.ss.sheet(grid.name)!.getRange(1, 1, grid.rows.length, width).getValues();
      const want = grid.rows.map((row) => Array.from({ length: width }, (_, c) => (row[c]?.f !== undefined ? `=${row[c]!.f}` : (row[c]?.v ?? ""))));
      expect(got).toEqual(want);
    }
    expect(s.ss.namedRanges[RESULT_NAMES.tasks]).toMatch(/^Tổng hợp \(theo dõi\)!B\d+$/);
    expect(s.ss.namedRanges.CCHC_LichLuyKe).toBe("Lịch làm việc!G2:G4019");
    expect(s.ss.namedRanges.CCHC_NgayBaoCao).toMatch(/^CCHC – Cài đặt!B\d$/);
    expect(s.ss.toasts.at(-1)).toContain("Đã tạo sổ theo dõi (74 nhiệm vụ)");
    // the user's sheet: values unchanged, no write on it
    expect(s.ss.sheet("Phụ lục")!.getRange(1, 1, 90, 8).getValues()).toEqual(before);
    expect(s.log.sequence.filter((x) => x.endsWith("@Phụ lục"))).toEqual([]);
    expect(s.log.totalWrites()).toBeGreaterThan(writesBefore);
  });

  it("refuses a second sổ theo dõi in the same spreadsheet", () => {
    setUp();
    s.g.menuTaoSoTheoDoi();
    const count = s.ss.sheets.length;
    s.ss.active = s.ss.sheet("Phụ lục")!;
    s.g.menuTaoSoTheoDoi();
    expect(s.ss.sheets.length).toBe(count);
    expect(s.ui.alerts.at(-1)).toContain("đã có một sổ theo dõi");
  });
});
