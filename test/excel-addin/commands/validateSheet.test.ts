import { describe, expect, it } from "vitest";
import { clearMarks } from "../../../excel-addin/src/commands/clearMarks.js";
import { validateSheet } from "../../../excel-addin/src/commands/validateSheet.js";
import { MARK_FILLS, MARKS_KEY } from "../../../excel-addin/src/excel/marks.js";
import { FIXTURE_607, bigAppendix, loadCsvCells, serialOf, setup } from "../standIn.js";

const TODAY = serialOf(2025, 9, 30) - 25569;

describe("Kiểm tra phụ lục (validateSheet)", () => {
  it("writes the report sheet for the real appendix of Kế hoạch 607 and marks the unnumbered rows", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const { model, ctx } = setup({ "Phụ lục": cells });
    const before = model.sheet("Phụ lục").get(`A1:H${cells.length}`);
    const context = ctx();
    const r = await validateSheet(context, { today: TODAY });

    expect(r).toMatchObject({ sheet: "Phụ lục", reportSheet: "Kết quả kiểm tra", errors: 0, tasks: 74 });
    expect(r.warnings).toBe(18);
    expect(context.syncCount).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(context.syncCount);

    const report = model.sheet("Kết quả kiểm tra");
    expect(report.value("A1")).toBe("KẾT QUẢ KIỂM TRA PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH");
    expect(String(report.value("A2"))).toContain('Trang "Phụ lục", ngày báo cáo 30/09/2025');
    expect(report.get("A5:D5")).toEqual([["Mức độ", "Mã", "Ô", "Nội dung"]]);
    const listed = report.get(`A6:C${5 + r.errors + r.warnings + r.infos}`);
    expect(listed.filter((x) => x[1] === "unnumbered-row").map((x) => x[2])).toEqual(["A68", "A69"]);
    expect(listed.every((x) => ["Lỗi", "Cảnh báo", "Thông tin"].includes(String(x[0])))).toBe(true);
    // the "Ô" column links back to the cell
    const link = listed.findIndex((x) => x[2] === "A68");
    expect(report.cell(`C${6 + link}`)?.hyperlink?.documentReference).toBe("'Phụ lục'!A68");
    expect(report.model.frozenRows).toBe(5);

    // marks on the source cells: fill + comment, recorded for Xóa đánh dấu
    const source = model.sheet("Phụ lục");
    expect(source.cell("A68")?.fill).toBe(MARK_FILLS.warning);
    expect(source.cell("C9")?.fill).toBe(MARK_FILLS.warning);
    expect(model.comments.find((c) => c.cell === "A68")?.content).toMatch(/^\[CCHC – Kiểm tra phụ lục\]\n• Cảnh báo \(unnumbered-row\)/);
    expect(r.markedCells).toBe(18);
    expect(JSON.parse(String(model.settings.get(MARKS_KEY)))[0].cells).toHaveLength(18);

    // the user's values are untouched
    expect(source.get(`A1:H${cells.length}`)).toEqual(before);
    expect(model.stats.suspends).toBe(1);
  });

  it("keeps a 10,000-task sheet to 3 requests, and never writes the user's cells", async () => {
    const cells = bigAppendix(10_000);
    const { model, ctx } = setup({ "Kế hoạch": cells });
    const before = model.sheet("Kế hoạch").get(`A1:H${cells.length}`);
    const context = ctx();
    const t = performance.now();
    const r = await validateSheet(context, { today: TODAY });
    const ms = performance.now() - t;
    expect(context.syncCount).toBeLessThanOrEqual(3);
    expect(r.tasks).toBe(10_000);
    expect(r.errors).toBeGreaterThanOrEqual(200); // every 50th task has no lead
    expect(model.sheet("Kế hoạch").get(`A1:H${cells.length}`)).toEqual(before);
    expect(ms).toBeLessThan(20_000);
    console.log(`validateSheet 10,000 tasks: ${context.syncCount} syncs, ${ms.toFixed(0)} ms, ${r.errors} errors, ${r.markedCells} cells marked`);
  });

  it("never collides with an existing report sheet, and replaces its earlier marks instead of stacking them", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const { model, ctx } = setup({ "Phụ lục": cells, "Kết quả kiểm tra": [["của người dùng"]] });
    model.sheet("Phụ lục").cell("A68")!.fill = "#00B0F0"; // the user's own colour
    await validateSheet(ctx(), { today: TODAY });
    expect(model.sheetNames()).toContain("Kết quả kiểm tra (2)");
    expect(model.sheet("Kết quả kiểm tra").value("A1")).toBe("của người dùng");
    await validateSheet(ctx(), { today: TODAY });
    expect(model.sheetNames()).toContain("Kết quả kiểm tra (3)");
    expect(model.comments.filter((c) => c.cell === "A68")).toHaveLength(1);
    const record = JSON.parse(String(model.settings.get(MARKS_KEY)));
    expect(record).toHaveLength(1);
    expect(record[0].cells.find((c: { address: string }) => c.address === "A68").originalFill).toBe("#00B0F0");

    const cleared = await clearMarks(ctx());
    expect(cleared.restored).toBe(18);
    expect(model.sheet("Phụ lục").cell("A68")?.fill).toBe("#00B0F0");
    expect(model.sheet("Phụ lục").cell("C9")?.fill).toBe(null);
    expect(model.comments).toHaveLength(0);
  });

  it("leaves a cell that already has the user's comment without ours, and still fails nothing", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const { model, ctx } = setup({ "Phụ lục": cells });
    const sheetId = model.find("Phụ lục")!.id;
    model.comments.push({ id: "user-1", sheetId, cell: "A68", content: "Ghi chú của tôi" });
    const r = await validateSheet(ctx(), { today: TODAY });
    expect(r.markedCells).toBe(18);
    expect(model.comments.filter((c) => c.cell === "A68").map((c) => c.content)).toEqual(["Ghi chú của tôi"]);
    await clearMarks(ctx());
    expect(model.comments.map((c) => c.id)).toEqual(["user-1"]);
  });

  it("marks with fills only where the host has no comments API (ExcelApi < 1.10)", async () => {
    const { model, ctx } = setup({ "Phụ lục": loadCsvCells(FIXTURE_607) }, undefined, "1.9");
    const r = await validateSheet(ctx(), { today: TODAY });
    expect(r.markedCells).toBe(18);
    expect(model.comments).toHaveLength(0);
    expect(model.sheet("Phụ lục").cell("A69")?.fill).toBe(MARK_FILLS.warning);
  });

  it("uses the reporting date and plan year of the settings sheet", async () => {
    const cells = bigAppendix(40);
    // a completion date after the reporting date is an error (completion-in-future)
    cells[2][7] = serialOf(2025, 12, 20);
    const settings: unknown[][] = [];
    settings[2] = ["Năm kế hoạch", 2025];
    settings[3] = ["Ngày báo cáo", serialOf(2025, 6, 30)];
    const { model, ctx } = setup({ "Kế hoạch": cells, "CCHC – Cài đặt": settings.map((r) => r ?? []) });
    const r = await validateSheet(ctx(), { today: serialOf(2026, 1, 15) - 25569 });
    const report = model.sheet("Kết quả kiểm tra");
    const codes = report.get(`B6:B${5 + r.errors + r.warnings + r.infos}`).flat();
    expect(codes).toContain("completion-in-future");
    expect(String(report.value("A2"))).toContain("ngày báo cáo 30/06/2025");
  });

  it("explains an empty sheet and a sheet that is not a plan, in Vietnamese, without writing anything", async () => {
    const empty = setup({ "Trang tính1": [] });
    await expect(validateSheet(empty.ctx(), { today: TODAY })).rejects.toThrow(/Trang "Trang tính1" đang trống/);
    const other = setup({ "Chi phí": [["Tháng", "Số tiền"], [1, 200], [2, 300]] });
    await expect(validateSheet(other.ctx(), { today: TODAY })).rejects.toThrow(/Không tìm thấy dòng tiêu đề/);
    expect(other.model.sheetNames()).toEqual(["Chi phí"]);
  });
});

