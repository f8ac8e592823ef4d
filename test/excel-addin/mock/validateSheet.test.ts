// Kiểm tra phụ lục against office-addin-mock objects: the report sheet, the marks on the
// offending cells, the user's values untouched, at most 3 requests for 10,000 tasks.
import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { validateSheet } from "../../../excel-addin/src/commands/validateSheet.js";
import { MARK_FILLS, MARKS_KEY } from "../../../excel-addin/src/excel/marks.js";
import { FIXTURE_607, loadCsvCells, repeated607 } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const TODAY = dayFromYMD(2025, 9, 30);

describe("validateSheet with office-addin-mock", () => {
  it("writes the report of the real 607 appendix on a new sheet and marks the offending cells", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const book = mockWorkbook({ "Phụ lục": cells });
    const before = book.get("Phụ lục", `A1:E${cells.length}`);

    const r = await validateSheet(book.context(), { today: TODAY });

    expect(r).toMatchObject({ sheet: "Phụ lục", reportSheet: "Kết quả kiểm tra", errors: 0, warnings: 18, tasks: 74, markedCells: 18 });
    expect(book.state.syncs).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(book.state.syncs);
    expect(book.state.suspends).toBe(1);
    expect(book.sheetNames()).toEqual(["Phụ lục", "Kết quả kiểm tra"]);
    expect(book.activeName()).toBe("Kết quả kiểm tra");

    // the report: title, subtitle with the reporting date, header, one row per finding
    expect(book.value("Kết quả kiểm tra", "A1")).toBe("KẾT QUẢ KIỂM TRA PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH");
    expect(String(book.value("Kết quả kiểm tra", "A2"))).toContain('Trang "Phụ lục", ngày báo cáo 30/09/2025');
    expect(book.get("Kết quả kiểm tra", "A5:D5")).toEqual([["Mức độ", "Mã", "Ô", "Nội dung"]]);
    const listed = book.get("Kết quả kiểm tra", `A6:D${5 + r.errors + r.warnings + r.infos}`);
    expect(listed.filter((x) => x[1] === "unnumbered-row").map((x) => x[2])).toEqual(["A68", "A69"]);
    expect(listed.every((x) => ["Lỗi", "Cảnh báo", "Thông tin"].includes(String(x[0])))).toBe(true);
    const a68 = listed.findIndex((x) => x[2] === "A68");
    const report = book.sheet("Kết quả kiểm tra");
    expect(report.links.get(`C${6 + a68}`)).toBe("'Phụ lục'!A68");
    expect(report.frozen.rows).toBe(5);

    // marks: a fill on each offending cell, and a comment saying what is wrong
    const source = book.sheet("Phụ lục");
    expect(source.fills.size).toBe(18);
    expect(source.fills.get("A68")).toBe(MARK_FILLS.warning);
    expect(source.fills.get("A69")).toBe(MARK_FILLS.warning);
    expect(book.state.comments).toHaveLength(18);
    expect(book.state.comments.find((c) => c.cell === "A68")).toMatchObject({ sheet: "Phụ lục" });
    expect(book.state.comments.find((c) => c.cell === "A68")!.content).toMatch(/^\[CCHC – Kiểm tra phụ lục\]\n• Cảnh báo \(unnumbered-row\)/);
    const record = JSON.parse(String(book.state.settings.get(MARKS_KEY)));
    expect(record[0].cells).toHaveLength(18);
    // the cells had no fill before: nothing to restore but "no fill"; comment ids are the mock's
    expect(record[0].cells.every((c: { originalFill: unknown }) => c.originalFill === null)).toBe(true);
    expect(record[0].cells.map((c: { commentId: string }) => c.commentId).sort()).toEqual(book.state.comments.map((c) => c.id).sort());

    // the user's values: not one write on the sheet but the 18 fills, and the same values afterwards
    expect(book.state.writes.filter((w) => w.sheet === "Phụ lục").map((w) => w.what)).toEqual(new Array(18).fill("fill"));
    expect(book.cellWrites("Phụ lục")).toEqual([]);
    expect(book.get("Phụ lục", `A1:E${cells.length}`)).toEqual(before);
  });

  it("records the user's own fill as the original fill of a marked cell (read in the same batch as the mark)", async () => {
    const book = mockWorkbook({ "Phụ lục": loadCsvCells(FIXTURE_607) });
    book.sheet("Phụ lục").fills.set("A68", "#00B0F0");
    await validateSheet(book.context(), { today: TODAY });
    const record = JSON.parse(String(book.state.settings.get(MARKS_KEY)));
    expect(record[0].cells.find((c: { address: string }) => c.address === "A68").originalFill).toBe("#00B0F0");
    expect(book.sheet("Phụ lục").fills.get("A68")).toBe(MARK_FILLS.warning);
  });

  it("keeps a 10,000-task sheet (the 607 appendix repeated) to at most 3 requests, writing nothing on it but marks", async () => {
    const cells = repeated607(136);
    const book = mockWorkbook({ "Kế hoạch": cells });
    const before = book.get("Kế hoạch", `A1:E${cells.length}`);
    const t = performance.now();
    const r = await validateSheet(book.context(), { today: TODAY });
    const ms = performance.now() - t;

    expect(book.state.syncs).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(book.state.syncs);
    expect(r.tasks).toBe(74 * 136); // 10,064
    const findings = r.errors + r.warnings + r.infos;
    expect(findings).toBeGreaterThan(0);
    // every finding is listed on the report; at most 1000 cells are marked
    const report = book.get("Kết quả kiểm tra", `A5:D${5 + findings}`);
    expect(report[0]).toEqual(["Mức độ", "Mã", "Ô", "Nội dung"]);
    expect(report.slice(1).every((x) => String(x[3]).length > 0)).toBe(true);
    expect(book.value("Kết quả kiểm tra", `A${6 + findings}`)).toBe("");
    expect(r.markedCells).toBeLessThanOrEqual(1000);
    expect(book.sheet("Kế hoạch").fills.size).toBe(r.markedCells);
    expect(book.cellWrites("Kế hoạch")).toEqual([]);
    expect(book.get("Kế hoạch", `A1:E${cells.length}`)).toEqual(before);
    console.log(`[office-addin-mock] validateSheet ${r.tasks} tasks: ${book.state.syncs} syncs, ${ms.toFixed(0)} ms, ${findings} findings, ${r.markedCells} cells marked`);
  });

  it("marks with fills only on a host without the comments API (ExcelApi 1.9)", async () => {
    const book = mockWorkbook({ "Phụ lục": loadCsvCells(FIXTURE_607) }, { excelApi: "1.9" });
    const r = await validateSheet(book.context(), { today: TODAY });
    expect(r.markedCells).toBe(18);
    expect(book.state.comments).toHaveLength(0);
    expect(book.sheet("Phụ lục").fills.get("A69")).toBe(MARK_FILLS.warning);
    expect(book.state.syncs).toBeLessThanOrEqual(3);
  });

  it("pressed again on the report sheet, checks the source sheet again and replaces its marks", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const book = mockWorkbook({ "Phụ lục": cells });
    await validateSheet(book.context(), { today: TODAY });
    expect(book.activeName()).toBe("Kết quả kiểm tra");
    book.state.syncs = 0;
    const r = await validateSheet(book.context(), { today: TODAY });
    expect(r).toMatchObject({ sheet: "Phụ lục", reportSheet: "Kết quả kiểm tra (2)", warnings: 18, markedCells: 18 });
    expect(book.state.syncs).toBe(3);
    expect(book.state.comments).toHaveLength(18); // the first run's comments were deleted
    expect(book.sheet("Phụ lục").fills.size).toBe(18);
    expect(JSON.parse(String(book.state.settings.get(MARKS_KEY)))).toHaveLength(1);
    expect(book.cellWrites("Phụ lục")).toEqual([]);
    expect(book.get("Kết quả kiểm tra", "A5:D5")).toEqual([["Mức độ", "Mã", "Ô", "Nội dung"]]);
  });

  it("reads the 10,000-task sheet in halves when it passes Excel on the web's 5 MB response limit, same findings", async () => {
    const cells = repeated607(136);
    const plain = mockWorkbook({ "Kế hoạch": cells });
    const expected = await validateSheet(plain.context(), { today: TODAY });
    const book = mockWorkbook({ "Kế hoạch": cells }, { responseByteLimit: 5_000_000 });
    const r = await validateSheet(book.context(), { today: TODAY });
    expect(book.state.refused).toHaveLength(1); // 5.3 MB of Vietnamese text in one response: refused
    expect(book.state.refused[0]).toBeGreaterThan(5_000_000);
    expect(r).toEqual({ ...expected, syncs: r.syncs });
    expect(book.get("Kết quả kiểm tra", "A1:D4000")).toEqual(plain.get("Kết quả kiểm tra", "A1:D4000"));
    // refused read + sizes + 2 halves + marks read + write
    expect(book.state.syncs).toBe(6);
    expect(r.syncs).toBe(6);
    expect(book.cellWrites("Kế hoạch")).toEqual([]);
    console.log(`[office-addin-mock] validateSheet ${r.tasks} tasks over the 5 MB response limit: ${book.state.syncs} syncs`);
  });
});
