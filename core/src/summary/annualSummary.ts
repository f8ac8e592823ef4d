/**
 * The one-click annual summary of an appendix with tracking columns (issue 3, "Summary";
 * DOMAIN.md §3): status of every task as of a reporting date, totals, late rate, totals by
 * Roman section (under its part) and by lead unit, overdue tasks and tasks due within the next
 * 10 working days.
 *
 * Due date of a task: the explicit date column ("Hạn") when filled, else effectiveDue(schedule).
 * Status: trackedStatus (completion date, else the status text: "Hoàn thành", "Quá hạn"…; issue 10
 * §1). Late rate: see ./lateRate.ts. A table with no tracking column (isTrackingTable false) gets
 * `tracking: false`, no late rate, and its tasks counted by due date only (notTracked, dueDates).
 */
import type { CalendarOptions } from "../calendar/types.js";
import { addWorkingDays } from "../calendar/workingDays.js";
import { type Day, isSupportedYear, toISO } from "../dates/day.js";
import { effectiveDue } from "../schedule/effectiveDue.js";
import { trackedStatus } from "../status/trackedStatus.js";
import { isTrackingTable } from "../status/tracking.js";
import type { TaskStatus } from "../status/types.js";
import { foldKey } from "../text/normalize.js";
import { mostCommonSpelling, unitKey } from "../units/unitKey.js";
import { readAppendix } from "../appendix/readTable.js";
import type { AppendixTable, AppendixTask } from "../appendix/types.js";
import type { MergedRange } from "../appendix/merges.js";
import { taskLateRateParts, type TaskLateRateParts } from "./lateRate.js";

export interface StatusTotals {
  tasks: number;
  doneEarly: number;
  doneOnTime: number;
  doneLate: number;
  pending: number;
  overdue: number;
  noDueDate: number;
  /** Marked done without a completion date, with a due date: in the late rate's denominator, not its numerator. */
  doneUndated: number;
  /** "Không thực hiện", "Dừng thực hiện": outside the late rate. */
  dropped: number;
  /** Table without tracking columns: tasks with a due date, result unknown. */
  notTracked: number;
}

export interface SummaryTaskRef {
  row: number;
  stt: string;
  task: string;
  /** YYYY-MM-DD */
  due: string;
}

export interface AnnualSummary {
  year: number;
  /** YYYY-MM-DD */
  asOf: string;
  totals: StatusTotals;
  /** (doneLate + overdue) ÷ (tasks − noDueDate − dropped); null when no task has a due date or the table does not track results. */
  lateRate: number | null;
  /** The late rate's numerator and denominator (null when the table does not track results). */
  lateRateParts: TaskLateRateParts | null;
  /** false when the table has no tracking column ("Bảng chưa có cột theo dõi kết quả"). */
  tracking: boolean;
  /** Column letter of the status column, when the table has one. */
  statusColumn?: string;
  /** Column letter of the completion-date column, when the table has one. */
  completedColumn?: string;
  /** Only when `tracking` is false: the tasks by due date (due before the reporting date, from it on, none). */
  dueDates?: { beforeAsOf: number; fromAsOf: number; noDueDate: number };
  /** Every Roman section in table order (also those without tasks); tasks outside any section last, stt "". */
  bySection: { stt: string; title: string; part?: string; totals: StatusTotals }[];
  /** By lead unit, most tasks first. */
  byUnit: { unit: string; totals: StatusTotals }[];
  /** Not done and due before the reporting date, earliest due first. */
  overdueTasks: SummaryTaskRef[];
  /** Not done and due from the reporting date to the 10th working day after it, earliest first. */
  upcoming: SummaryTaskRef[];
  /** Set when the grid holds no usable table or the options are unusable (Vietnamese); everything else is then empty. */
  error?: string;
}

export interface AnnualSummaryOptions {
  planYear: number;
  /** Reporting date. */
  asOf: Day;
  /** Extra days off / working days from the settings (for "next 10 working days"). */
  calendar?: CalendarOptions;
  /** How many working days ahead "upcoming" looks (default 10). */
  upcomingWorkingDays?: number;
  /** When `cells` is a grid: its physical position and merged ranges (see readAppendix). */
  firstRow?: number;
  firstColumn?: number;
  merges?: readonly MergedRange[];
}

