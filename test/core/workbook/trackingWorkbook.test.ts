import { describe, expect, it } from "vitest";
import {
  CALENDAR_NAMES,
  dayFromYMD,
  FORMULA_FUNCTIONS,
  RESULT_NAMES,
  trackingSheetNames,
  trackingWorkbook,
  validateAppendix,
} from "@cchc/core";

const grid = [
  ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Ngày hoàn thành"],
  ["I", "Cải cách thể chế", "", "", ""],
  ["1", "Rà soát văn bản", "Văn phòng chủ trì", "Quý I/2025", "15/03/2025"],
  ["2", "Tuyên truyền", "sở tư pháp", "Thường xuyên", ""],
  ["3", "Công bố thủ tục", "Sở Tư pháp", "Tháng 6/2025", ""],
];
const asOf = dayFromYMD(2025, 9, 30);
const table = validateAppendix(grid, { planYear: 2025, asOf }).table!;

describe("trackingWorkbook (core spec)", () => {
  const spec = trackingWorkbook(table, { planYear: 2025, asOf });
  const formulas = spec.sheets.flatMap((s) => s.rows.flatMap((r) => r.flatMap((c) => (c?.f ? [c.f] : []))));

  it("uses only functions every target spreadsheet computes alike, and no structured references or dynamic arrays", () => {
    const allowed = new Set(FORMULA_FUNCTIONS.map((f) => f.name));
    const used = new Set(formulas.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)));
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    expect(used.has("COUNTIFS")).toBe(true);
    for (const f of formulas) {
      expect(f).not.toMatch(/XLOOKUP|LET\(|LAMBDA|FILTER\(|\[#|@/);
      expect(f.startsWith("=")).toBe(false);
    }
  });

  it("defines the issue's named result cells, the calendar and the settings names, each once", () => {
    const names = spec.names.map((n) => n.name);
    for (const n of Object.values(RESULT_NAMES)) expect(names).toContain(n);
    for (const n of Object.values(CALENDAR_NAMES)) expect(names).toContain(n);
    expect(names).toContain("CCHC_NgayBaoCao");
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists every date of 2020–2030 on the calendar sheet, one row each", () => {
    const cal = spec.sheets.find((s) => s.name === "Lịch làm việc")!;
    expect(cal.rows.length - 1).toBe(dayFromYMD(2030, 12, 31) - dayFromYMD(2020, 1, 1) + 1);
    // 2025: 250 working days by the official table (no Tết make-up Saturday); 01/01/2025 is off
    const y2025 = cal.rows.slice(1).filter((r) => {
      const serial = r[0]!.v as number;
      return serial >= dayFromYMD(2025, 1, 1) + 25569 && serial <= dayFromYMD(2025, 12, 31) + 25569;
    });
    expect(y2025.reduce((n, r) => n + (r[2]!.v as number), 0)).toBe(250);
  });

  it("groups unit spellings under one name, as the summary does, and keeps the user's texts", () => {
    const tasks = spec.sheets[0]!;
    expect(tasks.rows.slice(1, 4).map((r) => r[3]?.v)).toEqual(["Văn phòng", "sở tư pháp", "sở tư pháp"]);
    expect(tasks.rows[1]![2]!.v).toBe("Văn phòng chủ trì");
    expect(tasks.rows[1]![6]!.v).toBe(dayFromYMD(2025, 3, 15) + 25569);
  });

  it("names its sheets apart from the user's (without case) and can leave out the settings sheet", () => {
    expect(trackingSheetNames(["Phụ lục", "tổng hợp", "Tính hạn"])).toEqual({
      tasks: "Phụ lục (theo dõi)",
      summary: "Tổng hợp (theo dõi)",
      due: "Tính hạn 2",
      calendar: "Lịch làm việc",
    });
    const without = trackingWorkbook(table, { planYear: 2025, asOf, withSettings: false });
    expect(without.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Tổng hợp", "Tính hạn", "Lịch làm việc"]);
    expect(without.names.map((n) => n.name)).not.toContain("CCHC_NgayBaoCao");
  });
});

describe("trackingWorkbook: the unit column's drop-down (issue 17)", () => {
  it("offers the table's units and the department's own (each once) on column D, a warning only, and keeps the department's list in the settings sheet", () => {
    const spec = trackingWorkbook(table, { planYear: 2025, asOf, departmentUnits: ["Thanh tra", "sở tư pháp"] });
    const tasks = spec.sheets[0]!;
    const d = tasks.validations!.find((v) => v.range.startsWith("D2:"))!;
    expect(tasks.validations![0]!.range.startsWith("I2:")).toBe(true); // the mark list stays first
    expect(d.range).toBe(`D2:D${tasks.rows.length}`);
    expect(d.list).toEqual(["sở tư pháp", "Thanh tra", "Văn phòng"]);
    expect(d.strict).toBe(false);
    const settings = spec.sheets.find((s) => s.name === "CCHC – Cài đặt")!;
    expect([settings.rows[7]![4]?.v, settings.rows[8]![4]?.v, settings.rows[9]![4]?.v]).toEqual(["Đơn vị của cơ quan", "Thanh tra", "sở tư pháp"]);
    expect(spec.names.find((n) => n.name === "CCHC_DonVi")?.ref).toBe("$E$9:$E$408");
  });
  it("without a department list: the table's units; too many to type into a rule: no list", () => {
    expect(trackingWorkbook(table, { planYear: 2025, asOf }).sheets[0]!.validations!.find((v) => v.range.startsWith("D2:"))!.list).toEqual(["sở tư pháp", "Văn phòng"]); // as column D writes them (first spelling)
    const many = Array.from({ length: 30 }, (_, i) => `Phòng chuyên môn số ${i + 1}`);
    expect(trackingWorkbook(table, { planYear: 2025, asOf, departmentUnits: many }).sheets[0]!.validations!.some((v) => v.range.startsWith("D2:"))).toBe(false);
  });
});
