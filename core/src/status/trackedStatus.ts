/**
 * The status of a task from everything a tracking table says about it (issue 10 §1): the due
 * date, the completion-date column, the status text read by readStatus, the reporting date.
 * The annual summary, the validator (`status-conflict`) and TRANGTHAI all go through here.
 *
 * Completion date: the date column when filled, else a date in the status text
 * ("Hoàn thành ngày 15/11/2025"). With a completion date (on or before the reporting date) the
 * date decides, as taskStatus does. Without one:
 * - status done → doneEarly/doneOnTime/doneLate when the text says so ("Hoàn thành (trễ hạn)"),
 *   else doneUndated ("hoàn thành, chưa rõ ngày": in the late rate's denominator, not its
 *   numerator); with no due date → noDueDate (label "Đã hoàn thành (không có hạn)");
 * - status overdue ("Quá hạn", "Chậm tiến độ") → overdue, whatever the due date;
 * - status dropped ("Không thực hiện", "Dừng thực hiện") → dropped (outside the late rate);
 * - in progress, not started, blank or unreadable → pending/overdue by the due date, as today.
 * A table with no tracking column at all (`tracking: false`) gives notTracked for every task
 * with a due date (noDueDate otherwise): nothing is known about completion, so nothing is late.
 */
import { type Day, toVN } from "../dates/day.js";
import type { StatusReading } from "./readStatus.js";
import { DONE_WITHOUT_DUE_LABEL, STATUS_LABELS, taskStatus } from "./taskStatus.js";
import type { TaskStatus, TaskStatusResult } from "./types.js";

export interface TrackedStatusInput {
  due: Day | null;
  /** From the completion-date column (null when empty or no such column). */
  completedColumn: Day | null;
  /** The status cell read (omit when the table has no status column). */
  reading?: StatusReading | null;
  asOf: Day;
  /** false when the table has neither a completion-date nor a status column. Default true. */
  tracking?: boolean;
}

export interface TrackedStatus extends TaskStatusResult {
  /** The completion date used (on or before the reporting date), from the column or the status text. */
  completed: Day | null;
  /** Where that date came from. */
  completedFrom: "column" | "status" | null;
  /** Why the completion date and the status disagree (Vietnamese), when they do. */
  conflict?: string;
}

function finite(d: Day | null | undefined): Day | null {
  return typeof d === "number" && Number.isFinite(d) ? Math.floor(d) : null;
}

function out(status: TaskStatus, due: Day | null, completed: Day | null, from: TrackedStatus["completedFrom"], label = STATUS_LABELS[status]): TrackedStatus {
  return { status, due, label, completed, completedFrom: completed === null ? null : from };
}

/** How the completion date and the status text disagree, or undefined. */
function conflictOf(r: StatusReading, completed: Day, from: "column" | "status", textDate: Day | null, due: Day | null): string | undefined {
  const said = `tình trạng ghi "${r.text.length > 40 ? `${r.text.slice(0, 39)}…` : r.text}"`;
  const when = `ngày hoàn thành ${toVN(completed)}`;
  if (r.kind === "inProgress" || r.kind === "notStarted" || r.kind === "dropped") {
    return `có ${when} nhưng ${said}`;
  }
  if (from === "column" && textDate !== null && textDate !== completed) {
    return `cột ngày hoàn thành ghi ${toVN(completed)} nhưng ${said}`;
  }
  if (due === null) return undefined;
  if (r.kind === "overdue" && completed <= due) return `${said} nhưng ${when} không sau hạn ${toVN(due)}`;
  if (r.kind === "done" && r.timeliness === "late" && completed <= due) return `${said} nhưng ${when} không sau hạn ${toVN(due)}`;
  if (r.kind === "done" && (r.timeliness === "onTime" || r.timeliness === "early") && completed > due) {
    return `${said} nhưng ${when} sau hạn ${toVN(due)}`;
  }
  return undefined;
}

export function trackedStatus(input: TrackedStatusInput): TrackedStatus {
  const due = finite(input.due);
  const asOf = finite(input.asOf);
  const r = input.reading ?? null;
  if (input.tracking === false) return due === null ? out("noDueDate", null, null, null) : out("notTracked", due, null, null);

  const column = finite(input.completedColumn);
  const textDate = r && r.kind === "done" ? finite(r.completed) : null;
  const date = column ?? textDate;
  const from: "column" | "status" = column !== null ? "column" : "status";
  const usable = date !== null && (asOf === null || date <= asOf) ? date : null;

  if (usable !== null) {
    const base = taskStatus(due, usable, asOf as Day);
    // One literal of a fixed shape (no spread): this runs once per task of 100,000-row tables.
    const res: TrackedStatus = { status: base.status, due: base.due, label: base.label, completed: usable, completedFrom: from };
    if (r) {
      const c = conflictOf(r, usable, from, textDate, due);
      if (c !== undefined) res.conflict = c;
    }
    return res;
  }
  if (r && r.kind === "done" && date === null) {
    if (due === null) return out("noDueDate", null, null, null, DONE_WITHOUT_DUE_LABEL);
    if (r.timeliness === "late") return out("doneLate", due, null, null);
    if (r.timeliness === "onTime") return out("doneOnTime", due, null, null);
    if (r.timeliness === "early") return out("doneEarly", due, null, null);
    return out("doneUndated", due, null, null);
  }
  if (r && r.kind === "overdue") return out("overdue", due, null, null);
  if (r && r.kind === "dropped") return out("dropped", due, null, null);
  const base = taskStatus(due, null, asOf as Day);
  return { status: base.status, due: base.due, label: base.label, completed: null, completedFrom: null };
}
