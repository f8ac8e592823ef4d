import { describe, expect, it } from "vitest";
import { uniqueSheetName } from "../../../gsheets/src/render/uniqueSheetName.js";

describe("uniqueSheetName", () => {
  it("keeps a free name, else adds (2), (3)… compared without case, never reusing a sheet", () => {
    expect(uniqueSheetName(["Trang tính1"], "Tổng hợp 2025")).toBe("Tổng hợp 2025");
    expect(uniqueSheetName(["Tổng hợp 2025"], "Tổng hợp 2025")).toBe("Tổng hợp 2025 (2)");
    expect(uniqueSheetName(["TỔNG HỢP 2025", "Tổng hợp 2025 (2)"], "Tổng hợp 2025")).toBe("Tổng hợp 2025 (3)");
  });
  it("stays within 31 characters with the suffix, so the workbook keeps valid names in Excel", () => {
    const long = "x".repeat(150);
    const name = uniqueSheetName([long.slice(0, 31)], long);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });
});
