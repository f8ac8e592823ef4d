/**
 * The annual summary as a SheetSpec: "Tổng hợp <năm>" with the overall figures, totals by
 * section and by lead unit, the overdue list, the tasks due soon, and a stacked bar chart of
 * statuses by section.
 */
import { toVN } from "../dates/day.js";
import { formatPercentVN } from "../format/vietnamese.js";
import { parseDateText } from "../dates/parseDate.js";
import { STATUS_LABELS } from "../status/taskStatus.js";
import type { TaskStatus } from "../status/types.js";
import type { AnnualSummary, StatusTotals } from "../summary/annualSummary.js";
import { taskLateRate } from "../summary/lateRate.js";
import { NOT_TRACKING_MESSAGE } from "../status/tracking.js";
import { a4Landscape } from "./printSpec.js";
import { type ReportSource, sourceText } from "./validationSheet.js";
import { type CellSpec, type ColumnSpec, sheetName, type SheetSpec, type TableBlock } from "./sheetSpec.js";

/** Status columns in report order, with their Vietnamese headers and chart colours. */
const STATUS_COLUMNS: { key: TaskStatus; header: string; color: string }[] = [
  { key: "doneEarly", header: "Hoàn thành trước hạn", color: "#2E7D32" },
  { key: "doneOnTime", header: "Hoàn thành đúng hạn", color: "#66BB6A" },
  { key: "doneLate", header: "Hoàn thành trễ hạn", color: "#F9A825" },
  { key: "pending", header: "Đang thực hiện (trong hạn)", color: "#42A5F5" },
  { key: "overdue", header: "Quá hạn", color: "#C62828" },
  { key: "noDueDate", header: "Không có hạn cụ thể", color: "#9E9E9E" },
];
/** Issue 10: shown only when some task is in them (tracking tables). */
const DONE_UNDATED = { key: "doneUndated" as const, header: "Hoàn thành, chưa rõ ngày", color: "#A5D6A7" };
const DROPPED = { key: "dropped" as const, header: "Không thực hiện/dừng thực hiện", color: "#BDBDBD" };
/** A table without tracking columns: tasks by due date only. */
const DUE_ONLY_COLUMNS: { key: TaskStatus; header: string; color: string }[] = [
  { key: "notTracked", header: "Có hạn (chưa theo dõi kết quả)", color: "#42A5F5" },
  { key: "noDueDate", header: "Không có hạn cụ thể", color: "#9E9E9E" },
];

const NOT_TRACKED = DUE_ONLY_COLUMNS[0]!;

/** The status columns a set of totals needs (the roll-up's units and the province): the usual ones, plus the issue-10 buckets that hold tasks. */
export function statusColumnsOfTotals(t: StatusTotals): { key: TaskStatus; header: string; color: string }[] {
  const cols = [...STATUS_COLUMNS];
  if ((t.doneUndated ?? 0) > 0) cols.splice(3, 0, DONE_UNDATED);
  if ((t.dropped ?? 0) > 0) cols.push(DROPPED);
  if ((t.notTracked ?? 0) > 0) cols.push(NOT_TRACKED);
  return cols;
}

