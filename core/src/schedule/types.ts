import type { Day } from "../dates/day.js";

export type ScheduleKind =
  | "date"
  | "year"
  | "quarter"
  | "month"
  | "half"
  | "range"
  | "recurring"
  | "continuous"
  | "external"
  | "milestones"
  | "unknown";

export type Recurrence = "yearly" | "half-yearly" | "quarterly" | "monthly";

export interface Milestone {
  due: Day;
  /** The text of that milestone, e.g. "Đến 31/12/2025: giải ngân ≥ 90%". */
  label: string;
}

/** A schedule text ("Tiến độ thực hiện") understood. Unknown text is a result, not an exception. */
export interface Schedule {
  /** The original text, cleaned (NFC, spaces collapsed). */
  text: string;
  kind: ScheduleKind;
  /**
   * Last day that is still on time, where the text alone fixes it
   * (date/year/quarter/month/half/range/milestones; yearly recurring with a plan year).
   * null for continuous, external, unknown and period-relative recurring schedules.
   */
  due: Day | null;
  /** The period the schedule covers, when it names one (e.g. Quý I/2023 → 01/01–31/03/2023). */
  period?: { start: Day; end: Day };
  recurrence?: Recurrence;
  /** For monthly recurring schedules with a day ("Trước ngày 20 hằng tháng"): that day of each month. */
  dayOfMonth?: number;
  /** For external schedules: the body that sets the timing ("Bộ Nội vụ", "Trung ương", "Sở Nội vụ"…). */
  authority?: string;
  /** Free text in parentheses, e.g. "theo đề nghị của Sở Tư pháp". */
  note?: string;
  milestones?: Milestone[];
  /**
   * true when a due date exists and the schedule falls outside the plan year passed in
   * (for schedules with a period — range, quarter… — when the period does not overlap the plan
   * year; for milestones when none of them falls inside it).
   */
  outsidePlanYear: boolean;
  /**
   * Why a schedule that looks like a date has no due date, in Vietnamese
   * (e.g. "Ngày 31/02/2025 không tồn tại.", "Không ghi năm: cần năm kế hoạch để tính hạn.").
   */
  problem?: string;
}
