/**
 * The task sheet ("Phụ lục") and the summary sheet ("Tổng hợp") of the tracking workbook
 * (issue 13). Core resolves what needs reading — the due date of each task from its schedule,
 * the completion date and the status words — and writes them as editable values; the status of
 * each task and every figure of the summary are plain formulas against the reporting date of
 * the settings sheet, with the same definitions as the annual summary (taskStatus.ts,
 * summary/lateRate.ts).
 */
import type { AppendixTable } from "../appendix/types.js";
import { dayToExcelSerial, type Day } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";
import { compareVi } from "../text/compareVi.js";
import { DONE_WITHOUT_DUE_LABEL, STATUS_LABELS } from "../status/taskStatus.js";
import type { TaskStatusRow } from "../summary/annualSummary.js";
import { SECTION_NONE } from "../summary/annualSummary.js";
import type { GridCell, WorkbookName, GridSheet, GridValidation } from "./gridSpec.js";
import { INLINE_LIST_MAX } from "../appendix/dropDowns.js";
import { formulaText, sheetRef } from "./gridSpec.js";
import { RESULT_NAMES, SETTINGS_NAME_AS_OF } from "./workbookNames.js";

export const TASK_SHEET = "Phụ lục";
export const SUMMARY_SHEET = "Tổng hợp";
/** Empty rows with formulas below the tasks, for tasks the user adds. */
export const SPARE_ROWS = 200;

/** What the "Ghi nhận" column may hold: a status read from words (used when no completion date decides). */
export const MARK_DONE = "Hoàn thành";
export const MARK_DONE_EARLY = "Hoàn thành trước hạn";
export const MARK_DONE_ON_TIME = "Hoàn thành đúng hạn";
export const MARK_DONE_LATE = "Hoàn thành trễ hạn";
export const MARK_OVERDUE = "Quá hạn";
export const MARK_DROPPED = "Không thực hiện";
export const MARKS: readonly string[] = Object.freeze([MARK_DONE, MARK_DONE_EARLY, MARK_DONE_ON_TIME, MARK_DONE_LATE, MARK_OVERDUE, MARK_DROPPED]);

/** Label of a task marked done without a date (the `doneUndated` bucket of the real-tables issue). */
export const DONE_UNDATED_LABEL = STATUS_LABELS.doneUndated;

/** Column letters of the task sheet. */
export const TASK_COLUMNS = {
  stt: "A",
  task: "B",
  responsibility: "C",
  unit: "D",
  schedule: "E",
  due: "F",
  completed: "G",
  statusText: "H",
  mark: "I",
  status: "J",
  section: "K",
} as const;

/** The section key written in column K (and matched by the summary). */
export function sectionKey(section: TaskStatusRow["section"]): string {
  if (section === null) return "—";
  return section.part ? `${section.part}.${section.stt}` : section.stt;
}

/**
 * The status formula of task row r: the rules of trackedStatus() against the reporting date —
 * a completion date on or before it decides; else the "Ghi nhận" word (done, done on time/late…,
 * overdue, dropped); else the due date.
 */
export function statusFormula(r: number): string {
  const { task, due, completed, mark } = TASK_COLUMNS;
  const F = `${due}${r}`;
  const G = `${completed}${r}`;
  const I = `${mark}${r}`;
  const t = formulaText;
  const L = STATUS_LABELS;
  const done = `AND(ISNUMBER(${G}),${G}<=${SETTINGS_NAME_AS_OF})`;
  const dated = `IF(ISNUMBER(${F}),IF(${G}<${F},${t(L.doneEarly)},IF(${G}=${F},${t(L.doneOnTime)},${t(L.doneLate)})),${t(DONE_WITHOUT_DUE_LABEL)})`;
  const doneAs = (label: string) => `IF(ISNUMBER(${F}),${t(label)},${t(DONE_WITHOUT_DUE_LABEL)})`;
  const open =
    `IF(${I}=${t(MARK_DONE)},${doneAs(L.doneUndated)},` +
    `IF(${I}=${t(MARK_DONE_LATE)},${doneAs(L.doneLate)},` +
    `IF(${I}=${t(MARK_DONE_ON_TIME)},${doneAs(L.doneOnTime)},` +
    `IF(${I}=${t(MARK_DONE_EARLY)},${doneAs(L.doneEarly)},` +
    `IF(${I}=${t(MARK_OVERDUE)},${t(L.overdue)},` +
    `IF(${I}=${t(MARK_DROPPED)},${t(L.dropped)},` +
    `IF(NOT(ISNUMBER(${F})),${t(L.noDueDate)},` +
    `IF(${F}<${SETTINGS_NAME_AS_OF},${t(L.overdue)},${t(L.pending)}))))))))`;
  return `IF(${task}${r}="","",IF(${done},${dated},${open}))`;
}

