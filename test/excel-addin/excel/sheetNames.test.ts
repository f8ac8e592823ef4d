import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME, uniqueSheetName } from "../../../excel-addin/src/excel/sheetNames.js";
import { markTargets, normaliseAddress } from "../../../excel-addin/src/commands/validateSheet.js";
import { renderSheetSpec } from "../../../excel-addin/src/commands/renderSheetSpec.js";

describe("uniqueSheetName", () => {
  it("numbers a name already taken, ignoring case and Unicode form", () => {
    expect(uniqueSheetName("Tổng hợp 2025", [])).toBe("Tổng hợp 2025");
    expect(uniqueSheetName("Tổng hợp 2025", ["tổng hợp 2025"])).toBe("Tổng hợp 2025 (2)");
    expect(uniqueSheetName("Tổng hợp 2025", ["Tổng hợp 2025".normalize("NFD"), "Tổng hợp 2025 (2)"])).toBe("Tổng hợp 2025 (3)");
  });
  it("keeps within 31 characters and replaces characters Excel refuses", () => {
    const long = "Kết quả kiểm tra phụ lục kế hoạch cải cách hành chính";
    const name = uniqueSheetName(long, [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName("Báo cáo 1/2025: [nháp]?", [])).toBe("Báo cáo 1-2025- -nháp--");
  });
});

describe("addresses of findings", () => {
  it("links a cell or a whole row to the source sheet, as core marks them", () => {
    const spec = {
      name: "Kết quả",
      title: "T",
      blocks: [{ title: "B", columns: [{ header: "Ô", kind: "text" as const, linksToSource: true }], rows: [["C12"], ["Dòng 14"], [""]] }],
    };
    expect(renderSheetSpec(spec, "Phụ lục").links.map((l) => l.documentReference)).toEqual(["'Phụ lục'!C12", "'Phụ lục'!A14"]);
    expect(renderSheetSpec(spec).links).toEqual([]);
  });
  it("compares comment locations however Excel writes them", () => {
    expect(normaliseAddress("'Phụ lục'!$C$12")).toBe(normaliseAddress("phụ lục!C12"));
    expect(normaliseAddress("Sheet1!A1:B2")).toBe("sheet1!A1");
  });
  it("gives one mark per cell, the worst severity, all messages", () => {
    const f = (code: string, severity: "error" | "warning", column: string | null, row: number) => ({ code, severity, column, row, message: `${code} ở ${row}` });
    const targets = markTargets(
      {
        errors: [f("missing-lead", "error", "C", 9)],
        warnings: [f("multiple-leads", "warning", "C", 9), f("unnumbered-row", "warning", "A", 68), f("stt-sequence", "warning", null, 20)],
        infos: [],
      } as never,
      2,
    );
    expect(targets.map((t) => [t.address, t.severity])).toEqual([
      ["C9", "error"],
      ["B20", "warning"],
      ["A68", "warning"],
    ]);
    expect(targets[0].text.split("\n")).toHaveLength(3); // the title line, then one line per finding;
  });
});
