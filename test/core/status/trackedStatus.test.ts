import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { readStatus } from "../../../core/src/status/readStatus.js";
import { trackedStatus } from "../../../core/src/status/trackedStatus.js";

const d = (m: number, day: number) => dayFromYMD(2025, m, day);
const asOf = d(12, 31);
const st = (due: number | null, text: string | null, column: number | null = null) =>
  trackedStatus({ due, completedColumn: column, reading: text === null ? null : readStatus(text), asOf });

describe("trackedStatus: completion date, status text, due date (issue 10 §1)", () => {
  it("the issue's small table, row by row, as of 31/12/2025", () => {
    expect(st(d(3, 31), "Hoàn thành").status).toBe("doneUndated"); // row 3
    expect(st(d(6, 30), "Đang thực hiện").status).toBe("overdue"); // row 4
    expect(st(null, "Đang thực hiện").status).toBe("noDueDate"); // row 6
    expect(st(d(9, 30), "Quá hạn").status).toBe("overdue"); // row 7
    expect(st(d(11, 30), "Hoàn thành ngày 15/11/2025")).toMatchObject({ status: "doneEarly", completed: d(11, 15), completedFrom: "status" }); // row 8
  });

  it("done without a date: the timeliness the text states, or doneUndated; no due date → noDueDate (done)", () => {
    expect(st(d(3, 31), "Hoàn thành (trễ hạn)").status).toBe("doneLate");
    expect(st(d(3, 31), "Hoàn thành đúng hạn").status).toBe("doneOnTime");
    expect(st(d(3, 31), "Hoàn thành").label).toBe("Hoàn thành, chưa rõ ngày");
    expect(st(null, "Hoàn thành").label).toBe("Đã hoàn thành (không có hạn)");
  });

  it("'Quá hạn' without completion is overdue even when the due date is still ahead; dropped is dropped", () => {
    expect(st(dayFromYMD(2026, 3, 31), "Quá hạn").status).toBe("overdue");
    expect(st(d(3, 31), "Dừng thực hiện").status).toBe("dropped");
    expect(st(d(3, 31), "Không thực hiện được").status).toBe("overdue"); // not done, past due
  });

  it("in progress / blank → pending or overdue by the due date, as before", () => {
    expect(trackedStatus({ due: d(12, 31), completedColumn: null, reading: readStatus("Đang thực hiện"), asOf: d(12, 1) }).status).toBe("pending");
    expect(st(d(6, 30), null).status).toBe("overdue");
  });

  it("the completion date wins, and a disagreement is a conflict", () => {
    const a = st(d(6, 30), "Đang thực hiện", d(6, 1));
    expect(a.status).toBe("doneEarly");
    expect(a.conflict).toMatch(/có ngày hoàn thành 01\/06\/2025 nhưng tình trạng ghi "Đang thực hiện"/);
    const b = st(d(6, 30), "Quá hạn", d(6, 1));
    expect(b.status).toBe("doneEarly");
    expect(b.conflict).toMatch(/Quá hạn.*không sau hạn 30\/06\/2025/);
    expect(st(d(6, 30), "Quá hạn", d(7, 5)).conflict).toBeUndefined(); // done late: agrees
    expect(st(d(6, 30), "Hoàn thành (trễ hạn)", d(6, 30)).conflict).toMatch(/không sau hạn/);
    expect(st(d(6, 30), "Hoàn thành đúng hạn", d(7, 2)).conflict).toMatch(/sau hạn/);
    expect(st(d(6, 30), "Hoàn thành ngày 20/06/2025", d(6, 25)).conflict).toMatch(/cột ngày hoàn thành ghi 25\/06\/2025/);
    expect(st(d(6, 30), "Hoàn thành", d(6, 25)).conflict).toBeUndefined();
  });

  it("a completion date after the reporting date does not count yet", () => {
    expect(trackedStatus({ due: d(12, 31), completedColumn: null, reading: readStatus("Hoàn thành ngày 20/12/2025"), asOf: d(12, 1) }).status).toBe("pending");
  });

  it("no tracking columns: notTracked with a due date, noDueDate without", () => {
    expect(trackedStatus({ due: d(6, 30), completedColumn: null, asOf, tracking: false })).toMatchObject({ status: "notTracked", label: "Có hạn, chưa theo dõi kết quả" });
    expect(trackedStatus({ due: null, completedColumn: null, asOf, tracking: false }).status).toBe("noDueDate");
  });
});
