/**
 * Late rate of plan tasks (DOMAIN.md §3; issue 3 "Summary"):
 *
 *     late rate = (done late + overdue) ÷ (all tasks − tasks with no due date)
 *
 * Province 2022 (seed 003): 14,535 tasks, 1,075 done late, 244 overdue, all with a due date
 * → (1,075 + 244) ÷ 14,535 = 9.07 %. null when no task has a due date (nothing to measure).
 * (The late rate of dossiers, DOMAIN.md §4, is a different formula: core/src/dossiers/lateRate.ts.)
 */

/** The counts the task late rate needs. */
export interface TaskLateRateCounts {
  tasks: number;
  doneLate: number;
  overdue: number;
  noDueDate: number;
}

/** (doneLate + overdue) ÷ (tasks − noDueDate), a fraction in [0, 1]; null when the denominator is 0 or the counts are unusable. */
export function taskLateRate(counts: TaskLateRateCounts): number | null {
  const { tasks, doneLate, overdue, noDueDate } = counts;
  if (![tasks, doneLate, overdue, noDueDate].every((n) => Number.isFinite(n) && n >= 0)) return null;
  const withDue = tasks - noDueDate;
  if (withDue <= 0) return null;
  const late = doneLate + overdue;
  if (late > withDue) return null;
  return late / withDue;
}
