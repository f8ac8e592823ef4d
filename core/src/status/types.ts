import type { Day } from "../dates/day.js";

/** Status of a task as of a reporting date (DOMAIN.md §3). */
export type TaskStatus =
  | "doneEarly" // completed before the due day
  | "doneOnTime" // completed on the due day
  | "doneLate" // completed after the due day
  | "pending" // not done, due on or after the reporting date
  | "overdue" // not done, due before the reporting date
  | "noDueDate"; // continuous / external / unknown schedule, no due date

export interface TaskStatusResult {
  status: TaskStatus;
  due: Day | null;
  /** Vietnamese label, e.g. "Hoàn thành đúng hạn". */
  label: string;
}