describe("a sheet too large for one response", () => {
  it("is read again in chunks when Excel refuses the whole used range, and validated the same", async () => {
    const cells = bigAppendix(30_000);
    const small = setup({ "Kế hoạch": cells });
    const whole = await validateSheet(small.ctx(), { today: TODAY });

    const { model, ctx } = setup({ "Kế hoạch": cells });
    model.responseCellLimit = 150_000; // 30,009 rows × 8 columns do not fit in one response
    const context = ctx();
    const r = await validateSheet(context, { today: TODAY });
    expect(r.tasks).toBe(30_000);
    expect(r.errors).toBe(whole.errors);
    expect(r.warnings).toBe(whole.warnings);
    // failed read + dimensions + ceil(30,009 / 12,500) chunks + settings/marks + write
    expect(context.syncCount).toBe(1 + 1 + 3 + 2);
    expect(r.syncs).toBe(context.syncCount);
  });
});

describe("merged cells", () => {
  const table = [
    ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"],
    ["I", "Cải cách thủ tục hành chính", "", "", ""],
    ["1", "Rà soát thủ tục hành chính", "Văn phòng chủ trì, phối hợp các phòng", "Quý I/2025", "Báo cáo"],
    ["2", "Công khai thủ tục hành chính", "", "Quý II/2025", "Báo cáo"],
    ["3", "Số hóa hồ sơ", "", "Quý III/2025", "Báo cáo"],
  ];
  async function merged(excelApi: string) {
    const { model, ctx } = setup({ "Phụ lục": table }, undefined, excelApi);
    const c = ctx();
    c.workbook.worksheets.getItem("Phụ lục").getRange("C3:C5").merge(false);
    await c.sync();
    return { model, ctx };
  }

  it("reads a responsibility merged over several tasks as each task's lead (ExcelApi 1.13)", async () => {
    const { ctx } = await merged("1.13");
    const context = ctx();
    const r = await validateSheet(context, { today: TODAY });
    expect(r.errors).toBe(0);
    expect(context.syncCount).toBeLessThanOrEqual(3);
  });

  it("without the merged-areas API the empty cells are reported, not guessed", async () => {
    const { model, ctx } = await merged("1.12");
    const r = await validateSheet(ctx(), { today: TODAY });
    expect(r.errors).toBe(2);
    const codes = model.sheet("Kết quả kiểm tra").get("B6:C7");
    expect(codes).toEqual([
      ["missing-lead", "C4"],
      ["missing-lead", "C5"],
    ]);
  });
});
