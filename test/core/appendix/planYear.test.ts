import { describe, expect, it } from "vitest";
import { inferPlanYear } from "../../../core/src/appendix/planYear.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import { appendixTemplate, templateGrid } from "../../../core/src/appendix/template.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";
import { readFixture607 } from "../helpers/csv.js";

function table(cells: unknown[][]): AppendixTable {
  const t = readAppendix(cells);
  if ("error" in t) throw new Error(t.error);
  return t;
}

describe("inferPlanYear", () => {
  it("from the title rows above the header", () => {
    const cells = templateGrid(appendixTemplate(2026));
    expect(inferPlanYear(cells, table(cells))).toEqual({ year: 2026, from: "title", label: "năm 2026 (theo tiêu đề bảng, dòng 2)" });
  });

  it("from the schedules when there is no title (the 607 appendix: 'Trong năm 2025' …)", () => {
    const cells = readFixture607();
    const r = inferPlanYear(cells, table(cells));
    expect(r?.year).toBe(2025);
    expect(r?.from).toBe("schedules");
    expect(r?.label).toMatch(/^năm 2025 \(theo tiến độ của \d+ nhiệm vụ\)$/);
  });

  it("null when nothing says", () => {
    const cells = [["STT", "Nội dung", "Tiến độ"], [1, "Việc", "Thường xuyên"]];
    expect(inferPlanYear(cells, table(cells))).toBeNull();
  });
});