export interface TaskSheetInput {
  table: AppendixTable;
  /** Sheet name (default "Phụ lục"). */
  name?: string;
  statuses: readonly TaskStatusRow[];
  /** The status word each task's tracking cells say, when no completion date is known (MARKS). */
  marks?: readonly string[];
  /** The department's own units (settings sheet, column E), offered with the table's in column D. */
  departmentUnits?: readonly string[];
}

export interface TaskSheetResult {
  sheet: GridSheet;
  /** Last row of the formula area (tasks + spare rows). */
  lastRow: number;
  /** Section keys and titles in table order, units in summary order (display names). */
  sections: { key: string; title: string }[];
  units: string[];
}

const dateCell = (d: Day | null): GridCell => (d === null ? { fmt: "date" } : { v: dayToExcelSerial(d), fmt: "date" });

export function taskSheet(input: TaskSheetInput): TaskSheetResult {
  const head = (v: string): GridCell => ({ v, head: true, bold: true, wrap: true });
  const rows: (GridCell | null)[][] = [
    [
      head("STT"),
      head("Nội dung nhiệm vụ"),
      head("Trách nhiệm thực hiện"),
      head("Đơn vị chủ trì"),
      head("Tiến độ"),
      head("Hạn (có thể sửa)"),
      head("Ngày hoàn thành"),
      head("Tình trạng (như bảng gốc)"),
      head("Ghi nhận tình trạng (khi chưa có ngày)"),
      head("Trạng thái (tự tính theo ngày báo cáo)"),
      head("Mục"),
    ],
  ];
  // One display name per unit group (the summary groups units on their folded form).
  const unitNames = new Map<string, string>();
  const sections = new Map<string, string>();
  const byRow = new Map(input.table.tasks.map((t) => [t.row, t]));
  input.statuses.forEach((s, k) => {
    const t = byRow.get(s.row);
    const uk = foldKey(s.unit);
    if (!unitNames.has(uk)) unitNames.set(uk, s.unit);
    const key = sectionKey(s.section);
    if (!sections.has(key)) sections.set(key, s.section === null ? SECTION_NONE : s.section.title);
    const r = rows.length + 1;
    rows.push([
      { v: s.stt },
      { v: s.task, wrap: true },
      { v: t?.responsibility ?? "", wrap: true },
      { v: unitNames.get(uk)! },
      { v: t?.deadlineText ?? "", wrap: true },
      dateCell(s.due),
      // the date as written (column, else the status text's), also when after the reporting date: the formula compares it
      dateCell(t?.completed ?? (t?.statusReading?.kind === "done" ? t.statusReading.completed : null) ?? s.completed),
      { v: t?.statusText ?? "", wrap: true },
      { v: input.marks?.[k] ?? "" },
      { f: statusFormula(r) },
      { v: key },
    ]);
  });
  const lastTaskRow = rows.length;
  for (let r = lastTaskRow + 1; r <= lastTaskRow + SPARE_ROWS; r++) {
    rows.push([null, null, null, null, null, { fmt: "date" }, { fmt: "date" }, null, null, { f: statusFormula(r) }, null]);
  }
  const lastRow = rows.length;
  // Sections in table order: every Roman heading, then tasks outside any section.
  const orderedSections: { key: string; title: string }[] = [];
  let part: string | undefined;
  for (const h of input.table.headings) {
    if (h.level === "part") part = h.stt;
    if (h.level !== "section") continue;
    const key = part ? `${part}.${h.stt}` : h.stt;
    if (!orderedSections.some((s) => s.key === key)) orderedSections.push({ key, title: h.title });
  }
  for (const [key, title] of sections) if (!orderedSections.some((s) => s.key === key)) orderedSections.push({ key, title });
  const none = orderedSections.findIndex((s) => s.key === "—");
  if (none >= 0) orderedSections.push(...orderedSections.splice(none, 1));
  return {
    sheet: {
      name: input.name ?? TASK_SHEET,
      rows,
      widths: [6, 44, 30, 24, 18, 12, 12, 20, 16, 26, 6],
      freeze: { rows: 1, columns: 2 },
      validations: [
        {
          range: `${TASK_COLUMNS.mark}2:${TASK_COLUMNS.mark}${lastRow}`,
          list: MARKS,
          strict: true,
          prompt: "Tình trạng theo lời ghi (khi chưa có ngày hoàn thành): Hoàn thành (chưa rõ ngày), … trước/đúng/trễ hạn, Quá hạn, Không thực hiện.",
        },
        ...leadUnitValidation([...unitNames.values()], input.departmentUnits ?? [], lastRow),
      ],
      print: { landscape: true, fitToWidth: true, repeatRows: 1 },
    },
    lastRow,
    sections: orderedSections,
    units: [...unitNames.values()],
  };
}

