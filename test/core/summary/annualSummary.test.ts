import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import { annualSummary, taskStatuses, UNIT_SEVERAL } from "../../../core/src/summary/annualSummary.js";
import { readFixture607 } from "../helpers/csv.js";

type Row = (string | number | null)[];

/** Hand-made tracking table; expected buckets as of 30/09/2025 in the comments. */
function tracking(): Row[] {
  return [
    ["Theo dõi thực hiện Kế hoạch CCHC năm 2025"], // 1
    [], // 2
    ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Hạn", "Ngày hoàn thành"], // 3
    ["I", "Cải cách thể chế"], // 4
    [1, "T1", "Văn phòng thực hiện", "Trước ngày 30/6/2025", "BC", null, "20/06/2025"], // 5 due 30/06, done 20/06 → doneEarly
    [2, "T2", "Văn phòng thực hiện", "Quý II/2025", "BC", null, "30/06/2025"], // 6 due 30/06, done 30/06 → doneOnTime
    [3, "T3", "Phòng A thực hiện", "Tháng 7/2025", "BC", null, "05/08/2025"], // 7 due 31/07, done 05/08 → doneLate
    ["II", "Cải cách thủ tục hành chính"], // 8
    [1, "T4", "Phòng A thực hiện", "Quý III/2025", "BC", null, null], // 9 due 30/09 = as-of → pending, upcoming
    [2, "T5", "Phòng A thực hiện", "Tháng 8/2025", "BC", null, null], // 10 due 31/08 → overdue
    [3, "T6", "Văn phòng thực hiện", "Thường xuyên", "BC", null, null], // 11 → noDueDate
    [4, "T7", "Văn phòng thực hiện", "Trong năm 2025", "BC", "10/10/2025", null], // 12 Hạn 10/10 → pending, upcoming
    [5, "T8", "Văn phòng thực hiện", "Trong năm 2025", "BC", null, null], // 13 due 31/12 → pending
    [6, "T9", "Văn phòng thực hiện", "Theo kế hoạch của Bộ Nội vụ", "BC", null, "01/09/2025"], // 14 → noDueDate (done)
    [7, "T10", "Phòng A thực hiện", "Tháng 9/2025", "BC", null, "15/10/2025"], // 15 due 30/09, completion after as-of → pending, upcoming
  ];
}

const ASOF = dayFromYMD(2025, 9, 30);

