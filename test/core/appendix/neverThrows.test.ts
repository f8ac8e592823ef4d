import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { annualSummary } from "../../../core/src/summary/annualSummary.js";
import { summarySheetSpec } from "../../../core/src/report/summarySheet.js";
import { validationSheetSpec } from "../../../core/src/report/validationSheet.js";

const HEADER = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Hạn", "Ngày hoàn thành"];

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("I", "II", "A", "1", "1.1", "2.1.3", "a)", "-", "#N/A", "#REF!", "Trong năm 2025", "Quý I/2023", "Thường xuyên",
    "Văn phòng chủ trì, phối hợp các phòng", "Tất cả các phòng, đơn vị trực thuộc", "31/02/2025", "15/06/2025", "n¨m", "naêm"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant({}),
  fc.constant([1, 2]),
);

const grid = fc.array(fc.oneof(fc.array(cell, { maxLength: 9 }), fc.constant(null), fc.constant("not a row")), { maxLength: 25 });

describe("no input makes validation or the summary throw", () => {
  it("random grids, with and without a real header row", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), fc.integer({ min: 0, max: 5 }), (g, withHeader, at) => {
        const cells = g as unknown[][];
        if (withHeader) cells.splice(Math.min(at, cells.length), 0, [...HEADER]);
        const r = validateAppendix(cells, { planYear: 2025, asOf: dayFromYMD(2025, 6, 30) });
        expect(typeof r.valid).toBe("boolean");
        expect(r.stats.errors).toBe(r.errors.length);
        for (const f of [...r.errors, ...r.warnings, ...r.infos]) {
          expect(f.row).toBeGreaterThanOrEqual(1);
          expect(f.message.length).toBeGreaterThan(0);
        }
        validationSheetSpec(r);
        const s = annualSummary(cells, { planYear: 2025, asOf: dayFromYMD(2025, 6, 30) });
        if (!s.error) {
          const t = s.totals;
          expect(t.doneEarly + t.doneOnTime + t.doneLate + t.pending + t.overdue + t.noDueDate).toBe(t.tasks);
          expect(s.lateRate === null || (s.lateRate >= 0 && s.lateRate <= 1)).toBe(true);
        }
        summarySheetSpec(s);
      }),
      { numRuns: 400 },
    );
  });

  it("a sheet 16,384 columns wide and a 100,000-character cell", () => {
    const wide: unknown[][] = [Array.from({ length: 16_384 }, (_, j) => (j === 0 ? "STT" : j === 1 ? "Nội dung" : j === 2 ? "Tiến độ" : `Cột ${j}`))];
    for (let i = 0; i < 20; i++) wide.push(Array.from({ length: 16_384 }, (_, j) => (j === 0 ? i + 1 : j === 1 ? `Việc ${i}` : j === 2 ? "Quý II/2025" : null)));
    wide[5][1] = "x ".repeat(50_000);
    const r = validateAppendix(wide, { planYear: 2025 });
    expect(r.stats.tasks).toBe(20);
    expect(r.table!.otherColumns).toHaveLength(16_381);
    expect(r.table!.otherColumns[16_380].letter).toBe("XFD");
  });

  it("odd arguments", () => {
    for (const bad of [undefined, null, 42, "text", [[]], [null], {}]) {
      expect(() => validateAppendix(bad as unknown as unknown[][], {})).not.toThrow();
      expect(() => annualSummary(bad as unknown as unknown[][], { planYear: 2025, asOf: 0 })).not.toThrow();
    }
  });
});
