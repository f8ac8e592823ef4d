import { describe, expect, it } from "vitest";
import { a1Runs, columnName, isOurNote, noteWithoutOurs, ourNote } from "../../../gsheets/src/marks/markStore.js";

describe("markStore", () => {
  it("our note keeps the cell's earlier note and gives it back", () => {
    const n = ourNote(["Lỗi: thiếu đơn vị chủ trì"], "Ghi chú của tôi\n— dòng 2");
    expect(isOurNote(n)).toBe(true);
    expect(n).toBe("[CCHC – Kiểm tra phụ lục]\n• Lỗi: thiếu đơn vị chủ trì\n\n— Ghi chú trước đó —\nGhi chú của tôi\n— dòng 2");
    expect(noteWithoutOurs(n)).toBe("Ghi chú của tôi\n— dòng 2");
    expect(noteWithoutOurs(ourNote(["Cảnh báo: x"], ""))).toBe("");
    expect(noteWithoutOurs("Ghi chú người dùng")).toBe("Ghi chú người dùng");
  });
  it("merges vertical runs into A1 ranges, column by column", () => {
    const cells = [3, 4, 5, 9].map((row) => ({ row, column: 3 })).concat([{ row: 69, column: 1 }, { row: 70, column: 1 }, { row: 4, column: 3 }]);
    expect(a1Runs(cells)).toEqual(["A69:A70", "C3:C5", "C9"]);
    expect(columnName(1)).toBe("A");
    expect(columnName(26)).toBe("Z");
    expect(columnName(27)).toBe("AA");
    expect(columnName(703)).toBe("AAA");
  });
});