describe("annualSummary on a hand-made tracking table (as of 30/09/2025)", () => {
  const s = annualSummary(tracking(), { planYear: 2025, asOf: ASOF });

  it("totals and late rate computed by hand", () => {
    expect(s.error).toBeUndefined();
    expect(s.year).toBe(2025);
    expect(s.asOf).toBe("2025-09-30");
    expect(s.totals).toEqual({ tasks: 10, doneEarly: 1, doneOnTime: 1, doneLate: 1, pending: 4, overdue: 1, noDueDate: 2, doneUndated: 0, dropped: 0, notTracked: 0 });
    // (1 done late + 1 overdue) ÷ (10 − 2 without due date) = 25 %
    expect(s.lateRate).toBe(0.25);
  });

  it("by section, under its part", () => {
    expect(s.bySection).toEqual([
      { stt: "I", title: "Cải cách thể chế", totals: { tasks: 3, doneEarly: 1, doneOnTime: 1, doneLate: 1, pending: 0, overdue: 0, noDueDate: 0, doneUndated: 0, dropped: 0, notTracked: 0 } },
      { stt: "II", title: "Cải cách thủ tục hành chính", totals: { tasks: 7, doneEarly: 0, doneOnTime: 0, doneLate: 0, pending: 4, overdue: 1, noDueDate: 2, doneUndated: 0, dropped: 0, notTracked: 0 } },
    ]);
  });

  it("by lead unit, most tasks first", () => {
    expect(s.byUnit).toEqual([
      { unit: "Văn phòng", totals: { tasks: 6, doneEarly: 1, doneOnTime: 1, doneLate: 0, pending: 2, overdue: 0, noDueDate: 2, doneUndated: 0, dropped: 0, notTracked: 0 } },
      { unit: "Phòng A", totals: { tasks: 4, doneEarly: 0, doneOnTime: 0, doneLate: 1, pending: 2, overdue: 1, noDueDate: 0, doneUndated: 0, dropped: 0, notTracked: 0 } },
    ]);
  });

  it("overdue list and the tasks due within the next 10 working days", () => {
    expect(s.overdueTasks).toEqual([{ row: 10, stt: "2", task: "T5", due: "2025-08-31" }]);
    expect(s.upcoming).toEqual([
      { row: 9, stt: "1", task: "T4", due: "2025-09-30" },
      { row: 15, stt: "7", task: "T10", due: "2025-09-30" },
      { row: 12, stt: "4", task: "T7", due: "2025-10-10" },
    ]);
  });

  it("the working-day horizon follows the calendar: 2/9 holidays and user days off", () => {
    // As of 25/08/2025: the 10th working day after skips 1/9 and 2/9 (Quốc khánh) → 10/09/2025.
    const g = tracking();
    g[9][3] = "Trước ngày 10/09/2025"; // T5
    const a = annualSummary(g, { planYear: 2025, asOf: dayFromYMD(2025, 8, 25) });
    expect(a.upcoming.map((u) => u.task)).toContain("T5");
    g[9][3] = "Trước ngày 11/09/2025";
    const b = annualSummary(g, { planYear: 2025, asOf: dayFromYMD(2025, 8, 25) });
    expect(b.upcoming.map((u) => u.task)).not.toContain("T5");
    // User adds 26/08 as a day off: the horizon moves to 11/09.
    const c = annualSummary(g, { planYear: 2025, asOf: dayFromYMD(2025, 8, 25), calendar: { extraDaysOff: [dayFromYMD(2025, 8, 26)] } });
    expect(c.upcoming.map((u) => u.task)).toContain("T5");
  });

  it("per-task statuses for hosts, with where the due date came from", () => {
    const table = readAppendix(tracking(), { planYear: 2025 });
    if ("error" in table) throw new Error(table.error);
    const rows = taskStatuses(table, { planYear: 2025, asOf: ASOF });
    expect(rows.map((r) => r.status)).toEqual([
      "doneEarly", "doneOnTime", "doneLate", "pending", "overdue", "noDueDate", "pending", "pending", "noDueDate", "pending",
    ]);
    expect(rows[6]).toMatchObject({ dueFrom: "column", due: dayFromYMD(2025, 10, 10) });
    expect(rows[0]).toMatchObject({ dueFrom: "schedule", label: "Hoàn thành trước hạn" });
    expect(rows[9].completed).toBeNull(); // completion after the reporting date does not count yet
    // A table read once gives the same summary as the grid.
    expect(annualSummary(table, { planYear: 2025, asOf: ASOF })).toEqual(s);
  });

  it("late rate null when no task has a due date", () => {
    const g: Row[] = [tracking()[2], [1, "T", "Văn phòng thực hiện", "Thường xuyên", "BC", null, null]];
    expect(annualSummary(g, { planYear: 2025, asOf: ASOF }).lateRate).toBeNull();
  });

  it("unusable input: a Vietnamese error, never a throw", () => {
    expect(annualSummary([["Danh sách"]], { planYear: 2025, asOf: ASOF }).error).toMatch(/Không tìm thấy dòng tiêu đề/);
    expect(annualSummary(tracking(), { planYear: 20250, asOf: ASOF }).error).toMatch(/Năm kế hoạch/);
    expect(annualSummary(tracking(), { planYear: 2025, asOf: Number.NaN }).error).toMatch(/ngày báo cáo/);
  });
});

describe("annualSummary on the real 607 appendix (no tracking columns: due dates only, issue 10 §1)", () => {
  it("as of 30/09/2025: not a tracking table — tasks by due date, no late rate", () => {
    const s = annualSummary(readFixture607(), { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) });
    expect(s.tracking).toBe(false);
    expect(s.totals.tasks).toBe(74);
    expect(s.totals.doneEarly + s.totals.doneOnTime + s.totals.doneLate + s.totals.doneUndated).toBe(0);
    expect(s.totals.overdue + s.totals.pending).toBe(0);
    expect(s.totals.notTracked + s.totals.noDueDate).toBe(74);
    expect(s.dueDates).toEqual({ beforeAsOf: 0, fromAsOf: s.totals.notTracked, noDueDate: s.totals.noDueDate });
    expect(s.lateRateParts).toBeNull();
    expect(s.bySection.map((x) => `${x.part}.${x.stt}`)).toEqual([
      "A.I", "A.II", "A.III", "A.IV", "A.V", "A.VI", "A.VII", "A.VIII", "A.IX", "B.I", "B.II",
    ]);
    expect(s.bySection.reduce((n, x) => n + x.totals.tasks, 0)).toBe(74);
    expect(s.byUnit.find((u) => u.unit === UNIT_SEVERAL)).toBeDefined();
    expect(s.lateRate).toBeNull();
  });

  it("as of 31/12/2025 the deadline of 05/12/2025 (row 17) has passed, but nothing is called overdue without tracking", () => {
    const s = annualSummary(readFixture607(), { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) });
    expect(s.overdueTasks).toEqual([]);
    expect(s.totals.overdue).toBe(0);
    expect(s.lateRate).toBeNull();
    expect(s.dueDates?.beforeAsOf).toBe(1);
    const table = readAppendix(readFixture607(), { planYear: 2025 });
    if ("error" in table) throw new Error(table.error);
    const row17 = taskStatuses(table, { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) }).find((r) => r.row === 17);
    expect(row17).toMatchObject({ status: "notTracked", due: dayFromYMD(2025, 12, 5), label: "Có hạn, chưa theo dõi kết quả" });
  });
});
