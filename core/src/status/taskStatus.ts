/**
 * Status of a task as of a reporting date (DOMAIN.md §3; issue 3 "Summary").
 *
 * - completed before the due day → doneEarly; on it → doneOnTime; after it → doneLate;
 * - not completed: due on or after the reporting date → pending; before it → overdue;
 * - no due date (continuous, external, unknown schedule) → noDueDate, completed or not. The
 *   label then says whether it was done: "Đã hoàn thành (không có hạn)".
 * A completion date after the reporting date is treated as "not completed yet" as of that
 * date (the validator reports it separately as `completion-in-future`).
 * Days that are not finite numbers (NaN, Infinity) count as missing. Never throws.
 */
import type { Day } from "../dates/day.js";
import type { TaskStatus, TaskStatusResult } from "./types.js";

export const STATUS_LABELS: Readonly<Record<TaskStatus, string>> = Object.freeze({
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

/** Label of a task with no due date that has been completed by the reporting date. */
export const DONE_WITHOUT_DUE_LABEL = "Đã hoàn thành (không có hạn)";

/** Every status, in the order reports list them. */
export const TASK_STATUSES: readonly TaskStatus[] = Object.freeze([
  "doneEarly",
  "doneOnTime",
  "doneLate",
  "pending",
  "overdue",
  "noDueDate",
  "doneUndated",
  "dropped",
  "notTracked",
] as TaskStatus[]);

function day(d: Day | null | undefined): Day | null {
  return typeof d === "number" && Number.isFinite(d) ? Math.floor(d) : null;
}

function result(status: TaskStatus, due: Day | null, label = STATUS_LABELS[status]): TaskStatusResult {
  return { status, due, label };
}

export function taskStatus(due: Day | null, completed: Day | null, asOf: Day): TaskStatusResult {
  const d = day(due);
  const at = day(asOf);
  let done = day(completed);
  if (done !== null && at !== null && done > at) done = null;
  if (d === null) return done === null ? result("noDueDate", null) : result("noDueDate", null, DONE_WITHOUT_DUE_LABEL);
  if (done !== null) {
    if (done < d) return result("doneEarly", d);
    if (done === d) return result("doneOnTime", d);
    return result("doneLate", d);
  }
  if (at === null) return result("pending", d);
  return d >= at ? result("pending", d) : result("overdue", d);
}

/** True for the statuses that count in the late rate's numerator (done late, overdue). Never doneUndated. */
export function isLate(status: TaskStatus): boolean {
  return status === "doneLate" || status === "overdue";
}