/** The status of one task as the summary computed it (hosts write it back next to the task). */
export interface TaskStatusRow {
  row: number;
  stt: string;
  task: string;
  lead: string | null;
  /** The unit the summary groups the task under. */
  unit: string;
  section: AppendixTask["section"];
  due: Day | null;
  /** Where the due date came from. */
  dueFrom: "column" | "schedule" | null;
  completed: Day | null;
  /** Where the completion date came from: the date column or the status text ("Hoàn thành ngày 15/11/2025"). */
  completedFrom?: "column" | "status" | null;
  status: TaskStatus;
  label: string;
  /** The status cell as written, when the table has a status column. */
  statusText?: string;
  /** Why the completion date and the status disagree, when they do (validate reports `status-conflict`). */
  conflict?: string;
}

/** Unit label for tasks with several units and none leading. */
export const UNIT_SEVERAL = "Nhiều đơn vị (chưa rõ đơn vị chủ trì)";
/** Unit label for tasks with no unit. */
export const UNIT_NONE = "Chưa giao đơn vị chủ trì";
/** Section label for tasks outside any Roman section. */
export const SECTION_NONE = "Nhiệm vụ không thuộc mục La Mã nào";

export function emptyTotals(): StatusTotals {
  return { tasks: 0, doneEarly: 0, doneOnTime: 0, doneLate: 0, pending: 0, overdue: 0, noDueDate: 0, doneUndated: 0, dropped: 0, notTracked: 0 };
}

function add(t: StatusTotals, s: TaskStatus): void {
  t.tasks++;
  t[s]++;
}

function unitOf(t: AppendixTask): string {
  if (t.lead) return t.lead.replace(/[\s.;,]+$/, "");
  if (t.leadCandidates && t.leadCandidates.length > 1) return UNIT_SEVERAL;
  return UNIT_NONE;
}

/** Status of every task of a table as of `asOf` (due from the "Hạn" column, else from the schedule). */
export function taskStatuses(table: AppendixTable, options: { planYear: number; asOf: Day }): TaskStatusRow[] {
  const tracking = isTrackingTable(table);
  return table.tasks.map((t) => {
    let due: Day | null = null;
    let dueFrom: TaskStatusRow["dueFrom"] = null;
    if (t.explicitDue !== null) {
      due = t.explicitDue;
      dueFrom = "column";
    } else {
      due = effectiveDue(t.schedule, options.planYear, options.asOf);
      if (due !== null) dueFrom = "schedule";
    }
    const st = trackedStatus({ due, completedColumn: t.completed, reading: t.statusReading, asOf: options.asOf, tracking });
    const row: TaskStatusRow = {
      row: t.row,
      stt: t.stt,
      task: t.task,
      lead: t.lead,
      unit: unitOf(t),
      section: t.section,
      due,
      dueFrom,
      completed: st.completed,
      completedFrom: st.completedFrom,
      status: st.status,
      label: st.label,
    };
    if (t.statusReading) row.statusText = t.statusText;
    if (st.conflict !== undefined) row.conflict = st.conflict;
    return row;
  });
}

function emptySummary(year: number, asOf: Day, error: string): AnnualSummary {
  return {
    year,
    asOf: Number.isFinite(asOf) ? toISO(Math.floor(asOf)) : "",
    totals: emptyTotals(),
    lateRate: null,
    lateRateParts: null,
    tracking: false,
    bySection: [],
    byUnit: [],
    overdueTasks: [],
    upcoming: [],
    error,
  };
}

function sectionKey(s: { stt: string; part?: string } | null): string {
  return s === null ? "" : `${s.part ?? ""}|${s.stt}`;
}

/**
 * Summarise a year's tracking. `input` is a grid of cell values (read with readAppendix) or a
 * table already read. Never throws; unusable input gives a summary with `error` set.
 */
