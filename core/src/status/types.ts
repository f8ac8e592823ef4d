import type { Day } from "../dates/day.js";

/** Status of a task as of a reporting date (DOMAIN.md §3; issue 10 §1 for the last three). */
export type TaskStatus =
  | "doneEarly" // completed before the due day
  | "doneOnTime" // completed on the due day
  | "doneLate" // completed after the due day
  | "pending" // not done, due on or after the reporting date
  | "overdue" // not done, due before the reporting date
  | "noDueDate" // continuous / external / unknown schedule, no due date
  | "doneUndated" // marked done ("Hoàn thành") without a completion date, has a due date
  | "dropped" // "Không thực hiện", "Dừng thực hiện": no longer to be done, outside the late rate
  | "notTracked"; // the table has no tracking column: only the due date is known

export interface TaskStatusResult {
  status: TaskStatus;
  due: Day | null;
  /** Vietnamese label, e.g. "Hoàn thành đúng hạn". */
  label: string;
}
