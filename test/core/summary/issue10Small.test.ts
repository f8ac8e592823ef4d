// Issue 10's small table (test/fixtures/issue10-small.csv): the status/summary figures only
// (its leads, multiple-leads and stt-sequence parts are pinned by the units work).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { annualSummary, taskStatuses } from "../../../core/src/summary/annualSummary.js";
import { parseCsv } from "../helpers/csv.js";

const ISSUE10_SMALL = resolve(__dirname, "../../fixtures/issue10-small.csv");
const grid = () => parseCsv(readFileSync(ISSUE10_SMALL, "utf8")).map((r) => r.map((v) => (v === "" ? null : v)));
const asOf = dayFromYMD(2025, 12, 31);

describe("issue 10's small table, summary --year 2025 --as-of 2025-12-31", () => {
  const s = annualSummary(grid(), { planYear: 2025, asOf });

  it("doneEarly 1 (row 8), doneUndated 1 (row 3), overdue 2 (rows 4, 7), noDueDate 1 (row 6), late rate 0.5", () => {
    expect(s.tracking).toBe(true);
    expect(s.statusColumn).toBe("F");
    expect(s.totals).toEqual({ tasks: 5, doneEarly: 1, doneOnTime: 0, doneLate: 0, pending: 0, overdue: 2, noDueDate: 1, doneUndated: 1, dropped: 0, notTracked: 0 });
    expect(s.lateRate).toBe(0.5);
    expect(s.lateRateParts).toMatchObject({ rate: 0.5, numerator: 2, denominator: 4, denominatorKind: "tasksWithDueDate" });
    expect(s.overdueTasks.map((t) => t.row)).toEqual([4, 7]);
  });

  it("row by row", () => {
    const table = readAppendix(grid(), { planYear: 2025 });
    if ("error" in table) throw new Error(table.error);
    const rows = taskStatuses(table, { planYear: 2025, asOf });
    expect(rows.map((r) => [r.row, r.status])).toEqual([
      [3, "doneUndated"],
      [4, "overdue"],
      [6, "noDueDate"],
      [7, "overdue"],
      [8, "doneEarly"],
    ]);
    expect(rows[4]).toMatchObject({ completed: dayFromYMD(2025, 11, 15), completedFrom: "status", statusText: "Hoàn thành ngày 15/11/2025" });
    expect(table.tasks.find((t) => t.row === 6)?.schedule.kind).toBe("continuous"); // "Nhiệm vụ thường xuyên"
  });

  it("validate: the status column letter, no status-conflict or unparsed-status, no invalid-date for the undated 'Hoàn thành'", () => {
    const r = validateAppendix(grid(), { planYear: 2025, asOf });
    expect(r.columns).toMatchObject({ deadline: "E", status: "F" });
    const all = [...r.errors, ...r.warnings, ...r.infos];
    expect(all.filter((f) => f.code === "status-conflict" || f.code === "unparsed-status" || f.code === "invalid-date" || f.code === "completion-in-future")).toEqual([]);
    expect(all.filter((f) => f.code === "deadline-outside-year")).toEqual([]);
  });
});
