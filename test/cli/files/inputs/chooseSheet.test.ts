import { describe, expect, it } from "vitest";
import { CliError } from "../../../../cli/src/cliError.js";
import { chooseSheet } from "../../../../cli/src/files/inputs/chooseSheet.js";
import type { LoadedFile, SheetCells } from "../../../../cli/src/files/inputs/readCells.js";

const sheet = (name: string, cells: unknown[][], hidden = false): SheetCells => ({ name, hidden, cells: cells as SheetCells["cells"], merges: [] });
const file = (...sheets: SheetCells[]): LoadedFile => ({ file: "ke-hoach.xlsx", format: "xlsx", sheets, notices: [] });
const isPlan = (cells: unknown[][]) => cells[0]?.[0] === "STT";

describe("chooseSheet", () => {
  it("takes the first visible sheet with a header, then hidden ones", () => {
    const f = file(sheet("Ẩn", [["STT"]], true), sheet("Ghi chú", [["x"]]), sheet("Phụ lục", [["STT"]]));
    expect(chooseSheet(f, undefined, isPlan)).toEqual({ sheet: f.sheets[2], guessed: true });
    const onlyHidden = file(sheet("Ghi chú", [["x"]]), sheet("Ẩn", [["STT"]], true));
    expect(chooseSheet(onlyHidden, undefined, isPlan).sheet.name).toBe("Ẩn");
  });

  it("falls back to the first sheet with data when none has a header (core then explains)", () => {
    const f = file(sheet("Trống", []), sheet("Lương", [["Họ tên"]]));
    expect(chooseSheet(f, undefined, isPlan).sheet.name).toBe("Lương");
  });

  it("prefers the exact name, then a name equal without case and diacritics", () => {
    const f = file(sheet("Phu luc", [["STT"]]), sheet("Phụ lục", [["STT"]]));
    expect(chooseSheet(f, "Phụ lục", isPlan).sheet).toBe(f.sheets[1]);
    expect(chooseSheet(f, "PHU LUC", isPlan).sheet).toBe(f.sheets[0]);
  });

  it("says which sheets exist, and when everything is empty", () => {
    const f = file(sheet("A", [["STT"]]), sheet("B", []));
    expect(() => chooseSheet(f, "C", isPlan)).toThrow(/Không có trang tính "C".*Các trang tính có trong tệp: "A", "B"/);
    expect(() => chooseSheet(f, "B", isPlan)).toThrow(/Trang tính "B" của tệp "ke-hoach\.xlsx" trống/);
    expect(() => chooseSheet(file(sheet("A", [[null]]), sheet("B", [])), undefined, isPlan)).toThrow(CliError);
    expect(() => chooseSheet(file(sheet("A", [[null]]), sheet("B", [])), undefined, isPlan)).toThrow(/cả 2 trang tính \("A", "B"\) đều trống/);
  });

  it("a CSV has one table: --sheet does not apply", () => {
    const csv: LoadedFile = { file: "a.csv", format: "csv", sheets: [sheet("a", [["STT"]])], notices: [] };
    expect(chooseSheet(csv, "Khác", isPlan)).toEqual({ sheet: csv.sheets[0], guessed: false });
  });
});
