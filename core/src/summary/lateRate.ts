/**
 * Late rate of plan tasks (DOMAIN.md §3; issue 3 "Summary"; issue 10 §1):
 *
 *     late rate = (done late + overdue) ÷ (all tasks − tasks with no due date
 *                                          − dropped − not tracked)
 *
 * Province 2022 (seed 003): 14,535 tasks, 1,075 done late, 244 overdue, all with a due date
 * → (1,075 + 244) ÷ 14,535 = 9.07 %. null when no task has a due date (nothing to measure).
 * Tasks marked done without a completion date (doneUndated) stay in the denominator and never
 * in the numerator; dropped tasks ("Không thực hiện", "Dừng thực hiện") and tasks of a table
 * without tracking columns (notTracked) leave it. A table without any tracking column has no
 * late rate at all (the summary passes `tracking: false`).
 * (The late rate of dossiers, DOMAIN.md §4, is a different formula: core/src/dossiers/lateRate.ts.)
 */

/** The counts the task late rate needs (the last three are 0 when absent). */
export interface TaskLateRateCounts {
  tasks: number;
  doneLate: number;
  overdue: number;
  noDueDate: number;
  dropped?: number;
  notTracked?: number;
}

/** The one denominator of the task late rate: tasks that have a due date and are still to be done or done. */
export type TaskLateRateDenominator = "tasksWithDueDate";

/** The late rate with its parts, so reports can print "(2 + 0) ÷ 4". */
export interface TaskLateRateParts {
  rate: number | null;
  /** done late + overdue */
  numerator: number;
  /** tasks − no due date − dropped − not tracked (done-undated tasks included) */
  denominator: number;
  denominatorKind: TaskLateRateDenominator;
  /** Vietnamese: what the denominator counts. */
  denominatorLabel: string;
}

export const TASK_LATE_RATE_DENOMINATOR_LABEL =
  "số nhiệm vụ có hạn cụ thể (kể cả hoàn thành chưa rõ ngày; không tính nhiệm vụ không thực hiện/dừng thực hiện)";

/** (doneLate + overdue) ÷ denominator with the parts; rate null when the denominator is 0 or the counts are unusable. */
export function taskLateRateParts(counts: TaskLateRateCounts): TaskLateRateParts {
  const { tasks, doneLate, overdue, noDueDate } = counts;
  const dropped = counts.dropped ?? 0;
  const notTracked = counts.notTracked ?? 0;
  const ok = [tasks, doneLate, overdue, noDueDate, dropped, notTracked].every((n) => Number.isFinite(n) && n >= 0);
  const numerator = ok ? doneLate + overdue : 0;
  const denominator = ok ? Math.max(0, tasks - noDueDate - dropped - notTracked) : 0;
  const rate = !ok || denominator <= 0 || numerator > denominator ? null : numerator / denominator;
  return { rate, numerator, denominator, denominatorKind: "tasksWithDueDate", denominatorLabel: TASK_LATE_RATE_DENOMINATOR_LABEL };
}

/** (doneLate + overdue) ÷ (tasks − noDueDate − dropped − notTracked), a fraction in [0, 1]; null when the denominator is 0 or the counts are unusable. */
export function taskLateRate(counts: TaskLateRateCounts): number | null {
  return taskLateRateParts(counts).rate;
}