/**
 * Column D ("Đơn vị chủ trì"): a drop-down of the table's units and the department's own, each once
 * (core's unit choices), a warning only for another name (a new unit is allowed). Typed into the
 * rule, so left out when the names do not fit the 255 characters every program accepts.
 */
function leadUnitValidation(tableUnits: readonly string[], departmentUnits: readonly string[], lastRow: number): GridValidation[] {
  const seen = new Map<string, string>();
  for (const u of [...departmentUnits, ...tableUnits]) {
    const name = u.trim();
    if (name === "" || name.includes(",") || name.includes('"')) continue;
    if (!seen.has(foldKey(name))) seen.set(foldKey(name), name);
  }
  const list = [...seen.values()].sort(compareVi);
  if (list.length === 0 || list.join(",").length > INLINE_LIST_MAX) return [];
  return [
    {
      range: `${TASK_COLUMNS.unit}2:${TASK_COLUMNS.unit}${lastRow}`,
      list,
      strict: false,
      prompt: "Đơn vị chủ trì: chọn trong danh sách (đơn vị trong bảng và đơn vị của cơ quan) hoặc gõ tên khác; mỗi nhiệm vụ một đơn vị.",
    },
  ];
}

/** Buckets of the summary in their order, with the label(s) each counts. */
const BUCKETS: { key: keyof typeof RESULT_NAMES | "doneUndated" | "dropped"; title: string; labels: string[] }[] = [
  { key: "doneEarly", title: STATUS_LABELS.doneEarly, labels: [STATUS_LABELS.doneEarly] },
  { key: "doneOnTime", title: STATUS_LABELS.doneOnTime, labels: [STATUS_LABELS.doneOnTime] },
  { key: "doneLate", title: STATUS_LABELS.doneLate, labels: [STATUS_LABELS.doneLate] },
  { key: "doneUndated", title: DONE_UNDATED_LABEL, labels: [DONE_UNDATED_LABEL] },
  { key: "pending", title: STATUS_LABELS.pending, labels: [STATUS_LABELS.pending] },
  { key: "overdue", title: STATUS_LABELS.overdue, labels: [STATUS_LABELS.overdue] },
  { key: "noDueDate", title: STATUS_LABELS.noDueDate, labels: [STATUS_LABELS.noDueDate, DONE_WITHOUT_DUE_LABEL] },
  { key: "dropped", title: STATUS_LABELS.dropped, labels: [STATUS_LABELS.dropped] },
];

/** Named cells of the doneUndated and dropped buckets (beside the eight names). */
export const DONE_UNDATED_NAME = "CCHC_HoanThanhChuaRoNgay";
export const DROPPED_NAME = "CCHC_KhongThucHien";

