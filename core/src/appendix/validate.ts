/**
 * Validation of an appendix table (issue 3): a frictionless-shaped report whose findings each
 * carry a code, a severity, the physical row, the column letter and a Vietnamese message
 * (what is wrong, where, how to fix).
 *
 * Codes — errors: missing-column, duplicate-stt, missing-task, missing-lead, missing-deadline,
 * invalid-date, completion-in-future; warnings: stt-sequence, multiple-leads, unparsed-deadline,
 * deadline-outside-year, missing-output, legacy-encoding, unnumbered-row; infos:
 * external-deadline, blank-row, repeated-header, continuation-row (a page-break row joined to the
 * task above); status-conflict (warning, issue 10 §1): the completion date and the status text
 * disagree; unparsed-status (warning): in a tracking table, a status text that says nothing
 * readable and no completion date (counted as not done).
 */
import { finding as makeFinding } from "./findings.js";
import { type Day, dayFromYMD, toISO, toVN, yearOf } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";
import type { ScheduleKind } from "../schedule/types.js";
import { effectiveDue } from "../schedule/effectiveDue.js";
import { trackedStatus } from "../status/trackedStatus.js";
import { isTrackingTable } from "../status/tracking.js";
import { inferPlanPeriod, type PlanPeriod } from "./planYear.js";
import { APPENDIX_COLUMN_LABELS } from "./columns.js";
import type { MergedRange } from "./merges.js";
import { readAppendix } from "./readTable.js";
import { checkNumbering } from "./numbering.js";
import type { AppendixTable, AppendixTask, ColumnKey, Finding, FindingCode, Severity } from "./types.js";

export interface ValidateOptions {
  planYear?: number;
  /** Reporting date: completion dates after it are errors. */
  asOf?: Day;
  firstRow?: number;
  firstColumn?: number;
  /** Merged ranges of the sheet (physical coordinates): vertical merges are filled down. */
  merges?: readonly MergedRange[];
  /**
   * Without a plan year: the plan period (validateAppendix infers it from the title rows or the
   * schedules). Schedules outside it get `deadline-outside-year`; rows inside it never do.
   */
  planPeriod?: PlanPeriod | null;
}

/** One task as the report lists it (the CLI prints this JSON). */
export interface ValidatedTask {
  row: number;
  stt: string;
  section: { stt: string; title: string; part?: string } | null;
  task: string;
  lead: string | null;
  partners: string[];
  deadline: { text: string; kind: ScheduleKind; due: string | null };
}

export interface ValidationReport {
  valid: boolean;
  stats: { rows: number; tasks: number; sections: number; errors: number; warnings: number };
  /** Column letters of the recognised columns: stt, task, lead, partners?, deadline, output, completed, due, status, notes. */
  columns: Record<string, string>;
  errors: Finding[];
  warnings: Finding[];
  infos: Finding[];
  tasks: ValidatedTask[];
  /** Without a plan year: the period the plan covers, as inferred (issue 10 §5). */
  planPeriod?: PlanPeriod;
  /** The table read (non-enumerable: not part of the JSON). */
  table?: AppendixTable;
  /** Set when the grid holds no usable table (no header row): the CLI exits 2 with it. */
  error?: string;
}

/** Severity of each code: the one table, in findings.ts (with the factory every check uses). */
export { FINDING_SEVERITY } from "./findings.js";


function finding(code: FindingCode, row: number, column: string | null, message: string): Finding {
  return makeFinding({ code, row, column, message });
}

