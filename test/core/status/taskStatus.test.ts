import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { effectiveDue } from "../../../core/src/schedule/effectiveDue.js";
import { parseSchedule } from "../../../core/src/schedule/parseSchedule.js";
import { DONE_WITHOUT_DUE_LABEL, isLate, STATUS_LABELS, TASK_STATUSES, taskStatus } from "../../../core/src/status/taskStatus.js";

const d = (iso: string) => {
  const [y, m, dd] = iso.split("-").map(Number);
  return dayFromYMD(y, m, dd);
};

describe("taskStatus", () => {
  const due = d("2025-12-05");
  const asOf = d("2025-12-31");

  it("completed before, on and after the due day", () => {
    expect(taskStatus(due, d("2025-12-04"), asOf)).toEqual({ status: "doneEarly", due, label: "Hoàn thành trước hạn" });
    expect(taskStatus(due, d("2025-12-05"), asOf)).toEqual({ status: "doneOnTime", due, label: "Hoàn thành đúng hạn" });
    expect(taskStatus(due, d("2025-12-06"), asOf)).toEqual({ status: "doneLate", due, label: "Hoàn thành trễ hạn" });
  });

  it("not completed: pending while the due day is today or later, overdue the day after", () => {
    expect(taskStatus(due, null, d("2025-12-04")).status).toBe("pending");
    expect(taskStatus(due, null, d("2025-12-05")).status).toBe("pending"); // asOf == due: still on time
    expect(taskStatus(due, null, d("2025-12-06")).status).toBe("overdue");
    expect(taskStatus(due, null, d("2025-12-06")).label).toBe("Quá hạn");
    expect(taskStatus(due, null, d("2025-12-04")).label).toBe("Đang thực hiện (trong hạn)");
  });

  it("completion and reporting on the due day itself → on time", () => {
    expect(taskStatus(due, due, due).status).toBe("doneOnTime");
  });

  it("a completion date after the reporting date counts as not completed yet", () => {
    expect(taskStatus(due, d("2025-12-10"), d("2025-12-01")).status).toBe("pending");
    expect(taskStatus(due, d("2025-12-10"), d("2025-12-07")).status).toBe("overdue");
    expect(taskStatus(due, d("2025-12-10"), d("2025-12-10")).status).toBe("doneLate");
  });

  it("no due date → noDueDate; the label says when it was done anyway", () => {
    expect(taskStatus(null, null, asOf)).toEqual({ status: "noDueDate", due: null, label: "Không có hạn (thường xuyên/theo cơ quan khác)" });
    expect(taskStatus(null, d("2025-06-01"), asOf)).toEqual({ status: "noDueDate", due: null, label: DONE_WITHOUT_DUE_LABEL });
    expect(DONE_WITHOUT_DUE_LABEL).toBe("Đã hoàn thành (không có hạn)");
    expect(taskStatus(null, d("2026-06-01"), asOf).label).toBe(STATUS_LABELS.noDueDate);
  });

  it("bad days (NaN, Infinity) count as missing; never throws", () => {
    expect(taskStatus(Number.NaN, null, asOf).status).toBe("noDueDate");
    expect(taskStatus(due, Number.NaN, asOf).status).toBe("overdue");
    expect(taskStatus(due, null, Number.POSITIVE_INFINITY).status).toBe("pending");
    expect(() => taskStatus(undefined as unknown as null, undefined as unknown as null, undefined as unknown as number)).not.toThrow();
  });

  it("labels: one per status, in Vietnamese, NFC", () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...TASK_STATUSES].sort());
    expect(STATUS_LABELS).toEqual({
      doneEarly: "Hoàn thành trước hạn",
      doneOnTime: "Hoàn thành đúng hạn",
      doneLate: "Hoàn thành trễ hạn",
      pending: "Đang thực hiện (trong hạn)",
      overdue: "Quá hạn",
      noDueDate: "Không có hạn (thường xuyên/theo cơ quan khác)",
      doneUndated: "Hoàn thành, chưa rõ ngày",
      dropped: "Không thực hiện/dừng thực hiện",
      notTracked: "Có hạn, chưa theo dõi kết quả",
    });
    for (const l of Object.values(STATUS_LABELS)) expect(l).toBe(l.normalize("NFC"));
    expect(TASK_STATUSES.filter(isLate)).toEqual(["doneLate", "overdue"]);
  });

  it("hand-computed cases from the 607 appendix (plan 2025, reporting date 30/09/2025)", () => {
    const at = d("2025-09-30");
    const st = (text: string, completed: string | null) =>
      taskStatus(effectiveDue(parseSchedule(text, 2025), 2025, at), completed === null ? null : d(completed), at).status;
    expect(st("Trước ngày 05/12/2025", null)).toBe("pending");
    expect(st("Trước ngày 05/12/2025", "2025-09-01")).toBe("doneEarly");
    expect(st("Trong năm 2025", "2025-09-30")).toBe("doneEarly");
    expect(st("Thường xuyên", "2025-09-30")).toBe("noDueDate");
    expect(st("Theo quy định của Sở Nội vụ", null)).toBe("noDueDate");
    expect(st("Quý I năm 2025", null)).toBe("overdue");
    expect(st("Quý I năm 2025", "2025-03-31")).toBe("doneOnTime");
    expect(st("Quý I năm 2025", "2025-04-01")).toBe("doneLate");
    expect(st("Theo quý", null)).toBe("pending"); // end of Q3 = the reporting date itself
    expect(st("Hằng tháng", "2025-09-30")).toBe("doneOnTime");
    expect(st("6 tháng đầu năm 2025", null)).toBe("overdue");
  });

  it("property: exactly one status; done statuses only with a completion on or before asOf", () => {
    const day = fc.option(fc.integer({ min: 0, max: 40000 }), { nil: null });
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 40000 }), (due, completed, asOf) => {
        const r = taskStatus(due, completed, asOf);
        expect(TASK_STATUSES).toContain(r.status);
        expect(r.label.length).toBeGreaterThan(0);
        const done = completed !== null && completed <= asOf;
        if (due === null) expect(r.status).toBe("noDueDate");
        else if (done) expect(["doneEarly", "doneOnTime", "doneLate"]).toContain(r.status);
        else expect(r.status).toBe(due >= asOf ? "pending" : "overdue");
      }),
      { numRuns: 2000 },
    );
  });
});
