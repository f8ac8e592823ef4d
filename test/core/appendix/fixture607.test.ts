import { describe, expect, it } from "vitest";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { readFixture607 } from "../helpers/csv.js";

describe("Kế hoạch 607/KH-KKTKCN 2025, phụ lục (real fixture)", () => {
  const grid = readFixture607();
  const report = validateAppendix(grid, { planYear: 2025 });

  it("has no errors, 74 tasks and 23 headings", () => {
    expect(report.error).toBeUndefined();
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.stats.tasks).toBe(74);
    expect(report.stats.sections).toBe(23);
    expect(report.stats.rows).toBe(97);
    expect(report.columns).toMatchObject({ stt: "A", task: "B", lead: "C", deadline: "D", output: "E" });
  });

  it("reports the two unnumbered task rows 68 and 69, and nothing else as unnumbered", () => {
    const unnumbered = report.warnings.filter((w) => w.code === "unnumbered-row");
    expect(unnumbered.map((w) => [w.row, w.column])).toEqual([
      [68, "A"],
      [69, "A"],
    ]);
    expect(report.tasks.filter((t) => t.stt === "").map((t) => t.row)).toEqual([68, 69]);
  });

  it("has no numbering warnings: every level restarts at 1 and runs without gaps", () => {
    expect(report.warnings.filter((w) => w.code === "stt-sequence" || w.code === "duplicate-stt")).toEqual([]);
  });

  it("reads the hierarchy: parts A/B, Roman sections, groups 2 and 1.1", () => {
    const table = readAppendix(grid, { planYear: 2025 });
    if ("error" in table) throw new Error(table.error);
    expect(table.headings.filter((h) => h.level === "part").map((h) => h.stt)).toEqual(["A", "B"]);
    expect(table.headings.filter((h) => h.level === "section").map((h) => h.stt)).toEqual([
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "I", "II",
    ]);
    expect(table.headings.filter((h) => h.level === "group").map((h) => `${h.row}:${h.stt}`)).toEqual([
      "22:2", "32:1", "66:1", "67:1.1", "73:2", "78:1", "81:2", "86:3", "91:4", "95:5",
    ]);
    const t17 = table.tasks.find((t) => t.row === 17)!;
    expect(t17.section).toEqual({ stt: "III", title: "Cải cách thể chế", part: "A" });
    const t68 = table.tasks.find((t) => t.row === 68)!;
    expect(t68.section?.part).toBe("B");
    expect(t68.section?.stt).toBe("I");
  });

  it("extracts lead and partners from the responsibility text", () => {
    const byRow = new Map(report.tasks.map((t) => [t.row, t]));
    expect(byRow.get(5)).toMatchObject({ lead: "Văn phòng", partners: ["các phòng, đơn vị trực thuộc"] });
    expect(byRow.get(14)).toMatchObject({ lead: "Phòng Doanh nghiệp – Giám sát đầu tư", partners: ["các phòng liên quan"] });
    expect(byRow.get(17)).toMatchObject({ lead: "Văn phòng", partners: ["các phòng, đơn vị trực thuộc"] });
    expect(byRow.get(23)).toMatchObject({ lead: "Các phòng chuyên môn giải quyết TTHC", partners: ["Văn phòng"] });
    expect(byRow.get(44)).toMatchObject({ lead: "Ban Quản lý dự án hạ tầng", partners: ["Văn phòng (Bộ phận Kế toán)"] });
    expect(byRow.get(50)).toMatchObject({ lead: "Phòng Kế hoạch – Đầu tư và Xúc tiến" });
    expect(byRow.get(6)).toMatchObject({ lead: "Tổ kiểm tra CCHC của Ban Quản lý", partners: [] });
    // Blanket assignment: legal, no error, the collective is the lead.
    expect(byRow.get(4)).toMatchObject({ lead: "Tất cả các phòng, đơn vị trực thuộc" });
    // "Văn phòng, các phòng chuyên môn thực hiện": several units, none leads → warning, lead null.
    expect(byRow.get(29)!.lead).toBeNull();
    const ml = report.warnings.filter((w) => w.code === "multiple-leads").map((w) => w.row);
    expect(ml).toContain(29);
    expect(ml).toContain(36);
    expect(ml).not.toContain(4);
    expect(ml).not.toContain(5);
  });

  it("reads the schedules: date, year, external", () => {
    const byRow = new Map(report.tasks.map((t) => [t.row, t]));
    expect(byRow.get(17)!.deadline).toEqual({ text: "Trước ngày 05/12/2025", kind: "date", due: "2025-12-05" });
    expect(byRow.get(4)!.deadline).toEqual({ text: "Trong năm 2025", kind: "year", due: "2025-12-31" });
    expect(byRow.get(9)!.deadline.kind).toBe("external");
    const external = report.infos.filter((f) => f.code === "external-deadline").map((f) => f.row);
    expect(external).toEqual(expect.arrayContaining([5, 9, 33, 52]));
  });

  it("keeps the table out of the JSON", () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(json.table).toBeUndefined();
    expect(report.table?.tasks.length).toBe(74);
    expect(Object.keys(json).sort()).toEqual(["columns", "errors", "infos", "stats", "tasks", "valid", "warnings"]);
  });
});
