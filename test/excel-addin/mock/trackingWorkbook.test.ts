// Tạo sổ theo dõi against office-addin-mock objects: core's tracking workbook written as new
// sheets (formulas exactly as core made them, names, lists), the user's sheets untouched, the
// settings sheet reused, a second sổ in the same file refused.
import { dayFromYMD, readAppendix, RESULT_NAMES, statusFormula, trackingSheetNames, trackingWorkbook } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { trackingWorkbookCommand } from "../../../excel-addin/src/commands/trackingWorkbook.js";
import { EXAMPLE_607, loadCsvCells, serialOf } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const SEP_30 = dayFromYMD(2025, 9, 30);
const SETTINGS = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 9, 30)]];

describe("trackingWorkbookCommand with office-addin-mock", () => {
  it("adds the sổ theo dõi's sheets with core's formulas and names, reusing the settings sheet", async () => {
    const cells = loadCsvCells(EXAMPLE_607);
    const book = mockWorkbook({ "Phụ lục": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Phụ lục" });
    const before = book.get("Phụ lục", `A1:H${cells.length}`);

    const r = await trackingWorkbookCommand(book.context(), { today: dayFromYMD(2026, 1, 5) });

    expect(r).toMatchObject({ sheet: "Phụ lục", tasks: 74, year: 2025, asOf: SEP_30, tableErrors: 0 });
    expect(r.sheets).toEqual(["Phụ lục (theo dõi)", "Tổng hợp (theo dõi)", "Tính hạn", "Lịch làm việc"]);
    expect(book.sheetNames()).toEqual(["Phụ lục", "CCHC – Cài đặt", ...r.sheets]);
    expect(book.activeName()).toBe("Tổng hợp (theo dõi)");
    expect(r.syncs).toBe(book.state.syncs);
    expect(book.state.syncs).toBeLessThanOrEqual(4); // read, settings, (one chunk), write

    // the same cells as core's spec, formulas with their "="
    const table = readAppendix(cells, { planYear: 2025 });
    if ("error" in table) throw new Error(table.error);
    const spec = trackingWorkbook(table, { planYear: 2025, asOf: SEP_30, sheetNames: trackingSheetNames(["Phụ lục", "CCHC – Cài đặt"]), withSettings: false });
    for (const grid of spec.sheets) {
      const width = Math.max(...grid.rows.map((x) => x.length));
      const got = book.get(grid.name, `A1:${String.fromCharCode(64 + width)}${grid.rows.length}`);
      const want = grid.rows.map((row) => Array.from({ length: width }, (_, c) => (row[c]?.f !== undefined ? `=${row[c]!.f}` : (row[c]?.v ?? ""))));
      expect(got).toEqual(want);
    }
    expect(book.value("Phụ lục (theo dõi)", "J2")).toBe(`=${statusFormula(2)}`);
    // number formats before the formulas: due and completion dates dd/mm/yyyy, STT and texts as text
    const fmt = book.state.writes.find((w) => w.sheet === "Phụ lục (theo dõi)" && w.what === "numberFormat")!.value as string[][];
    expect(fmt[1].slice(0, 7)).toEqual(["@", "@", "@", "@", "@", "dd/mm/yyyy", "dd/mm/yyyy"]);

    // names: the summary's result cells and the calendar; the settings' names added for a hand-made settings sheet
    const names = book.state.names;
    expect(names.get(RESULT_NAMES.lateRate)).toMatch(/^='Tổng hợp \(theo dõi\)'!\$B\$\d+$/);
    expect(names.get("CCHC_LichLuyKe")).toBe("='Lịch làm việc'!$G$2:$G$4019");
    expect(names.get("CCHC_NgayBaoCao")).toBe("='CCHC – Cài đặt'!$B$4");

    // the drop-down list of the "Ghi nhận" column
    expect(book.sheet("Phụ lục (theo dõi)").validations[0]).toMatchObject({ address: expect.stringMatching(/^I2:I\d+$/) });

    // the user's sheets: nothing written
    expect(book.cellWrites("Phụ lục")).toEqual([]);
    expect(book.cellWrites("CCHC – Cài đặt")).toEqual([]);
    expect(book.get("Phụ lục", `A1:H${cells.length}`)).toEqual(before);
  });

  it("writes its own settings sheet when the workbook has none", async () => {
    const book = mockWorkbook({ "Theo dõi": loadCsvCells(EXAMPLE_607) }, { active: "Theo dõi" });
    const r = await trackingWorkbookCommand(book.context(), { today: SEP_30 });
    expect(r.sheets).toContain("CCHC – Cài đặt");
    expect(book.value("CCHC – Cài đặt", "B4")).toBe(serialOf(2025, 9, 30));
    expect(book.state.names.get("CCHC_NgayBaoCao")).toBe("='CCHC – Cài đặt'!$B$4");
  });

  it("refuses a second sổ in the same workbook, writing nothing", async () => {
    const book = mockWorkbook({ "Theo dõi": loadCsvCells(EXAMPLE_607) }, { active: "Theo dõi" });
    await trackingWorkbookCommand(book.context(), { today: SEP_30 });
    const sheets = book.sheetNames();
    const writes = book.state.writes.length;
    book.state.activeId = book.sheet("Theo dõi").id;
    await expect(trackingWorkbookCommand(book.context(), { today: SEP_30 })).rejects.toThrow(/đã có một sổ theo dõi/);
    expect(book.sheetNames()).toEqual(sheets);
    expect(book.state.writes.length).toBe(writes);
  });
});
