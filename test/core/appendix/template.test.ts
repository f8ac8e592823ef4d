import { describe, expect, it } from "vitest";
import { appendixTemplate, templateGrid } from "../../../core/src/appendix/template.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";

describe("appendixTemplate", () => {
  const spec = appendixTemplate(2026);

  it("standard columns plus tracking columns", () => {
    expect(spec.columns.map((c) => c.header)).toEqual([
      "STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ thực hiện", "Kết quả/sản phẩm",
      "Hạn", "Ngày hoàn thành", "Tình trạng", "Ghi chú",
    ]);
    expect(spec.dateColumns).toEqual(["due", "completed"]);
    expect(spec.statusValues).toContain("Đã hoàn thành");
    expect(spec.print).toMatchObject({ paperSize: "A4", orientation: "landscape", repeatRows: { from: 5, to: 5 } });
    expect(spec.freeze).toEqual({ rows: 5, columns: 2 });
    expect(spec.sheetName).toBe("Phụ lục 2026");
  });

  it("the 8 PAR INDEX fields and Công tác tuyên truyền as Roman headings, one sample task each", () => {
    const sections = spec.rows.filter((r) => r.kind === "section");
    expect(sections.map((r) => r.cells[0])).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);
    const titles = sections.map((r) => r.cells[1]).join(" | ");
    for (const t of ["chỉ đạo, điều hành", "tuyên truyền", "thể chế", "thủ tục hành chính", "tổ chức bộ máy", "chế độ công vụ", "tài chính công", "Chính quyền số", "kinh tế - xã hội"]) {
      expect(titles).toContain(t);
    }
    expect(spec.rows.filter((r) => r.kind === "task")).toHaveLength(9);
    expect(spec.rows[spec.headerRow - 1].kind).toBe("header");
  });

  it("read back, it validates with no error and no warning, every sample task in the plan year", () => {
    const r = validateAppendix(templateGrid(spec), { planYear: 2026 });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.stats.tasks).toBe(9);
    expect(r.stats.sections).toBe(9);
    expect(r.columns).toMatchObject({ stt: "A", task: "B", lead: "C", partners: "D", deadline: "E", output: "F", due: "G", completed: "H", status: "I", notes: "J" });
    for (const t of r.tasks) if (t.deadline.due) expect(t.deadline.due.startsWith("2026")).toBe(true);
  });
});
