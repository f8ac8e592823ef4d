import { describe, expect, it } from "vitest";
import { clearMarks } from "../../../excel-addin/src/commands/clearMarks.js";
import { validateSheet } from "../../../excel-addin/src/commands/validateSheet.js";
import { MARK_FILLS, MARKS_KEY } from "../../../excel-addin/src/excel/marks.js";
import { FIXTURE_607, bigAppendix, loadCsvCells, serialOf, setup } from "../standIn.js";

const TODAY = serialOf(2025, 9, 30) - 25569;

describe("Xóa đánh dấu (clearMarks)", () => {
  it("removes exactly the marks of the last check, restores fills, keeps a fill the user changed since", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const { model, ctx } = setup({ "Phụ lục": cells });
    const source = model.sheet("Phụ lục");
    source.cell("C11")!.fill = "#FFFF00"; // user's yellow on a cell that gets marked
    source.cell("B20")!.fill = "#FFFF00"; // and on one that does not
    await validateSheet(ctx(), { today: TODAY });
    expect(source.cell("C11")?.fill).toBe(MARK_FILLS.warning);
    source.cell("C9")!.fill = "#92D050"; // the user recolours a marked cell after the check
    const before = source.get(`A1:H${cells.length}`);

    const context = ctx();
    const r = await clearMarks(context);
    expect(context.syncCount).toBe(3);
    expect(r).toMatchObject({ marked: 18, restored: 17, keptUserFill: 1, commentsDeleted: 18 });
    expect(source.cell("C11")?.fill).toBe("#FFFF00");
    expect(source.cell("B20")?.fill).toBe("#FFFF00");
    expect(source.cell("C9")?.fill).toBe("#92D050");
    expect(source.cell("A68")?.fill).toBe(null);
    expect(model.comments).toHaveLength(0);
    expect(model.settings.has(MARKS_KEY)).toBe(false);
    expect(source.get(`A1:H${cells.length}`)).toEqual(before);

    const again = ctx();
    expect(await clearMarks(again)).toMatchObject({ marked: 0, restored: 0 });
    expect(again.syncCount).toBe(0);
  });

  it("skips a marked sheet that was deleted since", async () => {
    const { model, ctx } = setup({ "Phụ lục": loadCsvCells(FIXTURE_607), "Khác": [["x"]] });
    await validateSheet(ctx(), { today: TODAY });
    const c = ctx();
    c.workbook.worksheets.getItem("Phụ lục").delete();
    await c.sync();
    const r = await clearMarks(ctx());
    expect(r.restored).toBe(0);
    expect(model.settings.has(MARKS_KEY)).toBe(false);
  });

  it("clears up to 1,000 marks of a 10,000-task sheet in 3 requests", async () => {
    const { ctx } = setup({ "Kế hoạch": bigAppendix(10_000) });
    await validateSheet(ctx(), { today: TODAY });
    const context = ctx();
    const r = await clearMarks(context);
    expect(r.marked).toBe(1000);
    expect(r.restored).toBe(1000);
    expect(context.syncCount).toBe(3);
  });
});

describe("marks on several sheets", () => {
  it("keeps the marks of another sheet when a second sheet is checked; Xóa đánh dấu removes both", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const { model, ctx } = setup({ "Phụ lục A": cells, "Phụ lục B": cells }, "Phụ lục A");
    await validateSheet(ctx(), { today: TODAY });
    model.activeId = model.find("Phụ lục B")!.id;
    await validateSheet(ctx(), { today: TODAY });
    expect(model.sheet("Phụ lục A").cell("A68")?.fill).toBe(MARK_FILLS.warning);
    expect(model.sheet("Phụ lục B").cell("A68")?.fill).toBe(MARK_FILLS.warning);
    expect(JSON.parse(String(model.settings.get(MARKS_KEY))).map((r: { sheetName: string }) => r.sheetName)).toEqual(["Phụ lục A", "Phụ lục B"]);
    expect(model.comments).toHaveLength(36);
    const r = await clearMarks(ctx());
    expect(r.restored).toBe(36);
    expect(model.sheet("Phụ lục A").cell("A68")?.fill).toBe(null);
    expect(model.comments).toHaveLength(0);
  });
});
