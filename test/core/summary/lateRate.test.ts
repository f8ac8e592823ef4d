import { describe, expect, it } from "vitest";
import { taskLateRate } from "../../../core/src/summary/lateRate.js";

describe("taskLateRate = (done late + overdue) ÷ (tasks − no due date)", () => {
  it("province 2022 (DOMAIN.md §3, seed 003): 14,535 tasks, 13,216 on time, 1,075 late, 244 overdue → 9.07 %", () => {
    expect(13_216 + 1_075 + 244).toBe(14_535);
    const rate = taskLateRate({ tasks: 14_535, doneLate: 1_075, overdue: 244, noDueDate: 0 });
    expect(rate).toBeCloseTo(1_319 / 14_535, 12);
    expect((rate! * 100).toFixed(2)).toBe("9.07");
  });

  it("tasks without a due date leave the denominator", () => {
    expect(taskLateRate({ tasks: 10, doneLate: 1, overdue: 1, noDueDate: 2 })).toBe(0.25);
  });

  it("null when nothing can be measured or the counts are inconsistent", () => {
    expect(taskLateRate({ tasks: 3, doneLate: 0, overdue: 0, noDueDate: 3 })).toBeNull();
    expect(taskLateRate({ tasks: 0, doneLate: 0, overdue: 0, noDueDate: 0 })).toBeNull();
    expect(taskLateRate({ tasks: 5, doneLate: 4, overdue: 4, noDueDate: 0 })).toBeNull();
    expect(taskLateRate({ tasks: Number.NaN, doneLate: 0, overdue: 0, noDueDate: 0 })).toBeNull();
  });
});