export function summarySheet(year: number, tasks: TaskSheetResult, name = SUMMARY_SHEET): { sheet: GridSheet; names: WorkbookName[] } {
  const last = tasks.lastRow;
  const col = (c: string) => sheetRef(tasks.sheet.name, `$${c}$2:$${c}$${last}`);
  const statusCol = col(TASK_COLUMNS.status);
  const t = formulaText;
  const rows: (GridCell | null)[][] = [];
  const names: WorkbookName[] = [];
  const head = (v: string): GridCell => ({ v, head: true, bold: true, wrap: true });
  rows.push([{ v: `TỔNG HỢP THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`, bold: true }]);
  rows.push([{ v: "Tính đến ngày (sửa ở trang Cài đặt):" }, { f: SETTINGS_NAME_AS_OF, fmt: "date", bold: true }]);
  rows.push([]);
  rows.push([{ v: "1. Tổng hợp chung", bold: true }]);
  rows.push([head("Chỉ tiêu"), head("Số nhiệm vụ")]);
  const at: Partial<Record<string, string>> = {};
  const put = (title: string, formula: string, cellName: string, fmt: "integer" | "percent"): void => {
    rows.push([{ v: title, wrap: true }, { f: formula, fmt, bold: cellName === RESULT_NAMES.lateRate }]);
    const ref = `$B$${rows.length}`;
    names.push({ name: cellName, sheet: name, ref });
    at[cellName] = `B${rows.length}`;
  };
  put("Tổng số nhiệm vụ", `SUMPRODUCT(--(LEN(${statusCol})>0))`, RESULT_NAMES.tasks, "integer");
  for (const b of BUCKETS) {
    const cellName = b.key === "doneUndated" ? DONE_UNDATED_NAME : b.key === "dropped" ? DROPPED_NAME : RESULT_NAMES[b.key];
    put(b.title, b.labels.map((l) => `COUNTIF(${statusCol},${t(l)})`).join("+"), cellName, "integer");
  }
  const R = (k: keyof typeof RESULT_NAMES) => at[RESULT_NAMES[k]]!;
  const dropped = at[DROPPED_NAME]!;
  // the denominator of summary/lateRate.ts: tasks − no due date − dropped (done-undated stay in)
  const den = `(${R("tasks")}-${R("noDueDate")}-${dropped})`;
  put(
    "Tỷ lệ trễ hạn = (trễ hạn + quá hạn) ÷ nhiệm vụ có hạn (kể cả hoàn thành chưa rõ ngày, không tính nhiệm vụ không thực hiện)",
    `IF(${den}<=0,"",(${R("doneLate")}+${R("overdue")})/${den})`,
    RESULT_NAMES.lateRate,
    "percent",
  );

  const headers = ["Tổng", "Trước hạn", "Đúng hạn", "Trễ hạn", "Xong, chưa rõ ngày", "Trong hạn", "Quá hạn", "Không có hạn", "Không thực hiện", "Tỷ lệ trễ hạn"];
  const block = (title: string, firstHeader: string, keyCol: string, items: { key: string; title: string }[], withTitle: boolean): void => {
    rows.push([]);
    rows.push([{ v: title, bold: true }]);
    rows.push([head(firstHeader), head(withTitle ? "Lĩnh vực" : ""), ...headers.map(head)]);
    for (const it of items) {
      const r = rows.length + 1;
      const by = (label: string) => `COUNTIFS(${col(keyCol)},$A${r},${statusCol},${t(label)})`;
      const cells: GridCell[] = [{ v: it.key, wrap: true }, { v: withTitle ? it.title : "", wrap: true }];
      cells.push({ f: `SUM(D${r}:K${r})`, fmt: "integer" });
      for (const b of BUCKETS) cells.push({ f: b.labels.map(by).join("+"), fmt: "integer" });
      // Columns: C total, D early, E on time, F late, G undated, H pending, I overdue, J no due, K dropped.
      cells.push({ f: `IF(C${r}-J${r}-K${r}<=0,"",(F${r}+I${r})/(C${r}-J${r}-K${r}))`, fmt: "percent" });
      rows.push(cells);
    }
  };
  block("2. Theo lĩnh vực (mục của kế hoạch)", "Mục", TASK_COLUMNS.section, tasks.sections, true);
  block("3. Theo đơn vị chủ trì", "Đơn vị chủ trì", TASK_COLUMNS.unit, tasks.units.map((u) => ({ key: u, title: "" })), false);
  rows.push([]);
  rows.push([{ v: "Các số liệu trên là công thức: sửa ngày báo cáo, hạn, ngày hoàn thành hoặc ghi nhận tình trạng thì số liệu tự cập nhật." }]);
  return {
    sheet: {
      name,
      rows,
      widths: [34, 40, 8, 10, 10, 10, 12, 10, 10, 12, 12, 12],
      print: { landscape: true, fitToWidth: true },
    },
    names,
  };
}

