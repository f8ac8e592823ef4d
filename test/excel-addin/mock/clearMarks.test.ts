// Xóa đánh dấu against office-addin-mock objects: exactly the marks of Kiểm tra phụ lục are
// removed (fills restored, our comments deleted), the user's fills, comments and values kept.
import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { clearMarks } from "../../../excel-addin/src/commands/clearMarks.js";
import { validateSheet } from "../../../excel-addin/src/commands/validateSheet.js";
import { MARK_FILLS, MARKS_KEY } from "../../../excel-addin/src/excel/marks.js";
import { FIXTURE_607, loadCsvCells, repeated607 } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const TODAY = dayFromYMD(2025, 9, 30);

describe("clearMarks with office-addin-mock", () => {
  it("restores the fills and deletes the comments it added, keeping the user's own fill and comment", async () => {
    const cells = loadCsvCells(FIXTURE_607);
    const book = mockWorkbook({ "Phụ lục": cells });
    const source = book.sheet("Phụ lục");
    source.fills.set("A68", "#00B0F0"); // the user's colour on a cell that gets marked
    source.fills.set("B5", "#FFFF00"); // and on one that does not
    const userComment = book.addComment("Phụ lục", "A69", "Ghi chú của tôi");
    const before = book.get("Phụ lục", `A1:E${cells.length}`);

    const v = await validateSheet(book.context(), { today: TODAY });
    expect(v.markedCells).toBe(18);
    expect(source.fills.get("A68")).toBe(MARK_FILLS.warning);
    expect(book.state.comments).toHaveLength(18); // 17 of ours: A69 already had the user's
    book.state.syncs = 0;
    book.state.writes.length = 0;

    const r = await clearMarks(book.context());
    expect(r).toMatchObject({ marked: 18, restored: 18, keptUserFill: 0, commentsDeleted: 17 });
    expect(book.state.syncs).toBe(3);
    expect(r.syncs).toBe(3);
    // what was written: 17 fills cleared, A68 given back its colour, on the source sheet only
    expect(book.state.writes.filter((w) => w.what === "fill.clear").map((w) => w.address)).toHaveLength(17);
    expect(book.state.writes.filter((w) => w.what === "fill")).toEqual([{ sheet: "Phụ lục", address: "A68", what: "fill", value: "#00B0F0" }]);
    expect(Object.fromEntries(source.fills)).toEqual({ B5: "#FFFF00", A68: "#00B0F0" });
    expect(book.state.comments.map((c) => c.id)).toEqual([userComment]);
    expect(book.state.settings.has(MARKS_KEY)).toBe(false);
    expect(book.cellWrites("Phụ lục")).toEqual([]);
    expect(book.get("Phụ lục", `A1:E${cells.length}`)).toEqual(before);
    // the report sheet stays (the user deletes it if they want)
    expect(book.sheetNames()).toEqual(["Phụ lục", "Kết quả kiểm tra"]);
  });

  it("leaves a fill the user changed after the check", async () => {
    const book = mockWorkbook({ "Phụ lục": loadCsvCells(FIXTURE_607) });
    await validateSheet(book.context(), { today: TODAY });
    book.sheet("Phụ lục").fills.set("A68", "#92D050");
    const r = await clearMarks(book.context());
    expect(r).toMatchObject({ restored: 17, keptUserFill: 1 });
    expect([...book.sheet("Phụ lục").fills]).toEqual([["A68", "#92D050"]]);
  });

  it("does nothing, without a request, when there are no marks", async () => {
    const book = mockWorkbook({ "Phụ lục": loadCsvCells(FIXTURE_607) });
    const r = await clearMarks(book.context());
    expect(r).toEqual({ marked: 0, restored: 0, keptUserFill: 0, commentsDeleted: 0, syncs: 0 });
    expect(book.state.syncs).toBe(0);
  });

  it("clears the 1000 marks of a 10,000-task sheet in 3 requests, the values untouched", async () => {
    const cells = repeated607(136);
    const book = mockWorkbook({ "Kế hoạch": cells });
    const before = book.get("Kế hoạch", `A1:E${cells.length}`);
    await validateSheet(book.context(), { today: TODAY });
    expect(book.sheet("Kế hoạch").fills.size).toBe(1000);
    book.state.syncs = 0;
    const t = performance.now();
    const r = await clearMarks(book.context());
    const ms = performance.now() - t;
    expect(r.marked).toBe(1000);
    expect(r.restored).toBe(1000);
    expect(book.state.syncs).toBeLessThanOrEqual(3);
    expect(book.sheet("Kế hoạch").fills.size).toBe(0);
    expect(book.state.comments).toHaveLength(0);
    expect(book.cellWrites("Kế hoạch")).toEqual([]);
    expect(book.get("Kế hoạch", `A1:E${cells.length}`)).toEqual(before);
    console.log(`[office-addin-mock] clearMarks 10,064 tasks, 1000 marks: ${book.state.syncs} syncs, ${ms.toFixed(0)} ms`);
  });
});