export function annualSummary(input: unknown[][] | AppendixTable, options: AnnualSummaryOptions): AnnualSummary {
  const planYear = options?.planYear;
  const asOf = options?.asOf;
  if (typeof asOf !== "number" || !Number.isInteger(asOf)) {
    return emptySummary(typeof planYear === "number" ? planYear : 0, NaN, "Thiếu ngày báo cáo hợp lệ: hãy nhập ngày báo cáo dạng ngày/tháng/năm.");
  }
  if (typeof planYear !== "number" || !isSupportedYear(planYear)) {
    return emptySummary(0, asOf, `Năm kế hoạch "${String(planYear)}" không hợp lệ: hãy nhập năm có 4 chữ số, ví dụ 2025.`);
  }
  let table: AppendixTable;
  try {
    if (Array.isArray(input)) {
      const read = readAppendix(input, { planYear, firstRow: options.firstRow, firstColumn: options.firstColumn, merges: options.merges });
      if ("error" in read) return emptySummary(planYear, asOf, read.error);
      table = read;
    } else if (input && typeof input === "object" && Array.isArray((input as AppendixTable).tasks)) {
      table = input;
    } else {
      return emptySummary(planYear, asOf, "Không có bảng phụ lục để tổng hợp.");
    }
  } catch (e) {
    return emptySummary(planYear, asOf, `Không đọc được bảng phụ lục (${e instanceof Error ? e.message : String(e)}).`);
  }

  const rows = taskStatuses(table, { planYear, asOf });
  const tracking = isTrackingTable(table);
  const totals = emptyTotals();
  const dueDates = { beforeAsOf: 0, fromAsOf: 0, noDueDate: 0 };

  // Sections: every Roman heading in order, then tasks outside any section.
  const sections = new Map<string, { stt: string; title: string; part?: string; totals: StatusTotals }>();
  let part: string | undefined;
  for (const h of table.headings) {
    if (h.level === "part") part = h.stt;
    if (h.level !== "section") continue;
    const key = `${part ?? ""}|${h.stt}`;
    if (!sections.has(key)) sections.set(key, part ? { stt: h.stt, title: h.title, part, totals: emptyTotals() } : { stt: h.stt, title: h.title, totals: emptyTotals() });
  }
  // Units are compared on their normalised key ("Sở Tư Pháp" = "sở tư pháp" = "So Tu phap"), shown in their most common spelling.
  const units = new Map<string, { unit: string; totals: StatusTotals; first: number; spellings: Map<string, number> }>();
  const overdueTasks: (SummaryTaskRef & { d: Day })[] = [];
  const upcoming: (SummaryTaskRef & { d: Day })[] = [];
  const horizon = addWorkingDays(asOf, Math.max(0, Math.floor(options.upcomingWorkingDays ?? 10)), options.calendar);

  rows.forEach((r, k) => {
    add(totals, r.status);
    const sk = sectionKey(r.section);
    let sec = sections.get(sk);
    if (sec === undefined) {
      sec = r.section === null ? { stt: "", title: SECTION_NONE, totals: emptyTotals() } : { ...r.section, totals: emptyTotals() };
      sections.set(sk, sec);
    }
    add(sec.totals, r.status);
    const uk = unitKey(r.unit) || foldKey(r.unit);
    let unit = units.get(uk);
    if (unit === undefined) {
      unit = { unit: r.unit, totals: emptyTotals(), first: k, spellings: new Map() };
      units.set(uk, unit);
    }
    unit.spellings.set(r.unit, (unit.spellings.get(r.unit) ?? 0) + 1);
    add(unit.totals, r.status);
    if (r.due === null) {
      dueDates.noDueDate++;
      return;
    }
    if (r.due < asOf) dueDates.beforeAsOf++;
    else dueDates.fromAsOf++;
    const ref = { row: r.row, stt: r.stt, task: r.task, due: toISO(r.due), d: r.due };
    if (r.status === "overdue") overdueTasks.push(ref);
    else if ((r.status === "pending" || r.status === "notTracked") && horizon !== null && r.due >= asOf && r.due <= horizon) upcoming.push(ref);
  });

  const bySection = [...sections.values()];
  // Tasks outside any section go last.
  const none = sections.get("");
  const orderedSections = none ? [...bySection.filter((s) => s !== none), none] : bySection;
  const byUnit = [...units.values()]
    .sort((a, b) => b.totals.tasks - a.totals.tasks || a.first - b.first)
    .map(({ spellings, totals: t }) => ({ unit: mostCommonSpelling(spellings), totals: t }));
  const strip = (list: (SummaryTaskRef & { d: Day })[]): SummaryTaskRef[] =>
    list.sort((a, b) => a.d - b.d || a.row - b.row).map(({ row, stt, task, due }) => ({ row, stt, task, due }));

  const parts = tracking ? taskLateRateParts(totals) : null;
  const result: AnnualSummary = {
    year: planYear,
    asOf: toISO(asOf),
    totals,
    lateRate: parts === null ? null : parts.rate,
    lateRateParts: parts,
    tracking,
    bySection: orderedSections,
    byUnit,
    overdueTasks: strip(overdueTasks),
    upcoming: strip(upcoming),
  };
  if (table.columnLetters.status) result.statusColumn = table.columnLetters.status;
  if (table.columnLetters.completed) result.completedColumn = table.columnLetters.completed;
  if (!tracking) result.dueDates = dueDates;
  return result;
}
