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
