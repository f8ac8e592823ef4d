import { describe, expect, it } from "vitest";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { validationSheetSpec } from "../../../core/src/report/validationSheet.js";
import { readFixture607 } from "../helpers/csv.js";

describe("validationSheetSpec", () => {
  it("one row per finding: Mức độ, Mã, Ô, Nội dung, errors first", () => {
    const grid = readFixture607();
    grid[4][2] = null; // row 5: no responsibility → missing-lead at C5
    const report = validateAppendix(grid, { planYear: 2025 });
    const spec = validationSheetSpec(report);
    expect(spec.name).toBe("Kết quả kiểm tra");
    const block = spec.blocks[0];
    expect(block.columns.map((c) => c.header)).toEqual(["Mức độ", "Mã", "Ô", "Nội dung"]);
    expect(block.rows).toHaveLength(report.errors.length + report.warnings.length + report.infos.length);
    expect(block.rows[0]).toEqual(["Lỗi", "missing-lead", "C5", report.errors[0].message]);
    expect(block.rows.some((r) => r[0] === "Cảnh báo" && r[1] === "unnumbered-row" && r[2] === "A68")).toBe(true);
    expect(block.rows.some((r) => r[0] === "Thông tin" && r[1] === "external-deadline")).toBe(true);
    expect(spec.subtitle).toContain("1 lỗi");
  });

  it("a sheet without a table says so", () => {
    const spec = validationSheetSpec(validateAppendix([["Danh sách"]], {}));
    expect(spec.blocks[0].rows[0][0]).toBe("Lỗi");
    expect(String(spec.blocks[0].rows[0][3])).toMatch(/Không tìm thấy dòng tiêu đề/);
  });
});