function short(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function checkColumns(table: AppendixTable): Finding[] {
  const out: Finding[] = [];
  const has = (k: ColumnKey): boolean => table.columns[k] !== undefined;
  const row = table.headerRow;
  const missing = (label: string, alternatives: string): Finding =>
    finding(
      "missing-column",
      row,
      null,
      `Bảng thiếu cột "${label}" (dòng tiêu đề là dòng ${row}). Hãy thêm một cột có tiêu đề "${label}"${alternatives}.`,
    );
  if (!has("stt")) out.push(missing(APPENDIX_COLUMN_LABELS.stt, ' (hoặc "TT", "Số TT") để đánh số các mục và nhiệm vụ'));
  if (!has("responsibility") && !has("lead")) {
    out.push(missing(APPENDIX_COLUMN_LABELS.responsibility, ' (hoặc hai cột "Cơ quan chủ trì" và "Cơ quan phối hợp")'));
  }
  if (!has("deadline") && !has("due")) {
    out.push(missing(APPENDIX_COLUMN_LABELS.deadline, ' (hoặc "Thời gian", "Thời hạn", hoặc một cột ngày "Hạn")'));
  }
  return out;
}

function taskFindings(t: AppendixTask, table: AppendixTable, options: ValidateOptions, tracking: boolean): Finding[] {
  const out: Finding[] = [];
  const L = table.columnLetters;
  const at = (k: ColumnKey): string | null => L[k] ?? null;
  const cell = (k: ColumnKey): string => (L[k] ? `${L[k]}${t.row}` : `dòng ${t.row}`);
  const where = t.stt ? `Nhiệm vụ ${t.stt} (dòng ${t.row})` : `Nhiệm vụ ở dòng ${t.row}`;
  /** "trống", or for a cell holding an error value "có lỗi #N/A (…)". */
  const empty = (k: ColumnKey): string =>
    t.errorCells?.[k] ? `có lỗi ${t.errorCells[k]} (lỗi công thức hoặc liên kết; hãy sửa công thức hoặc nhập giá trị)` : "trống";

  if (t.task === "") {
    out.push(
      finding("missing-task", t.row, at("task"), `${where} không có nội dung công việc: ô ${cell("task")} ${empty("task")}. Hãy ghi nội dung nhiệm vụ, hoặc xóa dòng nếu thừa.`),
    );
  }

  const leadKey: ColumnKey = L.lead ? "lead" : "responsibility";
  if (t.leadCandidates && t.leadCandidates.length > 1) {
    const names = t.leadCandidates.map((u) => `"${short(u, 40)}"`).join(", ");
    out.push(
      finding(
        "multiple-leads",
        t.row,
        at(leadKey),
        t.lead
          ? `${where}: ô ${cell(leadKey)} ghi nhiều đơn vị cùng chủ trì (${names}). Mỗi nhiệm vụ chỉ giao một đơn vị chủ trì; hãy giữ một đơn vị chủ trì, các đơn vị khác ghi là phối hợp.`
          : `${where}: ô ${cell(leadKey)} giao cho nhiều đơn vị (${names}) nhưng không ghi đơn vị nào chủ trì. Mỗi nhiệm vụ chỉ giao một đơn vị chủ trì; hãy ghi rõ "X chủ trì, phối hợp Y".`,
      ),
    );
  } else if (t.lead === null && (L.lead || L.responsibility)) {
    out.push(
      finding(
        "missing-lead",
        t.row,
        at(leadKey),
        t.partners.length > 0
          ? `${where}: ô ${cell(leadKey)} chỉ ghi đơn vị phối hợp, chưa có đơn vị chủ trì. Hãy ghi đơn vị chủ trì (ví dụ "Văn phòng chủ trì, phối hợp …").`
          : `${where} chưa giao đơn vị thực hiện: ô ${cell(leadKey)} ${empty(leadKey)}. Hãy ghi đơn vị chủ trì (ví dụ "Văn phòng chủ trì, phối hợp các phòng").`,
      ),
    );
  }

  if (t.dueInvalid) {
    out.push(
      finding("invalid-date", t.row, at("due"), `${where}: ô hạn ${cell("due")} có giá trị "${short(t.dueInvalid.text)}" không đọc được thành ngày. ${t.dueInvalid.message} Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 31/12/2025.`),
    );
  }
  if (t.completedInvalid) {
    out.push(
      finding(
        "invalid-date",
        t.row,
        at("completed"),
        `${where}: ô ngày hoàn thành ${cell("completed")} có giá trị "${short(t.completedInvalid.text)}" không đọc được thành ngày. ${t.completedInvalid.message} Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 15/06/2025, hoặc để trống nếu chưa hoàn thành.`,
      ),
    );
  }
  const reading = t.statusReading;
  if (t.completed === null && !t.completedInvalid && L.completed && L.status && reading?.kind === "done" && reading.completed === null) {
    // "Đã hoàn thành" with the table's date cell left empty: the summary counts it "hoàn thành, chưa rõ ngày".
    out.push(
      finding(
        "invalid-date",
        t.row,
        at("completed"),
        `${where}: tình trạng ghi "${short(t.statusText, 30)}" (ô ${cell("status")}) nhưng ô ngày hoàn thành ${cell("completed")} trống, nên không tính được đúng hạn hay trễ hạn (tổng hợp tính là "hoàn thành, chưa rõ ngày"). Hãy nhập ngày hoàn thành (ngày/tháng/năm).`,
      ),
    );
  }
  if (reading && L.status && (reading.kind !== "blank" || t.completed !== null)) {
    const due = t.explicitDue ?? (options.planYear !== undefined && options.asOf !== undefined ? effectiveDue(t.schedule, options.planYear, options.asOf) : t.schedule.due);
    const st = trackedStatus({ due, completedColumn: t.completed, reading, asOf: options.asOf ?? Number.NaN });
    if (st.conflict !== undefined) {
      out.push(
        finding(
          "status-conflict",
          t.row,
          at("status"),
          `${where}: ${st.conflict} (ô ${cell("status")}${L.completed && st.completedFrom === "column" ? `, ô ${cell("completed")}` : ""}). Tổng hợp tính theo ngày hoàn thành; hãy sửa cho khớp ngày hoặc tình trạng.`,
        ),
      );
    }
    if (tracking && reading.kind === "unknown" && t.completed === null && !t.completedInvalid) {
      out.push(
        finding(
          "unparsed-status",
          t.row,
          at("status"),
          `${where}: không hiểu tình trạng "${short(t.statusText, 50)}" ở ô ${cell("status")}, nên tổng hợp tính là chưa hoàn thành. Hãy ghi một trong: "Hoàn thành" (tốt nhất kèm ngày, ví dụ "Hoàn thành ngày 15/11/2025"), "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Không thực hiện"${L.completed ? `, hoặc nhập ngày hoàn thành vào ô ${cell("completed")}` : ""}.`,
        ),
      );
    }
    if (options.asOf !== undefined && t.completed === null && reading.kind === "done" && reading.completed !== null && reading.completed > options.asOf) {
      out.push(
        finding(
          "completion-in-future",
          t.row,
          at("status"),
          `${where}: ngày hoàn thành ${toVN(reading.completed)} ghi ở ô ${cell("status")} sau ngày báo cáo ${toVN(options.asOf)}. Hãy sửa ngày (có thể nhầm năm hoặc nhầm ngày/tháng).`,
        ),
      );
    }
  }
  if (options.asOf !== undefined && t.completed !== null && t.completed > options.asOf) {
    out.push(
      finding(
        "completion-in-future",
        t.row,
        at("completed"),
        `${where}: ngày hoàn thành ${toVN(t.completed)} ở ô ${cell("completed")} sau ngày báo cáo ${toVN(options.asOf)}. Hãy sửa ngày hoàn thành (có thể nhầm năm hoặc nhầm ngày/tháng), hoặc để trống nếu chưa hoàn thành.`,
      ),
    );
  }

  if (L.deadline) {
    const s = t.schedule;
    if (t.deadlineText === "") {
      if (t.explicitDue === null && !t.dueInvalid) {
        out.push(
          finding("missing-deadline", t.row, at("deadline"), `${where} chưa có tiến độ thực hiện: ô ${cell("deadline")} ${empty("deadline")}. Hãy ghi thời hạn, ví dụ "Trước ngày 30/6/2025", "Quý III/2025", "Trong năm 2025" hoặc "Thường xuyên".`),
        );
      }
    } else if (s.kind === "unknown") {
      out.push(
        finding(
          "unparsed-deadline",
          t.row,
          at("deadline"),
          `${where}: không hiểu tiến độ "${short(t.deadlineText)}" ở ô ${cell("deadline")}${s.problem ? ` (${s.problem})` : ""}, nên chưa tính được hạn. Hãy ghi rõ, ví dụ "Trước ngày 30/6/2025", "Quý III/2025", "Tháng 6/2025", "Trong năm 2025"${L.due ? `, hoặc ghi ngày vào cột hạn ${L.due}` : ""}.`,
        ),
      );
    } else if (s.kind === "external" && t.explicitDue === null) {
      out.push(
        finding(
          "external-deadline",
          t.row,
          at("deadline"),
          `${where}: tiến độ "${short(t.deadlineText)}" (ô ${cell("deadline")}) do ${s.authority ?? "cơ quan khác"} quyết định, chưa có hạn cụ thể nên không tính đúng/trễ hạn. Khi có văn bản ấn định thời hạn, hãy ghi ngày vào ${L.due ? `cột "Hạn" (ô ${cell("due")})` : `một cột "Hạn" (thêm cột nếu chưa có)`}.`,
        ),
      );
    }
    if (options.planYear !== undefined && s.outsidePlanYear && t.explicitDue === null) {
      out.push(
        finding(
          "deadline-outside-year",
          t.row,
          at("deadline"),
          `${where}: tiến độ "${short(t.deadlineText)}" ở ô ${cell("deadline")}${s.due !== null ? ` (hạn ${toVN(s.due)})` : ""} nằm ngoài năm kế hoạch ${options.planYear}. Hãy kiểm tra lại năm (có thể chép từ kế hoạch năm trước).`,
        ),
      );
    }
  }
  const period = options.planYear === undefined ? options.planPeriod : null;
  if (period) {
    const outside = outsidePeriod(t, period);
    if (outside !== null) {
      const k: ColumnKey = outside === "due" ? "due" : "deadline";
      const what = outside === "due" ? `hạn ${toVN(t.explicitDue as Day)}` : `tiến độ "${short(t.deadlineText)}"`;
      out.push(
        finding(
          "deadline-outside-year",
          t.row,
          at(k),
          `${where}: ${what} ở ô ${cell(k)} nằm ngoài kỳ kế hoạch ${period.label}. Hãy kiểm tra lại năm (có thể chép từ kế hoạch trước), hoặc ghi rõ năm kế hoạch.`,
        ),
      );
    }
  }
  if (options.planYear !== undefined && t.explicitDue !== null && yearOf(t.explicitDue) !== options.planYear) {
    out.push(
      finding(
        "deadline-outside-year",
        t.row,
        at("due"),
        `${where}: hạn ${toVN(t.explicitDue)} ở ô ${cell("due")} nằm ngoài năm kế hoạch ${options.planYear}. Hãy kiểm tra lại năm của hạn.`,
      ),
    );
  }

  if (L.output && t.output === "") {
    out.push(
      finding("missing-output", t.row, at("output"), `${where} chưa ghi kết quả/sản phẩm: ô ${cell("output")} ${empty("output")}. Hãy ghi sản phẩm cụ thể (ví dụ "Báo cáo", "Kế hoạch", "Quyết định ban hành…") để đánh giá được mức độ hoàn thành.`),
    );
  }
  return out;
}

/** "due" or "deadline" when the task's due date or schedule falls wholly outside the period, else null. */
function outsidePeriod(t: AppendixTask, p: PlanPeriod): "due" | "deadline" | null {
  const start = dayFromYMD(p.startYear, 1, 1);
  const end = dayFromYMD(p.endYear, 12, 31);
  if (t.explicitDue !== null) return t.explicitDue < start || t.explicitDue > end ? "due" : null;
  const s = t.schedule;
  if (s.due === null) return null;
  if (s.kind === "milestones" && s.milestones?.length) {
    return s.milestones.every((m) => m.due < start || m.due > end) ? "deadline" : null;
  }
  const from = s.period?.start ?? s.due;
  const to = s.period?.end ?? s.due;
  return to < start || from > end ? "deadline" : null;
}

function columnsJson(table: AppendixTable): Record<string, string> {
  const L = table.columnLetters;
  const out: Record<string, string> = {};
  const order: ColumnKey[] = ["stt", "task", "lead", "partners", "responsibility", "deadline", "output", "due", "completed", "status", "notes"];
  for (const k of order) {
    const letter = L[k];
    if (letter) out[k] = letter;
  }
  if (!out.lead && L.responsibility) out.lead = L.responsibility;
  return out;
}

/** ISO text of a day, memoised per report (a plan has few distinct due dates). */
function isoCache(): (d: Day) => string {
  const cache = new Map<Day, string>();
  return (d) => {
    let s = cache.get(d);
    if (s === undefined) {
      s = toISO(d);
      cache.set(d, s);
    }
    return s;
  };
}

/** One task of the report. `section` and `partners` are shared with the table (read-only). */
function taskJson(t: AppendixTask, iso: (d: Day) => string): ValidatedTask {
  const due = t.explicitDue ?? t.schedule.due;
  return {
    row: t.row,
    stt: t.stt,
    section: t.section,
    task: t.task,
    lead: t.lead,
    partners: t.partners,
    deadline: { text: t.deadlineText, kind: t.schedule.kind, due: due === null ? null : iso(due) },
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Validate an appendix read from a table already read (hosts that read once and validate again). */
export function validateTable(table: AppendixTable, options: ValidateOptions = {}): ValidationReport {
  const all: Finding[] = [...checkColumns(table), ...table.findings, ...checkNumbering(table)];
  const tracking = isTrackingTable(table);
  for (const t of table.tasks) all.push(...taskFindings(t, table, options, tracking));
  all.sort((a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.column ?? "").localeCompare(b.column ?? ""));
  const iso = isoCache();
  const errors = all.filter((f) => f.severity === "error");
  const warnings = all.filter((f) => f.severity === "warning");
  const infos = all.filter((f) => f.severity === "info");
  const report: ValidationReport = {
    valid: errors.length === 0,
    stats: {
      rows: table.dataRows ?? table.tasks.length + table.headings.length,
      tasks: table.tasks.length,
      sections: table.headings.length,
      errors: errors.length,
      warnings: warnings.length,
    },
    columns: columnsJson(table),
    errors,
    warnings,
    infos,
    tasks: table.tasks.map((t) => taskJson(t, iso)),
  };
  if (options.planYear === undefined && options.planPeriod) report.planPeriod = options.planPeriod;
  Object.defineProperty(report, "table", { value: table, enumerable: false, writable: true, configurable: true });
  return report;
}

/**
 * Read and validate an appendix grid. Never throws. When no table is found the report has
 * `valid: false` and `error` (Vietnamese), and no findings.
 */
export function validateAppendix(cells: unknown[][], options: ValidateOptions = {}): ValidationReport {
  let read: ReturnType<typeof readAppendix>;
  try {
    read = readAppendix(cells, { firstRow: options.firstRow, firstColumn: options.firstColumn, planYear: options.planYear, merges: options.merges });
    if (!("error" in read)) {
      const planPeriod = options.planYear === undefined && options.planPeriod === undefined ? inferPlanPeriod(cells, read) : options.planPeriod;
      return validateTable(read, { ...options, planPeriod });
    }
  } catch (e) {
    read = { error: `Không đọc được bảng phụ lục do dữ liệu bất thường (${e instanceof Error ? e.message : String(e)}). Hãy kiểm tra lại trang tính.` };
  }
  return {
    valid: false,
    stats: { rows: 0, tasks: 0, sections: 0, errors: 0, warnings: 0 },
    columns: {},
    errors: [],
    warnings: [],
    infos: [],
    tasks: [],
    error: read.error,
  };
}