/** Count columns for `cols`: total, one per status, the late rate. */
export const statusCountColumns = (cols: readonly { header: string }[]): ColumnSpec[] => [
  { header: "Tổng số nhiệm vụ", kind: "integer", width: 11 },
  ...cols.map((c): ColumnSpec => ({ header: c.header, kind: "integer", width: 12 })),
  { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
];

export const statusCountCells = (t: StatusTotals, cols: readonly { key: TaskStatus }[]): CellSpec[] => [t.tasks, ...cols.map((c) => t[c.key] ?? 0), taskLateRate(t)];

function statusColumns(summary: AnnualSummary): { key: TaskStatus; header: string; color: string }[] {
  if (summary.tracking === false && !summary.error) return DUE_ONLY_COLUMNS;
  const t = summary.totals;
  const cols = [...STATUS_COLUMNS];
  if ((t.doneUndated ?? 0) > 0) cols.splice(3, 0, DONE_UNDATED);
  if ((t.dropped ?? 0) > 0) cols.push(DROPPED);
  return cols;
}

function share(n: number, of: number): number | null {
  return of > 0 ? n / of : null;
}

function asOfText(iso: string): string {
  const d = parseDateText(iso);
  return d.ok ? toVN(d.day) : iso;
}

/** `source`: the sheet (and file) summarised, named in the last note the same way by every host. */
export function summarySheetSpec(summary: AnnualSummary, source?: Pick<ReportSource, "sheet" | "file">): SheetSpec {
  const t = summary.totals;
  const tracking = summary.tracking !== false;
  const STATUS = statusColumns(summary);
  const countColumns = (): ColumnSpec[] => [
    { header: "Tổng số nhiệm vụ", kind: "integer", width: 11 },
    ...STATUS.map((c): ColumnSpec => ({ header: c.header, kind: "integer", width: 12 })),
    ...(tracking ? [{ header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 } as ColumnSpec] : []),
  ];
  const counts = (x: StatusTotals): CellSpec[] => [x.tasks, ...STATUS.map((c) => x[c.key] ?? 0), ...(tracking ? [taskLateRate(x)] : [])];
  const withDue = summary.lateRateParts ? summary.lateRateParts.denominator : t.tasks - t.noDueDate;
  const due = summary.dueDates ?? { beforeAsOf: 0, fromAsOf: 0, noDueDate: t.noDueDate };
  const overall: TableBlock = {
    title: "1. Kết quả chung",
    columns: [
      { header: "Chỉ tiêu", kind: "text", width: 46 },
      { header: "Số nhiệm vụ", kind: "integer", width: 12 },
      { header: "Tỷ lệ", kind: "percent", width: 10 },
    ],
    rows: tracking
      ? [
          ["Tổng số nhiệm vụ", t.tasks, t.tasks > 0 ? 1 : null],
          ...STATUS.map((c): CellSpec[] => [STATUS_LABELS[c.key], t[c.key], share(t[c.key], t.tasks)]),
          ["Số nhiệm vụ có hạn cụ thể", withDue, share(withDue, t.tasks)],
          ["Tỷ lệ trễ hạn = (hoàn thành trễ hạn + quá hạn) ÷ số nhiệm vụ có hạn", t.doneLate + t.overdue, summary.lateRate],
        ]
      : [
          ["Tổng số nhiệm vụ", t.tasks, t.tasks > 0 ? 1 : null],
          ["Có hạn trước ngày báo cáo", due.beforeAsOf, share(due.beforeAsOf, t.tasks)],
          ["Có hạn từ ngày báo cáo trở đi", due.fromAsOf, share(due.fromAsOf, t.tasks)],
          [STATUS_LABELS.noDueDate, due.noDueDate, share(due.noDueDate, t.tasks)],
          ["Tỷ lệ trễ hạn: chưa tính (bảng chưa có cột theo dõi kết quả)", null, null],
        ],
  };

  const bySection: TableBlock = {
    title: "2. Theo lĩnh vực (mục của kế hoạch)",
    columns: [
      { header: "Phần", kind: "text", width: 6 },
      { header: "Mục", kind: "text", width: 6 },
      { header: "Lĩnh vực", kind: "text", width: 40 },
      ...countColumns(),
    ],
    rows: summary.bySection.map((s) => [s.part ?? "", s.stt, s.title, ...counts(s.totals)]),
    totalRow: ["", "", "Tổng cộng", ...counts(t)],
  };

  const byUnit: TableBlock = {
    title: "3. Theo đơn vị chủ trì",
    columns: [{ header: "Đơn vị chủ trì", kind: "text", width: 40 }, ...countColumns()],
    rows: summary.byUnit.map((u) => [u.unit, ...counts(u.totals)]),
    totalRow: ["Tổng cộng", ...counts(t)],
  };

  const listColumns: ColumnSpec[] = [
    { header: "Dòng", kind: "integer", width: 7, linksToSource: true },
    { header: "STT", kind: "text", width: 7 },
    { header: "Nhiệm vụ", kind: "text", width: 70 },
    { header: "Hạn", kind: "date", width: 12 },
  ];
  const overdue: TableBlock = {
    title: tracking ? "4. Nhiệm vụ quá hạn chưa hoàn thành" : "4. Nhiệm vụ quá hạn: chưa xác định được (bảng chưa có cột theo dõi kết quả)",
    columns: listColumns,
    rows: summary.overdueTasks.map((x) => [x.row, x.stt, x.task, x.due]),
  };
  const upcoming: TableBlock = {
    title: "5. Nhiệm vụ đến hạn trong 10 ngày làm việc tới",
    columns: listColumns,
    rows: summary.upcoming.map((x) => [x.row, x.stt, x.task, x.due]),
  };

  const asOf = asOfText(summary.asOf);
  if (summary.error) {
    return {
      name: sheetName(`Tổng hợp ${summary.year || ""}`.trim()),
      title: "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
      subtitle: `Không tổng hợp được: ${summary.error}`,
      blocks: [],
      notes: [summary.error],
    };
  }
  const lateText = !tracking
    ? "chưa tính (bảng chưa có cột theo dõi kết quả)"
    : summary.lateRate === null
      ? "chưa tính được (không nhiệm vụ nào có hạn cụ thể)"
      : formatPercentVN(summary.lateRate);
  const extraNotes: string[] = [];
  if (!tracking) extraNotes.push(NOT_TRACKING_MESSAGE);
  if (tracking && t.doneUndated > 0) {
    extraNotes.push(`${t.doneUndated} nhiệm vụ ghi hoàn thành nhưng chưa rõ ngày hoàn thành: tính vào số nhiệm vụ có hạn (mẫu số), không tính là trễ hạn (tử số) của tỷ lệ trễ hạn.`);
  }
  if (tracking && t.dropped > 0) extraNotes.push(`${t.dropped} nhiệm vụ không thực hiện/dừng thực hiện: không tính vào tỷ lệ trễ hạn.`);
  return {
    name: sheetName(`Tổng hợp ${summary.year}`),
    title: `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${summary.year}`,
    subtitle: `Tính đến ngày ${asOf}: ${t.tasks} nhiệm vụ, tỷ lệ trễ hạn ${lateText}`,
    blocks: [overall, bySection, byUnit, overdue, upcoming],
    // One sheet: five tables of 1–12 rows each would otherwise print on five mostly empty pages.
    print: a4Landscape({ oneSheet: true }),
    chart: {
      title: `Tình trạng nhiệm vụ theo lĩnh vực (đến ${asOf})`,
      type: "stackedBar",
      categoriesFrom: { block: 1, column: 2 },
      series: STATUS.map((c, k) => ({ name: c.header, block: 1, column: 4 + k, color: c.color })),
    },
    notes: [
      ...extraNotes,
      "Hạn của nhiệm vụ: lấy ở cột \"Hạn\" nếu có, nếu không thì tính từ cột tiến độ (ví dụ \"Trong năm\" → 31/12, \"Quý II\" → 30/6).",
      "Tỷ lệ trễ hạn = (hoàn thành trễ hạn + quá hạn chưa hoàn thành) ÷ số nhiệm vụ có hạn cụ thể; nhiệm vụ thường xuyên hoặc theo tiến độ của cơ quan khác không tính.",
      `Nhiệm vụ đến hạn: chưa hoàn thành, hạn từ ${asOf} đến hết 10 ngày làm việc tiếp theo (trừ ngày nghỉ, lễ, Tết theo lịch chính thức).`,
      ...(source ? [`Nguồn: ${sourceText(source)}.`] : []),
    ],
  };
}
